"""Kubernetes API tokens for Amazon EKS, minted without the AWS CLI.

An EKS cluster authenticates Kubernetes API callers with a bearer token that
is nothing but a presigned STS ``GetCallerIdentity`` URL: the cluster's
authenticator replays the URL against STS and learns which IAM principal
signed it. The token format, as the authenticator checks it:

* ``k8s-aws-v1.`` followed by the URL in unpadded base64url;
* the URL goes to the regional STS endpoint of the cluster's partition over
  https, carries only ``Action``, ``Version`` and the ``X-Amz-*`` signing
  parameters, and signs the ``x-k8s-aws-id`` header, whose value names the
  cluster (its name, or its id for a local cluster on AWS Outposts), so a
  token for one cluster is useless against another;
* ``X-Amz-Expires`` is at most 900; STS itself honours a presigned URL for
  15 minutes after ``X-Amz-Date`` whatever it says, so tokens are signed with
  60 (what older authenticators demand) and reported as valid for 14
  minutes, leaving a minute of slack for clock skew, as the AWS CLI does.

This module is the implementation behind :func:`emrk.eks.get_token` and the
``python -m emrk eks get-token`` command. It lives outside ``emrk.eks`` so
the command does not load the EKS client and its models.
"""

from __future__ import annotations

import base64
import datetime
import json
import os
import sys
from collections.abc import Mapping
from typing import Any

from emrk._sts.endpoints import resolve_sts_endpoint
from emrk._sts.presign import presign_get_caller_identity
from emrk.core.config import Config
from emrk.core.credentials import Credentials
from emrk.core.errors import ParamValidationError, ResponseParseError
from emrk.core.record import FrozenRecord
from emrk.core.session import BaseSession

__all__ = [
    "CLUSTER_ID_HEADER",
    "DEFAULT_EXEC_API_VERSION",
    "DEFAULT_ROLE_SESSION_NAME",
    "EXEC_API_VERSIONS",
    "TOKEN_PREFIX",
    "ClusterToken",
    "exec_api_version",
    "get_token",
]

TOKEN_PREFIX = "k8s-aws-v1."
CLUSTER_ID_HEADER = "x-k8s-aws-id"
#: ``X-Amz-Expires`` of the presigned URL; STS ignores it (see the module docs).
PRESIGN_EXPIRES_SECONDS = 60
#: How long STS honours the presigned URL after signing.
TOKEN_LIFETIME = datetime.timedelta(minutes=15)
#: The lifetime reported to Kubernetes clients: one minute short, for skew.
REPORTED_LIFETIME = datetime.timedelta(minutes=14)
#: The role session name when ``role_arn`` is given without one (as the AWS CLI).
DEFAULT_ROLE_SESSION_NAME = "EKSGetTokenAuth"

EXEC_API_V1 = "client.authentication.k8s.io/v1"
EXEC_API_V1BETA1 = "client.authentication.k8s.io/v1beta1"
EXEC_API_V1ALPHA1 = "client.authentication.k8s.io/v1alpha1"
#: What ``ExecCredential`` documents say when the Kubernetes client does not tell.
DEFAULT_EXEC_API_VERSION = EXEC_API_V1BETA1
#: Every ``client.authentication.k8s.io`` version emrk can answer in.
EXEC_API_VERSIONS = (EXEC_API_V1, EXEC_API_V1BETA1, EXEC_API_V1ALPHA1)
_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


