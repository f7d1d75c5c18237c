package io.offerline.core.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounds of every money amount that comes from outside (a payout in a postback, a cost in a
 * campaign URL), checked on the text before any {@link BigDecimal} exists: {@code new
 * BigDecimal("1e20000000")} is cheap, but rounding it to six decimals takes seconds, and
 * {@code 1e999999999} throws. An amount in bounds is plain decimal text: an optional sign, ASCII
 * digits and one optional point; no exponent, at most {@link #MAX_INTEGER_DIGITS} digits before
 * the point (leading zeros aside) and {@link #MAX_DECIMALS} after it (trailing zeros aside), and
 * at most {@link #MAX_TEXT_LENGTH} characters in all.
 *
 * <p>Why these bounds: a real payout or click cost, even in a currency of tens of thousands of
 * units per dollar, is below 10^9; twelve integer digits (below one trillion) leave a thousand
 * times that. Six decimals are the stored scale ({@link Money#STORED_SCALE}), enough for a CPM
 * share of a sub-cent bid.
 *
 * <p><b>No stats cell leaves DynamoDB's number range</b> (38 significant digits, magnitudes
 * between 1E-130 and 1E125), by arithmetic:
 * <ul>
 *   <li>an amount enters a cell in the account's currency, and is refused when it is not below
 *       10^{@link #CELL_AMOUNT_INTEGER_DIGITS} (see {@link #fitsACell}); that leaves room for an
 *       amount in bounds converted at a cross rate up to 10^6 (the ECB's rates cross at about
 *       2·10^4 at most, IDR per GBP);</li>
 *   <li>one event changes a cell's counter by less than 4·10^18: a conversion's cost is its CPA
 *       amount plus a revenue share of at most 100 % of its revenue (the bound of a REVSHARE
 *       percentage), each below 10^18, and a status update takes the old value back and adds
 *       the new one;</li>
 *   <li>a 15-minute cell receives fewer than 10^{@link #MAX_CELL_CHANGES_DIGITS} changes: that
 *       would be 10^10 writes a second on the events table, where DynamoDB allows a table tens
 *       of thousands by default;</li>
 *   <li>so every sum, and every partial sum on the way (reversals only subtract what was
 *       added), is below 4·10^18 · 10^13 &lt; 10^32: 32 integer digits and 6 decimals are 38
 *       significant digits, the magnitude is below 1E125, and the smallest non-zero one is
 *       1E-6.</li>
 * </ul>
 */
public final class Amounts {

    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_DECIMALS = Money.STORED_SCALE;
    /** Room for a sign, a point, and some leading or trailing zeros; more is not a number a system sends. */
    public static final int MAX_TEXT_LENGTH = 40;
    /** An amount in a cell, converted to the account's currency, is below 10^18. */
    public static final int CELL_AMOUNT_INTEGER_DIGITS = 18;
    /** Fewer than 10^13 changes reach one 15-minute cell. */
    public static final int MAX_CELL_CHANGES_DIGITS = 13;

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?([0-9]*)(?:\\.([0-9]*))?");
    private static final BigDecimal CELL_AMOUNT_LIMIT = BigDecimal.ONE.scaleByPowerOfTen(CELL_AMOUNT_INTEGER_DIGITS);

    private Amounts() {
    }

    /** The amount {@code text} spells, surrounding whitespace aside; empty when it is not in bounds. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        Matcher parts = PLAIN_DECIMAL.matcher(trimmed);
        if (!parts.matches() || !isInBounds(parts.group(1), parts.group(2) == null ? "" : parts.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed));
    }

    /** Whether an amount in the account's currency may be added to a stats cell (see the class comment). */
    public static boolean fitsACell(BigDecimal amount) {
        return amount.abs().compareTo(CELL_AMOUNT_LIMIT) < 0;
    }

    private static boolean isInBounds(String integerDigits, String decimals) {
        if (integerDigits.isEmpty() && decimals.isEmpty()) {
            return false;
        }
        return significant(integerDigits, "^0+") <= MAX_INTEGER_DIGITS && significant(decimals, "0+$") <= MAX_DECIMALS;
    }

    private static int significant(String digits, String insignificantZeros) {
        return digits.replaceFirst(insignificantZeros, "").length();
    }
}
