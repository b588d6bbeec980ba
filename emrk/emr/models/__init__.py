"""Every Amazon EMR model emrk covers, grouped by feature and re-exported here."""

from __future__ import annotations

from emrk.emr.models.session_credentials import (
    Credentials,
    GetClusterSessionCredentialsRequest,
    GetClusterSessionCredentialsResponse,
    UsernamePassword,
)

__all__ = [
    "Credentials",
    "GetClusterSessionCredentialsRequest",
    "GetClusterSessionCredentialsResponse",
    "UsernamePassword",
]
