package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.offerline.dynamodb.StreamChange;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Turns a Lambda stream event's records, which use the events library's own attribute type, into {@link StreamChange}s. */
final class StreamEventRecords {

    private StreamEventRecords() {
    }

    static StreamChange change(DynamodbEvent.DynamodbStreamRecord record) {
        return new StreamChange(record.getDynamodb().getSequenceNumber(), record.getEventName(), image(record.getDynamodb().getOldImage()),
                image(record.getDynamodb().getNewImage()));
    }

    private static Map<String, AttributeValue> image(
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image) {
        if (image == null) {
            return Map.of();
        }
        return image.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> value(entry.getValue())));
    }

    private static AttributeValue value(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
        if (value.getS() != null) {
            return AttributeValue.fromS(value.getS());
        }
        if (value.getN() != null) {
            return AttributeValue.fromN(value.getN());
        }
        if (value.getBOOL() != null) {
            return AttributeValue.fromBool(value.getBOOL());
        }
        if (Boolean.TRUE.equals(value.getNULL())) {
            return AttributeValue.fromNul(true);
        }
        if (value.getB() != null) {
            return AttributeValue.fromB(SdkBytes.fromByteBuffer(value.getB()));
        }
        if (value.getSS() != null) {
            return AttributeValue.fromSs(value.getSS());
        }
        if (value.getNS() != null) {
            return AttributeValue.fromNs(value.getNS());
        }
        if (value.getBS() != null) {
            return AttributeValue.fromBs(value.getBS().stream().map(SdkBytes::fromByteBuffer).toList());
        }
        if (value.getL() != null) {
            return AttributeValue.fromL(value.getL().stream().map(StreamEventRecords::value).toList());
        }
        return AttributeValue.fromM(image(value.getM()));
    }
}
