"""Waiter definitions for Amazon EKS: the nine botocore waiters plus four extras.

The first nine specs transcribe botocore's ``waiters-2.json`` for EKS (same
names, pacing and acceptors, in the same order), so a ``wait_until_*`` method
behaves as the matching boto3 waiter does. The extras cover what users poll
by hand with boto3: an update reaching ``Successful``, a capability becoming
active or going away, and an insights refresh finishing.

Every failure acceptor also says *why*: the WaiterError message carries what
the service reported (the resource's health issues, the update's errors, the
refresh's message), so the caller does not need a second describe call to
find out what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from emrk.core.wait import Acceptor, WaiterSpec
from emrk.eks.models import (
    DescribeAddonResponse,
    DescribeCapabilityResponse,
    DescribeClusterResponse,
    DescribeFargateProfileResponse,
    DescribeInsightsRefreshResponse,
    DescribeNodegroupResponse,
    DescribeUpdateResponse,
)

__all__ = [
    "ADDON_ACTIVE",
    "ADDON_DELETED",
    "CAPABILITY_ACTIVE",
    "CAPABILITY_DELETED",
    "CERTIFICATE_AUTHORITY_UPDATE_COMPLETE",
    "CLUSTER_ACTIVE",
    "CLUSTER_DELETED",
    "FARGATE_PROFILE_ACTIVE",
    "FARGATE_PROFILE_DELETED",
    "INSIGHTS_REFRESH_COMPLETED",
    "NODEGROUP_ACTIVE",
    "NODEGROUP_DELETED",
    "UPDATE_SUCCESSFUL",
]

_R = TypeVar("_R")


# -- what the service says went wrong ---------------------------------------------


def _issue_line(code: Any, message: str | None, resource_ids: list[str] | None) -> str:
    text = str(code or "Unknown")
    if message:
        text += f": {message}"
    if resource_ids:
        text += f" (resources: {', '.join(resource_ids)})"
    return text


def _health_issues(resource: Any) -> str:
    """``code: message`` for each entry of ``resource.health.issues``."""
    issues = getattr(getattr(resource, "health", None), "issues", None) or ()
    return "; ".join(
        _issue_line(i.code, i.message, getattr(i, "resource_ids", None)) for i in issues
    )


def _update_errors(response: DescribeUpdateResponse) -> str:
    update = response.update
    if update is None:
        return ""
    parts = [
        _issue_line(e.error_code, e.error_message, e.resource_ids) for e in update.errors or ()
    ]
    if update.cancellation is not None and update.cancellation.reason:
        parts.append(f"cancelled: {update.cancellation.reason}")
    return "; ".join(parts)


def _failure(check: Callable[[_R], bool], reason: str, detail: Callable[[_R], str]) -> Acceptor[_R]:
    """A failure acceptor whose message is ``reason`` plus the service's details."""

    def describe(response: _R) -> str:
        text = detail(response)
        return f"{reason}: {text}" if text else reason

    return Acceptor("failure", check, reason=reason, describe=describe)


def _status(attr: str, value: str) -> Callable[[Any], bool]:
    """``response.<attr>.status == value``, false while ``<attr>`` is absent."""

    def check(response: Any) -> bool:
        inner = getattr(response, attr)
        return inner is not None and inner.status == value

    return check


def _health_of(attr: str) -> Callable[[Any], str]:
    return lambda response: _health_issues(getattr(response, attr))


def _status_failures(attr: str, *states: str) -> tuple[Acceptor[Any], ...]:
    """One failure acceptor per state, named as botocore names the path (``fargateProfile``)."""
    first, *rest = attr.split("_")
    wire = first + "".join(part.title() for part in rest)
    return tuple(
        _failure(_status(attr, s), f"{wire}.status is {s}", _health_of(attr)) for s in states
    )


_NOT_FOUND: Acceptor[Any] = Acceptor("success", error="ResourceNotFoundException")


# -- botocore's waiters -------------------------------------------------------------

CLUSTER_ACTIVE: WaiterSpec[DescribeClusterResponse] = WaiterSpec(
    "ClusterActive",
    delay=30,
    max_attempts=40,
    acceptors=(
        *_status_failures("cluster", "DELETING", "FAILED"),
        Acceptor("success", _status("cluster", "ACTIVE")),
    ),
)

