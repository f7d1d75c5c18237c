package io.offerline.testkit;

import io.offerline.core.currency.DailyRates;
import io.offerline.core.currency.EcbRatesParser;
import io.offerline.core.currency.ExchangeRates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The ECB rates fixture shipped in this jar ({@code ecb-rates-fixture.xml}, in the 90-day file's
 * format): plausible rates of a few business days of November 2026, not market data. The local
 * stack and the tests load it; production refreshes the real rates from the ECB.
 */
public final class EcbRatesFixture {

    /** The fixture's path on the class path. */
    public static final String RESOURCE = "/io/offerline/testkit/ecb-rates-fixture.xml";

    private EcbRatesFixture() {
    }

    /** The fixture document as it would come from the ECB. */
    public static byte[] bytes() {
        try (InputStream in = EcbRatesFixture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's days, oldest first. */
    public static List<DailyRates> days() {
        return new EcbRatesParser().parse(new ByteArrayInputStream(bytes()));
    }

    /** Saves every day of the fixture; returns how many. */
    public static int saveTo(ExchangeRates rates) {
        List<DailyRates> days = days();
        days.forEach(rates::save);
        return days.size();
    }
}
