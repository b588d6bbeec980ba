"""Temporary HTTP credentials for EMR clusters with fine-grained access control.

A cluster that runs jobs under runtime IAM roles can hand out a username and
password tied to one such role; ``GetClusterSessionCredentials`` fetches them.
Both the username and the password are sensitive and never show in ``repr``.
"""

from __future__ import annotations

import datetime

from emrk.core.model import Response, member, model

__all__ = [
    "Credentials",
    "GetClusterSessionCredentialsRequest",
    "GetClusterSessionCredentialsResponse",
    "UsernamePassword",
]


@model(sensitive=True)
class UsernamePassword:
    """A username and password for the cluster's basic-authentication endpoints.

    The whole structure is sensitive: its ``repr`` and ``str`` are
    ``UsernamePassword(***)``; read the attributes to use them.
    """

    username: str | None = member("Username", default=None, min_len=0, max_len=256)
    password: str | None = member("Password", default=None, min_len=0, max_len=256)


@model(union=True)
class Credentials:
    """The credentials EMR issued; exactly one kind is set.

    Only ``username_password`` exists today. A kind added by EMR later
    parses with every known member ``None`` rather than failing.
    """

    username_password: UsernamePassword | None = member(
        "UsernamePassword", default=None, sensitive=True
    )


@model
class GetClusterSessionCredentialsRequest:
    """Input of ``get_cluster_session_credentials``."""

    cluster_id: str = member("ClusterId", min_len=0, max_len=256)
    """The cluster id, ``j-...``."""
    execution_role_arn: str | None = member(
        "ExecutionRoleArn", default=None, min_len=20, max_len=2048
    )
    """ARN of the runtime role the credentials act as; it may be in another account."""


@model
class GetClusterSessionCredentialsResponse(Response):
    """Output of ``get_cluster_session_credentials``: the credentials and their expiry."""

    credentials: Credentials | None = member("Credentials", default=None)
    expires_at: datetime.datetime | None = member("ExpiresAt", default=None)
    """When the credentials stop working (UTC); fetch new ones before then."""
