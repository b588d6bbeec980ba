"""A multi-process asyncio server answering EKS DescribeCluster, for the async rows.

``python tests/benchmarks/async_server.py PROCESSES`` prints the base URL on
its first line and serves until its standard input closes.

The stdlib threaded server of ``server.py`` tops out near 700 answers a second,
far below what 100 calls in flight ask of it; this one must never be the
bottleneck. It runs ``PROCESSES`` worker processes, each an event loop with a
listening socket of its own on one shared port (``SO_REUSEPORT``: the kernel
spreads new connections across the workers; where the option is missing,
they share one socket, which measured the same here). A worker parses HTTP/1.1 keep-alive requests
just enough to frame them (the head, and a body by its ``Content-Length``),
and answers ``GET /clusters/<name>`` with the canned DescribeCluster body of
``bodies.py`` (anything else gets a 404), with ``Content-Length`` and Nagle
off. The parent of the workers only waits for its standard input to close,
then stops them; a worker whose parent died stops by itself.

It imports nothing from the suite but ``bodies.py`` (by path), so any
interpreter can run it.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import multiprocessing
import os
import socket
import sys
from pathlib import Path
from typing import Any

__all__ = ["main", "response_bytes"]

_NOT_FOUND = b'{"message":"No route for this request in the benchmark server"}'
_REQUEST_ID = b"5f0e1c2a-7b3d-4e8f-9a6b-000000000001"


def _bodies() -> Any:
    path = Path(__file__).with_name("bodies.py")
    spec = importlib.util.spec_from_file_location("emrk_bench_bodies", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def response_bytes(status: str, body: bytes, extra: bytes = b"") -> bytes:
    """A whole HTTP/1.1 answer, head and body, ready to write."""
    head = (
        b"HTTP/1.1 " + status.encode() + b"\r\n"
        b"Content-Type: application/json\r\n"
        b"x-amzn-RequestId: "
        + _REQUEST_ID
        + b"\r\n"
        + extra
        + b"Content-Length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
    )
    return head + body


class _Protocol(asyncio.Protocol):
    """One keep-alive connection: frame requests, answer each at once."""

    ok = b""
    not_found = response_bytes(
        "404 Not Found", _NOT_FOUND, b"x-amzn-ErrorType: ResourceNotFoundException\r\n"
    )

    def __init__(self) -> None:
        self.buffer = b""
        self.transport: Any = None

    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = 0
            lowered = head.lower()
            at = lowered.find(b"\r\ncontent-length:")
            if at >= 0:
                length = int(lowered[at + 17 :].split(b"\r\n", 1)[0])
            if len(buffer) < end + 4 + length:
                break
            buffer = buffer[end + 4 + length :]
            routed = head.startswith(b"GET /clusters/")
            self.transport.write(self.ok if routed else self.not_found)
        self.buffer = buffer


def _listeners(count: int) -> list[socket.socket]:
    """``count`` listening sockets on one free port, or one socket to share."""
    reuse_port = hasattr(socket, "SO_REUSEPORT")
    sockets: list[socket.socket] = []
    port = 0
    for _ in range(count if reuse_port else 1):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen(1024)
        port = sock.getsockname()[1]
        sockets.append(sock)
    return sockets


def _worker(sock: socket.socket, parent: int) -> None:
    sock.setblocking(False)

    async def serve() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(_Protocol, sock=sock, backlog=1024)
        while os.getppid() == parent:  # stop when the parent is gone
            await asyncio.sleep(1)
        server.close()

    asyncio.run(serve())


def main(argv: list[str]) -> int:
    """Serve with ``argv[0]`` worker processes until standard input closes."""
    processes = int(argv[0]) if argv else (os.cpu_count() or 2)
    _Protocol.ok = response_bytes("200 OK", _bodies().describe_cluster())
    # Every socket listens before the workers start, so the port answers as
    # soon as it is printed; each worker serves one (all, where they share one).
    sockets = _listeners(processes)
    port = sockets[0].getsockname()[1]
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(
            target=_worker, args=(sockets[index % len(sockets)], os.getpid()), daemon=True
        )
        for index in range(processes)
    ]
    for worker in workers:
        worker.start()
    for sock in sockets:
        sock.close()  # the workers hold their copies
    print(f"http://127.0.0.1:{port}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        sys.stdin.read()  # until the harness closes the pipe (or dies)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
