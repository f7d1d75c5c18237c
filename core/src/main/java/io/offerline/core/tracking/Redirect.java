package io.offerline.core.tracking;

/**
 * Where to send the visitor. {@code clickId} is null when no visit could be recorded and the
 * visitor goes to a fallback.
 */
public record Redirect(String location, String clickId) {
}
