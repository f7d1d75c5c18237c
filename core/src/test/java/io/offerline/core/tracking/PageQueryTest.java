package io.offerline.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageQueryTest {

    @Test
    void of_decodesPercentEscapesAndPluses() {
        assertThat(PageQuery.of("https://lander.example/quiz?zone=a%20b%26c&site=x+y&clickid=ts-1"))
                .containsEntry("zone", "a b&c")
                .containsEntry("site", "x y")
                .containsEntry("clickid", "ts-1");
    }

    @Test
    void of_ignoresTheFragment_andKeepsEmptyAndBareParameters() {
        assertThat(PageQuery.of("https://lander.example/?a=&b#c=3"))
                .containsOnlyKeys("a", "b")
                .containsEntry("a", "")
                .containsEntry("b", "");
    }

    @Test
    void of_joinsRepeatedNamesWithCommas_asApiGatewayDoes() {
        assertThat(PageQuery.of("https://lander.example/?tag=a&tag=b")).containsEntry("tag", "a,b");
    }

    @Test
    void of_keepsAMalformedEscapeAsSent() {
        assertThat(PageQuery.of("https://lander.example/?zone=100%zz")).containsEntry("zone", "100%zz");
    }

    @Test
    void of_isEmpty_withoutUrlOrQuery() {
        assertThat(PageQuery.of(null)).isEmpty();
        assertThat(PageQuery.of("https://lander.example/quiz")).isEmpty();
        assertThat(PageQuery.of("https://lander.example/quiz?")).isEmpty();
    }
}
