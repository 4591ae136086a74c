package io.typedoo.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Profiles per line of code: one per line, bounded, only growing. */
class FetchProfilesTest {

    @Test
    void upTo512LinesLearnThenSearchesBringTheDefaults() {
        FetchProfiles profiles = new FetchProfiles();
        for (int line = 0; line < 512; line++) {
            assertNotNull(profiles.at("Report.run(Report.java:" + line + ")"));
        }
        assertNull(profiles.at("Report.run(Report.java:512)"));
        assertNotNull(profiles.at("Report.run(Report.java:7)"), "a line already learning keeps its profile");
        assertEquals(512, FetchProfiles.MAX_SITES);
    }

    @Test
    void aProfileNotesReadsAndFollowedRelations() {
        FetchProfile profile = new FetchProfiles().at("Report.run(Report.java:1)");
        assertNotNull(profile);
        assertTrue(profile.isEmpty());
        profile.read("name");
        profile.relation("user_id").read("name");
        assertFalse(profile.isEmpty());
        assertTrue(profile.wasRead("name"));
        assertFalse(profile.wasRead("user_id"));
        assertSame(profile.relation("user_id"), profile.followed("user_id"));
        assertNull(profile.followed("tag_ids"));
    }
}
