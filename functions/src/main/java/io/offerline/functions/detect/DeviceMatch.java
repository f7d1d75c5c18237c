package io.offerline.functions.detect;

/** What uap-core's device rules say about a user agent; brand and model are null when unknown. */
record DeviceMatch(String family, String brand, String model) {

    static final String OTHER_FAMILY = "Other";

    static final DeviceMatch OTHER = new DeviceMatch(OTHER_FAMILY, null, null);
}
