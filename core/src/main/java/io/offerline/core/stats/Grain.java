package io.offerline.core.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How long a stats cell is: every event is counted in a quarter-hour cell and again in the
 * coarser cells holding it (roll-ups), all in UTC, so a long range reads few coarse cells and
 * only its edges, or a report whose time dimensions need them, read finer ones.
 */
public enum Grain {
    QUARTER,
    HOUR,
    DAY,
    MONTH;

    private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

    /** The start of this grain's period holding {@code at}. */
    public Instant start(Instant at) {
        return switch (this) {
            case QUARTER -> Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), QUARTER_HOUR.toSeconds()) * QUARTER_HOUR.toSeconds());
            case HOUR -> at.truncatedTo(ChronoUnit.HOURS);
            case DAY -> at.truncatedTo(ChronoUnit.DAYS);
            case MONTH -> LocalDate.ofInstant(at, ZoneOffset.UTC).withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        };
    }

    /** The start of the period after the one starting at {@code start}. */
    public Instant next(Instant start) {
        return switch (this) {
            case QUARTER -> start.plus(QUARTER_HOUR);
            case HOUR -> start.plus(Duration.ofHours(1));
            case DAY -> start.plus(Duration.ofDays(1));
            case MONTH -> ZonedDateTime.ofInstant(start, ZoneOffset.UTC).plusMonths(1).toInstant();
        };
    }

    /**
     * The start of the storage partition after the one holding this grain's cells at {@code at}:
     * a UTC day holds a day's quarter-hour and hour cells, a UTC month its day cells, a UTC year
     * its month cells. Reading a range of cells costs one Query (and its pages) per partition.
     */
    public Instant nextPartition(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        LocalDate next = switch (this) {
            case QUARTER, HOUR -> day.plusDays(1);
            case DAY -> day.withDayOfMonth(1).plusMonths(1);
            case MONTH -> day.withDayOfYear(1).plusYears(1);
        };
        return next.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether {@code at} starts a period of this grain. */
    public boolean starts(Instant at) {
        return start(at).equals(at);
    }
}
