package io.offerline.core.report;

import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Dimensions;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a report groups or filters by. Entity dimensions give the entity's id (their labels are
 * names resolved elsewhere), plain dimensions the stored value, and time dimensions are computed
 * from the cell's bucket in the report's zone.
 */
public enum Dimension {
    OFFER(Kind.ENTITY, stored(Dimensions::offerId), Comparator.naturalOrder()),
    CAMPAIGN(Kind.ENTITY, stored(Dimensions::campaignId), Comparator.naturalOrder()),
    LANDER(Kind.ENTITY, stored(Dimensions::landerId), Comparator.naturalOrder()),
    AFFILIATE_NETWORK(Kind.ENTITY, stored(Dimensions::networkId), Comparator.naturalOrder()),
    TRAFFIC_SOURCE(Kind.ENTITY, stored(Dimensions::trafficSourceId), Comparator.naturalOrder()),
    WORKSPACE(Kind.ENTITY, (cell, zone) -> cell.workspaceId(), Comparator.naturalOrder()),
    COUNTRY(Kind.PLAIN, stored(Dimensions::country), Comparator.naturalOrder()),
    DEVICE_TYPE(Kind.PLAIN, stored(Dimensions::deviceType), Comparator.naturalOrder()),
    OS(Kind.PLAIN, stored(Dimensions::os), Comparator.naturalOrder()),
    BROWSER(Kind.PLAIN, stored(Dimensions::browser), Comparator.naturalOrder()),
    CONVERSION_TYPE(Kind.PLAIN, stored(Dimensions::conversionType), Comparator.naturalOrder()),
    /** The local date, {@code 2026-03-08}; a DST day has 23 or 25 hours. */
    DAY(Kind.TIME, local(time -> time.toLocalDate().toString()), Comparator.naturalOrder()),
    /**
     * The start of the local hour with its offset, {@code 2026-11-01T01:00-04:00}: the hour a DST
     * change repeats is two values, told apart by their offsets.
     */
    HOUR(Kind.TIME, local(time -> time.truncatedTo(ChronoUnit.HOURS).toOffsetDateTime().toString()),
            Comparator.comparing(hour -> OffsetDateTime.parse(hour).toInstant())),
    /** The local hour, {@code 00} to {@code 23}. */
    HOUR_OF_DAY(Kind.TIME, local(time -> "%02d".formatted(time.getHour())), Comparator.naturalOrder()),
    /** The local weekday, {@code MONDAY} to {@code SUNDAY}. */
    DAY_OF_WEEK(Kind.TIME, local(time -> time.getDayOfWeek().name()), Comparator.comparing(DayOfWeek::valueOf));

    private enum Kind {
        ENTITY, PLAIN, TIME
    }

    private final Kind kind;
    private final BiFunction<CellKey, ZoneId, String> reader;
    private final Comparator<String> order;

    Dimension(Kind kind, BiFunction<CellKey, ZoneId, String> reader, Comparator<String> order) {
        this.kind = kind;
        this.reader = reader;
        this.order = order;
    }

    /** This dimension's value for {@code cell} in a report in {@code zone}; null where the cell does not know it. */
    public String valueOf(CellKey cell, ZoneId zone) {
        return reader.apply(cell, zone);
    }

    /** Whether values are entity ids, shown by the entity's name. */
    public boolean isEntity() {
        return kind == Kind.ENTITY;
    }

    /**
     * The order of this dimension's values: chronological for time dimensions (weeks start on
     * Monday), string order otherwise; null (unknown) comes last in either direction.
     */
    public Comparator<String> order(boolean descending) {
        return Comparator.nullsLast(descending ? order.reversed() : order);
    }

    private static BiFunction<CellKey, ZoneId, String> stored(Function<Dimensions, String> field) {
        return (cell, zone) -> field.apply(cell.dimensions());
    }

    private static BiFunction<CellKey, ZoneId, String> local(Function<ZonedDateTime, String> field) {
        return (cell, zone) -> field.apply(cell.bucket().atZone(zone));
    }
}
