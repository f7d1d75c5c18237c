package io.offerline.core.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class UrlTemplateTest {

    @Property
    void fill_keepsHostAndParameters_andDecodesBackToTheValue_forAnyValue(@ForAll String value) {
        String filled = UrlTemplate.fill("https://offer.example/p?a={campaign_name}&b=1", Map.of(Token.CAMPAIGN_NAME, value));

        URI uri = URI.create(filled);
        assertThat(uri.getHost()).isEqualTo("offer.example");
        String[] parameters = uri.getRawQuery().split("&");
        assertThat(parameters).hasSize(2).endsWith("b=1");
        assertThat(URLDecoder.decode(parameters[0].substring(2), StandardCharsets.UTF_8)).isEqualTo(value);
    }

    @Test
    void fill_encodesAwkwardCharacters() {
        String filled = UrlTemplate.fill("https://o.example/?n={offer_name}", Map.of(Token.OFFER_NAME, "a b&c#d\r\né+"));

        assertThat(filled).isEqualTo("https://o.example/?n=a%20b%26c%23d%0D%0A%C3%A9%2B");
    }

    @Test
    void fill_leavesATokenWithoutValueEmpty() {
        assertThat(UrlTemplate.fill("https://o.example/?r={referrer}&x=1", Map.of())).isEqualTo("https://o.example/?r=&x=1");
    }

    @Test
    void validate_acceptsHttpAndHttpsWithKnownTokens() {
        assertThat(UrlTemplate.validate("url", "  https://o.example/?c={cf_click_id}&t={timestamp} ")).isEqualTo("https://o.example/?c={cf_click_id}&t={timestamp}");
        assertThat(UrlTemplate.validate("url", "http://o.example/{offer_id}")).isEqualTo("http://o.example/{offer_id}");
    }

    @Test
    void validate_rejectsOtherSchemes() {
        for (String url : new String[] {"javascript:alert(1)", "ftp://o.example/", "//o.example/", "o.example/path", "data:text/html,x"}) {
            assertThatThrownBy(() -> UrlTemplate.validate("url", url)).as(url)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(error -> assertThat(((InvalidInputException) error).field()).isEqualTo("url"));
        }
    }

    @Test
    void validate_rejectsAnUnknownToken_namingIt() {
        assertThatThrownBy(() -> UrlTemplate.validate("url", "https://o.example/?c={clickid}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("{clickid}");
    }

    @Test
    void validate_rejectsAnEmptyUrl() {
        assertThatThrownBy(() -> UrlTemplate.validate("fallbackUrl", " "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("URL must not be empty.");
    }
}
