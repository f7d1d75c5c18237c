package io.offerline.core.report;

import io.offerline.core.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque report cursors: the position of a row in the sorted report. Reports are computed per
 * request, so a cursor continues the same query; rows that change between requests may shift.
 */
final class ReportCursor {

    private static final String PREFIX = "report-row:";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ReportCursor() {
    }

    /** The cursor of the row at {@code position}. */
    static String of(int position) {
        return ENCODER.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position of the first row after {@code cursor}; 0 for no cursor. */
    static int startAfter(String cursor) {
        if (cursor == null) {
            return 0;
        }
        return position(decode(cursor)) + 1;
    }

    private static String decode(String cursor) {
        try {
            return new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static int position(String text) {
        if (!text.startsWith(PREFIX)) {
            throw invalid();
        }
        int position = parse(text.substring(PREFIX.length()));
        if (position < 0 || position == Integer.MAX_VALUE) {
            throw invalid();
        }
        return position;
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("input.after", "This cursor does not belong to this report; use an endCursor from it.");
    }
}
