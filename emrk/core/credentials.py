"""Credentials: explicit keys, or botocore's own provider chain.

Explicit keys never import botocore's session machinery. Anything else goes
through ``botocore.session.Session().get_credentials()``, which walks the
same chain boto3 does (environment, shared files and profiles, SSO,
assume-role, web identity, container credentials including EKS Pod Identity,
instance metadata) and returns refreshable credentials that refresh
themselves, under botocore's lock, when they near expiry.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Protocol

from emrk.core.errors import CredentialsError
from emrk.core.record import FrozenRecord

if TYPE_CHECKING:
    import botocore.session

__all__ = [
    "BotocoreCredentialProvider",
    "CredentialProvider",
    "Credentials",
    "StaticCredentialProvider",
]


class Credentials(FrozenRecord, kw_only=False):
    """One set of AWS keys. ``repr`` shows only the end of the access key id."""

    access_key: str
    secret_key: str
    token: str | None = None

    def __repr__(self) -> str:
        shown = "***" + self.access_key[-4:] if len(self.access_key) > 8 else "***"
        token = ", token=***" if self.token else ""
        return f"Credentials(access_key={shown!r}, secret_key=***{token})"

    __str__ = __repr__


class CredentialProvider(Protocol):
    """Anything that hands out current credentials, safely across threads."""

    def get(self) -> Credentials:
        """Current credentials; raises :class:`CredentialsError` if there are none."""
        ...


class StaticCredentialProvider:
    """Keys given in code; they never change."""

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def get(self) -> Credentials:
        """The keys given."""
        return self._credentials

    def __repr__(self) -> str:
        return f"StaticCredentialProvider({self._credentials!r})"


class BotocoreCredentialProvider:
    """botocore's credential chain, resolved once and refreshed by botocore."""

    def __init__(self, session: botocore.session.Session) -> None:
        self._session = session
        self._resolved: Any = None
        self._lock = threading.Lock()

    def peek(self) -> Credentials | None:
        """Current credentials if getting them cannot block, else ``None``.

        The async clients call this first and run :meth:`get` in a worker
        thread only when botocore still has to resolve or refresh (which may
        mean HTTP calls to a metadata or SSO endpoint).
        """
        resolved = self._resolved
        if resolved is None:
            return None
        refresh_needed = getattr(resolved, "refresh_needed", None)
        if refresh_needed is not None and refresh_needed():
            return None
        return self.get()

    def get(self) -> Credentials:
        """Current credentials (botocore refreshes them when near expiry)."""
        resolved = self._resolved
        if resolved is None:
            resolved = self._resolve()
        try:
            frozen = resolved.get_frozen_credentials()
        except Exception as exc:  # botocore raises many types while refreshing
            raise CredentialsError(
                f"Refreshing AWS credentials failed ({type(exc).__name__}: {exc})"
            ) from exc
        return Credentials(frozen.access_key, frozen.secret_key, frozen.token)

    def _resolve(self) -> Any:
        with self._lock:
            if self._resolved is None:
                try:
                    found = self._session.get_credentials()
                except Exception as exc:
                    raise CredentialsError(
                        f"Loading AWS credentials failed ({type(exc).__name__}: {exc})"
                    ) from exc
                if found is None:
                    raise CredentialsError(
                        "No AWS credentials found. Pass aws_access_key_id and "
                        "aws_secret_access_key to emrk.Session, set AWS_ACCESS_KEY_ID and "
                        "AWS_SECRET_ACCESS_KEY, choose a profile with AWS_PROFILE or "
                        "profile_name=, or run where a role is available (SSO login, "
                        "container or instance credentials)."
                    )
                self._resolved = found
            return self._resolved

    def __repr__(self) -> str:
        return "BotocoreCredentialProvider()"
