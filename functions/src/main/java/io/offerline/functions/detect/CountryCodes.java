package io.offerline.functions.detect;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes as the JDK knows them, plus {@code XK} (Kosovo), which CDNs and IP databases use. */
final class CountryCodes {

    private static final Set<String> KNOWN = known();

    private CountryCodes() {
    }

    /** The upper-case code when {@code candidate} is a known country code, else null. */
    static String normalize(String candidate) {
        if (candidate == null) {
            return null;
        }
        String code = candidate.trim().toUpperCase(Locale.ROOT);
        return KNOWN.contains(code) ? code : null;
    }

    private static Set<String> known() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
