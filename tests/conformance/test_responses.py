"""Every response parses to what botocore parses.

For each operation and each generated response body (every member, only
required ones, nulls, fractional and ISO timestamps, unknown fields, unknown
enum values and union variants), botocore's own parser and emrk's client
(through ``responses``) read the same bytes. The emrk model, turned back into
botocore's dict shape, must equal botocore's result.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from botocore.awsrequest import HeadersDict
from botocore.model import Shape
from botocore.parsers import create_parser

from ._botocore_model import (
    INPUT_VARIANTS,
    OUTPUT_VARIANTS,
    REQUEST_ID,
    OutputVariant,
    Reply,
    Service,
    all_operations,
    emrk_client,
    emrk_kwargs,
    emrk_to_botocore,
    generate_body,
    generate_params,
    intercept,
    method_name,
    normalize_botocore,
    wire_name,
)

CASES = [
    pytest.param(service, op, variant, id=f"{service}:{op}:{variant.name}")
    for service, op in all_operations()
    for variant in OUTPUT_VARIANTS
]
_REQUIRED_INPUT = next(v for v in INPUT_VARIANTS if v.name == "required")


def botocore_parse(service: Service, operation: str, body: bytes, status: int = 200) -> Any:
    """What botocore's parser makes of an answer to ``operation``."""
    parser = create_parser(service.protocol)
    headers = HeadersDict({"x-amzn-RequestId": REQUEST_ID, "Content-Type": "application/json"})
    response = {"status_code": status, "headers": headers, "body": body}
    return parser.parse(response, service.operation(operation).output_shape)


def emrk_call(service: Service, operation: str, *replies: Reply) -> Any:
    """Call ``operation`` with its required-only arguments against canned replies."""
    op = service.operation(operation)
    params = generate_params(op, _REQUIRED_INPUT)
    kwargs = emrk_kwargs(service, op.input_shape, params, enums_as_str=False)
    with intercept(*replies):
        return getattr(emrk_client(service), method_name(operation))(**kwargs)


@pytest.mark.parametrize(("service", "operation", "variant"), CASES)
def test_response_matches_botocore(
    service: Service, operation: str, variant: OutputVariant
) -> None:
    op = service.operation(operation)
    body = json.dumps(generate_body(op.output_shape, variant)).encode()
    expected = botocore_parse(service, operation, body)
    metadata = expected.pop("ResponseMetadata")

    result = emrk_call(service, operation, Reply(200, body))

    assert type(result).__name__ == f"{operation}Response"
    ours = {} if op.output_shape is None else emrk_to_botocore(op.output_shape, result)
    assert ours == (expected_view(op.output_shape, expected) if op.output_shape else {})
    assert result.response_metadata.request_id == metadata["RequestId"] == REQUEST_ID
    assert result.response_metadata.http_status_code == metadata["HTTPStatusCode"]


def sensitive_strings(shape: Shape, value: Any, hidden: bool = False) -> set[str]:
    """Every string in a wire value that botocore's model marks sensitive."""
    hidden = hidden or bool(shape.metadata.get("sensitive"))
    if value is None:
        return set()
    kind = shape.type_name
    if kind == "structure" and not shape.metadata.get("document"):
        found: set[str] = set()
        for name, member in shape.members.items():
            found |= sensitive_strings(member, value.get(wire_name(name, member)), hidden)
        return found
    if kind == "list":
        return set().union(*(sensitive_strings(shape.member, v, hidden) for v in value))
    if kind == "map":
        keys = set(value) if hidden or shape.key.metadata.get("sensitive") else set()
        values = (sensitive_strings(shape.value, v, hidden) for v in value.values())
        return keys.union(*values)
    return {value} if hidden and isinstance(value, str) else set()


_SECRETS = OutputVariant("secrets", size=1)


def _secret_cases() -> list[Any]:
    """Operations whose output holds something botocore marks sensitive."""
    return [
        pytest.param(s, op, id=f"{s}:{op}")
        for s, op in all_operations()
        if (shape := s.operation(op).output_shape) is not None
        and sensitive_strings(shape, generate_body(shape, _SECRETS))
    ]


@pytest.mark.parametrize(("service", "operation"), _secret_cases())
def test_sensitive_members_never_show(service: Service, operation: str) -> None:
    """What botocore marks sensitive is absent from ``repr`` and ``str`` of the parsed model."""
    shape = service.operation(operation).output_shape
    body = generate_body(shape, _SECRETS)
    secrets = sensitive_strings(shape, body)
    result = emrk_call(service, operation, Reply(200, json.dumps(body).encode()))
    for text in (repr(result), str(result)):
        leaked = sorted(s for s in secrets if s in text)
        assert not leaked, f"sensitive values shown: {leaked}"


def expected_view(shape: Shape, value: Any) -> Any:
    """botocore's parsed value in the form emrk's model converts back to.

    Two deliberate differences are applied here, and only here:

    * a union variant botocore does not know becomes
      ``{"SDK_UNKNOWN_MEMBER": {"name": tag}}``; emrk parses it to the union
      model with every known member ``None`` (API.md), which converts to ``{}``;
    * a ``null`` value inside a map is kept by botocore as ``None``; emrk's
      maps are dense (``dict[str, X]`` never holds ``None``, as the Smithy
      protocol tests for dense maps require), so the entry is dropped.

    Naive datetimes from botocore are taken as UTC.
    """
    if value is None:
        return None
    kind = shape.type_name
    if kind == "structure":
        if shape.metadata.get("document"):
            return value
        if shape.metadata.get("union") and set(value) == {"SDK_UNKNOWN_MEMBER"}:
            return {}
        return {k: expected_view(shape.members[k], v) for k, v in value.items()}
    if kind == "list":
        return [expected_view(shape.member, v) for v in value]
    if kind == "map":
        return {k: expected_view(shape.value, v) for k, v in value.items() if v is not None}
    return normalize_botocore(value)


def test_empty_body_parses_like_an_empty_object() -> None:
    """A 200 with no body at all is an output with every member unset, as in botocore."""
    for service, operation in all_operations():
        expected = botocore_parse(service, operation, b"")
        expected.pop("ResponseMetadata")
        result = emrk_call(service, operation, Reply(200, b""))
        op = service.operation(operation)
        ours = {} if op.output_shape is None else emrk_to_botocore(op.output_shape, result)
        assert ours == expected == {}, f"{service}:{operation}"
