"""DOC: models package"""

from __future__ import annotations

from emrk.pcs.models.cluster import *  # noqa: F403
from emrk.pcs.models.cluster import __all__ as _cluster_all
from emrk.pcs.models.common import *  # noqa: F403
from emrk.pcs.models.common import __all__ as _common_all
from emrk.pcs.models.compute_node_group import *  # noqa: F403
from emrk.pcs.models.compute_node_group import __all__ as _compute_node_group_all
from emrk.pcs.models.queue import *  # noqa: F403
from emrk.pcs.models.queue import __all__ as _queue_all
from emrk.pcs.models.tags import *  # noqa: F403
from emrk.pcs.models.tags import __all__ as _tags_all

__all__ = [*_cluster_all, *_common_all, *_compute_node_group_all, *_queue_all, *_tags_all]
