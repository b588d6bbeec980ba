"""DOC: models package"""

from __future__ import annotations

from emrk.eks_auth.models.pod_identity import *  # noqa: F403
from emrk.eks_auth.models.pod_identity import __all__ as _pod_identity_all

__all__ = [*_pod_identity_all]
