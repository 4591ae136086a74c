package io.typedoo.testkit.engine;

import java.nio.file.Path;

/**
 * A persistent database refused to open: an entry in the middle of its journal (or its snapshot) is damaged, with
 * intact entries after it, which a crash cannot cause. Nothing was truncated; a copy of the damaged file was kept
 * aside. {@link Database#repair(Path)} (or the standalone server's {@code --repair}) keeps every intact entry.
 */
public final class JournalDamagedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long offset;
    private final int entry;
    private final transient Path keptAside;

    JournalDamagedException(Path file, long offset, int entry, int intactAfter, Path keptAside) {
        super("The journal file " + file + " is damaged at byte offset " + offset + " (entry " + entry + "), with "
                + intactAfter + " intact entries after it; refusing to start rather than lose them. A copy of the"
                + " damaged file is kept as " + keptAside.getFileName() + ". Repair keeps every intact entry:"
                + " java -jar typedoo-testkit.jar --data " + file.getParent() + " --repair (or Database.repair).");
        this.file = file;
        this.offset = offset;
        this.entry = entry;
        this.keptAside = keptAside;
    }

    /** The damaged file. */
    public Path file() {
        return file;
    }

    /** The byte offset where the first damaged entry starts. */
    public long offset() {
        return offset;
    }

    /** The number (from 1) of the first damaged entry, counting every line of the file. */
    public int entry() {
        return entry;
    }

    /** The copy of the damaged file, kept whatever happens next. */
    public Path keptAside() {
        return keptAside;
    }
}
