package io.typedoo.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.typedoo.processor.model.Names;
import org.junit.jupiter.api.Test;

/** The documented naming rule, accessor by accessor. */
class NamesTest {

    @Test
    void getPrefixIsStrippedAndIsPrefixIsKept() {
        assertEquals("name", Names.odooField("name"));
        assertEquals("name", Names.odooField("getName"));
        assertEquals("is_done", Names.odooField("isDone"));
        assertEquals("date_deadline", Names.odooField("getDateDeadline"));
        assertEquals("date_deadline", Names.odooField("dateDeadline"));
        assertEquals("getter", Names.odooField("getter"));
    }

    @Test
    void acronymsAndDigitsBecomeOneWord() {
        assertEquals("html_url_path", Names.odooField("htmlURLPath"));
        assertEquals("url", Names.odooField("getURL"));
        assertEquals("image_128", Names.odooField("image_128"));
        assertEquals("street2", Names.odooField("street2"));
    }

    @Test
    void constantsAreUpperSnakeCaseOfTheProperty() {
        assertEquals("IS_DONE", Names.constant(Names.property("isDone")));
        assertEquals("DATE_DEADLINE", Names.constant(Names.property("getDateDeadline")));
        assertEquals("USER", Names.constant(Names.property("user")));
    }
}
