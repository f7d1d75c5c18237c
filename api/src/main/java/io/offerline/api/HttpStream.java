package io.offerline.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** An HTTP response written as it is produced (chunked), instead of an {@link HttpReply} held whole. */
@FunctionalInterface
public interface HttpStream {

    /** Sends the status and headers; the body follows on the stream returned, which the caller closes. */
    OutputStream start(int status, Map<String, String> headers) throws IOException;
}
