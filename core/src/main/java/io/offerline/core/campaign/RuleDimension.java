package io.offerline.core.campaign;

/** What a path rule looks at. */
public enum RuleDimension {
    COUNTRY, DEVICE_TYPE, OS, BROWSER, LANGUAGE
}
