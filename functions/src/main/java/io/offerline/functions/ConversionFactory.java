package io.offerline.functions;

import io.micronaut.context.annotation.Factory;
import io.offerline.core.cap.CapCounters;
import io.offerline.core.conversion.ConversionRecorder;
import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackService;
import io.offerline.core.conversion.RevenueConverter;
import io.offerline.core.tracking.TrackingConfig;
import io.offerline.core.tracking.VisitRepository;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The conversion side of the tracking functions: postbacks, pixels and their log. */
@Factory
public class ConversionFactory {

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
    PostbackService postbackService(TrackingConfig config, VisitRepository visits, ConversionRecorder recorder, RevenueConverter converter,
            PostbackLog log, Clock clock) {
        return new PostbackService(config, visits, recorder, converter, log, clock);
    }
}
