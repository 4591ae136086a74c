package io.typedoo.testkit.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One exchange recorded from a real Odoo 18 server in the repository's {@code odoo-wire/} folder: the request
 * body, the response body, and from {@code .http.txt} the request path, the response status and content type.
 */
record RecordedExchange(String folder, String name, String path, String requestContentType, byte[] request,
        int status, String contentType, byte[] response) {

    /** The {@code odoo-wire} folder, from the build ({@code odoo.wire.dir}) or relative to the module. */
    static Path wireDir() {
        String configured = System.getProperty("odoo.wire.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "odoo-wire");
        if (!Files.isDirectory(dir.resolve("xmlrpc"))) {
            throw new IllegalStateException("The recorded exchanges are not at " + dir.toAbsolutePath());
        }
        return dir;
    }

    /** Every exchange of {@code folder} ({@code xmlrpc} or {@code jsonrpc}), in recorded order. */
    static List<RecordedExchange> load(String folder) {
        Path dir = wireDir().resolve(folder);
        List<RecordedExchange> exchanges = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> http = files.filter(f -> f.getFileName().toString().endsWith(".http.txt")).sorted().toList();
            for (Path file : http) {
                String name = file.getFileName().toString().replace(".http.txt", "");
                exchanges.add(load(dir, folder, name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (exchanges.isEmpty()) {
            throw new IllegalStateException("No exchanges in " + dir.toAbsolutePath());
        }
        return exchanges;
    }

    private static RecordedExchange load(Path dir, String folder, String name) throws IOException {
        String extension = folder.equals("jsonrpc") ? ".json" : ".xml";
        List<String> lines = Files.readAllLines(dir.resolve(name + ".http.txt"), StandardCharsets.UTF_8);
        String path = lines.get(0).split(" ")[1];
        String requestType = "";
        int status = -1;
        String contentType = "";
        boolean inResponse = false;
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("HTTP/")) {
                status = Integer.parseInt(line.split(" ")[1]);
                inResponse = true;
            } else if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                String value = line.substring(line.indexOf(':') + 1).strip();
                if (inResponse) {
                    contentType = value;
                } else {
                    requestType = value;
                }
            }
        }
        return new RecordedExchange(folder, name, path, requestType,
                Files.readAllBytes(dir.resolve(name + ".request" + extension)), status, contentType,
                Files.readAllBytes(dir.resolve(name + ".response" + extension)));
    }

    String requestText() {
        return new String(request, StandardCharsets.UTF_8);
    }

    String responseText() {
        return new String(response, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return folder + "/" + name;
    }
}
