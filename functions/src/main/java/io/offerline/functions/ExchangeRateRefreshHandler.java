package io.offerline.functions;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.offerline.core.currency.ExchangeRateRefresher;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Runs on an EventBridge schedule: downloads the ECB's 90-day reference rates and saves every
 * day. The event carries nothing it needs, so it is taken as a plain map. A failed download or
 * an unreadable file fails the invocation, and Lambda retries it.
 */
public class ExchangeRateRefreshHandler extends MicronautRequestHandler<Map<String, Object>, String> {

    @Inject
    ExchangeRateRefresher refresher;

    public ExchangeRateRefreshHandler() {
    }

    public ExchangeRateRefreshHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public String execute(Map<String, Object> event) {
        List<LocalDate> days = refresher.refresh();
        return "Saved the ECB rates of " + days.size() + " days, " + days.get(0) + " to " + days.get(days.size() - 1) + ".";
    }
}
