package io.offerline.core.outbound;

/**
 * Which outbound log entries a list shows.
 *
 * @param status only entries in this status, or null for all
 * @param trafficSourceId only entries to this source, or null for all
 */
public record OutboundFilter(OutboundStatus status, String trafficSourceId) {

    public static final OutboundFilter ALL = new OutboundFilter(null, null);
}
