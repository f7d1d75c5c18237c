package io.offerline.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A response body held in memory up to a size, for an answer that must be whole (a Lambda's); a byte more is {@link Full}. */
final class CappedBuffer extends OutputStream {

    /** The body did not fit. */
    static final class Full extends IOException {
        Full(int cap) {
            super("a body of more than " + cap + " bytes");
        }
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int cap;

    CappedBuffer(int cap) {
        this.cap = cap;
    }

    @Override
    public void write(int b) throws Full {
        ensure(1);
        bytes.write(b);
    }

    @Override
    public void write(byte[] source, int offset, int length) throws Full {
        ensure(length);
        bytes.write(source, offset, length);
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void ensure(int more) throws Full {
        if (bytes.size() + more > cap) {
            throw new Full(cap);
        }
    }
}
