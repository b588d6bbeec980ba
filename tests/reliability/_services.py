"""The five services as the reliability tests see them.

Two views:

* :data:`SERVICES`: one :class:`Service` per package with a representative
  read operation whose answer can echo an identifier (so a test can tell
  which call an answer belongs to), plus the error codes each service
  models for the usual failures;
* :func:`all_operations` and :class:`Arguments`: every operation of every
  service, walked from each package's ``operations`` module, with keyword
  arguments built from the request model's plan (:func:`emrk.core.model.plan_of`):
  the required members with the smallest values the model accepts, or, for
  the secret tests, every member that is (or holds something) sensitive,
  filled with recognisable canary strings.
"""

from __future__ import annotations

import datetime
import importlib
import itertools
import json
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote

import attrs
from botocore import xform_name

import emrk
from emrk.core.client import BaseClient
from emrk.core.model import FieldPlan, Kind, TypeInfo, plan_of
from emrk.core.operation import Operation
from emrk.core.redaction import carries_secrets
from tests.reliability._server import Reply, Seen

REQUEST_ID = "rel-req-0001"


def _path_segment(index: int) -> Callable[[Seen], str]:
    return lambda seen: unquote(seen.target.split("?", 1)[0].split("/")[index])


def _body_member(name: str) -> Callable[[Seen], str]:
    return lambda seen: str(json.loads(seen.body)[name])


@attrs.frozen
class Service:
    """One service package and the facts the fault tests need about it."""

    package: str
    protocol: str
    #: The ``emrk.Session`` factory method.
    factory: str
    #: A representative operation: method, its kwargs for an identifier, an answer naming it.
    method: str
    kwargs: Callable[[str], dict[str, Any]]
    answer: Callable[[str], dict[str, Any]]
    #: Where the identifier sits in the request the server saw, and in the parsed response.
    ident_sent: Callable[[Seen], str]
    ident_parsed: Callable[[Any], str]
    #: A modeled client error (status, code) and, where modeled, a not-found error.
    client_error: tuple[int, str]
    not_found: tuple[int, str] | None
    #: The modeled internal-failure code the service answers with a 500.
    server_error: str

    @property
    def module(self) -> Any:
        return importlib.import_module(f"emrk.{self.package}")

    def client(
        self,
        session: emrk.Session,
        endpoint: str,
        sleeps: list[float] | None = None,
        **config: Any,
    ) -> BaseClient:
        """A client on ``endpoint`` whose backoff sleeps are recorded, never slept."""
        cls = _client_class(self.package)
        client: BaseClient = cls(
            session=session,
            endpoint_url=endpoint,
            config=emrk.Config(**config),
            sleep=sleeps.append if sleeps is not None else _no_sleep,
        )
        return client

    def call(self, client: BaseClient, ident: str = "ident-1") -> Any:
        """Call the representative operation for ``ident``."""
        return getattr(client, self.method)(**self.kwargs(ident))

    def error_class(self, code: str) -> type[emrk.ServiceError]:
        """The exception class the service raises for a wire code."""
        cls: type[emrk.ServiceError] = getattr(self.module, code)
        return cls

    @property
    def base_error(self) -> type[emrk.ServiceError]:
        errors = importlib.import_module(f"emrk.{self.package}.errors")
        base: type[emrk.ServiceError] = next(
            v
            for v in vars(errors).values()
            if isinstance(v, type) and emrk.ServiceError in v.__bases__
        )
        return base


def _no_sleep(_seconds: float) -> None:
    return None


