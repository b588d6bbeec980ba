"""User-style code against Amazon EMR and EKS Auth; checked by mypy and pyright, never run."""

from __future__ import annotations

import datetime

from typing_extensions import assert_type

import emrk
from emrk.eks_auth import AssumeRoleForPodIdentityResponse, EKSAuthClient
from emrk.eks_auth import Credentials as PodCredentials
from emrk.emr import (
    Credentials,
    EMRClient,
    GetClusterSessionCredentialsResponse,
    UsernamePassword,
)


def session_credentials(session: emrk.Session) -> None:
    emr = session.emr()
    assert_type(emr, EMRClient)
    answer = emr.get_cluster_session_credentials(
        cluster_id="j-1", execution_role_arn="arn:aws:iam::123456789012:role/run"
    )
    assert_type(answer, GetClusterSessionCredentialsResponse)
    assert_type(answer.credentials, Credentials | None)
    assert_type(answer.expires_at, datetime.datetime | None)
    if answer.credentials is not None:
        assert_type(answer.credentials.username_password, UsernamePassword | None)


def pod_identity(auth: EKSAuthClient) -> None:
    answer = auth.assume_role_for_pod_identity(cluster_name="prod", token="eyJ...")
    assert_type(answer, AssumeRoleForPodIdentityResponse)
    assert_type(answer.credentials, PodCredentials)
    assert_type(answer.credentials.expiration, datetime.datetime)
    assert_type(answer.audience, str)


def mistakes(emr: EMRClient, auth: EKSAuthClient) -> None:
    """Each line below is an error the type checker must keep reporting."""
    emr.get_cluster_session_credentials()  # type: ignore[call-arg]
    emr.get_cluster_session_credentials(cluster_id="j-1", role_arn="r")  # type: ignore[call-arg]
    auth.assume_role_for_pod_identity(cluster_name="prod")  # type: ignore[call-arg]
