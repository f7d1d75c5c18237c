package io.offerline.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostbackSecretTest {

    private final PostbackSecret secret = new PostbackSecret("s3cr3t-Token_42");

    @Test
    void masked_showsOnlyTheLastFourCharacters_andToStringNeverTheValue() {
        assertThat(secret.masked()).isEqualTo("••••n_42");
        assertThat(secret.toString()).isEqualTo("••••n_42").doesNotContain("s3cr3t");
    }

    @Test
    void matches_acceptsOnlyTheExactValue() {
        assertThat(secret.matches("s3cr3t-Token_42")).isTrue();
        assertThat(secret.matches("s3cr3t-token_42")).isFalse();
        assertThat(secret.matches("s3cr3t-Token_4")).isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has space inside", "amp&ersand!", "percent%20encoded"})
    void secret_isRejected_whenTooShortOrNotUrlSafe(String value) {
        assertThatThrownBy(() -> new PostbackSecret(value))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(error -> assertThat(((InvalidInputException) error).field()).isEqualTo("postbackSecret"));
    }

    @Test
    void secret_isRejected_whenLongerThanTheMaximum() {
        assertThatThrownBy(() -> new PostbackSecret("a".repeat(PostbackSecret.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