SERVICES: tuple[Service, ...] = (
    Service(
        package="emr_containers",
        protocol="rest-json",
        factory="emr_containers",
        method="describe_virtual_cluster",
        kwargs=lambda ident: {"id": ident},
        answer=lambda ident: {"virtualCluster": {"id": ident, "name": "vc", "state": "RUNNING"}},
        ident_sent=_path_segment(2),
        ident_parsed=lambda r: r.virtual_cluster.id,
        client_error=(400, "ValidationException"),
        not_found=(404, "ResourceNotFoundException"),
        server_error="InternalServerException",
    ),
    Service(
        package="eks",
        protocol="rest-json",
        factory="eks",
        method="describe_cluster",
        kwargs=lambda ident: {"name": ident},
        answer=lambda ident: {"cluster": {"name": ident, "status": "ACTIVE"}},
        ident_sent=_path_segment(2),
        ident_parsed=lambda r: r.cluster.name,
        client_error=(400, "InvalidParameterException"),
        not_found=(404, "ResourceNotFoundException"),
        server_error="ServerException",
    ),
    Service(
        package="eks_auth",
        protocol="rest-json",
        factory="eks_auth",
        method="assume_role_for_pod_identity",
        kwargs=lambda ident: {"cluster_name": ident, "token": "eyJhbGciOiJSUzI1NiJ9.pod-token"},
        answer=lambda ident: {
            "subject": {"namespace": ident, "serviceAccount": "sa"},
            "audience": "pods.eks.amazonaws.com",
        },
        ident_sent=_path_segment(2),
        ident_parsed=lambda r: r.subject.namespace,
        client_error=(400, "InvalidParameterException"),
        not_found=(404, "ResourceNotFoundException"),
        server_error="InternalServerException",
    ),
    Service(
        package="pcs",
        protocol="awsJson 1.0",
        factory="pcs",
        method="get_cluster",
        kwargs=lambda ident: {"cluster_identifier": ident},
        answer=lambda ident: {
            "cluster": {"name": ident, "id": "pcs_0123456789", "status": "ACTIVE"}
        },
        ident_sent=_body_member("clusterIdentifier"),
        ident_parsed=lambda r: r.cluster.name,
        client_error=(400, "ValidationException"),
        not_found=(400, "ResourceNotFoundException"),
        server_error="InternalServerException",
    ),
    Service(
        package="emr",
        protocol="awsJson 1.1",
        factory="emr",
        method="get_cluster_session_credentials",
        kwargs=lambda ident: {"cluster_id": ident},
        answer=lambda ident: {
            "Credentials": {"UsernamePassword": {"Username": ident, "Password": "pw"}},
            "ExpiresAt": 1700000000,
        },
        ident_sent=_body_member("ClusterId"),
        ident_parsed=lambda r: r.credentials.username_password.username,
        client_error=(400, "InvalidRequestException"),
        not_found=None,
        server_error="InternalServerError",
    ),
)

SERVICE_IDS = [s.package for s in SERVICES]


def error_body(service: Service, code: str, message: str = "it went wrong") -> dict[str, Any]:
    """An error answer as the service's protocol writes it."""
    if service.protocol == "rest-json":
        return {"message": message}
    return {"__type": code, "message": message}


def error_headers(service: Service, code: str) -> dict[str, str]:
    """The headers of an error answer (rest-json names the code in a header)."""
    headers = {"Content-Type": "application/json", "x-amzn-RequestId": REQUEST_ID}
    if service.protocol == "rest-json":
        headers["x-amzn-ErrorType"] = code
    return headers


def ok_reply(service: Service, ident: str = "ident-1") -> Reply:
    """A 200 answer to the representative operation for ``ident``."""
    return Reply(
        status=200,
        headers={"Content-Type": "application/json", "x-amzn-RequestId": REQUEST_ID},
        body=json.dumps(service.answer(ident)).encode(),
    )


def error_reply(service: Service, status: int, code: str, message: str = "it went wrong") -> Reply:
    """An error answer carrying ``code`` the way the service's protocol does."""
    return Reply(
        status=status,
        headers=error_headers(service, code),
        body=json.dumps(error_body(service, code, message)).encode(),
    )


# -- every operation ---------------------------------------------------------------


def operations(package: str) -> list[Operation[Any, Any]]:
    """The operations a service package declares, in declaration order."""
    module = importlib.import_module(f"emrk.{package}.operations")
    return [v for v in vars(module).values() if isinstance(v, Operation)]


def all_operations() -> Iterator[tuple[Service, Operation[Any, Any]]]:
    """Every (service, operation) pair of the five services."""
    for service in SERVICES:
        for op in operations(service.package):
            yield service, op


def method_name(op: Operation[Any, Any]) -> str:
    """The client method for an operation, named as the API contract says."""
    return str(xform_name(op.name))


def has_token(op: Operation[Any, Any]) -> bool:
    """Whether the operation's input has an idempotency-token member."""
    return any(f.spec.idempotency_token for f in plan_of(op.input).fields)


_INFINITE = 10**9