class ClusterToken(FrozenRecord):
    """A bearer token for one EKS cluster's Kubernetes API.

    ``token`` goes in an ``Authorization: Bearer`` header; it is a credential,
    so ``repr`` never shows it. ``expires_at`` (aware UTC) is when to fetch a
    new one: 14 minutes after ``signed_at``, a minute before the cluster
    starts refusing it.
    """

    token: str
    cluster: str
    """The ``x-k8s-aws-id`` the token is bound to: cluster name, or Outposts cluster id."""
    signed_at: datetime.datetime
    expires_at: datetime.datetime

    def exec_credential(self, api_version: str = DEFAULT_EXEC_API_VERSION) -> dict[str, Any]:
        """The token as a Kubernetes ``ExecCredential`` document.

        This is what a kubeconfig ``exec`` plugin prints for kubectl, in the
        same shape as ``aws eks get-token``. Pass the ``apiVersion`` the
        Kubernetes client asked for (see :func:`exec_api_version`).
        """
        return {
            "kind": "ExecCredential",
            "apiVersion": api_version,
            "spec": {},
            "status": {
                "expirationTimestamp": self.expires_at.strftime(_TIMESTAMP_FORMAT),
                "token": self.token,
            },
        }

    def __repr__(self) -> str:
        return (
            f"ClusterToken(cluster={self.cluster!r}, "
            f"expires_at={self.expires_at.isoformat()!r}, token=***)"
        )

    __str__ = __repr__


def get_token(
    cluster_name: str | None = None,
    *,
    session: BaseSession | None = None,
    region_name: str | None = None,
    role_arn: str | None = None,
    cluster_id: str | None = None,
    role_session_name: str | None = None,
    config: Config | None = None,
    sts_endpoint_url: str | None = None,
) -> ClusterToken:
    """Mint a token for the Kubernetes API of an EKS cluster.

    boto3 has no call for this and the AWS CLI's ``aws eks get-token`` is the
    usual workaround; this does the same natively. The token proves to the
    cluster which IAM principal you are; what that principal may do inside
    the cluster is up to the cluster's access entries (or ``aws-auth``).

    ``cluster_name`` names the cluster; for a local cluster on AWS Outposts
    pass ``cluster_id`` instead (the cluster's ``id`` from DescribeCluster),
    which wins when both are given. ``session`` supplies credentials and, with
    ``region_name`` unset, the region, which must be the cluster's. With
    ``role_arn``, the token is signed as that role: the role is assumed first
    through STS ``AssumeRole`` (session name ``role_session_name``, by
    default ``EKSGetTokenAuth``). ``config`` (or ``AWS_USE_FIPS_ENDPOINT`` /
    ``AWS_USE_DUALSTACK_ENDPOINT``) picks the FIPS or dual-stack STS host.
    ``sts_endpoint_url`` sends the ``AssumeRole`` call elsewhere (a VPC
    endpoint, a proxy, a test server), like ``AWS_ENDPOINT_URL_STS``; the
    token itself always names the real regional STS host, the only one the
    cluster accepts.

    Signing is local: no network call is made unless ``role_arn`` is given.
    Raises :class:`emrk.ParamValidationError` (no cluster, no region),
    :class:`emrk.CredentialsError`, or, with ``role_arn``, the STS error.
    """
    identifier = _identifier(cluster_name, cluster_id)
    session = session if session is not None else BaseSession(region_name=region_name)
    region = region_name or session.region_name
    resolved = (config or Config()).resolve()
    endpoint = resolve_sts_endpoint(
        region,
        use_fips=resolved.use_fips_endpoint,
        use_dualstack=resolved.use_dualstack_endpoint,
    )
    if role_arn is not None:
        credentials = _role_credentials(
            session,
            region,
            role_arn,
            role_session_name or DEFAULT_ROLE_SESSION_NAME,
            config,
            sts_endpoint_url,
        )
    else:
        credentials = session.get_credentials()
    signed_at = _utcnow().replace(microsecond=0)
    url = presign_get_caller_identity(
        credentials,
        endpoint,
        headers={CLUSTER_ID_HEADER: identifier},
        expires_in=PRESIGN_EXPIRES_SECONDS,
        # STS checks the date against its own clock: sign at the session's
        # corrected time. ``signed_at``/``expires_at`` stay on the local clock,
        # which is the one kubectl compares the expiry with.
        now=signed_at + session.signing_clock.offset,
    )
    token = ClusterToken(
        token=TOKEN_PREFIX + base64.urlsafe_b64encode(url.encode()).decode().rstrip("="),
        cluster=identifier,
        signed_at=signed_at,
        expires_at=signed_at + REPORTED_LIFETIME,
    )
    _debug("signed a token for EKS cluster %r with %s", identifier, endpoint.url)
    return token


