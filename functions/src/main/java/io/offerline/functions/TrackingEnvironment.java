package io.offerline.functions;

/**
 * The Micronaut environment of the functions that answer a visitor ({@code /c/{id}},
 * {@code /click}, {@code /dt/visit}): it adds {@code application-tracking.properties}, their tight
 * storage budget, below the function's own environment variables.
 */
final class TrackingEnvironment {

    static final String NAME = "tracking";

    private TrackingEnvironment() {
    }
}
