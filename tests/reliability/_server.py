"""The fault server: the core tests' scripted server plus what reliability tests need.

:class:`tests.core._server.ScriptedServer` already answers from a script
(status, headers, body, delay before the headers, close, truncate, reset)
over keep-alive HTTP/1.1 on 127.0.0.1, optionally over TLS, and stops by
itself after its lifetime. This module adds two things on top, without
copying it:

* :class:`SlowReply`: a reply that stalls in the middle of its body, so a
  read timeout can fire after the headers have arrived;
* ``respond=``: a function computing each reply from the request it answers,
  so concurrent calls can each get an answer naming their own request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import attrs

from tests.core._server import (
    Blackhole,
    Reply,
    ScriptedServer,
    Seen,
    _Handler,
    refused_port,
    self_signed_tls,
)

__all__ = [
    "Blackhole",
    "FaultServer",
    "Reply",
    "Seen",
    "SlowReply",
    "refused_port",
    "self_signed_tls",
]

Responder = Callable[[Seen], Reply]


@attrs.frozen
class SlowReply(Reply):
    """A reply that sends its headers and half its body, then pauses ``body_delay`` seconds."""

    body_delay: float = 0.0


class _StallingHandler(_Handler):
    """The scripted handler, plus the mid-body pause of :class:`SlowReply`."""

    def _act(self, reply: Reply) -> bool:
        if not isinstance(reply, SlowReply) or reply.action != "respond":
            return super()._act(reply)
        head = [f"HTTP/1.1 {reply.status} Scripted"]
        head += [f"{k}: {v}" for k, v in reply.headers.items()]
        head += [f"Content-Length: {len(reply.body)}", "", ""]
        half = len(reply.body) // 2
        try:
            self.wfile.write("\r\n".join(head).encode("latin-1") + reply.body[:half])
            self.wfile.flush()
            self.server.script._pause(reply.body_delay)
            self.wfile.write(reply.body[half:])
            self.wfile.flush()
        except OSError:
            return False
        return True


class FaultServer(ScriptedServer):
    """A :class:`ScriptedServer` that can stall mid-body and compute its replies.

    With ``respond``, each request is answered with ``respond(request)``;
    otherwise the n-th request gets the n-th scripted reply (the last one
    repeats). Every request is recorded in :attr:`requests` either way.
    """

    def __init__(
        self,
        replies: Sequence[Reply] = (),
        *,
        respond: Responder | None = None,
        lifetime: float = 60.0,
        tls: object | None = None,
    ) -> None:
        super().__init__(list(replies) or [Reply()], lifetime=lifetime, tls=tls)  # type: ignore[arg-type]
        self._respond = respond
        self._server.RequestHandlerClass = _StallingHandler
        # Poll for shutdown more often than the base server: hundreds of tests
        # each stop one, and every stop waits for a poll.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.005}, daemon=True
        )

    def _next_reply(self, seen: Seen) -> Reply:
        scripted = super()._next_reply(seen)
        return self._respond(seen) if self._respond is not None else scripted
