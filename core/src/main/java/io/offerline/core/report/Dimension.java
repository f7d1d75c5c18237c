package io.offerline.core.report;

import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.Dimensions;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a report groups or filters by. Entity dimensions give the entity's id (their labels are
 * names resolved elsewhere), plain dimensions the stored value, detail dimensions the value of
 * their cell family ({@link Detail}), and time dimensions are computed from the cell's bucket in
 * the report's zone.
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
    /** The name of the campaign path the visit took. */
    PATH(Kind.PLAIN, stored(Dimensions::path), Comparator.naturalOrder()),
    /** The visitor's language, e.g. {@code de}. */
    LANGUAGE(Kind.PLAIN, stored(Dimensions::language), Comparator.naturalOrder()),
    /** The kind of the visitor's network: {@code MOBILE}, {@code HOSTING} or {@code OTHER}. */
    CONNECTION_TYPE(Kind.PLAIN, stored(Dimensions::connectionType), Comparator.naturalOrder()),
    /** {@code APPROVED}, {@code PENDING} or {@code DECLINED} for conversions; none for the traffic. */
    CONVERSION_STATUS(Kind.PLAIN, stored(Dimensions::conversionStatus), Comparator.naturalOrder()),
    /** The keyword the offer's keyword rotation chose. */
    KEYWORD(Detail.KEYWORD),
    /** The host of the visit's referrer, e.g. {@code news.example}. */
    REFERRER_DOMAIN(Detail.REFERRER_DOMAIN),
    /** The organisation of the visitor's network (autonomous system), e.g. {@code Deutsche Telekom AG}. */
    ISP(Detail.ISP),
    /** The visitor's region (state, province), when a city database is configured. */
    REGION(Detail.REGION),
    /** The visitor's city, when a city database is configured. */
    CITY(Detail.CITY),
    TRACKING_FIELD_1(Detail.TRACKING_FIELD_1),
    TRACKING_FIELD_2(Detail.TRACKING_FIELD_2),
    TRACKING_FIELD_3(Detail.TRACKING_FIELD_3),
    TRACKING_FIELD_4(Detail.TRACKING_FIELD_4),
    TRACKING_FIELD_5(Detail.TRACKING_FIELD_5),
    TRACKING_FIELD_6(Detail.TRACKING_FIELD_6),
    TRACKING_FIELD_7(Detail.TRACKING_FIELD_7),
    TRACKING_FIELD_8(Detail.TRACKING_FIELD_8),
    TRACKING_FIELD_9(Detail.TRACKING_FIELD_9),
    TRACKING_FIELD_10(Detail.TRACKING_FIELD_10),
    TRACKING_FIELD_11(Detail.TRACKING_FIELD_11),
    TRACKING_FIELD_12(Detail.TRACKING_FIELD_12),
    TRACKING_FIELD_13(Detail.TRACKING_FIELD_13),
    TRACKING_FIELD_14(Detail.TRACKING_FIELD_14),
    TRACKING_FIELD_15(Detail.TRACKING_FIELD_15),
    TRACKING_FIELD_16(Detail.TRACKING_FIELD_16),
    TRACKING_FIELD_17(Detail.TRACKING_FIELD_17),
    TRACKING_FIELD_18(Detail.TRACKING_FIELD_18),
    TRACKING_FIELD_19(Detail.TRACKING_FIELD_19),
    TRACKING_FIELD_20(Detail.TRACKING_FIELD_20),
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
        ENTITY, PLAIN, DETAIL, TIME
    }

    /** What a report by a detail may group and filter by besides it: what detail cells keep, time and status. */
    static final Set<String> WITH_DETAILS = new TreeSet<>(List.of("CAMPAIGN", "OFFER", "LANDER", "AFFILIATE_NETWORK", "TRAFFIC_SOURCE",
            "WORKSPACE", "COUNTRY", "DEVICE_TYPE", "CONVERSION_STATUS"));

    private final Kind kind;
    private final BiFunction<CellKey, ZoneId, String> reader;
    private final Comparator<String> order;
    private final Detail detail;

    Dimension(Kind kind, BiFunction<CellKey, ZoneId, String> reader, Comparator<String> order) {
        this.kind = kind;
        this.reader = reader;
        this.order = order;
        this.detail = null;
    }

    Dimension(Detail detail) {
        this.kind = Kind.DETAIL;
        this.reader = (cell, zone) -> cell.dimensions().details().value(detail);
        this.order = Comparator.naturalOrder();
        this.detail = detail;
    }

    /** The detail family this dimension is read from, or null for a dimension of the main cells. */
    public Detail detail() {
        return detail;
    }

    /** Whether a report by a detail dimension can also group or filter by this one. */
    public boolean combinesWithDetails() {
        return kind == Kind.TIME || kind == Kind.DETAIL || WITH_DETAILS.contains(name());
    }

    /**
     * Whether this dimension has one value throughout {@code [from, to)} in {@code zone}, so that a
     * cell of that period can be grouped or filtered by it. Only time dimensions can vary: they
     * hold when the zone's offset does not change inside the period and the period's first and
     * last quarter hours lie in the same local day (or hour, for the hour dimensions).
     */
    public boolean constantOver(Instant from, Instant to, ZoneId zone) {
        if (kind != Kind.TIME) {
            return true;
        }
        ZoneOffsetTransition change = zone.getRules().nextTransition(from);
        if (change != null && change.getInstant().isBefore(to)) {
            return false;
        }
        ChronoUnit unit = this == HOUR || this == HOUR_OF_DAY ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        ZonedDateTime first = from.atZone(zone).truncatedTo(unit);
        ZonedDateTime last = to.minus(CellKey.BUCKET).atZone(zone).truncatedTo(unit);
        return first.equals(last);
    }

    /** This dimension's value for {@code cell} in a report in {@code zone}; null where the cell does not know it. */
    public String valueOf(CellKey cell, ZoneId zone) {
        return reader.apply(cell, zone);
    }

    /** Whether values are computed from the cell's time in the report's zone. */
    public boolean isTime() {
        return kind == Kind.TIME;
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
