package io.typedoo.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The recorded Odoo 18 exchanges of the repository's {@code odoo-wire/} folder, on the test class path. */
public final class Transcripts {

    /** One recorded exchange: {@code xmlrpc/09-read-field-types}. */
    public record Exchange(String protocol, String name, String requestPath, byte[] request, byte[] response,
            int status, String contentType) {

        /** The recorded response, to queue on a {@link ReplayServer}. */
        public ReplayServer.Response replay() {
            return ReplayServer.Response.of(status, contentType, response);
        }

        public String requestText() {
            return new String(request, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String responseText() {
            return new String(response, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Transcripts() {
    }

    public static Path root() {
        URL url = Transcripts.class.getResource("/odoo-wire/README.md");
        if (url == null) {
            throw new IllegalStateException("odoo-wire is not on the test class path (see runtime/pom.xml)");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names (such as {@code 09-read-field-types}) of every exchange recorded for {@code protocol}. */
    public static List<String> names(String protocol) {
        try (Stream<Path> files = Files.list(root().resolve(protocol))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".http.txt"))
                    .map(n -> n.substring(0, n.length() - ".http.txt".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exchange whose name starts with {@code prefix}, such as {@code "09"}. */
    public static Exchange load(String protocol, String prefix) {
        String name = names(protocol).stream().filter(n -> n.startsWith(prefix + "-") || n.equals(prefix))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + protocol + "/" + prefix));
        String ext = protocol.equals("xmlrpc") ? "xml" : "json";
        Path dir = root().resolve(protocol);
        try {
            byte[] request = Files.readAllBytes(dir.resolve(name + ".request." + ext));
            byte[] response = Files.readAllBytes(dir.resolve(name + ".response." + ext));
            List<String> http = Files.readAllLines(dir.resolve(name + ".http.txt"));
            String requestPath = http.get(0).split(" ")[1];
            int status = 0;
            String contentType = "application/octet-stream";
            boolean inResponse = false;
            for (String line : http) {
                if (line.startsWith("HTTP/1.1 ")) {
                    inResponse = true;
                    status = Integer.parseInt(line.substring(9, 12));
                } else if (inResponse && line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).strip();
                }
            }
            return new Exchange(protocol, name, requestPath, request, response, status, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
