package io.typedoo.notes.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheInitialWaitUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20));
        assertEquals(Duration.ofSeconds(1), backoff.delay(1));
        assertEquals(Duration.ofSeconds(2), backoff.delay(2));
        assertEquals(Duration.ofSeconds(4), backoff.delay(3));
        assertEquals(Duration.ofSeconds(16), backoff.delay(5));
        assertEquals(Duration.ofSeconds(20), backoff.delay(6));
        assertEquals(Duration.ofSeconds(20), backoff.delay(Integer.MAX_VALUE));
    }

    @Test
    void theDefaultIsOneSecondToOneMinute() {
        assertEquals(Duration.ofSeconds(1), Backoff.DEFAULT.delay(1));
        assertEquals(Duration.ofSeconds(32), Backoff.DEFAULT.delay(6));
        assertEquals(Duration.ofMinutes(1), Backoff.DEFAULT.delay(7));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> Backoff.DEFAULT.delay(0));
    }
}