def exec_api_version(environ: Mapping[str, str] | None = None) -> tuple[str, str | None]:
    """The ``ExecCredential`` apiVersion a Kubernetes client asked for, and a warning.

    kubectl (client-go 1.20 and later) describes itself in the
    ``KUBERNETES_EXEC_INFO`` environment variable, a JSON ``ExecCredential``
    whose ``apiVersion`` the answer must match. Without it, the answer uses
    ``v1beta1``. The second value is a message for stderr, or ``None``: the
    variable was unreadable or named a version emrk does not know (both fall
    back to ``v1beta1``), or it named the deprecated ``v1alpha1``.
    """
    env = os.environ if environ is None else environ
    raw = env.get("KUBERNETES_EXEC_INFO", "")
    if not raw:
        return DEFAULT_EXEC_API_VERSION, None
    try:
        info = json.loads(raw)
    except ValueError:
        info = None
    if not isinstance(info, dict):
        return DEFAULT_EXEC_API_VERSION, (
            f"KUBERNETES_EXEC_INFO is not a JSON object; answering in "
            f"{DEFAULT_EXEC_API_VERSION}. Your Kubernetes client may need an update."
        )
    version = info.get("apiVersion")
    if version == EXEC_API_V1ALPHA1:
        return version, (
            f"The kubeconfig user asks for the deprecated {EXEC_API_V1ALPHA1}; "
            "regenerate it (python -m emrk eks update-kubeconfig) to move to v1beta1."
        )
    if version in EXEC_API_VERSIONS:
        return str(version), None
    return DEFAULT_EXEC_API_VERSION, (
        f"KUBERNETES_EXEC_INFO names apiVersion {version!r}, which this emrk does not "
        f"know; answering in {DEFAULT_EXEC_API_VERSION}. A newer emrk may support it."
    )


def _identifier(cluster_name: str | None, cluster_id: str | None) -> str:
    param, value = "cluster_name", cluster_name
    if cluster_id is not None:
        param, value = "cluster_id", cluster_id
    if not value:
        raise ParamValidationError(
            param, "name the cluster: pass cluster_name, or cluster_id for EKS on AWS Outposts"
        )
    if not isinstance(value, str):
        raise ParamValidationError(param, f"must be a str, got {type(value).__name__}")
    if "\r" in value or "\n" in value:
        raise ParamValidationError(param, "must not contain CR or LF (it is sent as a header)")
    return value


def _role_credentials(
    session: BaseSession,
    region: str | None,
    role_arn: str,
    role_session_name: str,
    config: Config | None,
    endpoint_url: str | None,
) -> Credentials:
    from emrk._sts.client import STSClient

    with STSClient(
        session=session, region_name=region, endpoint_url=endpoint_url, config=config
    ) as sts:
        response = sts.assume_role(role_arn=role_arn, role_session_name=role_session_name)
    creds = response.credentials
    if creds is None:
        raise ResponseParseError("AssumeRole answered without credentials", status_code=200)
    return Credentials(creds.access_key_id, creds.secret_access_key, creds.session_token)


def _utcnow() -> datetime.datetime:
    """The signing time (a seam for tests that freeze the clock)."""
    return datetime.datetime.now(datetime.timezone.utc)


def _debug(message: str, *args: object) -> None:
    """Log at DEBUG on the ``emrk`` logger, without importing :mod:`logging` for it.

    If nothing in the process has imported :mod:`logging`, no handler can be
    listening, so there is nothing to log to; the command line path (run by
    kubectl for every token) then skips the import altogether.
    """
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.getLogger("emrk").debug(message, *args)
