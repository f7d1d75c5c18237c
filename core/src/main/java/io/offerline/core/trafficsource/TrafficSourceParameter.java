package io.offerline.core.trafficsource;

import java.util.Objects;

/**
 * One value a traffic source passes in the campaign URL: our query parameter and the macro the
 * source replaces with the value, e.g. {@code clickid} and {@code {clickid}}. Checked by
 * {@link TrafficSource}, which knows where in the input it stands.
 */
public record TrafficSourceParameter(String parameter, String macro) {

    public TrafficSourceParameter {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(macro, "macro");
    }
}
