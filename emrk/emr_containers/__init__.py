"""Amazon EMR on EKS (botocore ``emr-containers``): run Spark jobs on your EKS clusters.

``EMRContainersClient`` has one method per API operation, paginators for the
five listings and waiters for job runs, virtual clusters and managed
endpoints. Every model, enum and error class is importable from here::

    from emrk.emr_containers import EMRContainersClient, JobDriver, SparkSubmitJobDriver
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.lazy import module_getattr
from emrk.emr_containers import errors as _errors
from emrk.emr_containers.client import EMRContainersClient as EMRContainersClient
from emrk.emr_containers.errors import *  # noqa: F403

if TYPE_CHECKING:
    from emrk.emr_containers.async_client import (
        AsyncEMRContainersClient as AsyncEMRContainersClient,
    )
    from emrk.emr_containers.models import *  # noqa: F403
else:  # models load on first use, so importing the package (and making a client) stays cheap
    __getattr__ = module_getattr(
        __name__,
        "emrk.emr_containers.models",
        globals(),
        exports=("EMRContainersClient", "AsyncEMRContainersClient", *_errors.__all__),
        elsewhere={"AsyncEMRContainersClient": "emrk.emr_containers.async_client"},
    )
