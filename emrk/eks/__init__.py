"""Amazon EKS (botocore ``eks``): clusters, node groups, add-ons, access and more.

``EKSClient`` has one method per API operation (70), a ``paginate_*`` method
for each listing, and ``wait_until_*`` waiters for clusters, node groups,
Fargate profiles, add-ons, updates, capabilities and insight refreshes. Every
model, enum and error class is importable from here::

    from emrk.eks import EKSClient, NodegroupScalingConfig, ResourceNotFoundException

    eks = EKSClient(region_name="us-west-2")
    cluster = eks.wait_until_cluster_active(name="prod").cluster
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.lazy import module_getattr
from emrk.eks import errors as _errors
from emrk.eks.client import EKSClient as EKSClient
from emrk.eks.errors import *  # noqa: F403

if TYPE_CHECKING:
    from emrk.eks.async_client import AsyncEKSClient as AsyncEKSClient
    from emrk.eks.models import *  # noqa: F403
    from emrk.eks.token import get_token as get_token
else:  # models load on first use, so importing the package (and making a client) stays cheap
    __getattr__ = module_getattr(
        __name__,
        "emrk.eks.models",
        globals(),
        exports=("EKSClient", "AsyncEKSClient", "get_token", *_errors.__all__),
        elsewhere={"get_token": "emrk.eks.token", "AsyncEKSClient": "emrk.eks.async_client"},
    )
