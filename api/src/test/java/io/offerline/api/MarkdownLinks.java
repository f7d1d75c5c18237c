package io.offerline.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the relative links of a Markdown file that lead nowhere: a file that does not exist, or an
 * {@code #anchor} that no heading of the target produces under GitHub's rules.
 */
final class MarkdownLinks {

    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern LINK_TEXT = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    /** GitHub drops every character that is not a letter, digit, mark, space, hyphen or underscore. */
    private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\p{Pc} -]");
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private MarkdownLinks() {
    }

    /** One line per broken relative link, naming the file, the line and the target. */
    static List<String> broken(Path root, Path file) {
        String markdown = Docs.read(file);
        String prose = INLINE_CODE.matcher(Docs.prose(markdown)).replaceAll(code -> " ".repeat(code.group().length()));
        List<String> broken = new ArrayList<>();
        for (Pattern link : List.of(INLINE_LINK, REFERENCE_LINK)) {
            Matcher matcher = link.matcher(prose);
            while (matcher.find()) {
                String target = matcher.group(1);
                String problem = problem(root, file, target);
                if (problem != null) {
                    broken.add(root.relativize(file) + ":" + Docs.lineOf(prose, matcher.start()) + ": " + target + ": " + problem);
                }
            }
        }
        return broken;
    }

    /** The anchors GitHub gives the headings of a Markdown text, in order; repeats get -1, -2, …. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(Docs.prose(markdown));
        while (heading.find()) {
            String slug = slug(heading.group(1));
            int repeats = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
        }
        return anchors;
    }

    static String slug(String heading) {
        String text = LINK_TEXT.matcher(heading).replaceAll("$1").replace("`", "");
        return NOT_IN_ANCHOR.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /** Why a link from {@code file} to {@code target} leads nowhere, or null when it resolves. */
    static String problem(Path root, Path file, String target) {
        if (target.isEmpty() || EXTERNAL.matcher(target).matches()) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (hash < 0 || !resolved.toString().endsWith(".md")) {
            return null;
        }
        String anchor = target.substring(hash + 1);
        return anchors(Docs.read(resolved)).contains(anchor) ? null : "no heading with anchor #" + anchor;
    }
}
