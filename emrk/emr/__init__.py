"""DOC: package"""

from __future__ import annotations

from emrk.emr.client import EMRClient
from emrk.emr.errors import *  # noqa: F403
from emrk.emr.errors import __all__ as _errors_all
from emrk.emr.models import *  # noqa: F403
from emrk.emr.models import __all__ as _models_all

__all__ = ["EMRClient", *_errors_all, *_models_all]
