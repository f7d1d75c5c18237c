package io.offerline.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project's Markdown documentation: the README and every guide under docs/. */
final class Docs {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path README = ROOT.resolve("README.md");

    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```[ \\t]*$");

    private Docs() {
    }

    /** README.md first, then docs/*.md in name order. */
    static List<Path> files() {
        List<Path> files = new ArrayList<>(List.of(README));
        try (Stream<Path> guides = Files.list(ROOT.resolve("docs"))) {
            guides.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with fenced code blocks blanked out, line breaks kept, so that line numbers still match. */
    static String prose(String markdown) {
        return FENCE.matcher(markdown).replaceAll(block -> block.group().replaceAll("[^\\n]", ""));
    }

    static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(character -> character == '\n').count() + 1;
    }

    static String name(Path file) {
        return ROOT.relativize(file).toString();
    }
}
