package io.offerline.core.conversion;

import io.offerline.core.common.Ids;
import java.util.Objects;

/**
 * What makes a conversion unique on its click: its txid; else the one slot of a click's
 * conversion without txid; or, when the network accepts duplicate postbacks, a fresh token
 * of its own. The store spells a slot in its keys.
 *
 * @param value the txid, the duplicate's token, or null for the single slot
 */
public record ConversionSlot(Kind kind, String value) {

    /** The kinds of slot. */
    public enum Kind {
        TXID,
        SINGLE,
        DUPLICATE
    }

    private static final int DUPLICATE_TOKEN_BYTES = 9;

    public ConversionSlot {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.SINGLE) != (value == null)) {
            throw new IllegalArgumentException("Only the single slot has no value.");
        }
    }

    public static ConversionSlot txid(String txid) {
        return new ConversionSlot(Kind.TXID, Objects.requireNonNull(txid, "txid"));
    }

    public static ConversionSlot single() {
        return new ConversionSlot(Kind.SINGLE, null);
    }

    /** A slot no other conversion has, for a network whose repeated postbacks each count. */
    public static ConversionSlot freshDuplicate() {
        return new ConversionSlot(Kind.DUPLICATE, Ids.randomToken(DUPLICATE_TOKEN_BYTES));
    }
}
