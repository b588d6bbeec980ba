"""BaseSession: where credentials and region come from.

Explicit keys, keys in the environment (where botocore's chain would pick
them) and an explicit or environment region never touch botocore's session
machinery; everything else is resolved by botocore's own chain, imported on
first need, so emrk reads the same profiles, SSO caches and metadata
endpoints boto3 does.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

from emrk.core.clock import SigningClock
from emrk.core.credentials import (
    CredentialProvider,
    Credentials,
    DefaultCredentialProvider,
    StaticCredentialProvider,
)
from emrk.core.errors import CredentialsError

if TYPE_CHECKING:
    import botocore.session


__all__ = ["BaseSession"]


class BaseSession:
    """Credentials, region and profile shared by the clients made from it.

    The core's half of :class:`emrk.Session` and :class:`emrk.AsyncSession`,
    which add the client factories; the core never imports a service, so the
    factories live above the services, in :mod:`emrk._session`.

    Every argument is optional. Keys given here win over every other source;
    then, as in botocore, ``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``
    (read without botocore), unless ``profile_name`` picks a profile from the
    shared config files; then the rest of botocore's chain.
    ``botocore_session`` reuses a botocore session you already have (its own
    chain then decides everything).
    """

    def __init__(
        self,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        region_name: str | None = None,
        profile_name: str | None = None,
        botocore_session: botocore.session.Session | None = None,
    ) -> None:
        if (aws_access_key_id is None) != (aws_secret_access_key is None):
            raise CredentialsError(
                "Pass both aws_access_key_id and aws_secret_access_key, or neither."
            )
        if aws_session_token is not None and aws_access_key_id is None:
            raise CredentialsError(
                "aws_session_token goes with the temporary aws_access_key_id and "
                "aws_secret_access_key it was issued with; pass all three."
            )
        self._explicit_region = region_name
        self.profile_name = profile_name
        self._botocore_session = botocore_session
        # botocore skips its environment provider for an explicit profile; a
        # session the caller supplies decides everything with its own chain.
        self._environment_first = botocore_session is None and profile_name is None
        self._lock = threading.Lock()
        #: The time every client of this session signs with (corrected for clock skew).
        self.signing_clock: SigningClock = SigningClock()
        self._provider: CredentialProvider | None = None
        if aws_access_key_id is not None and aws_secret_access_key is not None:
            self._provider = StaticCredentialProvider(
                Credentials(aws_access_key_id, aws_secret_access_key, aws_session_token)
            )

    @property
    def botocore_session(self) -> botocore.session.Session:
        """The botocore session behind the credential chain (created on first use)."""
        with self._lock:
            if self._botocore_session is None:
                import botocore.session

                self._botocore_session = botocore.session.Session(profile=self.profile_name)
            return self._botocore_session

    @property
    def region_name(self) -> str | None:
        """The region: explicit, else ``AWS_REGION``/``AWS_DEFAULT_REGION``, else the profile's."""
        if self._explicit_region:
            return self._explicit_region
        if self._botocore_session is None and self.profile_name is None:
            env = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
            if env:
                return env
        try:
            region = self.botocore_session.get_config_variable("region")
        except Exception as exc:  # e.g. botocore's ProfileNotFound
            raise CredentialsError(f"Reading the AWS configuration failed: {exc}") from exc
        return region if isinstance(region, str) and region else None

    @property
    def credential_provider(self) -> CredentialProvider:
        """Where clients get their credentials for every request."""
        with self._lock:
            if self._provider is None:
                self._provider = DefaultCredentialProvider(
                    lambda: self.botocore_session,
                    environment_first=self._environment_first,
                )
            return self._provider

    def get_credentials(self) -> Credentials:
        """The current credentials (raises :class:`emrk.CredentialsError` if none)."""
        return self.credential_provider.get()

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(region_name={self._explicit_region!r}, profile_name={self.profile_name!r})"
