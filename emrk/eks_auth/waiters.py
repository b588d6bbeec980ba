"""EKS Auth has no waiters: its one operation answers at once, with nothing to poll.

The module exists so every service package has the same shape.
"""

from __future__ import annotations
