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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * An append-only journal of committed changes: one line per transaction, {@code <crc32 hex> <json>\n}, holding the
 * changed rows as they are after the transaction (null for deleted) and the advanced id sequences. Each append is
 * synced to disk ({@link FileChannel#force}) before the call that made it returns, so an acknowledged write
 * survives a crash. On load, a torn or corrupt tail (a crash in the middle of an append) is cut off and everything
 * before it is kept. The file is locked so that two processes cannot share a data directory.
 */
final class Journal implements AutoCloseable {

    static final String FILE_NAME = "typedoo-testkit.journal";
    private static final System.Logger LOG = System.getLogger(Journal.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private final Path file;
    private final FileChannel channel;
    private final FileLock fileLock;

    private Journal(Path file, FileChannel channel, FileLock fileLock) {
        this.file = file;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Opens (creating if needed) the journal in a data directory and locks it. */
    static Journal open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
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
        return new Journal(file, channel, lock);
    }

    /** Applies every intact entry to the store, cuts off a damaged tail, and positions for appends. */
    void replay(Store store) {
        try {
            long size = channel.size();
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE));
            channel.read(buffer, 0);
            byte[] bytes = buffer.array();
            int good = 0;
            int entries = 0;
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != '\n') {
                    continue;
                }
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                if (!applyLine(line, store)) {
                    break;
                }
                entries++;
                start = i + 1;
                good = start;
            }
            if (good < bytes.length) {
                LOG.log(Level.WARNING, "journal {0}: dropping {1} bytes of an incomplete or damaged entry after {2}"
                        + " intact entries", file, bytes.length - good, entries);
                channel.truncate(good);
                channel.force(true);
            }
            channel.position(good);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean applyLine(String line, Store store) {
        int space = line.indexOf(' ');
        if (space != 8) {
            return false;
        }
        String json = line.substring(space + 1);
        if (!line.substring(0, 8).equals(crc(json))) {
            return false;
        }
        try {
            Map<?, ?> entry = JSON.readValue(json, Map.class);
            for (Object item : (List<?>) entry.get("c")) {
                Map<?, ?> change = (Map<?, ?>) item;
                String model = (String) change.get("m");
                long id = ((Number) change.get("i")).longValue();
                Object row = change.get("r");
                store.put(model, id, row == null ? null : toRow((Map<?, ?>) row));
            }
            Map<?, ?> sequences = (Map<?, ?>) entry.get("s");
            if (sequences != null) {
                sequences.forEach((model, next) -> store.setNextId((String) model,
                        Math.max(store.nextId((String) model), ((Number) next).longValue())));
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "unreadable journal entry", e);
            return false;
        }
    }

    private static Map<String, Object> toRow(Map<?, ?> raw) {
        Map<String, Object> row = new LinkedHashMap<>();
        raw.forEach((k, v) -> row.put((String) k, v instanceof List<?> list ? new ArrayList<>(list) : v));
        return row;
    }

    /** Appends one transaction and syncs it to disk. */
    void append(List<Transaction.Change> changes, Map<String, Long> sequences) throws IOException {
        List<Object> items = new ArrayList<>();
        for (Transaction.Change change : changes) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("m", change.model());
            item.put("i", change.id());
            item.put("r", change.row());
            items.add(item);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("c", items);
        entry.put("s", sequences);
        String json;
        try {
            json = JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IOException("cannot encode a journal entry", e);
        }
        ByteBuffer bytes = ByteBuffer.wrap((crc(json) + " " + json + "\n").getBytes(StandardCharsets.UTF_8));
        long position = channel.position();
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            // Leave no half entry behind for the next append to follow.
            channel.truncate(position);
            channel.position(position);
            throw e;
        }
    }

    private static String crc(String json) {
        CRC32 crc = new CRC32();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
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
}
