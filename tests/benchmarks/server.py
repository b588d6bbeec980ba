"""A local keep-alive HTTP/1.1 server that answers like EKS, EMR on EKS and PCS.

Both SDKs point their ``endpoint_url`` at it, so a benchmark measures the
SDK and the loopback round trip and nothing else: no network, no TLS, no
signature checks. Every answer carries a ``Content-Length`` so connections
stay open between calls, and Nagle's algorithm is off so a response is never
held back waiting for an acknowledgement.

Routing follows the real APIs closely enough for both SDKs:

* ``GET /clusters/{name}``: EKS DescribeCluster;
* ``GET /clusters?nextToken=...``: EKS ListClusters, pages generated on
  demand over ``total_items`` names;
* ``GET /virtualclusters/{id}/jobruns/{id}``: EMR on EKS DescribeJobRun;
* ``POST /virtualclusters/{id}/jobruns``: EMR on EKS StartJobRun;
* ``POST /`` with ``X-Amz-Target: AWSParallelComputingService.GetCluster``:
  PCS GetCluster.

Run ``python -m tests.benchmarks.server`` to keep one up by hand.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.benchmarks import bodies

__all__ = ["BenchServer", "serving"]

_REST_JSON = "application/json"
_AWS_JSON = "application/x-amz-json-1.0"
_NOT_FOUND = b'{"message":"No route for this request in the benchmark server"}'


class BenchServer(ThreadingHTTPServer):
    """One listener on 127.0.0.1 with a free port; one thread per connection."""

    daemon_threads = True

    def __init__(self, total_items: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        #: How many cluster names ListClusters pages through.
        self.total_items = total_items
        self._request_ids = itertools.count(1)

    @property
    def url(self) -> str:
        """The base URL to pass as ``endpoint_url``."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def next_request_id(self) -> str:
        """A request id in the service's format, different for every answer."""
        return f"5f0e1c2a-7b3d-4e8f-9a6b-{next(self._request_ids):012d}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: BenchServer

    def do_GET(self) -> None:
        self._drain_body()
        parts = urlsplit(self.path)
        path = parts.path
        if path == "/clusters":
            query = parse_qs(parts.query)
            offset = bodies.offset_of(query.get("nextToken", [None])[0])
            size = int(query.get("maxResults", [bodies.PAGE_SIZE])[0])
            page = bodies.list_clusters_page(offset, self.server.total_items, size)
            self._answer(200, page, _REST_JSON)
        elif path.startswith("/clusters/"):
            self._answer(200, bodies.describe_cluster(), _REST_JSON)
        elif path.startswith("/virtualclusters/") and "/jobruns/" in path:
            self._answer(200, bodies.describe_job_run(), _REST_JSON)
        else:
            self._answer(404, _NOT_FOUND, _REST_JSON, error="ResourceNotFoundException")

    def do_POST(self) -> None:
        self._drain_body()
        path = urlsplit(self.path).path
        if self.headers.get("X-Amz-Target") == bodies.PCS_TARGET:
            self._answer(200, bodies.pcs_get_cluster(), _AWS_JSON)
        elif path.startswith("/virtualclusters/") and path.endswith("/jobruns"):
            self._answer(200, bodies.start_job_run(), _REST_JSON)
        else:
            self._answer(404, _NOT_FOUND, _AWS_JSON, error="ResourceNotFoundException")

    def _drain_body(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)

    def _answer(self, status: int, body: bytes, content_type: str, error: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-amzn-RequestId", self.server.next_request_id())
        self.send_header("x-amz-apigw-id", "ZxYwVuTsRqPoNmA=")
        self.send_header("X-Amzn-Trace-Id", "Root=1-66670a4b-1a2b3c4d5e6f7a8b9c0d1e2f")
        if error:
            self.send_header("x-amzn-ErrorType", error)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: a log line per request would cost more than the answer."""


@contextmanager
def serving(total_items: int = 10_000) -> Iterator[BenchServer]:
    """A running :class:`BenchServer`, shut down when the block ends."""
    server = BenchServer(total_items)
    thread = threading.Thread(target=server.serve_forever, name="bench-server", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def main() -> None:
    """Serve until interrupted, for profiling one SDK by hand."""
    with serving() as server:
        print(f"benchmark server on {server.url} (Ctrl-C to stop)", flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
