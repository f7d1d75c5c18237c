package io.offerline.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void hash_isSha256Hex_soThePlainKeyIsNeverStored() {
        assertThat(ApiKeys.hash("ol_example")).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(ApiKeys.hash("ol_example2"));
    }
}
