package io.offerline.core.campaign;

/** How a campaign's traffic is paid for. */
public enum CostType {
    NOT_TRACKED,
    /** A fixed amount per visit. */
    CPC,
    /** A fixed amount per thousand visits. */
    CPM,
    /** A fixed amount per conversion. */
    CPA,
    /** A share (percent) of the revenue. */
    REVSHARE,
    /** Whatever the traffic source passes in its cost parameter. */
    AUTO
}
