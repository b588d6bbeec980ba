"""A small scripted HTTP/1.1 server on 127.0.0.1 for transport tests.

Each test gives the server a list of :class:`Reply` objects; the server
answers the n-th request it receives with the n-th reply (the last one
repeats). A reply can answer normally, wait before the headers, close the
socket without answering, send a body shorter than its Content-Length,
reset the connection, or hold until several requests are in flight at once.

Connections are kept alive (HTTP/1.1), every request is recorded, and the
server stops by itself after ``lifetime`` seconds even if a test forgets to
stop it. Nothing here touches anything but the loopback interface.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import ssl
import struct
import threading
from collections.abc import Sequence
from typing import Any

import attrs


@attrs.frozen
class Reply:
    """What the server does with one request."""

    status: int = 200
    headers: dict[str, str] = attrs.field(factory=lambda: {"Content-Type": "application/json"})
    body: bytes = b"{}"
    #: Seconds to wait before sending anything.
    delay: float = 0.0
    #: ``respond``, ``close`` (hang up before answering), ``truncate`` (announce
    #: ``len(body) + 100`` bytes, send ``body``, hang up) or ``reset`` (RST).
    action: str = "respond"
    #: Hold the answer until this many such requests have arrived together.
    gather: int = 0


@attrs.frozen
class Seen:
    """One request as the server received it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    connection: int


class ScriptedServer:
    """Answers requests on 127.0.0.1 from a script; use as a context manager."""

    def __init__(
        self,
        replies: Sequence[Reply],
        *,
        lifetime: float = 30.0,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        if not replies:
            raise ValueError("give at least one reply")
        self.replies = list(replies)
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        self._arrived = 0
        self._crowd = threading.Condition(self._lock)
        self._stopped = threading.Event()
        self._connections = 0
        self._server = _Server(("127.0.0.1", 0), _Handler, self, tls)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        scheme = "https" if self._server.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    @property
    def connections(self) -> int:
        """How many TCP connections the server accepted."""
        return self._connections

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop serving and wake every waiting handler (idempotent)."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        self._timer.cancel()
        with self._crowd:
            self._crowd.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # -- used by the handler ---------------------------------------------------

    def _new_connection(self) -> int:
        with self._lock:
            self._connections += 1
            return self._connections

    def _next_reply(self, seen: Seen) -> Reply:
        with self._lock:
            index = len(self.requests)
            self.requests.append(seen)
            return self.replies[min(index, len(self.replies) - 1)]

    def _gather(self, count: int) -> None:
        """Wait (at most 10 s) until ``count`` gathering requests have arrived together.

        Arrivals are counted in batches of ``count``: each request waits for
        the end of its own batch, so early finishers cannot strand the rest.
        """
        with self._crowd:
            self._arrived += 1
            batch_end = -(-self._arrived // count) * count
            self._crowd.notify_all()
            self._crowd.wait_for(
                lambda: self._arrived >= batch_end or self._stopped.is_set(), timeout=10
            )

    def _pause(self, seconds: float) -> None:
        self._stopped.wait(seconds)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[socketserver.BaseRequestHandler],
        script: ScriptedServer,
        tls: ssl.SSLContext | None,
    ) -> None:
        self.script = script
        self.tls = tls
        super().__init__(address, handler)

    def get_request(self) -> tuple[Any, Any]:
        sock, address = super().get_request()
        if self.tls is not None:
            sock.settimeout(10)
            sock = self.tls.wrap_socket(sock, server_side=True)
        return sock, address


class _Handler(socketserver.StreamRequestHandler):
    server: _Server
    timeout = 15

    def handle(self) -> None:
        script = self.server.script
        connection = script._new_connection()
        while not script._stopped.is_set():
            seen = self._read_request(connection)
            if seen is None:
                return
            reply = script._next_reply(seen)
            if reply.gather:
                script._gather(reply.gather)
            if reply.delay:
                script._pause(reply.delay)
            if not self._act(reply):
                return

    def _read_request(self, connection: int) -> Seen | None:
        try:
            line = self.rfile.readline(65537)
        except (OSError, ValueError):
            return None
        if not line.strip():
            return None
        method, target, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
        headers: dict[str, str] = {}
        while True:
            raw = self.rfile.readline(65537).decode("latin-1").rstrip("\r\n")
            if not raw:
                break
            name, _, value = raw.partition(":")
            headers[name.strip()] = value.strip()
        length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), 0))
        body = self.rfile.read(length) if length else b""
        return Seen(method, target, headers, body, connection)

    def _act(self, reply: Reply) -> bool:
        """Carry out the reply; ``False`` when the connection is gone afterwards."""
        if reply.action == "close":
            return False
        if reply.action == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()  # with a zero linger: RST, not FIN
            return False
        length = len(reply.body) + (100 if reply.action == "truncate" else 0)
        head = [f"HTTP/1.1 {reply.status} Scripted"]
        head += [f"{k}: {v}" for k, v in reply.headers.items()]
        head += [f"Content-Length: {length}", "", ""]
        try:
            self.wfile.write("\r\n".join(head).encode("latin-1") + reply.body)
            self.wfile.flush()
        except OSError:
            return False
        return reply.action == "respond"


def refused_port() -> int:
    """A loopback port nothing listens on (bound, then closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Blackhole:
    """A listener whose accept queue is full, so new connections hang in SYN.

    Connecting to it times out instead of being refused: the way to get a
    connect timeout without leaving the loopback interface.
    """

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self.port = int(self._listener.getsockname()[1])
        self._fillers: list[socket.socket] = []

    def __enter__(self) -> Blackhole:
        for _ in range(8):  # fill the backlog; later SYNs are dropped
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", self.port))
            self._fillers.append(filler)
        return self

    def __exit__(self, *exc: object) -> None:
        for filler in self._fillers:
            filler.close()
        self._listener.close()


def self_signed_tls(directory: Any) -> tuple[ssl.SSLContext, str]:
    """A server TLS context for 127.0.0.1 and the path of its (self-signed) certificate."""
    import datetime
    import ipaddress
    from pathlib import Path

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "emrk test server")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = Path(directory)
    cert_path = folder / "server.pem"
    key_path = folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    return context, str(cert_path)
