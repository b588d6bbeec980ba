"""DOC: models package"""

from __future__ import annotations

from emrk.emr.models.session_credentials import *  # noqa: F403
from emrk.emr.models.session_credentials import __all__ as _session_credentials_all

__all__ = [*_session_credentials_all]
