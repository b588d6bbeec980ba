"""The fault server with one more fault: a connection reset in the middle of the body.

:class:`tests.reliability._server.FaultServer` resets a connection before
answering (``Reply(action="reset")``) and cuts a body short with a clean
close (``action="truncate"``); :class:`ResetMidBody` sends the headers and half
the body, then aborts the connection with an RST.
"""

from __future__ import annotations

import socket
import struct
from collections.abc import Sequence
from typing import Any

import attrs

from tests.reliability._server import FaultServer, Reply, _StallingHandler

__all__ = ["FaultServerPlus", "ResetMidBody"]


@attrs.frozen
class ResetMidBody(Reply):
    """Headers and half the body, then an RST."""


class _Handler(_StallingHandler):
    def _act(self, reply: Reply) -> bool:
        if not isinstance(reply, ResetMidBody):
            return super()._act(reply)
        head = [f"HTTP/1.1 {reply.status} Scripted"]
        head += [f"{k}: {v}" for k, v in reply.headers.items()]
        head += [f"Content-Length: {len(reply.body)}", "", ""]
        try:
            self.wfile.write(
                "\r\n".join(head).encode("latin-1") + reply.body[: len(reply.body) // 2]
            )
            self.wfile.flush()
        except OSError:
            return False
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        return False


class FaultServerPlus(FaultServer):
    """A :class:`FaultServer` that also understands :class:`ResetMidBody`."""

    def __init__(self, replies: Sequence[Reply] = (), **kwargs: Any) -> None:
        super().__init__(replies, **kwargs)
        self._server.RequestHandlerClass = _Handler
        # socketserver listens with a backlog of 5: ten clients connecting at once
        # would see SYNs dropped and retried a second later.
        self._server.socket.listen(128)
