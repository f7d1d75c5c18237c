package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.common.PageRequest;
import io.offerline.core.conversion.Postback;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import io.offerline.core.conversion.PostbackService;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkDraft;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The postback log of an account that shortens IP addresses keeps no whole address, from a network with an allowlist and a secret. */
@ExtendWith(DynamoDbExtension.class)
class PostbackLogPrivacyIT {

    private static final Pattern CLICK_ID = Pattern.compile("cid=([A-Za-z0-9_-]{22})");

    @Test
    void postbackLog_ofAnAccountThatShortensIps_keepsNoWholeAddress_andNoSecret(TestDynamo dynamo) {
        try (TrackingWorld world = new TrackingWorld(dynamo)) {
            // Before anything reads the account, so no cache holds it whole.
            AccountRepository accounts = world.context.getBean(AccountRepository.class);
            Account account = accounts.find(world.owner.accountId()).orElseThrow();
            accounts.save(new Account(account.id(), account.name(), account.currency(), true, account.createdAt()));
            String clickId = visit(world, networkOffer(world));
            PostbackService postbacks = world.context.getBean(PostbackService.class);

            postbacks.receive(new Postback(Map.of("cid", clickId, "secret", "privacy-secret-1", "ip", "198.51.100.77"), "198.51.100.77", null));
            postbacks.receive(new Postback(Map.of("cid", clickId, "secret", "privacy-secret-1"), "203.0.113.50", null));

            List<PostbackLogEntry> log = world.context.getBean(PostbackLog.class).list(account.id(), null, new PageRequest(10, null)).nodes();
            PostbackLogEntry refused = log.stream().filter(entry -> entry.outcome() == PostbackOutcome.IP_NOT_ALLOWED).findFirst().orElseThrow();
            PostbackLogEntry accepted = log.stream().filter(entry -> entry.outcome() == PostbackOutcome.ACCEPTED).findFirst().orElseThrow();
            assertThat(List.of(refused.sourceIp(), accepted.sourceIp())).containsExactly("198.51.100.0", "203.0.113.0");
            assertThat(refused.parameters()).containsEntry("ip", "198.51.100.0").containsEntry("secret", "[redacted]");
            assertThat(refused.reason()).contains("198.51.100.0");
            assertThat(log.toString()).doesNotContain("198.51.100.77").doesNotContain("203.0.113.50").doesNotContain("privacy-secret");
        }
    }

    private static Offer networkOffer(TrackingWorld world) {
        AffiliateNetwork network = world.network(new AffiliateNetworkDraft(world.workspaceId, "custom", "Private network", null, null, null,
                null, false, null, List.of("203.0.113.0/24"), "privacy-secret-1", null));
        return world.offer(new OfferDraft(world.workspaceId, "Private offer", null, null, network.id(), false, false,
                "https://offer.example/?cid={cf_click_id}", null, null,
                new Payout(PayoutMode.MANUAL, BigDecimal.ONE, Currency.getInstance("USD")), null, null));
    }

    private static String visit(TrackingWorld world, Offer offer) {
        String campaignId = world.campaign("Private", offer).id();
        APIGatewayV2HTTPResponse redirect = new VisitHandler(world.context)
                .handleRequest(Events.load("visit.json", Map.of("CAMPAIGN_ID", campaignId)), null);
        Matcher matcher = CLICK_ID.matcher(redirect.getHeaders().get("Location"));
        assertThat(matcher.find()).as(redirect.getHeaders().toString()).isTrue();
        return matcher.group(1);
    }
}
