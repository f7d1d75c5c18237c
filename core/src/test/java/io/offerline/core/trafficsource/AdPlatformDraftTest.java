package io.offerline.core.trafficsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdPlatformDraftTest {

    private static final String TOKEN = "EAAB-token-0123456789";

    @Test
    void toIntegration_keepsTheCurrentToken_ofTheSamePlatformOnly() {
        AdPlatformIntegration current = new AdPlatformDraft(AdPlatform.META, "123", TOKEN, Map.of(), null).toIntegration(null);

        assertThat(new AdPlatformDraft(AdPlatform.META, "456", null, Map.of(), null).toIntegration(current).accessToken().value())
                .isEqualTo(TOKEN);
        assertThatThrownBy(() -> new AdPlatformDraft(AdPlatform.TIKTOK, "CQ1", null, Map.of(), null).toIntegration(current))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> assertThat(error.field()).isEqualTo("adPlatform.accessToken"));
    }

    @Test
    void theToken_neverShowsInText() {
        AdPlatformIntegration integration = new AdPlatformDraft(AdPlatform.META, "123", TOKEN, Map.of(), null).toIntegration(null);

        assertThat(integration.toString()).doesNotContain(TOKEN).contains("••••6789");
    }

    @Test
    void eventFor_mapsTypes_orSendsEveryConversionAsThePurchaseEvent() {
        AdPlatformIntegration mapped = new AdPlatformDraft(AdPlatform.META, "123", TOKEN, Map.of("lead", "Lead", "", "Purchase"), null)
                .toIntegration(null);
        AdPlatformIntegration unmapped = new AdPlatformDraft(AdPlatform.TIKTOK, "CQ1", TOKEN, Map.of(), null).toIntegration(null);

        assertThat(mapped.eventFor("lead")).contains("Lead");
        assertThat(mapped.eventFor(null)).contains("Purchase");
        assertThat(mapped.eventFor("sale")).isEmpty();
        assertThat(unmapped.eventFor("sale")).contains("CompletePayment");
    }
}
