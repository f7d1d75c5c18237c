package io.offerline.testkit;

/**
 * One DynamoDB call as {@link CapacityMeter} saw it: the item bytes it is billed on and the read
 * and write request units it costs on DynamoDB. A failed conditional write has {@code succeeded}
 * false and still costs its write units.
 */
public record MeteredCall(String operation, boolean succeeded, long itemBytes, double readUnits, double writeUnits) {

    public boolean isRead() {
        return readUnits > 0;
    }

    public boolean isWrite() {
        return writeUnits > 0;
    }

    @Override
    public String toString() {
        String units = isRead() ? readUnits + " RRU" : writeUnits + " WRU";
        return operation + (succeeded ? "" : " (failed)") + " " + itemBytes + " B " + units;
    }
}
