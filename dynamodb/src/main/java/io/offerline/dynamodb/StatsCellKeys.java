package io.offerline.dynamodb;

import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.Details;
import io.offerline.core.stats.Dimensions;
import io.offerline.core.stats.Grain;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/**
 * The keys of stats cells ({@link Keys#statsCell}), the only copy of a cell's dimensions.
 *
 * <pre>
 * pk  STATS#&lt;workspace&gt;[#&lt;detail tag&gt;[#&lt;campaign&gt;]]#&lt;period&gt;
 * sk  &lt;bucket&gt;#&lt;dimension values&gt;
 * </pre>
 *
 * <p>The period is the partition's UTC span ({@link Grain#nextPartition}): {@code 2026-10-01} holds that day's quarter-hour
 * cells (the layout before roll-ups), {@code H2026-10-01} its hour cells, {@code D2026-10} the
 * month's day cells, {@code M2026} the year's month cells. Main cells' values are campaign, offer,
 * lander, network, traffic source, country, device type, OS, browser, conversion type, path,
 * language and connection type; a detail cell's are its detail value, then campaign, offer, lander, network, traffic
 * source, country and device type. Tracking-field cells ({@code TF1} … {@code TF20}) are
 * partitioned per campaign and leave it out of the sort key, keyword ({@code KW}), referrer-domain ({@code REF}), ISP ({@code ISP}), region
 * ({@code RGN}) and city ({@code CITY}) cells per workspace. Values are URL-encoded (so none holds a {@code #}), {@code ~} stands for none, and a
 * missing last value reads as none, so cells written before a dimension was added still read.
 */
final class StatsCellKeys {

    static final String STATS = "STATS#";
    private static final String NO_VALUE = "~";
    /** A detail value is cut to this many URL-encoded characters: a sort key holds at most 1,024 bytes. */
    static final int MAX_DETAIL_LENGTH = 600;
    private static final int PERIOD_START_LENGTH = "2026-10-01T00:00:00Z".length();
    private static final String WRITE_SHARD = "~";

    private StatsCellKeys() {
    }

