"""One call to see what emrk sends and receives, with secrets masked.

emrk logs every attempt to the ``emrk`` logger at DEBUG: the operation, the
attempt number, the URL, the request model (its ``repr``, so sensitive
members show as ``***``), the HTTP status, request id and timing. Nothing in
those records carries keys, tokens, signatures or sensitive values, and
botocore's signer records are masked too (see :mod:`emrk.core.signing`).
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO

__all__ = ["enable_debug_logging"]

_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


def enable_debug_logging(stream: TextIO | None = None) -> logging.Handler:
    """Send emrk's DEBUG records to ``stream`` (standard error by default).

    Returns the handler it added, so a caller can remove it again with
    ``logging.getLogger("emrk").removeHandler(handler)``. Only the ``emrk``
    logger changes; the root logger and other libraries are left alone.
    """
    logger = logging.getLogger("emrk")
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    return handler
