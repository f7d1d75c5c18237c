package io.offerline.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomSourceTest {

    /** Two instances restored from one SnapStart snapshot hold the same generator state: here, two sources of one seed. */
    private static final byte[] SNAPSHOT = "the generator state in the snapshot".getBytes(StandardCharsets.UTF_8);

    @Test
    void twoRestoredInstances_withoutAReseed_wouldDrawTheSameClickIds() {
        RandomSource first = new RandomSource(SNAPSHOT);
        RandomSource second = new RandomSource(SNAPSHOT);

        assertThat(clickIds(first)).isEqualTo(clickIds(second));
    }

    @Test
    void twoRestoredInstances_drawDifferentClickIds_onceEachIsReseeded() {
        RandomSource first = new RandomSource(SNAPSHOT);
        RandomSource second = new RandomSource(SNAPSHOT);

        first.reseed();
        second.reseed();

        Set<String> drawn = new HashSet<>(clickIds(first));
        drawn.addAll(clickIds(second));
        assertThat(drawn).hasSize(20);
    }

    @Test
    void aReseed_alsoReplacesTheRotationGenerator() {
        RandomSource first = new RandomSource(SNAPSHOT);
        RandomSource second = new RandomSource(SNAPSHOT);
        first.reseed();
        second.reseed();

        assertThat(IntStream.range(0, 8).map(i -> first.generator().nextInt(1_000_000)).boxed().toList())
                .isNotEqualTo(IntStream.range(0, 8).map(i -> second.generator().nextInt(1_000_000)).boxed().toList());
    }

    /** Ten click ids drawn the way visits draw theirs: 16 random bytes, URL-safe. */
    private static List<String> clickIds(RandomSource source) {
        return IntStream.range(0, 10).mapToObj(i -> {
            byte[] bytes = new byte[16];
            source.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }).toList();
    }
}
