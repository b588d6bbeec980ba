"""DOC: waiters module"""

from __future__ import annotations