    static Key key(CellKey cell, StatsWriteShards shards) {
        Dimensions dimensions = cell.dimensions();
        Detail family = cell.family();
        List<String> values = family == null ? mainValues(dimensions) : detailValues(dimensions, family);
        StringBuilder sort = new StringBuilder(cell.bucket().toString());
        values.forEach(value -> sort.append('#').append(value == null ? NO_VALUE : URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String partition = partition(cell.workspaceId(), family, dimensions.campaignId(), cell.grain(), cell.bucket());
        String sortKey = sort.toString();
        return Key.builder().partitionValue(writeShard(partition, shards.of(cell.workspaceId(), family), sortKey)).sortValue(sortKey).build();
    }

    /**
     * The write shard of a cell's partition, picked by its sort key ({@link String#hashCode} is the
     * same in every JVM): shard 0 is the partition itself, where every cell was before write shards,
     * shard {@code n} the partition named with {@code ~n}, which {@link #cellOf} ignores, since it
     * reads the period by its first character only.
     */
    private static String writeShard(String partition, int shards, String sort) {
        int shard = Math.floorMod(sort.hashCode(), shards);
        return shard == 0 ? partition : partition + WRITE_SHARD + shard;
    }

    static CellKey cellOf(String partition, String sort) {
        String[] parts = partition.substring(STATS.length()).split("#", -1);
        String period = parts[parts.length - 1];
        Detail family = parts.length > 2 ? Detail.ofTag(parts[1]) : null;
        List<String> values = values(sort);
        Dimensions dimensions = family == null ? mainDimensions(values)
                : detailDimensions(family, family.isTrackingField() ? withCampaign(values, parts[2]) : values);
        return new CellKey(parts[0], grainOf(period), instant(values.get(0)), dimensions);
    }

    /** The sort key's values, decoded, the bucket first; a report splits the key of every cell it reads. */
    private static List<String> values(String sort) {
        List<String> values = new ArrayList<>(14);
        int from = 0;
        for (int to = sort.indexOf('#'); to >= 0; to = sort.indexOf('#', from)) {
            values.add(decoded(sort.substring(from, to)));
            from = to + 1;
        }
        values.add(decoded(sort.substring(from)));
        return values;
    }

    /** Most values are ids and codes that encoding left as they were; a report decodes every value of every cell. */
    private static String decoded(String value) {
        if (value.equals(NO_VALUE)) {
            return null;
        }
        return value.indexOf('%') < 0 && value.indexOf('+') < 0 ? value : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** {@code 2026-10-01T00:15:00Z}, as {@link Instant#toString} writes a period start, without the general parser's cost. */
    private static Instant instant(String text) {
        if (text.length() != PERIOD_START_LENGTH || text.charAt(PERIOD_START_LENGTH - 1) != 'Z') {
            return Instant.parse(text);
        }
        LocalDateTime start = LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
                digits(text, 14, 16), digits(text, 17, 19));
        return start.toInstant(ZoneOffset.UTC);
    }

    private static int digits(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    /**
     * The partition holding the cells of {@code grain} of the given family whose period starts at
     * {@code at}; {@code campaignId} is used only for tracking fields.
     */
    static String partition(String workspaceId, Detail family, String campaignId, Grain grain, Instant at) {
        StringBuilder partition = new StringBuilder(STATS).append(workspaceId).append('#');
        if (family != null) {
            partition.append(family.tag()).append('#');
            if (family.isTrackingField()) {
                partition.append(campaignId).append('#');
            }
        }
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return partition.append(switch (grain) {
            case QUARTER -> day.toString();
            case HOUR -> "H" + day;
            case DAY -> "D" + day.toString().substring(0, 7);
            case MONTH -> "M" + day.getYear();
        }).toString();
    }

    /** Every write shard of the partition {@link #partition} names, which a read of its cells queries. */
    static List<String> partitions(String workspaceId, Detail family, String campaignId, Grain grain, Instant at,
            StatsWriteShards writeShards) {
        String partition = partition(workspaceId, family, campaignId, grain, at);
        List<String> shards = new ArrayList<>(List.of(partition));
        for (int shard = 1; shard < writeShards.of(workspaceId, family); shard++) {
            shards.add(partition + WRITE_SHARD + shard);
        }
        return shards;
    }

    private static Grain grainOf(String period) {
        return switch (period.charAt(0)) {
            case 'H' -> Grain.HOUR;
            case 'D' -> Grain.DAY;
            case 'M' -> Grain.MONTH;
            default -> Grain.QUARTER;
        };
    }

    /**
     * The connection type, the newest value, is left out when unknown, so that a visit without it
     * adds to the same cell as before connection types were counted.
     */
    private static List<String> mainValues(Dimensions dimensions) {
        List<String> values = new ArrayList<>(Arrays.asList(dimensions.campaignId(), dimensions.offerId(), dimensions.landerId(),
                dimensions.networkId(), dimensions.trafficSourceId(), dimensions.country(), dimensions.deviceType(), dimensions.os(),
                dimensions.browser(), dimensions.conversionType(), dimensions.path(), dimensions.language()));
        if (dimensions.connectionType() != null) {
            values.add(dimensions.connectionType());
        }
        return values;
    }

    /** A tracking field's cells leave out the campaign: their partition names it. */
    private static List<String> detailValues(Dimensions dimensions, Detail family) {
        List<String> values = new ArrayList<>(Arrays.asList(capped(dimensions.details().value(family)), dimensions.campaignId(),
                dimensions.offerId(), dimensions.landerId(), dimensions.networkId(), dimensions.trafficSourceId(), dimensions.country(),
                dimensions.deviceType()));
        if (family.isTrackingField()) {
            values.remove(1);
        }
        return values;
    }

    private static List<String> withCampaign(List<String> values, String campaignId) {
        values.add(2, campaignId);
        return values;
    }

    private static Dimensions mainDimensions(List<String> values) {
        return new Dimensions(value(values, 1), value(values, 2), value(values, 3), value(values, 4), value(values, 5),
                value(values, 6), value(values, 7), value(values, 8), value(values, 9), value(values, 10), value(values, 11),
                value(values, 12), value(values, 13), null, Details.NONE);
    }

    private static Dimensions detailDimensions(Detail family, List<String> values) {
        return new Dimensions(value(values, 2), value(values, 3), value(values, 4), value(values, 5), value(values, 6),
                value(values, 7), value(values, 8), null, null, null, null, null, null, Details.only(family, value(values, 1)));
    }

    private static String value(List<String> values, int position) {
        return position < values.size() ? values.get(position) : null;
    }

    /** The longest start of {@code value} whose URL encoding fits {@link #MAX_DETAIL_LENGTH}. */
    private static String capped(String value) {
        String cut = value;
        while (URLEncoder.encode(cut, StandardCharsets.UTF_8).length() > MAX_DETAIL_LENGTH) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut;
    }
}
