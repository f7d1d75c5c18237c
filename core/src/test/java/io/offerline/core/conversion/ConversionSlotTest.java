package io.offerline.core.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversionSlotTest {

    private static final Map<String, String> ROW = Map.of("cid", "CLICK", "payout", "2.000000", "time", "2026-11-26T11:00:00Z");

    @Test
    void ofUploadedRow_isTheSameForTheSameRow_whateverItsStatus() {
        ConversionSlot slot = ConversionSlot.ofUploadedRow(ROW);

        assertThat(ConversionSlot.ofUploadedRow(Map.copyOf(ROW))).isEqualTo(slot);
        assertThat(ConversionSlot.ofUploadedRow(with("status", "declined"))).isEqualTo(slot);
        assertThat(slot.kind()).isEqualTo(ConversionSlot.Kind.DUPLICATE);
        assertThat(slot.value()).hasSameSizeAs(ConversionSlot.freshDuplicate().value());
    }

    @Test
    void ofUploadedRow_differsForAnotherPayoutTimeOrType() {
        ConversionSlot slot = ConversionSlot.ofUploadedRow(ROW);

        assertThat(ConversionSlot.ofUploadedRow(with("payout", "2.000001"))).isNotEqualTo(slot);
        assertThat(ConversionSlot.ofUploadedRow(with("time", "2026-11-26T11:00:01Z"))).isNotEqualTo(slot);
        assertThat(ConversionSlot.ofUploadedRow(with("ct", "lead"))).isNotEqualTo(slot);
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> row = new java.util.HashMap<>(ROW);
        row.put(name, value);
        return row;
    }
}
