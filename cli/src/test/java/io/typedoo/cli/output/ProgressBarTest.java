package io.typedoo.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsOnATerminalAndClearsItsLine() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = ProgressBar.start(new PrintWriter(err), true, "Reading", 4)) {
            bar.advance(2);
            bar.advance(2);
        }
        String text = err.toString();
        assertTrue(text.contains("\rReading [###############               ] 2/4"), text);
        assertTrue(text.contains("] 4/4"), text);
        assertTrue(text.endsWith("\r") && !text.contains("\n"), text);
    }

    @Test
    void staysSilentWhenPiped() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = ProgressBar.start(new PrintWriter(err), false, "Reading", 4)) {
            bar.advance(4);
        }
        assertEquals("", err.toString());
    }
}
