package io.offerline.core.conversion;

import io.offerline.core.common.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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

    /**
     * The slot of an uploaded row without txid for a network whose repeated postbacks each count:
     * a digest of the row's values but its status, so that the same row uploaded again finds its
     * conversion and a retried upload counts nothing twice.
     */
    public static ConversionSlot ofUploadedRow(Map<String, String> parameters) {
        StringBuilder row = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!"status".equals(name)) {
                row.append(name).append('=').append(value).append('\n');
            }
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(row.toString().getBytes(StandardCharsets.UTF_8));
            return new ConversionSlot(Kind.DUPLICATE, Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Arrays.copyOf(digest, DUPLICATE_TOKEN_BYTES)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
