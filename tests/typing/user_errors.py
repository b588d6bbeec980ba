"""User-style error handling; checked by mypy and pyright, never run."""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

import emrk
from emrk.eks import EKSClient, EKSError, InvalidParameterException, ResourceNotFoundException
from emrk.emr import EMRClient, EMRError, InvalidRequestException
from emrk.emr_containers import EMRContainersClient, EMRContainersError
from emrk.pcs import (
    PCSClient,
    PCSError,
    ThrottlingException,
    ValidationException,
    ValidationExceptionField,
    ValidationExceptionReason,
)


def eks_errors(eks: EKSClient) -> None:
    try:
        eks.describe_cluster(name="prod")
    except ResourceNotFoundException as exc:
        assert_type(exc.cluster_name, str | None)
        assert_type(exc.nodegroup_name, str | None)
        assert_type(exc.code, str)
        assert_type(exc.message, str)
        assert_type(exc.status_code, int | None)
        assert_type(exc.request_id, str | None)
    except InvalidParameterException as exc:
        assert_type(exc.fargate_profile_name, str | None)
    except EKSError as exc:
        assert_type(exc, EKSError)
    except emrk.ServiceError as exc:
        assert_type(exc.code, str)


def pcs_errors(pcs: PCSClient) -> None:
    try:
        pcs.get_cluster(cluster_identifier="hpc")
    except ValidationException as exc:
        assert_type(exc.reason, ValidationExceptionReason | str | None)
        assert_type(exc.field_list, list[ValidationExceptionField] | None)
    except ThrottlingException as exc:
        assert_type(exc.retry_after_seconds, int | None)
    except PCSError as exc:
        assert_type(exc.code, str)


def emr_errors(emr: EMRClient, containers: EMRContainersClient) -> None:
    try:
        emr.get_cluster_session_credentials(cluster_id="j-1")
    except InvalidRequestException as exc:
        assert_type(exc.error_code, str | None)
    except EMRError as exc:
        assert_type(exc.message, str)
    try:
        containers.describe_virtual_cluster(id="vc-1")
    except EMRContainersError as exc:
        assert_type(exc.status_code, int | None)


def library_errors(eks: EKSClient) -> None:
    try:
        eks.wait_until_cluster_active(name="prod")
    except emrk.WaiterError as exc:
        assert_type(exc.attempts, int)
        assert_type(exc.reason, str)
        assert_type(exc.last_response, Any)
        assert_type(exc.last_error, BaseException | None)
    except emrk.ParamValidationError as exc:
        assert_type(exc.param, str)
        assert_type(exc.problem, str)
    except emrk.ResponseParseError as exc:
        assert_type(exc.status_code, int | None)
        assert_type(exc.body_preview, bytes)
    except (emrk.TransportError, emrk.CredentialsError) as exc:
        assert_type(exc, emrk.TransportError | emrk.CredentialsError)
    except emrk.EmrkError as exc:
        assert_type(exc, emrk.EmrkError)


def mistakes(eks: EKSClient) -> None:
    """Each line below is an error the type checker must keep reporting."""
    try:
        eks.describe_cluster(name="prod")
    except ResourceNotFoundException as exc:
        exc.addon  # type: ignore[attr-defined]  # noqa: B018
