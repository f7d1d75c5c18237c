package io.offerline.functions.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * uap-core's rules ({@code regexes.yaml} as uap-java ships it) in the compact form the build writes
 * ({@link UapRulesCompiler}, in the functions' {@code process-classes} phase): one line per rule, its section and then
 * its {@code name=value} pairs, tab-separated, with backslash, tab and line breaks escaped. Reading it needs no YAML
 * parser, which took most of the rules' start-up; the rules read are the YAML's, entry by entry.
 */
final class UapRules {

    static final String RESOURCE = "/io/offerline/functions/detect/uap-rules.tsv";
    static final List<String> SECTIONS = List.of("user_agent_parsers", "os_parsers", "device_parsers");
    private static final char SEPARATOR = '\t';

    private UapRules() {
    }

    /** The rules the build wrote into the jar, by section, each entry's names and values in the YAML's order. */
    static Map<String, List<Map<String, String>>> bundled() {
        try (InputStream rules = UapRules.class.getResourceAsStream(RESOURCE)) {
            if (rules == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the function's jar (the build writes it)");
            }
            return read(new BufferedReader(new InputStreamReader(rules, StandardCharsets.UTF_8)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static Map<String, List<Map<String, String>>> read(BufferedReader lines) throws IOException {
        Map<String, List<Map<String, String>>> sections = new LinkedHashMap<>();
        SECTIONS.forEach(section -> sections.put(section, new ArrayList<>()));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(String.valueOf(SEPARATOR), -1);
            List<Map<String, String>> section = sections.get(fields[0]);
            if (section == null) {
                throw new IllegalStateException("Unknown section in " + RESOURCE + ": " + fields[0]);
            }
            section.add(entry(fields));
        }
        return sections;
    }

    /** The rules in the compact form, from the YAML's sections. */
    static String write(Map<String, List<Map<String, String>>> sections, String source) {
        StringBuilder out = new StringBuilder("# uap-core's rules from ").append(source).append(", written by the build\n");
        for (String section : SECTIONS) {
            for (Map<String, String> entry : sections.get(section)) {
                out.append(section);
                entry.forEach((name, value) -> out.append(SEPARATOR).append(name).append('=').append(escaped(String.valueOf(value))));
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static Map<String, String> entry(String[] fields) {
        Map<String, String> entry = new LinkedHashMap<>();
        for (int index = 1; index < fields.length; index++) {
            int equals = fields[index].indexOf('=');
            entry.put(fields[index].substring(0, equals), unescaped(fields[index].substring(equals + 1)));
        }
        return entry;
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescaped(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int index = 0; index < value.length(); index++) {
            char next = value.charAt(index);
            if (next != '\\') {
                out.append(next);
                continue;
            }
            char escape = value.charAt(++index);
            out.append(escape == 't' ? '\t' : escape == 'n' ? '\n' : escape == 'r' ? '\r' : escape);
        }
        return out.toString();
    }
}
