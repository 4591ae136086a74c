package io.typedoo.notes.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps a second copy of the app away from a data folder in use: two copies writing one drafts file would lose
 * each other's notes. An operating-system file lock, so it goes away with the process, even after a crash.
 */
public final class InstanceLock implements AutoCloseable {

    /** The lock file's name in the data folder. */
    public static final String FILE_NAME = "typedoo-notes.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dataDir} for this process, creating the folder when needed.
     *
     * @return the lock, or empty when another copy of the app holds it
     * @throws UncheckedIOException when the folder or the lock file cannot be created
     */
    public static Optional<InstanceLock> acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new InstanceLock(channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + dataDir, e);
        }
    }

    /** Lets another copy of the app use the folder. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the lock of the data folder", e);
        }
    }
}
