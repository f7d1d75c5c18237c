package io.offerline.core.common;

/**
 * The character rule for text from outside (URL parameters, postback values, page URLs), and how
 * Offerline repeats such text in an answer, a log line or the postback log.
 */
public final class OutsideText {

    private OutsideText() {
    }

    /**
     * Whether {@code text} is clean: no control character (CR, LF, NUL, DEL, C1...), which could
     * start a new log line or header, and no lone surrogate, which is no character at all and
     * which no UTF-8 request can carry.
     */
    public static boolean isClean(String text) {
        return isWellFormed(text) && text.codePoints().noneMatch(Character::isISOControl);
    }

    /**
     * Whether {@code text} is well-formed Unicode: no lone surrogate. Such text can be stored
     * and, percent-encoded, passed on, whatever its characters.
     */
    public static boolean isWellFormed(String text) {
        return text.codePoints().noneMatch(OutsideText::isLoneSurrogate);
    }

    /**
     * {@code text} as Offerline repeats it: cut to {@code maxCharacters} code points (never inside
     * a surrogate pair), with {@code …} where it was cut, control characters shown as {@code ?} and
     * lone surrogates as U+FFFD; null stays null.
     */
    public static String shown(String text, int maxCharacters) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(maxCharacters).map(OutsideText::printable).forEach(shown::appendCodePoint);
        return text.codePointCount(0, text.length()) > maxCharacters ? shown.append('…').toString() : shown.toString();
    }

    /** {@code text} cut to {@code maxCharacters} code points, never inside a surrogate pair. */
    public static String cut(String text, int maxCharacters) {
        return text.codePointCount(0, text.length()) > maxCharacters ? text.substring(0, text.offsetByCodePoints(0, maxCharacters)) : text;
    }

    private static int printable(int character) {
        if (Character.isISOControl(character)) {
            return '?';
        }
        return isLoneSurrogate(character) ? '\uFFFD' : character;
    }

    /** {@link String#codePoints()} yields a surrogate on its own only when it has no partner. */
    private static boolean isLoneSurrogate(int character) {
        return Character.isBmpCodePoint(character) && Character.isSurrogate((char) character);
    }
}
