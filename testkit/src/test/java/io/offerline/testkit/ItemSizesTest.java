package io.offerline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Sizes worked out by hand from "Item sizes and formats" in the DynamoDB developer guide. */
class ItemSizesTest {

    @Test
    void item_isTheSumOfAttributeNamesAndValues() {
        Map<String, AttributeValue> item = Map.of(
                "pk", AttributeValue.fromS("CLICK#abc"),
                "expiresAt", AttributeValue.fromN("1767225600"));

        // pk: 2 + 9; expiresAt: 9 + (8 significant digits 17672256 -> 4 bytes + 1)
        assertThat(ItemSizes.item(item)).isEqualTo(11 + 14);
    }

    @Test
    void value_ofAString_isItsUtf8Length() {
        assertThat(ItemSizes.value(AttributeValue.fromS("Köln"))).isEqualTo(5);
        assertThat(ItemSizes.value(AttributeValue.fromS(""))).isZero();
    }

    @Test
    void number_takesOneBytePerTwoSignificantDigitsPlusOne_withoutLeadingOrTrailingZeros() {
        assertThat(ItemSizes.number("0.0042")).isEqualTo(2);
        assertThat(ItemSizes.number("123")).isEqualTo(3);
        assertThat(ItemSizes.number("12.50")).isEqualTo(3);
        assertThat(ItemSizes.number("100000")).isEqualTo(2);
        assertThat(ItemSizes.number("-7")).isEqualTo(2);
        assertThat(ItemSizes.number("0")).isEqualTo(2);
        assertThat(ItemSizes.number("12345678901234567890123456789012345678")).isEqualTo(20);
    }

    @Test
    void value_ofABooleanOrNull_isOneByte() {
        assertThat(ItemSizes.value(AttributeValue.fromBool(false))).isEqualTo(1);
        assertThat(ItemSizes.value(AttributeValue.fromNul(true))).isEqualTo(1);
    }

    @Test
    void value_ofAList_adds3BytesAndOneBytePerElement() {
        AttributeValue trackingFields = AttributeValue.fromL(List.of(AttributeValue.fromS("1234"), AttributeValue.fromNul(true)));

        assertThat(ItemSizes.value(trackingFields)).isEqualTo(3 + (4 + 1) + (1 + 1));
        assertThat(ItemSizes.value(AttributeValue.fromL(List.of()))).isEqualTo(3);
    }

    @Test
    void value_ofAMap_adds3BytesAndOneBytePerNamedElement() {
        AttributeValue map = AttributeValue.fromM(Map.of("a", AttributeValue.fromS("xy"), "n", AttributeValue.fromN("5")));

        assertThat(ItemSizes.value(map)).isEqualTo(3 + (1 + 2 + 1) + (1 + 2 + 1));
    }

    @Test
    void value_ofASet_isTheSumOfItsElements() {
        assertThat(ItemSizes.value(AttributeValue.fromSs(List.of("ab", "c")))).isEqualTo(3);
        assertThat(ItemSizes.value(AttributeValue.fromNs(List.of("1", "22")))).isEqualTo(4);
        assertThat(ItemSizes.value(AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[3]))))).isEqualTo(3);
    }
}
