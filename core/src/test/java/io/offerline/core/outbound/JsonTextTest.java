package io.offerline.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void of_writesNestedValues_escapingQuotesBackslashesAndControlCharacters() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "a \"quoted\" \\ value\n");
        body.put("amount", new BigDecimal("4.20"));
        body.put("time", 1795694405L);
        body.put("list", List.of("x", Map.of("on", true)));

        assertThat(JsonText.of(body)).isEqualTo(
                "{\"name\":\"a \\\"quoted\\\" \\\\ value\\u000a\",\"amount\":4.20,\"time\":1795694405,\"list\":[\"x\",{\"on\":true}]}");
    }
}
