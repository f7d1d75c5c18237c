package io.offerline.functions.detect;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the visitor's first language from an {@code Accept-Language} header. */
final class AcceptLanguage {

    // A BCP 47 tag starting with a 2- or 3-letter language: "de", "de-DE", "zh-Hant-TW", "es-419".
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}");

    private AcceptLanguage() {
    }

    /**
     * The first tag, in its canonical case ({@code en-us} becomes {@code en-US}), or null when the header is
     * absent, a wildcard or not a language tag. The first tag rather than the highest weight: browsers list the
     * preferred one first.
     */
    static String firstTag(String header) {
        if (header == null) {
            return null;
        }
        String first = header.split(",", 2)[0];
        String tag = first.split(";", 2)[0].trim();
        if (!TAG.matcher(tag).matches()) {
            return null;
        }
        return Locale.forLanguageTag(tag).toLanguageTag();
    }
}
