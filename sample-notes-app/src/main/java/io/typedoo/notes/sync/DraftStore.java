package io.typedoo.notes.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.typedoo.notes.note.NoteContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The local drafts file: every note the user saved that the server does not have yet, kept on disk so that
 * neither a server that is away nor a crash of the app loses it.
 *
 * <p>Each change rewrites the whole file (it holds a handful of notes) into a temporary file, forces it to disk,
 * renames it over the old one in one atomic step and forces the directory, so the file on disk is always either
 * the old or the new version, never half of one. A file that cannot be read is moved aside (never deleted) and
 * the store starts empty. Thread-safe.
 */
public final class DraftStore {

    private static final System.Logger LOG = System.getLogger(DraftStore.class.getName());
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    private DraftStore(Path file) {
        this.file = file;
    }

    /**
     * Opens the drafts file, creating its folder when needed; a missing file is an empty store.
     *
     * @throws UncheckedIOException when the folder cannot be created
     */
    public static DraftStore open(Path file) {
        DraftStore store = new DraftStore(file.toAbsolutePath());
        try {
            Path parent = store.file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the drafts file " + file, e);
        }
        store.load();
        return store;
    }

    /** The file this store writes. */
    public Path file() {
        return file;
    }

    /** Every draft, in the order they were first saved. */
    public synchronized List<Draft> all() {
        return List.copyOf(drafts.values());
    }

    /** The draft with this key, if any. */
    public synchronized Optional<Draft> get(String key) {
        return Optional.ofNullable(drafts.get(key));
    }

    /**
     * Adds or replaces the draft with {@code draft.key()} and writes the file before returning.
     *
     * @throws UncheckedIOException when the file cannot be written; the draft is then not kept
     */
    public synchronized void put(Draft draft) {
        Draft previous = drafts.put(draft.key(), draft);
        try {
            write();
        } catch (IOException e) {
            if (previous == null) {
                drafts.remove(draft.key());
            } else {
                drafts.put(draft.key(), previous);
            }
            throw new UncheckedIOException("Cannot write the drafts file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drops the draft with this key, if any, and writes the file before returning.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public synchronized void remove(String key) {
        Draft previous = drafts.remove(key);
        if (previous == null) {
            return;
        }
        try {
            write();
        } catch (IOException e) {
            drafts.put(key, previous);
            throw new UncheckedIOException("Cannot write the drafts file " + file + ": " + e.getMessage(), e);
        }
    }

    private void load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the drafts file " + file, e);
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.path("drafts").isArray()) {
                throw new IllegalArgumentException("no \"drafts\" array");
            }
            for (JsonNode node : root.get("drafts")) {
                Draft draft = fromJson(node);
                drafts.put(draft.key(), draft);
            }
        } catch (IOException | RuntimeException e) {
            drafts.clear();
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
            try {
                Files.move(file, aside);
            } catch (IOException moveFailure) {
                throw new UncheckedIOException("The drafts file " + file + " cannot be read (" + e.getMessage()
                        + ") nor moved aside", moveFailure);
            }
            LOG.log(System.Logger.Level.WARNING, "The drafts file {0} could not be read ({1}); kept it as {2}"
                    + " and started with no drafts", file, e.getMessage(), aside);
        }
    }

    private void write() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode array = root.putArray("drafts");
        for (Draft draft : drafts.values()) {
            array.add(toJson(draft));
        }
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Drafts cannot be written as JSON", e);
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory();
    }

    /** Makes the rename itself durable. Not every platform can open a directory (Windows cannot); there the move is. */
    private void forceDirectory() {
        Path dir = file.getParent();
        if (dir == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot force directory {0}: {1}", dir, e.getMessage());
        }
    }

    private static ObjectNode toJson(Draft draft) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", draft.key());
        if (draft.taskId() == null) {
            node.putNull("taskId");
        } else {
            node.put("taskId", draft.taskId());
        }
        node.set("content", toJson(draft.content()));
        LocalDateTime baseWriteDate = draft.baseWriteDate();
        node.put("baseWriteDate", baseWriteDate == null ? null : baseWriteDate.toString());
        NoteContent base = draft.base();
        node.set("base", base == null ? JSON.nullNode() : toJson(base));
        node.put("savedAt", draft.savedAt().toString());
        return node;
    }

    private static ObjectNode toJson(NoteContent content) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", content.text());
        LocalDate deadline = content.deadline();
        node.put("deadline", deadline == null ? null : deadline.toString());
        node.put("highPriority", content.highPriority());
        node.put("done", content.done());
        return node;
    }

    private static Draft fromJson(JsonNode node) {
        String key = requiredText(node, "key");
        JsonNode taskId = node.path("taskId");
        String baseWriteDate = optionalText(node, "baseWriteDate");
        JsonNode base = node.path("base");
        try {
            return new Draft(key, taskId.isIntegralNumber() ? taskId.longValue() : null,
                    contentFromJson(node.path("content")),
                    baseWriteDate == null ? null : LocalDateTime.parse(baseWriteDate),
                    base.isObject() ? contentFromJson(base) : null,
                    Instant.parse(requiredText(node, "savedAt")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("draft " + key + ": " + e.getMessage(), e);
        }
    }

    private static NoteContent contentFromJson(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a draft without content");
        }
        String deadline = optionalText(node, "deadline");
        return new NoteContent(requiredText(node, "text"), deadline == null ? null : LocalDate.parse(deadline),
                node.path("highPriority").asBoolean(false), node.path("done").asBoolean(false));
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("a draft without \"" + field + "\"");
        }
        return value.textValue();
    }

    private static @Nullable String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }

    /** Lists the drafts' keys, for logs. */
    @Override
    public synchronized String toString() {
        return "DraftStore[" + file + ", " + new ArrayList<>(drafts.keySet()) + "]";
    }
}
