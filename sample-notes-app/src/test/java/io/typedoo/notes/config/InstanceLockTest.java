package io.typedoo.notes.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dir;

    @Test
    void oneCopyOfTheAppPerDataFolder() {
        Path data = dir.resolve("typedoo-notes");
        Optional<InstanceLock> first = InstanceLock.acquire(data);
        assertTrue(first.isPresent());
        assertTrue(InstanceLock.acquire(data).isEmpty(), "a second copy is kept away");
        assertTrue(InstanceLock.acquire(dir.resolve("other")).map(l -> {
            l.close();
            return true;
        }).orElse(false), "another folder is free");

        first.get().close();
        Optional<InstanceLock> again = InstanceLock.acquire(data);
        assertTrue(again.isPresent(), "free again once released");
        again.get().close();
    }
}
