package io.offerline.core.trafficsource;

/** An ad platform's conversion API that a traffic source's conversions can be sent to. */
public enum AdPlatform {
    /** Meta's Conversions API; the click id is the visit's {@code fbclid}. */
    META("Purchase"),
    /** TikTok's Events API 2.0; the click id is the visit's {@code ttclid}. */
    TIKTOK("CompletePayment");

    private final String purchaseEvent;

    AdPlatform(String purchaseEvent) {
        this.purchaseEvent = purchaseEvent;
    }

    /** The platform's standard purchase event: what a conversion becomes when no mapping is given. */
    public String purchaseEvent() {
        return purchaseEvent;
    }
}
