"""Bad input never reaches the network, and path labels cannot change the request path.

For every operation of every service (walked from the ``operations``
modules), starting from valid minimal arguments built from the request
model's plan, each member in turn is left out while required, given the
wrong type, or pushed past its length, size or numeric bounds; nested
required members are left out too. Each mutation must raise
:class:`emrk.ParamValidationError` naming the parameter path, and the mock
must have seen no request at all. CR or LF in a header value is refused the
same way (in a request member or in ``Config.user_agent_extra``).

Path labels holding ``/``, ``..``, ``?``, ``#``, ``%``, spaces or non-ASCII
text are percent-encoded as one segment; a label that is exactly ``.`` or
``..`` travels as ``%2E``/``%2E%2E``, so URL normalisation cannot turn it into
a dot segment (botocore sends it bare, and the request lands elsewhere). On
the real local server the path received has the template's segments, each
label decodes back to the value given, and the SigV4 signature recomputed
from what the server received matches the one sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

import attrs
import pytest
import responses
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import ReadOnlyCredentials

import emrk
from emrk.core.model import FieldPlan, Kind, plan_of
from emrk.core.operation import Operation
from tests.conftest import FAKE_KEY_ID, FAKE_SECRET
from tests.reliability._header_client import HeaderClient
from tests.reliability._server import Seen
from tests.reliability._services import (
    SERVICES,
    Arguments,
    Service,
    all_operations,
    method_name,
    ok_reply,
)
from tests.reliability.conftest import Serve

ENDPOINT = "https://input.test"
CASES = [pytest.param(s, op, id=f"{s.package}.{op.name}") for s, op in all_operations()]
_HUGE = 100_000
_WRONG: dict[Kind, Any] = {
    Kind.STRING: 12345,
    Kind.ENUM: 12345,
    Kind.INTEGER: "12",
    Kind.FLOAT: "1.5",
    Kind.BOOLEAN: "yes",
    Kind.TIMESTAMP: "2024-01-01T00:00:00Z",
    Kind.BLOB: 12345,
    Kind.LIST: "not-a-list",
    Kind.MAP: ["not", "a", "map"],
    Kind.STRUCTURE: {"not": "a model"},
}


@attrs.frozen
class Mutation:
    """One way to make valid arguments invalid, and the path the error must name."""

    kind: str
    path: str
    kwargs: dict[str, Any]


def mutations(op: Operation[Any, Any]) -> Iterator[Mutation]:
    """Every mutation of the top-level members, and missing members one level down."""
    base = Arguments().for_operation(op)
    for f in plan_of(op.input).fields:
        for kind, value in _bad_values(f):
            yield Mutation(kind, f.name, {**base, f.name: value})
        nested = base.get(f.name)
        if nested is not None and f.type.kind is Kind.STRUCTURE:
            for inner in plan_of(type(nested)).fields:
                if inner.spec.required:
                    broken = attrs.evolve(nested, **{inner.name: None})
                    yield Mutation(
                        "nested-missing", f"{f.name}.{inner.name}", {**base, f.name: broken}
                    )


def _bad_values(f: FieldPlan) -> Iterator[tuple[str, Any]]:
    spec, kind = f.spec, f.type.kind
    if spec.required and not spec.idempotency_token:
        yield "missing", None
    if kind in _WRONG:
        yield "wrong-type", _WRONG[kind]
    if kind in (Kind.INTEGER, Kind.FLOAT):
        if spec.min_value is not None:
            yield "below-min", spec.min_value - 1
        if spec.max_value is not None and spec.max_value < 2**62:
            yield "above-max", spec.max_value + 1
    if kind in (Kind.STRING, Kind.LIST, Kind.MAP):
        if spec.min_len:
            yield "too-short", _sized(f, spec.min_len - 1)
        if spec.max_len is not None and spec.max_len < _HUGE:
            yield "too-long", _sized(f, spec.max_len + 1)


def _sized(f: FieldPlan, size: int) -> Any:
    """A value of the member's type with ``size`` characters, items or entries."""
    kind = f.type.kind
    if kind is Kind.STRING:
        return "s" * size
    valid = Arguments().field_value(f)
    if kind is Kind.LIST:
        return [valid[0]] * size
    low = f.spec.key_min_len or 1
    item = next(iter(valid.values()))
    return {f"k{i:06d}".ljust(low, "k"): item for i in range(size)}


