"""DOC: package"""

from __future__ import annotations

from emrk.eks_auth.client import EKSAuthClient
from emrk.eks_auth.errors import *  # noqa: F403
from emrk.eks_auth.errors import __all__ as _errors_all
from emrk.eks_auth.models import *  # noqa: F403
from emrk.eks_auth.models import __all__ as _models_all

__all__ = ["EKSAuthClient", *_errors_all, *_models_all]
