package io.offerline.functions;

import io.micronaut.context.annotation.Factory;
import io.offerline.core.cap.CapCounters;
import io.offerline.core.cap.CapStatus;
import io.offerline.core.currency.RevenueConverter;
import io.offerline.core.tracking.ClickService;
import io.offerline.core.tracking.CostPricing;
import io.offerline.core.tracking.DirectVisitService;
import io.offerline.core.tracking.RedirectService;
import io.offerline.core.tracking.TrackingConfig;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.tracking.VisitorDetection;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The domain services of the tracking functions, wired once per warm function. */
@Factory
public class TrackingFactory {

    @Singleton
    CapStatus capStatus(CapCounters counters, Clock clock) {
        return new CapStatus(counters, clock);
    }

    @Singleton
    CostPricing costPricing(TrackingConfig config, RevenueConverter converter) {
        return new CostPricing(config, converter);
    }

    @Singleton
    RedirectService redirectService(TrackingConfig config, VisitRepository visits, VisitorDetection detection, CapStatus caps,
            CostPricing pricing, Clock clock) {
        return new RedirectService(config, visits, detection, caps, pricing, clock);
    }

    @Singleton
    ClickService clickService(TrackingConfig config, VisitRepository visits, CapStatus caps, Clock clock) {
        return new ClickService(config, visits, caps, clock);
    }

    @Singleton
    DirectVisitService directVisitService(TrackingConfig config, VisitRepository visits, VisitorDetection detection,
            CostPricing pricing, Clock clock) {
        return new DirectVisitService(config, visits, detection, pricing, clock);
    }
}
