"""DOC: package"""

from __future__ import annotations

from emrk.pcs.client import PCSClient
from emrk.pcs.errors import *  # noqa: F403
from emrk.pcs.errors import __all__ as _errors_all
from emrk.pcs.models import *  # noqa: F403
from emrk.pcs.models import __all__ as _models_all

__all__ = ["PCSClient", *_errors_all, *_models_all]
