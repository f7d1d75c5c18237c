package io.offerline.core.trafficsource;

import java.util.Objects;

/**
 * A named value a traffic source passes (zone, creative, site, ...); the one at position i of
 * its list is the token {@code {trackingField<i+1>}}.
 *
 * @param name a label for reports, e.g. {@code zone}
 */
public record TrackingFieldParameter(String name, String parameter, String macro) {

    public TrackingFieldParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(macro, "macro");
    }

    public TrafficSourceParameter asParameter() {
        return new TrafficSourceParameter(parameter, macro);
    }
}