@pytest.fixture
def no_network() -> Iterator[responses.RequestsMock]:
    """A mock that answers nothing: any request that gets through is counted."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add(responses.GET, re.compile(".*"), status=599)
        yield mock


@pytest.mark.parametrize(("service", "op"), CASES)
def test_bad_input_never_reaches_the_network(
    session: emrk.Session,
    no_network: responses.RequestsMock,
    service: Service,
    op: Operation[Any, Any],
) -> None:
    client = service.client(session, ENDPOINT)
    method = getattr(client, method_name(op))
    checked = 0
    for mutation in mutations(op):
        with pytest.raises(emrk.ParamValidationError) as info:
            method(**mutation.kwargs)
        assert info.value.param == mutation.path, (mutation.kind, str(info.value))
        checked += 1
    assert len(no_network.calls) == 0
    assert checked >= 1


# -- CR/LF in header values -----------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"tag": "a\r\nX-Injected: 1"}, "tag"),
        ({"tag": "line\nbreak"}, "tag"),
        ({"tags": ["fine", "carriage\rreturn"]}, "tags"),
    ],
)
def test_cr_or_lf_in_a_header_member_is_refused(
    session: emrk.Session, no_network: responses.RequestsMock, kwargs: dict[str, Any], param: str
) -> None:
    client = HeaderClient(session=session, endpoint_url=ENDPOINT)
    with pytest.raises(emrk.ParamValidationError) as info:
        client.put(**kwargs)
    assert info.value.param == param
    assert len(no_network.calls) == 0


@pytest.mark.parametrize("service", SERVICES, ids=[s.package for s in SERVICES])
def test_cr_or_lf_in_user_agent_extra_is_refused(session: emrk.Session, service: Service) -> None:
    with pytest.raises(emrk.ParamValidationError) as info:
        service.client(session, ENDPOINT, user_agent_extra="app/1.0\r\nX-Injected: 1")
    assert info.value.param == "user_agent_extra"


# -- path labels ------------------------------------------------------------------------

NASTY_LABELS = ["a/b", "..", ".", "../../admin", "?x=1", "#top", "100%", "%2E%2E", "a b", "é☃/ü"]
REST_OPS = [
    pytest.param(s, op, id=f"{s.package}.{op.name}")
    for s, op in all_operations()
    if s.protocol == "rest-json" and "{" in op.request_uri
]


def _string_labels(op: Operation[Any, Any]) -> list[FieldPlan]:
    return [
        f
        for f in plan_of(op.input).fields
        if f.spec.location == "uri" and f.type.kind is Kind.STRING
    ]


def _segments_match(template: str, path: str, labels: dict[str, str]) -> None:
    """The path has the template's segments; each label segment decodes to its value."""
    expected = template.split("?", 1)[0].split("/")
    sent = path.split("/")
    assert len(sent) == len(expected), (template, path)
    for want, got in zip(expected, sent, strict=True):
        if want.startswith("{"):
            assert unquote(got) == labels[want.strip("{}+")], (want, got)
            assert got not in (".", ".."), got
        else:
            assert got == want


@pytest.mark.parametrize(("service", "op"), REST_OPS)
def test_path_labels_are_one_segment_whatever_they_hold(
    session: emrk.Session, service: Service, op: Operation[Any, Any]
) -> None:
    labels = _string_labels(op)
    client = service.client(session, ENDPOINT)
    base = Arguments().for_operation(op)
    for value in NASTY_LABELS:
        fitting = [
            f
            for f in labels
            if (f.spec.min_len or 1) <= len(value) <= (f.spec.max_len or len(value))
        ]
        kwargs = {**base, **{f.name: value for f in fitting}}
        with responses.RequestsMock() as mock:
            mock.add(op.http_method, re.compile(".*"), body="{}")
            getattr(client, method_name(op))(**kwargs)
            url = mock.calls[0].request.url or ""
        wires = {f.spec.wire: kwargs[f.name] for f in labels}
        _segments_match(op.request_uri, urlsplit(url).path, wires)


def _signature_matches(seen: Seen, url: str) -> bool:
    """Recompute the SigV4 signature from what the server received."""
    headers = {k.lower(): v for k, v in seen.headers.items()}
    auth = headers["authorization"]
    credential = re.search(r"Credential=([^,]+)", auth)
    signed = re.search(r"SignedHeaders=([^,]+)", auth)
    signature = re.search(r"Signature=([0-9a-f]+)", auth)
    assert credential and signed and signature
    _key, _date, region, service_name, _end = credential.group(1).split("/")
    request = AWSRequest(
        method=seen.method,
        url=url + seen.target,
        data=seen.body,
        headers={name: headers[name] for name in signed.group(1).split(";")},
    )
    request.context["timestamp"] = headers["x-amz-date"]
    signer = SigV4Auth(ReadOnlyCredentials(FAKE_KEY_ID, FAKE_SECRET, None), service_name, region)
    canonical = signer.canonical_request(request)
    expected = signer.signature(signer.string_to_sign(request, canonical), request)
    return bool(expected == signature.group(1))


@pytest.mark.parametrize("value", NASTY_LABELS)
@pytest.mark.parametrize(
    "service", [s for s in SERVICES if s.protocol == "rest-json"], ids=lambda s: s.package
)
def test_the_server_receives_one_segment_and_a_valid_signature(
    session: emrk.Session, serve: Serve, service: Service, value: str
) -> None:
    server = serve(ok_reply(service, value))
    result = service.call(service.client(session, server.url), value)
    assert service.ident_parsed(result) == value
    (seen,) = server.requests
    path = seen.target.split("?", 1)[0]
    segments = path.split("/")
    assert len(segments) >= 3 and unquote(segments[2]) == value
    assert segments[2] not in (".", "..")
    assert service.ident_sent(seen) == value
    assert _signature_matches(seen, server.url)
