package io.offerline.core.cost;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount over parts in proportion to their weights (visits), to a fixed number of
 * decimals, so that the parts sum to the amount exactly: each part gets its share rounded down,
 * and the units left over go one each to the parts with the largest remainders (ties in
 * {@code order}, so that splitting again gives the same parts).
 */
public final class CostSplit {

    private CostSplit() {
    }

    /**
     * @param amount not negative, with at most {@code scale} decimals
     * @param weights not negative, summing to more than zero
     */
    public static <K> Map<K, BigDecimal> split(BigDecimal amount, int scale, Map<K, Long> weights, Comparator<K> order) {
        BigInteger units = amount.movePointRight(scale).toBigIntegerExact();
        BigInteger total = BigInteger.valueOf(weights.values().stream().mapToLong(Long::longValue).sum());
        if (amount.signum() < 0 || total.signum() <= 0) {
            throw new IllegalArgumentException("a split needs an amount of at least zero and weights summing to more than zero");
        }
        List<K> keys = new ArrayList<>(weights.keySet());
        Map<K, BigInteger> parts = new LinkedHashMap<>();
        Map<K, BigInteger> remainders = new LinkedHashMap<>();
        BigInteger given = BigInteger.ZERO;
        for (K key : keys) {
            BigInteger[] share = units.multiply(BigInteger.valueOf(weights.get(key))).divideAndRemainder(total);
            parts.put(key, share[0]);
            remainders.put(key, share[1]);
            given = given.add(share[0]);
        }
        keys.sort(Comparator.<K, BigInteger>comparing(remainders::get).reversed().thenComparing(order));
        int leftOver = units.subtract(given).intValueExact(); // fewer than the number of parts
        for (int index = 0; index < leftOver; index++) {
            parts.merge(keys.get(index), BigInteger.ONE, BigInteger::add);
        }
        Map<K, BigDecimal> amounts = new LinkedHashMap<>();
        parts.forEach((key, part) -> amounts.put(key, new BigDecimal(part, scale).setScale(scale, RoundingMode.UNNECESSARY)));
        return amounts;
    }
}
