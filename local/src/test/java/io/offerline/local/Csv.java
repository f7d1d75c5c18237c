package io.offerline.local;

import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader for the tests: quoted fields may hold commas, doubled quotes and line breaks; lines end with CRLF. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int position = 0;
        while (position < text.length()) {
            char character = text.charAt(position);
            if (quoted && character == '"' && position + 1 < text.length() && text.charAt(position + 1) == '"') {
                field.append('"');
                position += 2;
                continue;
            }
            if (character == '"' && (quoted || field.isEmpty())) {
                quoted = !quoted;
            } else if (!quoted && character == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (!quoted && text.startsWith("\r\n", position)) {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                position++;
            } else {
                field.append(character);
            }
            position++;
        }
        if (!line.isEmpty() || !field.isEmpty()) {
            throw new IllegalArgumentException("the last line does not end with CRLF");
        }
        return lines;
    }
}
