"""DOC: package"""

from __future__ import annotations

from emrk.emr_containers.client import EMRContainersClient
from emrk.emr_containers.errors import *  # noqa: F403
from emrk.emr_containers.errors import __all__ as _errors_all
from emrk.emr_containers.models import *  # noqa: F403
from emrk.emr_containers.models import __all__ as _models_all

__all__ = ["EMRContainersClient", *_errors_all, *_models_all]
