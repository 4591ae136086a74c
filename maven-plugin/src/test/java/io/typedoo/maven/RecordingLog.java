package io.typedoo.maven;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps what the goal said at info and warn level, as {@code [INFO] text} lines. */
final class RecordingLog extends SystemStreamLog {

    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(CharSequence content) {
        lines.add("[INFO] " + content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[WARNING] " + content);
    }

    String text() {
        return String.join("\n", lines);
    }
}
