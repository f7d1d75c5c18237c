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
import io.offerline.core.currency.RevenueConverter;
import io.offerline.core.currency.CurrencyConverter;
import io.offerline.core.lander.LanderRepository;
import io.offerline.core.network.AffiliateNetworkRepository;
import io.offerline.core.offer.OfferRepository;
import io.offerline.core.tracking.TrackingConfig;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import jakarta.inject.Singleton;
import java.time.Clock;

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

    /** Payouts converted to the account's currency with the ECB reference rate of the conversion's day. */
    @Singleton
    RevenueConverter revenueConverter(CurrencyConverter currencies) {
        return (amount, from, to, at) -> currencies.convert(amount, from, to, at)
                .map(converted -> new RevenueConverter.Converted(converted.amount(), converted.rate(), converted.rateDate()));
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
