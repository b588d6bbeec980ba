"""DOC: models package"""

from __future__ import annotations

from emrk.emr_containers.models.common import *  # noqa: F403
from emrk.emr_containers.models.common import __all__ as _common_all
from emrk.emr_containers.models.job_run import *  # noqa: F403
from emrk.emr_containers.models.job_run import __all__ as _job_run_all
from emrk.emr_containers.models.job_template import *  # noqa: F403
from emrk.emr_containers.models.job_template import __all__ as _job_template_all
from emrk.emr_containers.models.managed_endpoint import *  # noqa: F403
from emrk.emr_containers.models.managed_endpoint import __all__ as _managed_endpoint_all
from emrk.emr_containers.models.security_configuration import *  # noqa: F403
from emrk.emr_containers.models.security_configuration import __all__ as _security_configuration_all
from emrk.emr_containers.models.tags import *  # noqa: F403
from emrk.emr_containers.models.tags import __all__ as _tags_all
from emrk.emr_containers.models.virtual_cluster import *  # noqa: F403
from emrk.emr_containers.models.virtual_cluster import __all__ as _virtual_cluster_all

__all__ = [
    *_common_all,
    *_job_run_all,
    *_job_template_all,
    *_managed_endpoint_all,
    *_security_configuration_all,
    *_tags_all,
    *_virtual_cluster_all,
]
