package io.offerline.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of the {@link Detail} dimensions: on an event every value it has, on a stored cell
 * at most one (the cell's family). Blank values count as none.
 */
public record Details(Map<Detail, String> values) {

    public static final Details NONE = new Details(Map.of());

    public Details {
        values = known(Objects.requireNonNull(values, "values"));
    }

    /** A stored cell has one detail at most, and a report reads tens of thousands of them: one value needs no enum map. */
    private static Map<Detail, String> known(Map<Detail, String> values) {
        if (values.size() == 1) {
            Map.Entry<Detail, String> only = values.entrySet().iterator().next();
            return isBlank(only.getValue()) ? Map.of() : Map.of(only.getKey(), only.getValue());
        }
        Map<Detail, String> known = new EnumMap<>(Detail.class);
        values.forEach((detail, value) -> {
            if (!isBlank(value)) {
                known.put(detail, value);
            }
        });
        return Collections.unmodifiableMap(known);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The details of a visit: its keyword, its referrer's domain and its tracking-field values by
     * position (index 0 is {@link Detail#TRACKING_FIELD_1}; nulls and positions past 20 are none).
     */
    public static Details of(String keyword, String referrerDomain, List<String> trackingFields) {
        Map<Detail, String> values = new EnumMap<>(Detail.class);
        values.put(Detail.KEYWORD, keyword);
        values.put(Detail.REFERRER_DOMAIN, referrerDomain);
        List<String> fields = trackingFields == null ? List.of() : trackingFields;
        for (int index = 0; index < Math.min(fields.size(), Detail.KEYWORD.ordinal()); index++) {
            values.put(Detail.trackingField(index + 1), fields.get(index));
        }
        return new Details(values);
    }

    /** These details and the visitor's network and place: its ISP, region and city (null for unknown). */
    public Details withVisitorPlace(String isp, String region, String city) {
        Map<Detail, String> more = new EnumMap<>(Detail.class);
        more.putAll(values);
        more.put(Detail.ISP, isp);
        more.put(Detail.REGION, region);
        more.put(Detail.CITY, city);
        return new Details(more);
    }

    /** One detail's value alone. */
    public static Details only(Detail detail, String value) {
        return isBlank(value) ? NONE : new Details(Map.of(detail, value));
    }

    /** The value of {@code detail}, or null. */
    public String value(Detail detail) {
        return values.get(detail);
    }

    /** The details that have a value, in {@link Detail} order. */
    public List<Detail> present() {
        return new ArrayList<>(values.keySet());
    }

    /** The one detail of a stored cell's family, or null for a main cell. */
    public Detail family() {
        return values.isEmpty() ? null : values.keySet().iterator().next();
    }

    /** Each value of these details, missing ones taken from {@code context}. */
    public Details completedBy(Details context) {
        Map<Detail, String> merged = new EnumMap<>(Detail.class);
        merged.putAll(context.values);
        merged.putAll(values);
        return new Details(merged);
    }

    @Override
    public String toString() {
        return Arrays.toString(values.entrySet().toArray());
    }
}