CLUSTER_DELETED: WaiterSpec[DescribeClusterResponse] = WaiterSpec(
    "ClusterDeleted",
    delay=30,
    max_attempts=40,
    acceptors=(*_status_failures("cluster", "ACTIVE", "CREATING", "PENDING"), _NOT_FOUND),
)

NODEGROUP_ACTIVE: WaiterSpec[DescribeNodegroupResponse] = WaiterSpec(
    "NodegroupActive",
    delay=30,
    max_attempts=80,
    acceptors=(
        *_status_failures("nodegroup", "CREATE_FAILED"),
        Acceptor("success", _status("nodegroup", "ACTIVE")),
    ),
)

NODEGROUP_DELETED: WaiterSpec[DescribeNodegroupResponse] = WaiterSpec(
    "NodegroupDeleted",
    delay=30,
    max_attempts=40,
    acceptors=(*_status_failures("nodegroup", "DELETE_FAILED"), _NOT_FOUND),
)

ADDON_ACTIVE: WaiterSpec[DescribeAddonResponse] = WaiterSpec(
    "AddonActive",
    delay=10,
    max_attempts=60,
    acceptors=(
        *_status_failures("addon", "CREATE_FAILED", "DEGRADED"),
        Acceptor("success", _status("addon", "ACTIVE")),
    ),
)

ADDON_DELETED: WaiterSpec[DescribeAddonResponse] = WaiterSpec(
    "AddonDeleted",
    delay=10,
    max_attempts=60,
    acceptors=(*_status_failures("addon", "DELETE_FAILED"), _NOT_FOUND),
)

FARGATE_PROFILE_ACTIVE: WaiterSpec[DescribeFargateProfileResponse] = WaiterSpec(
    "FargateProfileActive",
    delay=10,
    max_attempts=60,
    acceptors=(
        *_status_failures("fargate_profile", "CREATE_FAILED"),
        Acceptor("success", _status("fargate_profile", "ACTIVE")),
    ),
)

FARGATE_PROFILE_DELETED: WaiterSpec[DescribeFargateProfileResponse] = WaiterSpec(
    "FargateProfileDeleted",
    delay=30,
    max_attempts=60,
    acceptors=(*_status_failures("fargate_profile", "DELETE_FAILED"), _NOT_FOUND),
)

_UPDATE_FAILURES: tuple[Acceptor[DescribeUpdateResponse], ...] = tuple(
    _failure(_status("update", s), f"update.status is {s}", _update_errors)
    for s in ("Failed", "Cancelled")
)

CERTIFICATE_AUTHORITY_UPDATE_COMPLETE: WaiterSpec[DescribeUpdateResponse] = WaiterSpec(
    "CertificateAuthorityUpdateComplete",
    delay=30,
    max_attempts=40,
    acceptors=(*_UPDATE_FAILURES, Acceptor("success", _status("update", "Successful"))),
)


# -- waiters botocore does not have ---------------------------------------------------

UPDATE_SUCCESSFUL: WaiterSpec[DescribeUpdateResponse] = WaiterSpec(
    "UpdateSuccessful",
    delay=30,
    max_attempts=40,
    acceptors=(*_UPDATE_FAILURES, Acceptor("success", _status("update", "Successful"))),
)

CAPABILITY_ACTIVE: WaiterSpec[DescribeCapabilityResponse] = WaiterSpec(
    "CapabilityActive",
    delay=15,
    max_attempts=80,
    acceptors=(
        # States from which ACTIVE is not reached without a new request.
        # UPDATE_FAILED is documented but missing from botocore 1.44.5's enum: it
        # arrives as a plain str and still matches.
        *_status_failures(
            "capability", "CREATE_FAILED", "UPDATE_FAILED", "DEGRADED", "DELETING", "DELETE_FAILED"
        ),
        Acceptor("success", _status("capability", "ACTIVE")),
    ),
)

CAPABILITY_DELETED: WaiterSpec[DescribeCapabilityResponse] = WaiterSpec(
    "CapabilityDeleted",
    delay=15,
    max_attempts=80,
    acceptors=(*_status_failures("capability", "DELETE_FAILED"), _NOT_FOUND),
)

INSIGHTS_REFRESH_COMPLETED: WaiterSpec[DescribeInsightsRefreshResponse] = WaiterSpec(
    "InsightsRefreshCompleted",
    delay=10,
    max_attempts=60,
    acceptors=(
        _failure(lambda r: r.status == "FAILED", "status is FAILED", lambda r: r.message or ""),
        Acceptor("success", lambda r: r.status == "COMPLETED"),
    ),
)
