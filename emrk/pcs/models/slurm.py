"""Slurm building blocks shared by clusters, compute node groups and queues.

PCS runs Slurm for you; these types pick its version and pass through the
subset of ``slurm.conf``, ``slurmdbd.conf`` and ``cgroup.conf`` settings PCS
lets you change, plus accounting, REST API and authentication settings.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import member, model

__all__ = [
    "Accounting",
    "AccountingMode",
    "AccountingModeLiteral",
    "AccountingRequest",
    "CgroupCustomSetting",
    "JwtAuth",
    "JwtKey",
    "Scheduler",
    "SchedulerRequest",
    "SchedulerType",
    "SchedulerTypeLiteral",
    "SlurmAuthKey",
    "SlurmCustomSetting",
    "SlurmRest",
    "SlurmRestMode",
    "SlurmRestModeLiteral",
    "SlurmRestRequest",
    "SlurmdbdCustomSetting",
    "UpdateAccountingRequest",
    "UpdateSchedulerRequest",
    "UpdateSlurmRestRequest",
]


class SchedulerType(ServiceEnum):
    """The job scheduler PCS runs on a cluster; Slurm is the only one today."""

    SLURM = "SLURM"


SchedulerTypeLiteral: TypeAlias = Literal["SLURM",]
"""The values of :class:`SchedulerType` as string literals. A request argument typed
``SchedulerType | SchedulerTypeLiteral`` takes a member or one of these strings, so a typo is a
type error; a value newer than this client goes through ``typing.cast``.
"""


class AccountingMode(ServiceEnum):
    """Whether Slurm accounting is on: ``STANDARD`` turns it on, ``NONE`` (the default) off."""

    STANDARD = "STANDARD"
    NONE = "NONE"


AccountingModeLiteral: TypeAlias = Literal[
    "STANDARD",
    "NONE",
]
"""The values of :class:`AccountingMode` as string literals. A request argument typed
``AccountingMode | AccountingModeLiteral`` takes a member or one of these strings, so a typo is
a type error; a value newer than this client goes through ``typing.cast``.
"""


class SlurmRestMode(ServiceEnum):
    """Whether the Slurm REST API is on: ``STANDARD`` turns it on, ``NONE`` (the default) off."""

    STANDARD = "STANDARD"
    NONE = "NONE"


SlurmRestModeLiteral: TypeAlias = Literal[
    "STANDARD",
    "NONE",
]
"""The values of :class:`SlurmRestMode` as string literals. A request argument typed
``SlurmRestMode | SlurmRestModeLiteral`` takes a member or one of these strings, so a typo is a
type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class SchedulerRequest:
    """The scheduler and version a new cluster runs.

    PCS supports a few Slurm releases at a time (for example ``"25.05"``);
    ask for one the service lists, or creation fails validation.
    """

    type: SchedulerType | SchedulerTypeLiteral = member("type")
    """Scheduling software; ``SLURM``."""
    version: str = member("version")
    """Scheduler release, such as ``"25.05"``."""


@model
class Scheduler:
    """The scheduler and version a cluster runs, as PCS reports it."""

    type: SchedulerType | str = member("type")
    """Scheduling software; ``SLURM``."""
    version: str = member("version")
    """Scheduler release; change it with ``update_cluster(scheduler=...)``."""


@model
class UpdateSchedulerRequest:
    """A scheduler upgrade for ``update_cluster``: PCS only moves to newer releases."""

    version: str = member("version")
    """The newer Slurm release to move the cluster to."""


@model
class SlurmCustomSetting:
    """One ``slurm.conf`` parameter PCS lets you set on a cluster, node group or queue.

    PCS only accepts the parameters it documents as supported; anything else
    is refused with a ``ValidationException``.
    """

    parameter_name: str = member("parameterName")
    """The Slurm parameter, for example ``"SelectTypeParameters"``."""
    parameter_value: str = member("parameterValue")
    """Its value, as Slurm would read it in the configuration file."""


