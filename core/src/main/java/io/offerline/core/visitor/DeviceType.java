package io.offerline.core.visitor;

/** The kind of device a visit came from. */
public enum DeviceType {
    DESKTOP, MOBILE, TABLET, TV, CONSOLE, WEARABLE, BOT, UNKNOWN
}
