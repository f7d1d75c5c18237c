package io.offerline.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void of_decodesPercentEscapesAndPluses() {
        assertThat(QueryString.ofUrl("https://lander.example/quiz?zone=a%20b%26c&site=x+y&clickid=ts-1"))
                .containsEntry("zone", "a b&c")
                .containsEntry("site", "x y")
                .containsEntry("clickid", "ts-1");
    }

    @Test
    void of_ignoresTheFragment_andKeepsEmptyAndBareParameters() {
        assertThat(QueryString.ofUrl("https://lander.example/?a=&b#c=3"))
                .containsOnlyKeys("a", "b")
                .containsEntry("a", "")
                .containsEntry("b", "");
    }

    @Test
    void of_joinsRepeatedNamesWithCommas_asApiGatewayDoes() {
        assertThat(QueryString.ofUrl("https://lander.example/?tag=a&tag=b")).containsEntry("tag", "a,b");
    }

    @Test
    void of_keepsAMalformedEscapeAsSent() {
        assertThat(QueryString.ofUrl("https://lander.example/?zone=100%zz")).containsEntry("zone", "100%zz");
    }

    @Test
    void of_isEmpty_withoutUrlOrQuery() {
        assertThat(QueryString.ofUrl(null)).isEmpty();
        assertThat(QueryString.ofUrl("https://lander.example/quiz")).isEmpty();
        assertThat(QueryString.ofUrl("https://lander.example/quiz?")).isEmpty();
    }
}
