package io.offerline.core.outbound;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;

/**
 * The postbacks sent to traffic sources, one entry per delivery, newest conversion first and kept
 * {@link #RETENTION_DAYS} days. An entry that is {@link OutboundStatus#SENT} never changes again,
 * so a delivery has at most one recorded success however often it is attempted.
 */
public interface OutboundLog {

    int RETENTION_DAYS = 90;

    /** Adds the delivery as {@link OutboundStatus#QUEUED}, unless it is logged already. */
    void queued(OutboundDelivery delivery);

    /** Whether the delivery's success is recorded. */
    boolean isSent(OutboundDelivery delivery);

    /**
     * Records the outcome of the delivery's attempt, unless a success is recorded already.
     *
     * @param responseCode the answer's HTTP status, or null when none came
     * @param error why it failed, or null
     * @return false when the delivery was already {@link OutboundStatus#SENT} and nothing was written
     */
    boolean attempted(OutboundDelivery delivery, OutboundStatus status, Integer responseCode, String error);

    Page<OutboundLogEntry> list(String accountId, OutboundFilter filter, PageRequest page);
}
