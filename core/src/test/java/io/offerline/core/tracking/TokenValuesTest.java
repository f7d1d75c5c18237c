package io.offerline.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.url.Token;
import io.offerline.core.url.UrlTemplate;
import io.offerline.core.visitor.ConnectionType;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenValuesTest {

    private static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");
    private static final Visitor DESKTOP = new Visitor("DE", null, null, DeviceType.DESKTOP, null, null, null, null, null, null, null, false);

    @Test
    void of_fillsTheVisitorsNetworkAndPlace_whenDetected() {
        Visitor visitor = DESKTOP.withNetwork("Telefonica Germany GmbH & Co.OHG", ConnectionType.MOBILE, "Bavaria", "München");

        Map<Token, String> values = TokenValues.of(visit(visitor), campaign(), null, null, null);

        assertThat(values).containsEntry(Token.ISP, "Telefonica Germany GmbH & Co.OHG").containsEntry(Token.CONNECTION_TYPE, "mobile")
                .containsEntry(Token.REGION, "Bavaria").containsEntry(Token.CITY, "München");
    }

    @Test
    void of_namesEveryConnectionTypeInLowerCase() {
        for (ConnectionType type : ConnectionType.values()) {
            Map<Token, String> values = TokenValues.of(visit(DESKTOP.withNetwork("Net", type, null, null)), campaign(), null, null, null);

            assertThat(values.get(Token.CONNECTION_TYPE)).isEqualTo(type.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void fill_leavesTheNetworkAndPlaceTokensEmpty_whenUnknown() {
        Map<Token, String> values = TokenValues.of(visit(DESKTOP), campaign(), null, null, null);

        assertThat(UrlTemplate.fill("https://offer.example/?i={isp}&t={connection_type}&r={region}&c={city}", values))
                .isEqualTo("https://offer.example/?i=&t=&r=&c=");
    }

    @Test
    void fill_percentEncodesTheIsp_soItCannotAddAParameter() {
        Visitor visitor = DESKTOP.withNetwork("Telefonica Germany GmbH & Co.OHG", ConnectionType.OTHER, "Bayern", "München");
        Map<Token, String> values = TokenValues.of(visit(visitor), campaign(), null, null, null);

        assertThat(UrlTemplate.fill("https://offer.example/?i={isp}&t={connection_type}&c={city}", values))
                .isEqualTo("https://offer.example/?i=Telefonica%20Germany%20GmbH%20%26%20Co.OHG&t=other&c=M%C3%BCnchen");
    }

    private static Visit visit(Visitor visitor) {
        return new Visit("click-1", "account", "workspace", "campaign", null, "Main", null, null, null, visitor, "5.6.7.8", null, null,
                null, null, VisitCost.NONE, List.of(), AT, AT.plusSeconds(86_400));
    }

    private static Campaign campaign() {
        return new Campaign("campaign", "account", "workspace", "Campaign", null, TrackingType.REDIRECT,
                CostModel.notTracked(Currency.getInstance("USD")), null, List.of(), true, false, 1, AT, AT);
    }
}
