"""kubeconfig documents for EKS clusters, and merging them into kubeconfig files.

:class:`KubeconfigMixin` gives :class:`~emrk.eks.EKSClient` two methods:
``build_kubeconfig`` describes a cluster and returns a :class:`Kubeconfig`
(one cluster, one user, one context), and ``write_kubeconfig`` merges that
into a kubeconfig file the way ``aws eks update-kubeconfig`` does: entries
with the same name are replaced, every other cluster, user, context and
top-level key is kept, and the new context becomes the current one.

The user entry runs ``python -m emrk eks get-token`` as a kubeconfig
``exec`` credential plugin, so kubectl asks emrk for a fresh token whenever
the last one nears expiry; no AWS CLI is needed.

Files are read and written with PyYAML (imported on first use), written
atomically (a temporary file renamed over the old one) and created with mode
0600 since a kubeconfig may hold credentials. PyYAML does not keep comments:
a merged file loses them, as with the AWS CLI.
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import os
import pathlib
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from emrk.core.errors import EmrkError
from emrk.core.record import FrozenRecord

if TYPE_CHECKING:
    from emrk.core.session import BaseSession
    from emrk.eks.models import Cluster, DescribeClusterResponse

__all__ = [
    "DEFAULT_KUBECONFIG",
    "AsyncKubeconfigMixin",
    "Kubeconfig",
    "KubeconfigError",
    "KubeconfigMixin",
]

#: Where kubectl looks when ``KUBECONFIG`` is unset.
DEFAULT_KUBECONFIG = "~/.kube/config"
_USABLE_STATES = ("ACTIVE", "UPDATING")
_ENTRY_LISTS = ("clusters", "users", "contexts")
_FILE_MODE = 0o600


class KubeconfigError(EmrkError):
    """A kubeconfig cannot be built, read, understood or written.

    Raised for a cluster that is not ready to be connected to (no endpoint
    yet, or not ``ACTIVE``/``UPDATING``) and for a kubeconfig file that is
    unreadable or not shaped like a kubeconfig; such a file is never
    overwritten.
    """


class Kubeconfig(FrozenRecord):
    """A kubeconfig document for one EKS cluster.

    ``cluster``, ``user`` and ``context`` are the three named entries as they
    appear in a kubeconfig's ``clusters``, ``users`` and ``contexts`` lists.
    :meth:`to_dict` and :meth:`to_yaml` give the whole document;
    :meth:`write` puts it into a file, merged with what is there.
    """

    cluster: dict[str, Any]
    user: dict[str, Any]
    context: dict[str, Any]

    @property
    def context_name(self) -> str:
        """The context's name, what ``kubectl config use-context`` takes."""
        return str(self.context["name"])

    def to_dict(self) -> dict[str, Any]:
        """The complete kubeconfig, with this context as the current one."""
        return self.merge_into(None)

    def to_yaml(self) -> str:
        """The complete kubeconfig as YAML text."""
        return _dump_yaml(self.to_dict())

    def merge_into(self, existing: Mapping[str, Any] | None) -> dict[str, Any]:
        """A copy of ``existing`` with this document's entries merged in.

        An entry named like one of ours is replaced in place; everything else
        is kept in order. ``current-context`` becomes this context. Raises
        :class:`KubeconfigError` when ``existing`` is not kubeconfig-shaped.
        """
        merged = _empty_document() if existing is None else copy.deepcopy(dict(existing))
        _check_document(merged)
        entries = (self.cluster, self.user, self.context)
        for key, entry in zip(_ENTRY_LISTS, entries, strict=True):
            merged[key] = _upsert(merged.get(key) or [], copy.deepcopy(entry))
        merged["current-context"] = self.context_name
        merged.setdefault("apiVersion", "v1")
        merged.setdefault("kind", "Config")
        return merged

    def write(
        self, path: str | os.PathLike[str] | None = None, *, merge: bool = True
    ) -> pathlib.Path:
        """Write this document to a kubeconfig file; returns the file written.

        ``path`` defaults as for kubectl: the ``KUBECONFIG`` file that already
        has this cluster, else the first ``KUBECONFIG`` file, else
        ``~/.kube/config``. With ``merge`` (the default) the file's other
        entries survive; ``merge=False`` replaces the file with this document
        alone. A symlinked kubeconfig is written through the link.
        """
        target = self.target_path(path)
        _write_atomically(target, self.render(target, merge=merge))
        return target

    def render(self, path: str | os.PathLike[str] | None = None, *, merge: bool = True) -> str:
        """The YAML text :meth:`write` would put in the file, without writing it."""
        target = self.target_path(path)
        document = self.merge_into(_load(target)) if merge else self.to_dict()
        return _dump_yaml(document)

    def target_path(self, path: str | os.PathLike[str] | None = None) -> pathlib.Path:
        """The file :meth:`write` writes to for ``path`` (symlinks resolved)."""
        return _resolve_path(path, str(self.cluster["name"]))


