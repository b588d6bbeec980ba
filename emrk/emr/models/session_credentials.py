"""DOC: module session_credentials"""

from __future__ import annotations

import datetime

from emrk.core.model import Response, member, model

__all__ = [
    "Credentials",
    "GetClusterSessionCredentialsRequest",
    "GetClusterSessionCredentialsResponse",
    "UsernamePassword",
]


@model(union=True)
class Credentials:
    """DOC: Credentials"""

    username_password: UsernamePassword | None = member(
        "UsernamePassword", default=None, sensitive=True
    )


@model(sensitive=True)
class UsernamePassword:
    """DOC: UsernamePassword"""

    username: str | None = member("Username", default=None, min_len=0, max_len=256)
    password: str | None = member("Password", default=None, min_len=0, max_len=256)


@model
class GetClusterSessionCredentialsRequest:
    """DOC: GetClusterSessionCredentialsRequest"""

    cluster_id: str = member("ClusterId", min_len=0, max_len=256)
    execution_role_arn: str | None = member(
        "ExecutionRoleArn", default=None, min_len=20, max_len=2048
    )


@model
class GetClusterSessionCredentialsResponse(Response):
    """DOC: GetClusterSessionCredentialsResponse"""

    credentials: Credentials | None = member("Credentials", default=None)
    expires_at: datetime.datetime | None = member("ExpiresAt", default=None)
