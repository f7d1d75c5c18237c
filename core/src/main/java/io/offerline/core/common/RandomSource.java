package io.offerline.core.common;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Where the process draws its randomness: ids and click ids, path, lander, offer and keyword
 * rotation, cap-counter shards. One generator, replaced by {@link #reseed()} after a Lambda
 * SnapStart restore: every instance restored from one snapshot starts from the snapshot's
 * generator state, and without a new seed they would all draw the same click ids and the same
 * rotation. {@code ThreadLocalRandom} is not used for that reason: its seeds are in the snapshot
 * too, and it cannot be reseeded.
 */
public final class RandomSource {

    private static final RandomSource PROCESS = new RandomSource(entropy());

    private volatile SecureRandom generator;

    /** A source whose generator starts from {@code seed}: tests give two sources one seed to stand for two restored copies. */
    RandomSource(byte[] seed) {
        generator = seeded(seed);
    }

    /** The process's source. */
    public static RandomSource process() {
        return PROCESS;
    }

    /** The generator to draw from now; drawn again after a reseed. */
    public RandomGenerator generator() {
        return generator;
    }

    public void nextBytes(byte[] bytes) {
        generator.nextBytes(bytes);
    }

    /** A new generator seeded from the machine's entropy, as it is after a restore. */
    public void reseed() {
        generator = seeded(entropy());
    }

    // SHA1PRNG: a fast, thread-safe generator whose whole state comes from the seed we give, so that
    // a reseed replaces all of it (NativePRNG would mix in a state kept across the snapshot).
    private static SecureRandom seeded(byte[] seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA1PRNG is part of every JDK", missing);
        }
    }

    private static byte[] entropy() {
        return new SecureRandom().generateSeed(32);
    }
}
