"""DOC: models package"""

from __future__ import annotations

from emrk.eks.models.access import *  # noqa: F403
from emrk.eks.models.access import __all__ as _access_all
from emrk.eks.models.addon import *  # noqa: F403
from emrk.eks.models.addon import __all__ as _addon_all
from emrk.eks.models.capability import *  # noqa: F403
from emrk.eks.models.capability import __all__ as _capability_all
from emrk.eks.models.certificate_authority import *  # noqa: F403
from emrk.eks.models.certificate_authority import __all__ as _certificate_authority_all
from emrk.eks.models.cluster import *  # noqa: F403
from emrk.eks.models.cluster import __all__ as _cluster_all
from emrk.eks.models.common import *  # noqa: F403
from emrk.eks.models.common import __all__ as _common_all
from emrk.eks.models.eks_anywhere import *  # noqa: F403
from emrk.eks.models.eks_anywhere import __all__ as _eks_anywhere_all
from emrk.eks.models.fargate_profile import *  # noqa: F403
from emrk.eks.models.fargate_profile import __all__ as _fargate_profile_all
from emrk.eks.models.identity_provider import *  # noqa: F403
from emrk.eks.models.identity_provider import __all__ as _identity_provider_all
from emrk.eks.models.insight import *  # noqa: F403
from emrk.eks.models.insight import __all__ as _insight_all
from emrk.eks.models.nodegroup import *  # noqa: F403
from emrk.eks.models.nodegroup import __all__ as _nodegroup_all
from emrk.eks.models.pod_identity import *  # noqa: F403
from emrk.eks.models.pod_identity import __all__ as _pod_identity_all
from emrk.eks.models.tags import *  # noqa: F403
from emrk.eks.models.tags import __all__ as _tags_all
from emrk.eks.models.update import *  # noqa: F403
from emrk.eks.models.update import __all__ as _update_all

__all__ = [
    *_access_all,
    *_addon_all,
    *_capability_all,
    *_certificate_authority_all,
    *_cluster_all,
    *_common_all,
    *_eks_anywhere_all,
    *_fargate_profile_all,
    *_identity_provider_all,
    *_insight_all,
    *_nodegroup_all,
    *_pod_identity_all,
    *_tags_all,
    *_update_all,
]
