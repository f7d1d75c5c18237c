package io.offerline.functions.detect;

/** Where an address is, as a city database says: its region (state, province) and city, each null when unknown. */
public record Place(String region, String city) {

    public static final Place UNKNOWN = new Place(null, null);
}
