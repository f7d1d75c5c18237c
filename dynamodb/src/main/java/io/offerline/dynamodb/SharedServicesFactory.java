package io.offerline.dynamodb;

import io.micronaut.context.annotation.Factory;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.cap.CapCounters;
import io.offerline.core.conversion.ConversionRecorder;
import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.conversion.ConversionTypeRepository;
import io.offerline.core.conversion.ConversionTypes;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackService;
import io.offerline.core.conversion.RevenueConverter;
import io.offerline.core.lander.LanderRepository;
import io.offerline.core.network.AffiliateNetworkRepository;
import io.offerline.core.offer.OfferRepository;
import io.offerline.core.tracking.TrackingConfig;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The core services both the tracking functions and the API run: conversions come in by
 * postback and by upload through the same rules.
 */
@Factory
public class SharedServicesFactory {

    @Singleton
    TrackingConfig trackingConfig(CampaignRepository campaigns, OfferRepository offers, AffiliateNetworkRepository networks,
            LanderRepository landers, TrafficSourceRepository trafficSources, AccountRepository accounts, Clock clock) {
        return new TrackingConfig(campaigns, offers, networks, landers, trafficSources, accounts, clock);
    }

    @Singleton
    ConversionRecorder conversionRecorder(ConversionRepository conversions, CapCounters caps) {
        return new ConversionRecorder(conversions, caps);
    }

    /** Amounts already in the account's currency need no rate; others wait for the exchange rates. */
    @Singleton
    RevenueConverter revenueConverter() {
        return (amount, from, to, at) -> from.equals(to)
                ? Optional.of(new RevenueConverter.Converted(amount, BigDecimal.ONE, LocalDate.ofInstant(at, ZoneOffset.UTC)))
                : Optional.empty();
    }

    @Singleton
    ConversionTypeRepository conversionTypeRepository(DocumentTables tables) {
        return new DynamoConversionTypeRepository(tables);
    }

    @Singleton
    ConversionTypes conversionTypes(ConversionTypeRepository repository, Clock clock) {
        return new ConversionTypes(repository, clock);
    }

    @Singleton
    PostbackService postbackService(TrackingConfig config, VisitRepository visits, ConversionRecorder recorder, RevenueConverter converter,
            PostbackLog log, ConversionTypes types, Clock clock) {
        return new PostbackService(config, visits, recorder, converter, log, types, clock);
    }
}
