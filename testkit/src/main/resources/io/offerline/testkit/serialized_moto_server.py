# moto_server, with one lock around request handling.
#
# moto's conditional writes check and write without a lock, so two concurrent requests can
# both pass a condition on the same item (seen under load). DynamoDB applies single-item
# writes atomically; serializing requests gives tests and the local stack the same guarantee.
#
# The request body is read before the lock is taken: a client that stops half-way through
# sending a request (an interrupted thread) then stalls only its own connection, not the engine.
import io
import sys
import threading

from werkzeug.serving import run_simple
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app


def main(host, port):
    app = DomainDispatcherApplication(create_backend_app)
    lock = threading.Lock()

    def serialized(environ, start_response):
        length = environ.get("CONTENT_LENGTH")
        if length:
            environ["wsgi.input"] = io.BytesIO(environ["wsgi.input"].read(int(length)))
        with lock:
            return list(app(environ, start_response))

    run_simple(host, port, serialized, threaded=True)


if __name__ == "__main__":
    arguments = dict(zip(sys.argv[1::2], sys.argv[2::2]))
    main(arguments.get("-H", "127.0.0.1"), int(arguments.get("-p", "5000")))
