package io.offerline.functions;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in for www.ecb.europa.eu on loopback: answers every request with one status and body. */
final class EcbServer implements AutoCloseable {

    static final String PATH = "/stats/eurofxref/eurofxref-hist-90d.xml";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status;
    private volatile byte[] body;

    EcbServer(int status, byte[] body) {
        this.status = status;
        this.body = body;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(this.status, this.body.length == 0 ? -1 : this.body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(this.body);
            }
        });
        server.start();
    }

    void answer(int newStatus, byte[] newBody) {
        status = newStatus;
        body = newBody;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
