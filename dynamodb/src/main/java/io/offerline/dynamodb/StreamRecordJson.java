package io.offerline.dynamodb;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@link StreamChange} in the shape of a record of Lambda's DynamoDB stream event
 * ({@code eventName}, {@code dynamodb.Keys}, {@code SequenceNumber}, {@code NewImage},
 * {@code OldImage}, each attribute typed as in DynamoDB JSON: {@code {"S": "…"}},
 * {@code {"N": "12.5"}}). It is held as an attribute map whose every leaf is a string, boolean,
 * list or map, so that {@code EnhancedDocument} writes and reads it as JSON without losing a type.
 */
public final class StreamRecordJson {

    private static final String DYNAMODB = "dynamodb";
    private static final String SEQUENCE = "SequenceNumber";
    private static final String NEW_IMAGE = "NewImage";
    private static final String OLD_IMAGE = "OldImage";

    private StreamRecordJson() {
    }

    /** The change as a stream event record. */
    public static AttributeValue record(StreamChange change) {
        Map<String, AttributeValue> dynamodb = new LinkedHashMap<>();
        dynamodb.put("Keys", typed(keys(change)));
        dynamodb.put(SEQUENCE, AttributeValue.fromS(change.sequenceNumber()));
        if (!change.newImage().isEmpty()) {
            dynamodb.put(NEW_IMAGE, typed(change.newImage()));
        }
        if (!change.oldImage().isEmpty()) {
            dynamodb.put(OLD_IMAGE, typed(change.oldImage()));
        }
        return AttributeValue.fromM(Map.of("eventName", AttributeValue.fromS(change.eventName()), DYNAMODB, AttributeValue.fromM(dynamodb)));
    }

    /** The change a stream event record (as {@link #record} writes it) describes. */
    public static StreamChange change(AttributeValue record) {
        Map<String, AttributeValue> dynamodb = record.m().get(DYNAMODB).m();
        return new StreamChange(dynamodb.get(SEQUENCE).s(), record.m().get("eventName").s(), image(dynamodb.get(OLD_IMAGE)),
                image(dynamodb.get(NEW_IMAGE)));
    }

    private static Map<String, AttributeValue> keys(StreamChange change) {
        Map<String, AttributeValue> item = change.newImage().isEmpty() ? change.oldImage() : change.newImage();
        Map<String, AttributeValue> keys = new LinkedHashMap<>();
        Optional.ofNullable(item.get(OfferlineTables.PARTITION_KEY)).ifPresent(value -> keys.put(OfferlineTables.PARTITION_KEY, value));
        Optional.ofNullable(item.get(OfferlineTables.SORT_KEY)).ifPresent(value -> keys.put(OfferlineTables.SORT_KEY, value));
        return keys;
    }

    private static Map<String, AttributeValue> image(AttributeValue typedImage) {
        return typedImage == null ? Map.of() : untyped(typedImage.m());
    }

    private static AttributeValue typed(Map<String, AttributeValue> item) {
        return AttributeValue.fromM(item.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> typed(entry.getValue()))));
    }

    private static AttributeValue typed(AttributeValue value) {
        return AttributeValue.fromM(Map.of(value.type() == AttributeValue.Type.NUL ? "NULL" : value.type().toString(), switch (value.type()) {
            case S -> value;
            case N -> AttributeValue.fromS(value.n());
            case BOOL -> value;
            case NUL -> AttributeValue.fromBool(true);
            case B -> AttributeValue.fromS(base64(value.b()));
            case SS -> AttributeValue.fromL(value.ss().stream().map(AttributeValue::fromS).toList());
            case NS -> AttributeValue.fromL(value.ns().stream().map(AttributeValue::fromS).toList());
            case BS -> AttributeValue.fromL(value.bs().stream().map(bytes -> AttributeValue.fromS(base64(bytes))).toList());
            case L -> AttributeValue.fromL(value.l().stream().map(StreamRecordJson::typed).toList());
            case M -> typed(value.m());
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("an attribute of a type this SDK does not know");
        }));
    }

    private static Map<String, AttributeValue> untyped(Map<String, AttributeValue> typedItem) {
        return typedItem.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> untyped(entry.getValue())));
    }

    private static AttributeValue untyped(AttributeValue typedValue) {
        Map.Entry<String, AttributeValue> only = typedValue.m().entrySet().iterator().next();
        AttributeValue payload = only.getValue();
        return switch (only.getKey()) {
            case "S" -> payload;
            case "N" -> AttributeValue.fromN(payload.s());
            case "BOOL" -> payload;
            case "NULL" -> AttributeValue.fromNul(true);
            case "B" -> AttributeValue.fromB(bytes(payload.s()));
            case "SS" -> AttributeValue.fromSs(strings(payload.l()));
            case "NS" -> AttributeValue.fromNs(strings(payload.l()));
            case "BS" -> AttributeValue.fromBs(strings(payload.l()).stream().map(StreamRecordJson::bytes).toList());
            case "L" -> AttributeValue.fromL(payload.l().stream().map(StreamRecordJson::untyped).toList());
            case "M" -> AttributeValue.fromM(untyped(payload.m()));
            default -> throw new IllegalArgumentException("an attribute of the unknown type " + only.getKey());
        };
    }

    private static List<String> strings(List<AttributeValue> values) {
        return values.stream().map(AttributeValue::s).toList();
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }

    private static SdkBytes bytes(String base64) {
        return SdkBytes.fromByteArray(Base64.getDecoder().decode(base64));
    }
}
