package io.offerline.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClickIdAppenderTest {

    @Test
    void append_addsTheParameter_withTheRightSeparator() {
        assertThat(ClickIdAppender.append("https://o.example/path", "aff_sub", "abc")).isEqualTo("https://o.example/path?aff_sub=abc");
        assertThat(ClickIdAppender.append("https://o.example/?a=1", "aff_sub", "abc")).isEqualTo("https://o.example/?a=1&aff_sub=abc");
        assertThat(ClickIdAppender.append("https://o.example/?", "aff_sub", "abc")).isEqualTo("https://o.example/?aff_sub=abc");
    }

    @Test
    void append_keepsTheFragmentLast() {
        assertThat(ClickIdAppender.append("https://o.example/?a=1#top", "s2", "abc")).isEqualTo("https://o.example/?a=1&s2=abc#top");
    }

    @Test
    void append_neverAddsTheParameterTwice() {
        assertThat(ClickIdAppender.append("https://o.example/?aff_sub=xyz", "aff_sub", "abc")).isEqualTo("https://o.example/?aff_sub=xyz");
        assertThat(ClickIdAppender.append("https://o.example/?a=1&aff_sub=", "aff_sub", "abc")).isEqualTo("https://o.example/?a=1&aff_sub=");
    }

    @Test
    void append_doesNotMistakeAParameterWithASimilarName() {
        assertThat(ClickIdAppender.append("https://o.example/?my_aff_sub=1", "aff_sub", "abc"))
                .isEqualTo("https://o.example/?my_aff_sub=1&aff_sub=abc");
    }
}
