package io.offerline.functions.detect;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of uap-core's {@code device_parsers}, read as its specification says: {@code $1}..{@code $9}
 * in a replacement take the regex's groups, results are trimmed, family and model default to group 1
 * and brand has no default. uap-java 1.6 keeps only the family, so brand and model are read here.
 */
final class DeviceRule {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d)");

    private final Pattern regex;
    private final String familyReplacement;
    private final String brandReplacement;
    private final String modelReplacement;

    DeviceRule(Map<String, String> entry) {
        String source = entry.get("regex");
        if (source == null) {
            throw new IllegalArgumentException("A device rule has no regex");
        }
        int flags = "i".equals(entry.get("regex_flag")) ? Pattern.CASE_INSENSITIVE : 0;
        this.regex = Pattern.compile(source, flags);
        this.familyReplacement = entry.getOrDefault("device_replacement", "$1");
        this.brandReplacement = entry.get("brand_replacement");
        this.modelReplacement = entry.getOrDefault("model_replacement", "$1");
    }

    /** The device when this rule matches {@code userAgent}, else null. */
    DeviceMatch match(String userAgent) {
        Matcher found = regex.matcher(userAgent);
        if (!found.find()) {
            return null;
        }
        String family = fill(familyReplacement, found);
        return new DeviceMatch(family == null ? DeviceMatch.OTHER_FAMILY : family, fill(brandReplacement, found),
                fill(modelReplacement, found));
    }

    private String fill(String replacement, Matcher found) {
        if (replacement == null) {
            return null;
        }
        Matcher placeholders = PLACEHOLDER.matcher(replacement);
        StringBuilder filled = new StringBuilder();
        while (placeholders.find()) {
            String group = group(found, Integer.parseInt(placeholders.group(1)));
            placeholders.appendReplacement(filled, Matcher.quoteReplacement(group));
        }
        placeholders.appendTail(filled);
        String trimmed = filled.toString().trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private String group(Matcher found, int index) {
        if (index > found.groupCount() || found.group(index) == null) {
            return "";
        }
        return found.group(index);
    }
}