@model
class SlurmdbdCustomSetting:
    """One ``slurmdbd.conf`` parameter for the cluster's accounting daemon."""

    parameter_name: str = member("parameterName")
    """The SlurmDBD parameter, from the subset PCS supports."""
    parameter_value: str = member("parameterValue")
    """Its value."""


@model
class CgroupCustomSetting:
    """One ``cgroup.conf`` parameter, controlling how Slurm confines jobs on nodes."""

    parameter_name: str = member("parameterName")
    """The cgroup parameter, from the subset PCS supports."""
    parameter_value: str = member("parameterValue")
    """Its value."""


@model
class AccountingRequest:
    """Slurm accounting for a new cluster: job history kept by ``slurmdbd``."""

    mode: AccountingMode | AccountingModeLiteral = member("mode")
    """``STANDARD`` to record accounting data, ``NONE`` not to."""
    default_purge_time_in_days: int | None = member(
        "defaultPurgeTimeInDays", default=None, min_value=-1, max_value=10000
    )
    """Default retention, in days, of every ``slurmdbd.conf`` purge setting;
    ``-1`` (the default) keeps records for the life of the cluster, ``0`` is refused."""


@model
class Accounting:
    """Slurm accounting settings of a cluster, as PCS reports them."""

    mode: AccountingMode | str = member("mode")
    """``STANDARD`` when accounting data is recorded, ``NONE`` otherwise."""
    default_purge_time_in_days: int | None = member(
        "defaultPurgeTimeInDays", default=None, min_value=-1, max_value=10000
    )
    """Default retention, in days, of accounting records; ``-1`` keeps them for ever."""


@model
class UpdateAccountingRequest:
    """A change to Slurm accounting for ``update_cluster``; unset members stay as they are."""

    default_purge_time_in_days: int | None = member(
        "defaultPurgeTimeInDays", default=None, min_value=-1, max_value=10000
    )
    """New default retention, in days, of accounting records (``-1``: keep for ever)."""
    mode: AccountingMode | AccountingModeLiteral | None = member("mode", default=None)
    """Turn accounting on (``STANDARD``) or off (``NONE``)."""


@model
class SlurmRestRequest:
    """The Slurm REST API (``slurmrestd``) setting for a new cluster."""

    mode: SlurmRestMode | SlurmRestModeLiteral = member("mode")
    """``STANDARD`` to run the REST API, ``NONE`` not to."""


@model
class SlurmRest:
    """The Slurm REST API setting of a cluster, as PCS reports it."""

    mode: SlurmRestMode | str = member("mode")
    """``STANDARD`` when the REST API runs, ``NONE`` otherwise."""


@model
class UpdateSlurmRestRequest:
    """A change to the Slurm REST API setting for ``update_cluster``."""

    mode: SlurmRestMode | SlurmRestModeLiteral | None = member("mode", default=None)
    """Turn the REST API on (``STANDARD``) or off (``NONE``); unset leaves it alone."""


@model
class SlurmAuthKey:
    """Where the cluster's shared Slurm key (the cluster secret) is kept.

    The key itself never travels in this API; it lives in AWS Secrets
    Manager and this names the secret holding it.
    """

    secret_arn: str = member("secretArn")
    """ARN of the Secrets Manager secret that holds the key."""
    secret_version: str = member("secretVersion")
    """Version of that secret in use."""


@model
class JwtKey:
    """The Secrets Manager secret holding the key that signs Slurm REST API tokens."""

    secret_arn: str = member("secretArn")
    """ARN of the secret."""
    secret_version: str = member("secretVersion")
    """Version of the secret in use."""


@model
class JwtAuth:
    """How callers of the cluster's Slurm REST API authenticate (JSON web tokens)."""

    jwt_key: JwtKey | None = member("jwtKey", default=None)
    """The signing key's location in Secrets Manager."""
