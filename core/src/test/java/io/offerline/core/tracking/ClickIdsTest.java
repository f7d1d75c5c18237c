package io.offerline.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClickIdsTest {

    @Test
    void next_gives128RandomBitsAsUrlSafeText_neverRepeating() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String clickId = ClickIds.next();
            assertThat(clickId).matches("[A-Za-z0-9_-]{22}");
            assertThat(Base64.getUrlDecoder().decode(clickId)).hasSize(16);
            seen.add(clickId);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void isWellFormed_rejectsWhatCannotBeAClickId() {
        assertThat(ClickIds.isWellFormed(ClickIds.next())).isTrue();
        assertThat(ClickIds.isWellFormed(null)).isFalse();
        assertThat(ClickIds.isWellFormed("short")).isFalse();
        assertThat(ClickIds.isWellFormed("AAAAAAAAAAAAAAAAAAAA/=")).isFalse();
    }
}
