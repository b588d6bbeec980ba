"""Every operation's request is the one botocore would send.

For each operation and each generated input variant, botocore's own client
serializes the parameters (its ``before-send`` event records the request and
answers locally) and emrk's client serializes the equivalent keyword
arguments (``responses`` records what ``requests`` would send). Method, host,
path, query, JSON body and the protocol headers must agree.
"""

from __future__ import annotations

from typing import Any

import pytest

from ._botocore_model import (
    INPUT_VARIANTS,
    InputVariant,
    RequestView,
    Service,
    all_operations,
    botocore_capture,
    emrk_client,
    emrk_kwargs,
    generate_params,
    intercept,
    method_name,
)

CASES = [
    pytest.param(service, op, variant, id=f"{service}:{op}:{variant.name}")
    for service, op in all_operations()
    for variant in INPUT_VARIANTS
]


def emrk_request(service: Service, operation: str, kwargs: dict[str, Any]) -> Any:
    """The one request emrk sends for ``operation`` (answered with an empty 200)."""
    client = emrk_client(service)
    with intercept() as exchange:
        getattr(client, method_name(operation))(**kwargs)
    assert len(exchange.requests) == 1, "exactly one request per call"
    return exchange.requests[0]


@pytest.mark.parametrize(("service", "operation", "variant"), CASES)
def test_request_matches_botocore(service: Service, operation: str, variant: InputVariant) -> None:
    op = service.operation(operation)
    params = generate_params(op, variant)
    expected = botocore_capture(service.name).call(operation, params)
    kwargs = emrk_kwargs(service, op.input_shape, params, variant.enums_as_str)
    sent = emrk_request(service, operation, kwargs)

    ours = RequestView.sent_by_emrk(sent)
    theirs = RequestView.sent_by_botocore(expected)
    if not variant.tokens:
        for view in (ours, theirs):
            view.replace_generated_tokens(op)
    assert ours == theirs
