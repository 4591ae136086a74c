package io.typedoo.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The documented naming rule, accessor by accessor. */
class FieldNamesTest {

    @Test
    void getPrefixIsStrippedAndIsPrefixIsKept() {
        assertEquals("name", FieldNames.fieldName("name"));
        assertEquals("name", FieldNames.fieldName("getName"));
        assertEquals("is_done", FieldNames.fieldName("isDone"));
        assertEquals("date_deadline", FieldNames.fieldName("getDateDeadline"));
        assertEquals("date_deadline", FieldNames.fieldName("dateDeadline"));
        assertEquals("getter", FieldNames.fieldName("getter"));
    }

    @Test
    void acronymsAndDigitsBecomeOneWord() {
        assertEquals("html_url_path", FieldNames.fieldName("htmlURLPath"));
        assertEquals("url", FieldNames.fieldName("getURL"));
        assertEquals("image_128", FieldNames.fieldName("image_128"));
        assertEquals("street2", FieldNames.fieldName("street2"));
    }

    @Test
    void constantsAreUpperSnakeCaseOfTheProperty() {
        assertEquals("IS_DONE", FieldNames.constantName(FieldNames.property("isDone")));
        assertEquals("DATE_DEADLINE", FieldNames.constantName(FieldNames.property("getDateDeadline")));
        assertEquals("USER", FieldNames.constantName(FieldNames.property("user")));
    }
}