class _ClusterSource(Protocol):
    """What the mixin needs from the client it is mixed into."""

    _session: BaseSession

    @property
    def region_name(self) -> str:
        """The region the client calls."""
        ...

    def describe_cluster(self, *, name: str) -> DescribeClusterResponse:
        """The cluster's endpoint and certificate authority come from here."""
        ...


class KubeconfigMixin:
    """kubeconfig helpers for :class:`~emrk.eks.EKSClient`."""

    def build_kubeconfig(
        self: _ClusterSource,
        cluster_name: str,
        *,
        role_arn: str | None = None,
        alias: str | None = None,
        user_alias: str | None = None,
        command: str | None = None,
    ) -> Kubeconfig:
        """Describe ``cluster_name`` and build a kubeconfig document that reaches it.

        The cluster entry carries the API server endpoint and certificate
        authority from DescribeCluster; the user entry is an ``exec`` plugin
        running ``<command> -m emrk eks get-token`` for the cluster's region
        (``command`` defaults to this Python interpreter, which has emrk
        installed). Entries are named after the cluster ARN; ``alias`` renames
        the context and ``user_alias`` the user. With ``role_arn`` the plugin
        signs tokens as that role. A session built from a named profile puts
        ``AWS_PROFILE`` in the plugin's environment; explicit keys do not
        carry over, so the plugin then uses the default credential chain.

        Raises :class:`KubeconfigError` if the cluster is not ``ACTIVE`` or
        ``UPDATING``, and the service's error if it cannot be described.
        """
        cluster = self.describe_cluster(name=cluster_name).cluster
        return _document_for(
            cluster,
            cluster_name,
            region=self.region_name,
            profile_name=self._session.profile_name,
            role_arn=role_arn,
            alias=alias,
            user_alias=user_alias,
            command=command,
        )

    def write_kubeconfig(
        self: _ClusterSource,
        cluster_name: str,
        path: str | os.PathLike[str] | None = None,
        *,
        merge: bool = True,
        role_arn: str | None = None,
        alias: str | None = None,
        user_alias: str | None = None,
        command: str | None = None,
    ) -> pathlib.Path:
        """Build the cluster's kubeconfig and merge it into a file; returns the file.

        The Python counterpart of ``aws eks update-kubeconfig``: see
        ``build_kubeconfig`` for the options and :meth:`Kubeconfig.write` for
        ``path`` and ``merge``. Afterwards ``kubectl`` talks to the cluster
        with no further setup.
        """
        document = KubeconfigMixin.build_kubeconfig(
            self,
            cluster_name,
            role_arn=role_arn,
            alias=alias,
            user_alias=user_alias,
            command=command,
        )
        return document.write(path, merge=merge)


class _AsyncClusterSource(Protocol):
    """What the async mixin needs from the async client it is mixed into."""

    _session: BaseSession

    @property
    def region_name(self) -> str:
        """The region the client calls."""
        ...

    async def describe_cluster(self, *, name: str) -> DescribeClusterResponse:
        """The cluster's endpoint and certificate authority come from here."""
        ...


