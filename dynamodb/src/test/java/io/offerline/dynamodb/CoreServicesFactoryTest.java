package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.audit.AuditTrail;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.conversion.PostbackService;
import io.offerline.core.currency.CurrencyConverter;
import io.offerline.core.currency.ExchangeRates;
import io.offerline.core.offer.OfferService;
import io.offerline.core.report.ReportService;
import io.offerline.core.tracking.TrackingConfig;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.core.workspace.WorkspaceService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Any context with this module, the API's as well as the functions', gets the core services from one factory. */
class CoreServicesFactoryTest {

    @Test
    void context_givesOneCurrencyConverter_onTheDynamoRates() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("dynamodb.endpoint", "http://127.0.0.1:9"))) {
            assertThat(context.getBean(CurrencyConverter.class)).isSameAs(context.getBean(CurrencyConverter.class));
            assertThat(context.getBean(ExchangeRates.class)).isInstanceOf(DynamoExchangeRates.class);
        }
    }

    @Test
    void context_givesOneOfEachCoreService_toWhoeverAsks() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("dynamodb.endpoint", "http://127.0.0.1:9"))) {
            for (Class<?> service : List.of(ApiKeys.class, AccountBootstrap.class, WorkspaceService.class, OfferService.class,
                    CampaignService.class, ReportService.class, TrackingConfig.class, PostbackService.class, AuditTrail.class)) {
                assertThat(context.getBean(service)).as(service.getSimpleName()).isSameAs(context.getBean(service));
            }
        }
    }
}
