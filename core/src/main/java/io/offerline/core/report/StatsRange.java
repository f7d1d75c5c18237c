package io.offerline.core.report;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.stats.ConversionTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The days an entity's {@code stats} cover: {@code from} to {@code to} in {@code zone}, either end
 * open (from the workspace's first day, to today).
 */
public record StatsRange(LocalDate from, LocalDate to, ZoneId zone, ConversionTime conversionTime) {

    public StatsRange {
        zone = zone == null ? ZoneOffset.UTC : zone;
        conversionTime = conversionTime == null ? ConversionTime.POSTBACK : conversionTime;
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "The last day must not be before the first day " + from + ".");
        }
    }
}