class AsyncKubeconfigMixin:
    """kubeconfig helpers for :class:`~emrk.eks.AsyncEKSClient`; see :class:`KubeconfigMixin`."""

    async def build_kubeconfig(
        self: _AsyncClusterSource,
        cluster_name: str,
        *,
        role_arn: str | None = None,
        alias: str | None = None,
        user_alias: str | None = None,
        command: str | None = None,
    ) -> Kubeconfig:
        """Describe ``cluster_name`` and build a kubeconfig document that reaches it.

        The same document as :meth:`KubeconfigMixin.build_kubeconfig` builds.
        """
        cluster = (await self.describe_cluster(name=cluster_name)).cluster
        return _document_for(
            cluster,
            cluster_name,
            region=self.region_name,
            profile_name=self._session.profile_name,
            role_arn=role_arn,
            alias=alias,
            user_alias=user_alias,
            command=command,
        )

    async def write_kubeconfig(
        self: _AsyncClusterSource,
        cluster_name: str,
        path: str | os.PathLike[str] | None = None,
        *,
        merge: bool = True,
        role_arn: str | None = None,
        alias: str | None = None,
        user_alias: str | None = None,
        command: str | None = None,
    ) -> pathlib.Path:
        """Build the cluster's kubeconfig and merge it into a file; returns the file.

        As :meth:`KubeconfigMixin.write_kubeconfig`; the file is read and
        written in a worker thread, off the event loop.
        """
        import asyncio

        document = await AsyncKubeconfigMixin.build_kubeconfig(
            self,
            cluster_name,
            role_arn=role_arn,
            alias=alias,
            user_alias=user_alias,
            command=command,
        )
        return await asyncio.to_thread(document.write, path, merge=merge)


# -- building ---------------------------------------------------------------------


def _document_for(
    cluster: Cluster | None,
    cluster_name: str,
    *,
    region: str,
    profile_name: str | None,
    role_arn: str | None,
    alias: str | None,
    user_alias: str | None,
    command: str | None,
) -> Kubeconfig:
    if cluster is None:
        raise KubeconfigError(f"DescribeCluster returned no cluster for {cluster_name!r}")
    _check_usable(cluster, cluster_name)
    assert cluster.arn is not None and cluster.endpoint is not None
    ca_data = cluster.certificate_authority.data if cluster.certificate_authority else None
    cluster_entry = {
        "cluster": {"certificate-authority-data": ca_data or "", "server": cluster.endpoint},
        "name": cluster.arn,
    }
    from emrk._sts.k8s_token import DEFAULT_EXEC_API_VERSION  # the token code loads on use

    exec_entry: dict[str, Any] = {
        "apiVersion": DEFAULT_EXEC_API_VERSION,
        "args": _token_args(cluster, cluster_name, _arn_region(cluster.arn) or region, role_arn),
        "command": command or sys.executable or "python3",
    }
    if profile_name:
        exec_entry["env"] = [{"name": "AWS_PROFILE", "value": profile_name}]
    user_entry = {"name": user_alias or cluster.arn, "user": {"exec": exec_entry}}
    context_entry = {
        "context": {"cluster": cluster.arn, "user": user_entry["name"]},
        "name": alias or user_entry["name"],
    }
    return Kubeconfig(cluster=cluster_entry, user=user_entry, context=context_entry)


def _check_usable(cluster: Cluster, cluster_name: str) -> None:
    status = cluster.status
    if status not in _USABLE_STATES:
        raise KubeconfigError(
            f"cluster {cluster_name!r} is {status or 'in an unknown state'}; a kubeconfig "
            "needs it ACTIVE or UPDATING"
        )
    if not cluster.arn or not cluster.endpoint:
        raise KubeconfigError(f"cluster {cluster_name!r} has no ARN or API server endpoint yet")


def _token_args(
    cluster: Cluster, cluster_name: str, region: str, role_arn: str | None
) -> list[str]:
    """``-m emrk eks get-token`` arguments; Outposts local clusters go by id."""
    if cluster.outpost_config is not None and cluster.id:
        identify = ["--cluster-id", cluster.id]
    else:
        identify = ["--cluster-name", cluster.name or cluster_name]
    args = ["-m", "emrk", "eks", "get-token", *identify, "--region", region]
    if role_arn:
        args += ["--role-arn", role_arn]
    return args


