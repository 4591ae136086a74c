package io.typedoo.testkit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON-2's 400 answers quote Python 3.11's {@code json.loads} error; each expectation was printed by Python. */
class PythonJsonTest {

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"domain": [}      | Expecting value: line 1 column 13 (char 12)
            ``                 | Expecting value: line 1 column 1 (char 0)
            {"a" 1}            | Expecting ':' delimiter: line 1 column 6 (char 5)
            {"a": 1,}          | Expecting property name enclosed in double quotes: line 1 column 9 (char 8)
            {"a": 1 "b"}       | Expecting ',' delimiter: line 1 column 9 (char 8)
            [1, 2              | Expecting ',' delimiter: line 1 column 6 (char 5)
            [1 2]              | Expecting ',' delimiter: line 1 column 4 (char 3)
            "abc               | Unterminated string starting at: line 1 column 1 (char 0)
            {"a": "x\\q"}      | Invalid \\escape: line 1 column 9 (char 8)
            "ab\\uZZZZ"        | Invalid \\uXXXX escape: line 1 column 5 (char 4)
            {a: 1}             | Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
            {"a": 1}}          | Extra data: line 1 column 9 (char 8)
            nul                | Expecting value: line 1 column 1 (char 0)
            {"a": [1, 2,]}     | Expecting value: line 1 column 13 (char 12)
            {"a":1             | Expecting ',' delimiter: line 1 column 7 (char 6)
            {                  | Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
            1.                 | Extra data: line 1 column 2 (char 1)
            """)
    void parseErrorsReadAsPythons(String body, String python) {
        String text = body.replace("\\\\", "\\");
        assertEquals(python.replace("\\\\", "\\"), PythonJson.parse(text.getBytes(StandardCharsets.UTF_8)).error());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"a":\n  [tru]}`  | Expecting value: line 2 column 4 (char 9)
            `"a\tb"`           | Invalid control character at: line 1 column 3 (char 2)
            """)
    void linesAndControlCharacters(String body, String python) {
        String text = body.replace("\\n", "\n").replace("\\t", "\t");
        assertEquals(python, PythonJson.parse(text.getBytes(StandardCharsets.UTF_8)).error());
    }
}
