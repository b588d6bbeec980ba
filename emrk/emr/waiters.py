"""Waiters for Amazon EMR: none yet.

botocore's EMR waiters (cluster running, step complete, cluster terminated)
poll operations emrk does not cover; they will live here when those
operations are added.
"""

from __future__ import annotations

__all__: list[str] = []