def _arn_region(arn: str) -> str | None:
    parts = arn.split(":")
    return parts[3] if len(parts) > 5 and parts[3] else None


# -- merging ----------------------------------------------------------------------


def _empty_document() -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "clusters": [],
        "contexts": [],
        "current-context": "",
        "kind": "Config",
        "preferences": {},
        "users": [],
    }


def _check_document(document: Mapping[str, Any]) -> None:
    for key in _ENTRY_LISTS:
        entries = document.get(key)
        if entries is None:
            continue
        if not isinstance(entries, list):
            raise KubeconfigError(f"{key} is a {type(entries).__name__}, expected a list")
        if not all(isinstance(e, dict) for e in entries):
            raise KubeconfigError(f"{key} holds an entry that is not a mapping")
    preferences = document.get("preferences")
    if preferences is not None and not isinstance(preferences, dict):
        raise KubeconfigError(f"preferences is a {type(preferences).__name__}, expected a mapping")


def _upsert(entries: list[dict[str, Any]], entry: dict[str, Any]) -> list[dict[str, Any]]:
    for i, existing in enumerate(entries):
        if existing.get("name") == entry["name"]:
            entries[i] = entry
            return entries
    entries.append(entry)
    return entries


# -- files ------------------------------------------------------------------------


def _yaml() -> Any:
    try:
        return importlib.import_module("yaml")
    except ImportError:
        raise KubeconfigError(
            "reading and writing kubeconfig files needs PyYAML, which emrk depends on but"
            " this environment lacks: reinstall emrk, or pip install 'pyyaml>=6.0'"
        ) from None


def _dump_yaml(document: Mapping[str, Any]) -> str:
    text: str = _yaml().safe_dump(
        dict(document), default_flow_style=False, sort_keys=False, allow_unicode=True
    )
    return text


def _resolve_path(path: str | os.PathLike[str] | None, cluster_entry: str) -> pathlib.Path:
    if path is not None:
        return _real(path)
    candidates = [_real(p) for p in os.environ.get("KUBECONFIG", "").split(os.pathsep) if p.strip()]
    if not candidates:
        return _real(DEFAULT_KUBECONFIG)
    for candidate in candidates:
        if _has_cluster(candidate, cluster_entry):
            return candidate
    return candidates[0]


def _real(path: str | os.PathLike[str]) -> pathlib.Path:
    return pathlib.Path(os.path.realpath(os.path.expanduser(os.fspath(path))))


def _has_cluster(path: pathlib.Path, name: str) -> bool:
    try:
        document = _load(path)
    except KubeconfigError:
        return False
    clusters = (document or {}).get("clusters") or []
    return isinstance(clusters, list) and any(
        isinstance(c, dict) and c.get("name") == name for c in clusters
    )


def _load(path: pathlib.Path) -> dict[str, Any] | None:
    """The parsed file, ``None`` when it does not exist or is empty."""
    yaml = _yaml()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise KubeconfigError(f"cannot read kubeconfig {path}: {exc}") from exc
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KubeconfigError(f"kubeconfig {path} is not valid YAML: {exc}") from None
    if document is None:
        return None
    if not isinstance(document, dict):
        raise KubeconfigError(f"kubeconfig {path} is a {type(document).__name__}, not a mapping")
    try:
        _check_document(document)
    except KubeconfigError as exc:
        raise KubeconfigError(f"kubeconfig {path}: {exc}") from None
    return document


def _write_atomically(path: pathlib.Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else _FILE_MODE
        import tempfile  # only when writing a file

        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise KubeconfigError(f"cannot write kubeconfig {path}: {exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temp, mode)
        os.replace(temp, path)
    except OSError as exc:
        _remove_quietly(temp)
        raise KubeconfigError(f"cannot write kubeconfig {path}: {exc}") from exc


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
