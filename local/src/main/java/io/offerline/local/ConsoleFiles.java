package io.offerline.local;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The web module's build ({@code console/} on the classpath: index.html, graphiql.html and
 * assets/) as the local stack's pages: the console at {@code /}, GraphiQL at {@code /graphiql}
 * with the local API key filled in, and every asset at its own path. Everything is read once,
 * at start.
 */
final class ConsoleFiles {

    private static final String ROOT = "console";
    private static final String KEY_PLACEHOLDER = "__API_KEY__";
    /** Asset names carry a hash of their content, so a browser may keep them; the pages are checked each time. */
    private static final String ASSET_CACHE = "public, max-age=31536000, immutable";
    private static final String PAGE_CACHE = "no-cache";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "ico", "image/x-icon");

    private ConsoleFiles() {
    }

    /** Every page and asset by request path. */
    static Map<String, HttpHandler> pages(String apiKey) {
        Map<String, byte[]> files = read();
        Map<String, HttpHandler> pages = new HashMap<>();
        files.forEach((name, bytes) -> pages.put("/" + name, new StaticPage(bytes, type(name),
                name.startsWith("assets/") ? ASSET_CACHE : PAGE_CACHE)));
        StaticPage graphiql = page(new String(files.get("graphiql.html"), StandardCharsets.UTF_8).replace(KEY_PLACEHOLDER, apiKey));
        for (String path : List.of("/graphiql", "/graphiql.html")) {
            pages.put(path, graphiql);
        }
        pages.put("/", pages.get("/index.html"));
        return pages;
    }

    private static StaticPage page(String html) {
        return new StaticPage(html.getBytes(StandardCharsets.UTF_8), TYPES.get("html"), PAGE_CACHE);
    }

    private static String type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** The files under console/, whether the web module is a directory (in the build) or a jar. */
    private static Map<String, byte[]> read() {
        URL index = ConsoleFiles.class.getResource("/" + ROOT + "/index.html");
        if (index == null) {
            throw new IllegalStateException("The console is not on the classpath: build it with ./mvnw package -pl local -am");
        }
        try {
            URI uri = index.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return readTree(Path.of(uri).getParent());
            }
            // A file system of its own on the jar, so that closing it leaves any other open.
            Path jarFile = Path.of(URI.create(uri.getRawSchemeSpecificPart().split("!")[0]));
            try (FileSystem jar = FileSystems.newFileSystem(jarFile, Map.of())) {
                return readTree(jar.getPath("/" + ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> readTree(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
