"""DOC: package"""

from __future__ import annotations

from emrk.eks.client import EKSClient
from emrk.eks.errors import *  # noqa: F403
from emrk.eks.errors import __all__ as _errors_all
from emrk.eks.models import *  # noqa: F403
from emrk.eks.models import __all__ as _models_all

__all__ = ["EKSClient", *_errors_all, *_models_all]
