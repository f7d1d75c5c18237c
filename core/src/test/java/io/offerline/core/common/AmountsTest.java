package io.offerline.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    /** DynamoDB's number type: at most 38 significant digits, magnitudes below 1E125. */
    private static final int DYNAMO_DIGITS = 38;
    private static final BigDecimal DYNAMO_LIMIT = BigDecimal.ONE.scaleByPowerOfTen(125);
    /** A cross rate the class comment allows for: 10^6 units of the account's currency per unit of the amount's. */
    private static final BigDecimal LARGEST_CROSS_RATE = BigDecimal.ONE.scaleByPowerOfTen(6);

    @Test
    void largestAmount_convertedAtTheLargestRate_stillFitsACell() {
        BigDecimal largest = Amounts.parse("9".repeat(Amounts.MAX_INTEGER_DIGITS) + "." + "9".repeat(Amounts.MAX_DECIMALS)).orElseThrow();

        assertThat(Amounts.fitsACell(Money.stored(largest.multiply(LARGEST_CROSS_RATE)))).isTrue();
        assertThat(Amounts.fitsACell(BigDecimal.ONE.scaleByPowerOfTen(Amounts.CELL_AMOUNT_INTEGER_DIGITS))).isFalse();
    }

    @Test
    void largestCellSum_staysInDynamoDbsNumberRange() {
        BigDecimal largestAmount = Money.stored(BigDecimal.ONE.scaleByPowerOfTen(Amounts.CELL_AMOUNT_INTEGER_DIGITS)
                .subtract(BigDecimal.ONE.movePointLeft(Amounts.MAX_DECIMALS)));
        BigDecimal cpaPlusFullRevenueShare = largestAmount.add(largestAmount);
        BigDecimal statusUpdateOfIt = cpaPlusFullRevenueShare.add(cpaPlusFullRevenueShare);
        BigDecimal changes = BigDecimal.ONE.scaleByPowerOfTen(Amounts.MAX_CELL_CHANGES_DIGITS);

        BigDecimal largestSum = statusUpdateOfIt.multiply(changes);

        assertThat(largestSum.precision()).isLessThanOrEqualTo(DYNAMO_DIGITS);
        assertThat(largestSum.negate().precision()).isLessThanOrEqualTo(DYNAMO_DIGITS);
        assertThat(largestSum).isLessThan(DYNAMO_LIMIT);
        assertThat(BigDecimal.ONE.movePointLeft(Amounts.MAX_DECIMALS)).isGreaterThan(BigDecimal.ONE.movePointLeft(130));
    }

    @Test
    void parse_readsOnlyPlainAsciiDecimals() {
        assertThat(Amounts.parse("\u0664\u0662")).isEmpty();
        assertThat(Amounts.parse("1_000")).isEmpty();
        assertThat(Amounts.parse(".")).isEmpty();
        assertThat(Amounts.parse("")).isEmpty();
        assertThat(Amounts.parse("--1")).isEmpty();
        assertThat(Amounts.parse("Infinity")).isEmpty();
        assertThat(Amounts.parse(".5")).contains(new BigDecimal("0.5"));
        assertThat(Amounts.parse("5.")).contains(new BigDecimal("5"));
    }

    @Test
    void parse_refusesTextLongerThanTheLimit_evenOfZeros() {
        assertThat(Amounts.parse("1." + "0".repeat(Amounts.MAX_TEXT_LENGTH))).isEmpty();
        assertThat(Amounts.parse("1." + "0".repeat(Amounts.MAX_TEXT_LENGTH - 3))).isPresent();
    }

    @Test
    void parse_givesNothingForText() {
        assertThat(Amounts.parse("4,20")).isEmpty();
        assertThat(Amounts.parse(" 4.20 ").orElseThrow()).isEqualByComparingTo("4.2");
    }

    @Test
    void parse_givesNothing_forExponentsAndValuesBeyondTheBounds() {
        assertThat(Amounts.parse("1e20000000")).isEmpty();
        assertThat(Amounts.parse("1e999999999")).isEmpty();
        assertThat(Amounts.parse("9e125")).isEmpty();
        assertThat(Amounts.parse("1E2")).isEmpty();
        assertThat(Amounts.parse("1000000000000")).isEmpty();
        assertThat(Amounts.parse("0.0000001")).isEmpty();
        assertThat(Amounts.parse("NaN")).isEmpty();
        assertThat(Amounts.parse("0".repeat(100) + "1")).isEmpty();
    }

    @Test
    void parse_acceptsTheLargestAndSmallestAmountsInBounds() {
        assertThat(Amounts.parse("999999999999.999999").orElseThrow()).isEqualByComparingTo("999999999999.999999");
        assertThat(Amounts.parse("-4.20").orElseThrow()).isEqualByComparingTo("-4.2");
        assertThat(Amounts.parse("0.000001").orElseThrow()).isEqualByComparingTo("0.000001");
        assertThat(Amounts.parse("4.2000000").orElseThrow()).isEqualByComparingTo("4.2");
        assertThat(Amounts.parse("000012").orElseThrow()).isEqualByComparingTo("12");
    }
}