class Arguments:
    """Keyword arguments for a request model, built from its plan.

    ``Arguments()`` gives the required members only, each with the smallest
    value its bounds allow. ``Arguments(secrets=True)`` also fills every
    optional member that is, or contains, something sensitive, and puts a
    unique canary (listed in :attr:`canaries`) wherever a sensitive string goes.
    """

    def __init__(self, *, secrets: bool = False) -> None:
        self.secrets = secrets
        self.canaries: list[str] = []
        self._counter = itertools.count(1)
        self._building: list[type] = []

    def for_operation(self, op: Operation[Any, Any]) -> dict[str, Any]:
        """The keyword arguments of the client method for ``op``."""
        return self.kwargs(op.input, hidden=False)

    def kwargs(self, cls: type, *, hidden: bool) -> dict[str, Any]:
        plan = plan_of(cls)
        hidden = hidden or plan.sensitive
        chosen = [f for f in plan.fields if self._wanted(f, hidden)]
        if plan.is_union:
            chosen = self._one_variant(plan.fields, chosen)
        self._building.append(cls)
        try:
            return {f.name: self._field(f, hidden) for f in chosen}
        finally:
            self._building.pop()

    def _wanted(self, f: FieldPlan, hidden: bool) -> bool:
        if f.spec.required and not f.spec.idempotency_token:
            return True
        if not self.secrets:
            return False
        inner = _innermost(f.type)
        if inner.kind is Kind.STRUCTURE and inner.python_type in self._building:
            return False  # a recursive member (a configuration's configurations): stop here
        nested = inner.kind is Kind.STRUCTURE and carries_secrets(inner.python_type)
        return f.spec.sensitive or nested or (hidden and not f.spec.idempotency_token)

    def _one_variant(
        self, fields: tuple[FieldPlan, ...], chosen: list[FieldPlan]
    ) -> list[FieldPlan]:
        return chosen[:1] if chosen else list(fields[:1])

    def field_value(self, f: FieldPlan) -> Any:
        """A valid value for one member, with the smallest size its bounds allow."""
        return self._field(f, False)

    def _field(self, f: FieldPlan, hidden: bool) -> Any:
        spec = f.spec
        hidden = hidden or spec.sensitive
        return self._value(
            f.type,
            hidden,
            length=(spec.min_len, spec.max_len),
            item_length=(spec.item_min_len, spec.item_max_len),
            key_length=(spec.key_min_len, spec.key_max_len),
            value_range=(spec.min_value, spec.max_value),
        )

    def _value(
        self,
        info: TypeInfo,
        hidden: bool,
        *,
        length: tuple[int | None, int | None] = (None, None),
        item_length: tuple[int | None, int | None] = (None, None),
        key_length: tuple[int | None, int | None] = (None, None),
        value_range: tuple[float | None, float | None] = (None, None),
    ) -> Any:
        kind = info.kind
        if kind is Kind.STRING:
            return self._string(hidden, length)
        if kind is Kind.ENUM:
            return next(iter(info.python_type))
        if kind is Kind.INTEGER:
            return int(_clamp(1, *value_range))
        if kind is Kind.FLOAT:
            return float(_clamp(1.5, *value_range))
        if kind is Kind.BOOLEAN:
            return True
        if kind is Kind.TIMESTAMP:
            return datetime.datetime(2024, 5, 17, 12, 30, tzinfo=datetime.timezone.utc)
        if kind is Kind.BLOB:
            return b"b" * max(length[0] or 1, 1)
        if kind is Kind.DOCUMENT:
            return {"document": [1, "two"]}
        if kind is Kind.STRUCTURE:
            return info.python_type(**self.kwargs(info.python_type, hidden=hidden))
        assert info.item is not None
        size = max(length[0] or 1, 1)
        if kind is Kind.LIST:
            return [self._value(info.item, hidden, length=item_length) for _ in range(size)]
        return {
            self._map_key(i, hidden, key_length): self._value(info.item, hidden, length=item_length)
            for i in range(size)
        }

    def _map_key(self, index: int, hidden: bool, bounds: tuple[int | None, int | None]) -> str:
        """A key of a map; under something sensitive the keys are secrets too."""
        if hidden and self.secrets:
            return self._string(hidden, bounds)
        return _key(index, bounds)

    def _string(self, hidden: bool, length: tuple[int | None, int | None]) -> str:
        low, high = max(length[0] or 1, 1), length[1] or _INFINITE
        if hidden and self.secrets:
            text = f"CANARY{next(self._counter):03d}-sensitive-value"
            text = text.ljust(low, "x")[:high]
            self.canaries.append(text)
            return text
        return "a" * min(low, high)


def _innermost(info: TypeInfo) -> TypeInfo:
    while info.item is not None:
        info = info.item
    return info


def _clamp(value: float, low: float | None, high: float | None) -> float:
    if low is not None:
        value = max(value, low)
    if high is not None:
        value = min(value, high)
    return value


def _key(index: int, bounds: tuple[int | None, int | None]) -> str:
    low = max(bounds[0] or 1, 1)
    return f"k{index}".ljust(low, "k")


def _client_class(package: str) -> type[BaseClient]:
    """The sync client class a service package exports (its one ``...Client`` name)."""
    module = importlib.import_module(f"emrk.{package}")
    (name,) = [n for n in module.__all__ if n.endswith("Client") and not n.startswith("Async")]
    cls: type[BaseClient] = getattr(module, name)
    return cls
