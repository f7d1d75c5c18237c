package io.offerline.dynamodb;

import java.math.BigInteger;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * One change of an item as its table's stream reports it, whatever delivered it (the DynamoDB
 * Streams API or a Lambda event): both are turned into this before {@link StreamRecordMapper}.
 *
 * @param eventName {@code INSERT}, {@code MODIFY} or {@code REMOVE}
 * @param oldImage the item before the change, empty for an insert
 * @param newImage the item after the change, empty for a removal
 */
public record StreamChange(String sequenceNumber, String eventName, Map<String, AttributeValue> oldImage,
        Map<String, AttributeValue> newImage) {

    public StreamChange {
        new BigInteger(sequenceNumber); // stream sequence numbers are decimal strings, compared as numbers
        oldImage = oldImage == null ? Map.of() : Map.copyOf(oldImage);
        newImage = newImage == null ? Map.of() : Map.copyOf(newImage);
    }

    /** The change of a record read through the DynamoDB Streams API. */
    public static StreamChange of(Record record) {
        return new StreamChange(record.dynamodb().sequenceNumber(), record.eventNameAsString(), record.dynamodb().oldImage(),
                record.dynamodb().newImage());
    }

    /** The sequence number as a number: its strings differ in length, so they do not sort as text. */
    public BigInteger sequence() {
        return new BigInteger(sequenceNumber);
    }
}
