package io.typedoo.testkit.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * An append-only journal of committed changes, with a snapshot that compacts it. Each line of either file is one
 * entry, {@code <crc32 hex> <json>\n}, holding changed rows as they are after the transaction (null for deleted)
 * and the advanced id sequences. Each append is synced to disk ({@link FileChannel#force}) before the call that made
 * it returns, so an acknowledged write survives a crash.
 *
 * <p>On load, the snapshot ({@value #SNAPSHOT_NAME}) is applied, then the journal ({@value #FILE_NAME}). A torn or
 * corrupt final entry (a crash in the middle of an append) is cut off and everything before it kept. A damaged
 * entry with intact entries after it is not a crash but damage: the database refuses to open
 * ({@link JournalDamagedException}, saying the file, the byte offset and the entry), after keeping a copy of the
 * damaged file aside; {@link #repair(Path)} then keeps every intact entry, before and after the damage.
 *
 * <p>Compaction: once the journal is larger than {@value #COMPACT_AFTER_BYTES} bytes and than the snapshot, the
 * current rows of every record ever journalled are written to a new snapshot (written aside, synced, then moved in
 * place atomically) and the journal is emptied. Entries hold whole rows, so replaying a journal over a snapshot that
 * already holds its changes gives the same rows: a crash between the two steps loses nothing. Start-up then reads
 * one entry per record changed, however many writes there were.
 *
 * <p>Files are created readable by their owner only (0600 where the file system has POSIX permissions). The file is
 * locked so that two processes cannot share a data directory.
 */
final class Journal implements AutoCloseable {

    static final String FILE_NAME = "typedoo-testkit.journal";
    static final String SNAPSHOT_NAME = "typedoo-testkit.snapshot";
    /** The journal is compacted once it is larger than this and than the snapshot. */
    static final long COMPACT_AFTER_BYTES = 1 << 20;
    /** Changes per snapshot entry. */
    private static final int SNAPSHOT_CHANGES_PER_ENTRY = 256;

    private static final System.Logger LOG = System.getLogger(Journal.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path dir;
    private final Path file;
    private final FileChannel channel;
    private final FileLock fileLock;
    /** Every record journalled so far, by model: what a snapshot holds. */
    private final Map<String, Set<Long>> touched = new TreeMap<>();
    private final Map<String, Long> sequences = new TreeMap<>();
    private @Nullable Store store;
    private long snapshotBytes;

    private Journal(Path dir, Path file, FileChannel channel, FileLock fileLock) {
        this.dir = dir;
        this.file = file;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Opens (creating if needed) the journal in a data directory and locks it. */
    static Journal open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        ownerOnly(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("the data directory " + dataDir + " is in use by another database");
        }
        return new Journal(dataDir, file, channel, lock);
    }

    /**
     * Applies the snapshot and every journal entry to the store, cuts off a torn final entry, and positions for
     * appends; compacts when the journal has grown past the threshold.
     *
     * @throws JournalDamagedException when an entry in the middle of either file is damaged
     */
    void replay(Store target) {
        try {
            Path snapshot = dir.resolve(SNAPSHOT_NAME);
            if (Files.exists(snapshot)) {
                byte[] bytes = Files.readAllBytes(snapshot);
                Scan scan = Scan.of(bytes);
                if (scan.firstBad >= 0) {
                    // Written aside and moved in place whole: any bad entry is damage, never a crash.
                    throw damaged(snapshot, bytes, scan);
                }
                scan.good.forEach(entry -> apply(entry, target));
                snapshotBytes = bytes.length;
            }
            byte[] bytes = readAll();
            Scan scan = Scan.of(bytes);
            if (scan.firstBad >= 0 && scan.goodAfterBad > 0) {
                throw damaged(file, bytes, scan);
            }
            scan.good.forEach(entry -> apply(entry, target));
            long good = scan.intactLength;
            if (good < bytes.length) {
                // The normal end of a crash during an append: that call was never acknowledged.
                LOG.log(Level.DEBUG, "journal {0}: dropping {1} bytes of a torn final entry after {2} entries", file,
                        bytes.length - good, scan.good.size());
                channel.truncate(good);
                channel.force(true);
            }
            channel.position(good);
            this.store = target;
            compactIfLarge();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] readAll() throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("the journal is larger than 2 GiB");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // read until full
        }
        return buffer.array();
    }

    private JournalDamagedException damaged(Path damagedFile, byte[] bytes, Scan scan) throws IOException {
        Path aside = keepAside(damagedFile, bytes);
        return new JournalDamagedException(damagedFile, scan.firstBad, scan.firstBadEntry, scan.goodAfterBad, aside);
    }

    /** A copy of {@code damagedFile}, next to it, named with the time; kept whatever happens next. */
    private static Path keepAside(Path damagedFile, byte[] bytes) throws IOException {
        String stamp = Instant.now().toString().replace(':', '-');
        Path aside = damagedFile.resolveSibling(damagedFile.getFileName() + ".damaged-" + stamp);
        ownerOnly(aside);
        Files.write(aside, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        return aside;
    }

    private void apply(Map<?, ?> entry, Store target) {
        for (Object item : (List<?>) entry.get("c")) {
            Map<?, ?> change = (Map<?, ?>) item;
            String model = (String) change.get("m");
            long id = ((Number) change.get("i")).longValue();
            Object row = change.get("r");
            target.put(model, id, row == null ? null : toRow((Map<?, ?>) row));
            touched.computeIfAbsent(model, m -> new TreeSet<>()).add(id);
        }
        Map<?, ?> seqs = (Map<?, ?>) entry.get("s");
        if (seqs != null) {
            seqs.forEach((model, next) -> {
                long n = Math.max(target.nextId((String) model), ((Number) next).longValue());
                target.setNextId((String) model, n);
                sequences.merge((String) model, n, Math::max);
            });
        }
    }

    private static Map<String, Object> toRow(Map<?, ?> raw) {
        Map<String, Object> row = new LinkedHashMap<>();
        raw.forEach((k, v) -> row.put((String) k, v instanceof List<?> list ? new ArrayList<>(list) : v));
        return row;
    }

    /** Appends one transaction and syncs it to disk; compacts when the journal has grown past the threshold. */
    void append(List<Transaction.Change> changes, Map<String, Long> newSequences) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Transaction.Change change : changes) {
            items.add(change(change.model(), change.id(), change.row()));
        }
        long position = channel.position();
        try {
            write(channel, entry(items, newSequences));
            channel.force(false);
        } catch (IOException e) {
            // Leave no half entry behind for the next append to follow.
            channel.truncate(position);
            channel.position(position);
            throw e;
        }
        for (Transaction.Change change : changes) {
            touched.computeIfAbsent(change.model(), m -> new TreeSet<>()).add(change.id());
        }
        newSequences.forEach((model, next) -> sequences.merge(model, next, Math::max));
        compactIfLarge();
    }

    private void compactIfLarge() throws IOException {
        long size = channel.size();
        if (store != null && size > COMPACT_AFTER_BYTES && size > snapshotBytes) {
            compact();
        }
    }

    /** Writes the snapshot of every journalled record and empties the journal. */
    void compact() throws IOException {
        Store current = store;
        if (current == null) {
            throw new IllegalStateException("compact before replay");
        }
        Path snapshot = dir.resolve(SNAPSHOT_NAME);
        Path next = dir.resolve(SNAPSHOT_NAME + ".new");
        Files.deleteIfExists(next);
        ownerOnly(next);
        long written;
        try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map.Entry<String, Set<Long>> model : touched.entrySet()) {
                for (long id : model.getValue()) {
                    items.add(change(model.getKey(), id, current.row(model.getKey(), id)));
                    if (items.size() == SNAPSHOT_CHANGES_PER_ENTRY) {
                        write(out, entry(items, Map.of()));
                        items = new ArrayList<>();
                    }
                }
            }
            write(out, entry(items, sequences));
            out.force(true);
            written = out.size();
        }
        Files.move(next, snapshot, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory();
        // Only now may the journal go: until the move, the old snapshot and the whole journal are the truth.
        channel.truncate(0);
        channel.force(true);
        channel.position(0);
        snapshotBytes = written;
        LOG.log(Level.DEBUG, "journal {0}: compacted into a snapshot of {1} bytes", file, written);
    }

    private void syncDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Not every platform can sync a directory (Windows cannot open one); the move itself is atomic.
        }
    }

    private static Map<String, Object> change(String model, long id, @Nullable Map<String, Object> row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("m", model);
        item.put("i", id);
        item.put("r", row);
        return item;
    }

    private static String entry(List<Map<String, Object>> items, Map<String, Long> seqs) throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("c", items);
        entry.put("s", seqs);
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IOException("cannot encode a journal entry", e);
        }
    }

    private static void write(FileChannel out, String json) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((crc(json) + " " + json + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    private static String crc(String json) {
        CRC32 crc = new CRC32();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /** Creates {@code path} empty and owner-only if it does not exist; makes an existing one owner-only. */
    private static void ownerOnly(Path path) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        if (Files.notExists(path)) {
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // made meanwhile; its permissions are set below
            }
        }
        Files.setPosixFilePermissions(path, OWNER_ONLY);
    }

    /**
     * Keeps every intact entry of the journal and of the snapshot in {@code dataDir}, before and after any damage,
     * and drops the damaged ones. Each damaged file is first copied aside. Run while no database uses the directory.
     *
     * @return one line per file saying what was kept and dropped
     */
    static List<String> repair(Path dataDir) throws IOException {
        List<String> report = new ArrayList<>();
        try (Journal lock = open(dataDir)) {
            for (String name : List.of(SNAPSHOT_NAME, FILE_NAME)) {
                Path path = dataDir.resolve(name);
                if (!Files.exists(path)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(path);
                Scan scan = Scan.of(bytes);
                if (scan.firstBad < 0 && scan.intactLength == bytes.length) {
                    report.add(name + ": intact, " + scan.good.size() + " entries");
                    continue;
                }
                Path aside = keepAside(path, bytes);
                if (name.equals(FILE_NAME)) {
                    // The locked journal is rewritten in place: moving over a locked file fails on some systems.
                    lock.channel.truncate(0);
                    lock.channel.position(0);
                    for (String line : scan.goodLines) {
                        write(lock.channel, line);
                    }
                    lock.channel.force(true);
                } else {
                    Path next = path.resolveSibling(name + ".repaired");
                    Files.deleteIfExists(next);
                    ownerOnly(next);
                    try (FileChannel out = FileChannel.open(next, StandardOpenOption.WRITE)) {
                        for (String line : scan.goodLines) {
                            write(out, line);
                        }
                        out.force(true);
                    }
                    Files.move(next, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                report.add(name + ": kept " + scan.good.size() + " intact entries, dropped " + scan.badEntries
                        + " damaged (" + (bytes.length - scan.goodBytes) + " bytes from offset " + scan.firstBad
                        + "); the damaged file is kept as " + aside.getFileName());
            }
        }
        return report;
    }

    @Override
    public void close() {
        try {
            fileLock.release();
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the journal " + file, e);
        }
    }

    /** The entries of one file: the intact ones, and where the first damaged one starts. */
    private static final class Scan {
        final List<Map<?, ?>> good = new ArrayList<>();
        final List<String> goodLines = new ArrayList<>();
        /** Byte offset of the first damaged entry, -1 when none. */
        long firstBad = -1;
        /** 1-based number of the first damaged entry among all lines. */
        int firstBadEntry;
        int goodAfterBad;
        int badEntries;
        long goodBytes;
        /** The length of the prefix made of intact entries only. */
        long intactLength;

        static Scan of(byte[] bytes) {
            Scan scan = new Scan();
            int start = 0;
            int line = 0;
            for (int i = 0; i <= bytes.length; i++) {
                boolean end = i == bytes.length;
                if (!end && bytes[i] != '\n') {
                    continue;
                }
                if (end && start == bytes.length) {
                    break;
                }
                line++;
                String text = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                Map<?, ?> entry = end ? null : parse(text);
                if (entry != null) {
                    scan.good.add(entry);
                    scan.goodLines.add(text.substring(9));
                    scan.goodBytes += i + 1 - start;
                    if (scan.firstBad >= 0) {
                        scan.goodAfterBad++;
                    } else {
                        scan.intactLength = i + 1;
                    }
                } else {
                    scan.badEntries++;
                    if (scan.firstBad < 0) {
                        scan.firstBad = start;
                        scan.firstBadEntry = line;
                    }
                }
                start = i + 1;
            }
            return scan;
        }

        private static @Nullable Map<?, ?> parse(String line) {
            int space = line.indexOf(' ');
            if (space != 8) {
                return null;
            }
            String json = line.substring(space + 1);
            if (!line.substring(0, 8).equals(crc(json))) {
                return null;
            }
            try {
                Map<?, ?> entry = JSON.readValue(json, Map.class);
                return entry.get("c") instanceof List<?> ? entry : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
