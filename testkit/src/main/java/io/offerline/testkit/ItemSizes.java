package io.offerline.testkit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Item sizes as DynamoDB bills them ("Item sizes and formats" in the DynamoDB developer guide):
 * attribute names and strings in UTF-8 bytes, a number 1 byte per two significant digits plus 1,
 * a boolean or null 1 byte, a list or map 3 bytes plus 1 byte per element.
 */
public final class ItemSizes {

    private static final int LIST_OR_MAP_OVERHEAD = 3;
    private static final int ELEMENT_OVERHEAD = 1;

    private ItemSizes() {
    }

    /** The size in bytes of an item, or of a key: its attribute names plus their values. */
    public static long item(Map<String, AttributeValue> item) {
        if (item == null) {
            return 0;
        }
        return item.entrySet().stream().mapToLong(attribute -> utf8(attribute.getKey()) + value(attribute.getValue())).sum();
    }

    /** The size in bytes of one attribute value, without its name. */
    public static long value(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> number(value.n());
            case B -> bytes(value.b());
            case BOOL, NUL -> 1;
            case SS -> value.ss().stream().mapToLong(ItemSizes::utf8).sum();
            case NS -> value.ns().stream().mapToLong(ItemSizes::number).sum();
            case BS -> value.bs().stream().mapToLong(ItemSizes::bytes).sum();
            case L -> LIST_OR_MAP_OVERHEAD + list(value.l());
            case M -> LIST_OR_MAP_OVERHEAD + item(value.m()) + (long) ELEMENT_OVERHEAD * value.m().size();
            case UNKNOWN_TO_SDK_VERSION -> 0;
        };
    }

    /** A number's size: leading and trailing zeros do not count, every two significant digits take a byte, plus one. */
    public static long number(String number) {
        String digits = new BigDecimal(number).unscaledValue().abs().toString().replaceAll("0+$", "");
        int significant = Math.max(1, digits.length());
        return (significant + 1) / 2 + 1;
    }

    private static long list(List<AttributeValue> elements) {
        return elements.stream().mapToLong(element -> value(element) + ELEMENT_OVERHEAD).sum();
    }

    public static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long bytes(SdkBytes bytes) {
        return bytes.asByteArray().length;
    }
}
