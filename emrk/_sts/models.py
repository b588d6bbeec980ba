"""Models of the two STS operations emrk calls: ``AssumeRole`` and ``GetCallerIdentity``.

Member names, wire names and bounds follow botocore's ``sts`` model
(2011-06-15). The temporary credentials ``AssumeRole`` hands back are hidden
from ``repr`` as a whole, key id included.
"""

from __future__ import annotations

import datetime

from emrk.core.model import Response, member, model

__all__ = [
    "AssumeRoleRequest",
    "AssumeRoleResponse",
    "AssumedRoleUser",
    "Credentials",
    "GetCallerIdentityRequest",
    "GetCallerIdentityResponse",
    "PolicyDescriptorType",
    "ProvidedContext",
    "Tag",
]


@model
class PolicyDescriptorType:
    """Names a managed IAM policy that narrows what a role session may do."""

    arn: str | None = member("arn", default=None, min_len=20, max_len=2048)


@model
class Tag:
    """A session tag: a key and value attached to the role session for access control."""

    key: str = member("Key", min_len=1, max_len=128)
    value: str = member("Value", min_len=0, max_len=256)


@model
class ProvidedContext:
    """A trusted context assertion obtained earlier, with the provider that issued it."""

    provider_arn: str | None = member("ProviderArn", default=None, min_len=20, max_len=2048)
    context_assertion: str | None = member(
        "ContextAssertion", default=None, min_len=4, max_len=2048
    )


@model
class AssumeRoleRequest:
    """Ask STS for temporary credentials of an IAM role.

    ``role_session_name`` shows up in the assumed-role ARN and in CloudTrail,
    so it should say who or what is acting. ``duration_seconds`` runs from 900
    up to the role's maximum session length (at most 12 hours).
    """

    role_arn: str = member("RoleArn", min_len=20, max_len=2048)
    role_session_name: str = member("RoleSessionName", min_len=2, max_len=64)
    policy_arns: list[PolicyDescriptorType] | None = member("PolicyArns", default=None)
    policy: str | None = member("Policy", default=None, min_len=1)
    duration_seconds: int | None = member(
        "DurationSeconds", default=None, min_value=900, max_value=43200
    )
    tags: list[Tag] | None = member("Tags", default=None, max_len=50)
    transitive_tag_keys: list[str] | None = member("TransitiveTagKeys", default=None, max_len=50)
    external_id: str | None = member("ExternalId", default=None, min_len=2, max_len=1224)
    serial_number: str | None = member("SerialNumber", default=None, min_len=9, max_len=256)
    token_code: str | None = member("TokenCode", default=None, sensitive=True, min_len=6, max_len=6)
    source_identity: str | None = member("SourceIdentity", default=None, min_len=2, max_len=64)
    provided_contexts: list[ProvidedContext] | None = member(
        "ProvidedContexts", default=None, min_len=1, max_len=5
    )
    minimum_session_token_size: int | None = member(
        "MinimumSessionTokenSize", default=None, min_value=0, max_value=4096
    )


@model(sensitive=True)
class Credentials:
    """Temporary keys for a role session; hidden from ``repr`` entirely.

    ``expiration`` is when STS stops honouring them (aware UTC).
    """

    access_key_id: str = member("AccessKeyId", min_len=16, max_len=128)
    secret_access_key: str = member("SecretAccessKey", sensitive=True)
    session_token: str = member("SessionToken", sensitive=True)
    expiration: datetime.datetime = member("Expiration")


@model
class AssumedRoleUser:
    """Who the temporary credentials act as: the session's ARN and role id."""

    assumed_role_id: str = member("AssumedRoleId", min_len=2, max_len=193)
    arn: str = member("Arn", min_len=20, max_len=2048)


@model
class AssumeRoleResponse(Response):
    """The role session: its credentials and the principal they stand for."""

    credentials: Credentials | None = member("Credentials", default=None)
    assumed_role_user: AssumedRoleUser | None = member("AssumedRoleUser", default=None)
    packed_policy_size: int | None = member("PackedPolicySize", default=None, min_value=0)
    source_identity: str | None = member("SourceIdentity", default=None, min_len=2, max_len=64)
    session_token_utilization: int | None = member(
        "SessionTokenUtilization", default=None, min_value=0
    )
    session_token_size: int | None = member("SessionTokenSize", default=None, min_value=0)


@model
class GetCallerIdentityRequest:
    """Ask STS who the signing credentials belong to; it takes no members."""


@model
class GetCallerIdentityResponse(Response):
    """The account, ARN and unique id of whoever signed the request."""

    user_id: str | None = member("UserId", default=None)
    account: str | None = member("Account", default=None)
    arn: str | None = member("Arn", default=None, min_len=20, max_len=2048)
