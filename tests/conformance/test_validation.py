"""Invalid input is refused before anything is sent, as botocore refuses it.

Starting from a complete, valid request for each operation, every member in
turn is made invalid (left out while required, given the wrong type, made
too short or too long, pushed out of its numeric range; list items, map
keys and map values too). emrk must raise :class:`emrk.ParamValidationError`
naming the parameter's path (and that one problem only), without sending a
request; and with one member of each made invalid at once, one error must
list them all, as botocore's report does. botocore's validator must
reject the same parameters, except where noted (deliberate differences:
botocore checks only lower bounds, and not even those for map sizes; emrk
checks every bound the model states).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from botocore.exceptions import ParamValidationError as BotocoreParamValidationError
from botocore.model import Shape, StructureShape
from botocore.validate import validate_parameters

import emrk

from ._botocore_model import (
    INPUT_VARIANTS,
    MISSING,
    InputGenerator,
    Service,
    all_operations,
    attr_name,
    emrk_client,
    emrk_kwargs,
    generate_params,
    intercept,
    method_name,
    strip_missing,
)

_ALL = next(v for v in INPUT_VARIANTS if v.name == "all")
#: Bounds above this are not worth building a value for.
_HUGE = 100_000
_WRONG_TYPE: dict[str, Any] = {
    "string": 12345,
    "integer": "12",
    "long": "12",
    "float": "1.5",
    "double": "1.5",
    "boolean": "yes",
    "timestamp": ["not", "a", "time"],
    "blob": 12345,
    "list": "not-a-list",
    "map": ["not-a-map"],
    "structure": "not-a-structure",
}


@dataclass(frozen=True)
class Mutation:
    """One way to make a request invalid."""

    kind: str
    #: Where in botocore's parameters: member names, list indexes, map keys.
    keys: tuple[Any, ...]
    #: The parameter path emrk must name.
    path: str
    value: Any
    #: False where botocore deliberately does not check (upper bounds).
    botocore_rejects: bool = True

    def apply(self, params: dict[str, Any]) -> dict[str, Any]:
        """A copy of ``params`` with this mutation made."""
        out = copy.deepcopy(params)
        target: Any = out
        for key in self.keys[:-1]:
            target = target[key]
        target[self.keys[-1]] = self.value
        return out


def mutations(
    shape: StructureShape, params: dict[str, Any], keys: tuple[Any, ...] = (), path: str = ""
) -> Iterator[Mutation]:
    """Every mutation of every member of ``shape`` (and of nested members present)."""
    required = set(shape.required_members)
    for name, member in shape.members.items():
        here_keys = (*keys, name)
        here = f"{path}.{attr_name(name)}" if path else attr_name(name)
        if name in required and not member.metadata.get("idempotencyToken"):
            yield Mutation("missing", here_keys, here, MISSING)
        yield Mutation("wrong-type", here_keys, here, _WRONG_TYPE[member.type_name])
        yield from _bound_mutations(member, here_keys, here)
        value = params.get(name)
        if value is not None:
            yield from _nested_mutations(member, value, here_keys, here)


def _bound_mutations(member: Shape, keys: tuple[Any, ...], path: str) -> Iterator[Mutation]:
    low, high = member.metadata.get("min"), member.metadata.get("max")
    kind = member.type_name
    if kind in ("integer", "long"):
        if low is not None:
            yield Mutation("below-min", keys, path, low - 1)
        if high is not None:
            yield Mutation("above-max", keys, path, high + 1, botocore_rejects=False)
        return
    if kind not in ("string", "list", "map"):
        return
    if kind == "string" and member.enum:
        return
    if low:
        # botocore checks the minimum size of strings and lists, not of maps.
        rejects = kind != "map"
        yield Mutation("too-short", keys, path, _sized(member, low - 1), botocore_rejects=rejects)
    if high is not None and high < _HUGE:
        yield Mutation("too-long", keys, path, _sized(member, high + 1), botocore_rejects=False)


def _sized(member: Shape, size: int) -> Any:
    """A value of ``member`` with ``size`` characters, items or entries."""
    if member.type_name == "string":
        return "x" * size
    generator = InputGenerator(_ALL)
    if member.type_name == "list":
        return [generator.value(member.member, f"i{i}", None, ()) for i in range(size)]
    return {
        f"k{i:06d}"[: member.key.metadata.get("max", 64)]: generator.value(
            member.value, f"v{i}", None, ()
        )
        for i in range(size)
    }


def _nested_mutations(
    member: Shape, value: Any, keys: tuple[Any, ...], path: str
) -> Iterator[Mutation]:
    kind = member.type_name
    if kind == "structure" and not member.metadata.get("document"):
        yield from mutations(member, value, keys, path)
    elif kind == "list" and value:
        item = member.member
        if item.type_name == "structure":
            yield from mutations(item, value[0], (*keys, 0), f"{path}[0]")
        else:
            yield from _string_bounds("item", item, (*keys, 0), f"{path}[0]")
    elif kind == "map" and value:
        first = next(iter(value))
        if member.value.type_name == "structure":
            yield from mutations(member.value, value[first], (*keys, first), f"{path}[{first!r}]")
        else:
            yield from _string_bounds("value", member.value, (*keys, first), f"{path}[{first!r}]")
        for what, size, botocore_rejects in _outside_string_bounds("key", member.key):
            bad = "k" * size
            yield Mutation(what, keys, f"{path}[{bad!r}]", {bad: value[first]}, botocore_rejects)


def _outside_string_bounds(what: str, shape: Shape) -> Iterator[tuple[str, int, bool]]:
    """(kind, size, botocore rejects it) of a string just outside each bound of ``shape``."""
    if shape.type_name != "string" or shape.enum:
        return
    low, high = shape.metadata.get("min"), shape.metadata.get("max")
    if low:
        yield f"{what}-too-short", low - 1, True
    if high is not None and high < _HUGE:
        yield f"{what}-too-long", high + 1, False  # botocore checks no upper bound


def _string_bounds(what: str, shape: Shape, keys: tuple[Any, ...], path: str) -> Iterator[Mutation]:
    """A list item or map value one character outside each bound of its string shape."""
    for mutation_kind, size, botocore_rejects in _outside_string_bounds(what, shape):
        yield Mutation(mutation_kind, keys, path, "x" * size, botocore_rejects)


CASES = [pytest.param(s, op, id=f"{s}:{op}") for s, op in all_operations()]


@pytest.mark.parametrize(("service", "operation"), CASES)
def test_invalid_input_is_refused_before_sending(service: Service, operation: str) -> None:
    op = service.operation(operation)
    if op.input_shape is None:
        pytest.skip("no input")
    params = generate_params(op, _ALL)
    validate_parameters(params, op.input_shape)  # the starting point is valid
    client = emrk_client(service)
    method = getattr(client, method_name(operation))
    problems = []
    for mutation in mutations(op.input_shape, params):
        problem = check(service, op.input_shape, method, mutation.apply(params), mutation)
        if problem:
            problems.append(f"{mutation.kind} {mutation.path}: {problem}")
    assert not problems, "\n".join(problems)


def check(
    service: Service, shape: StructureShape, method: Any, params: dict[str, Any], m: Mutation
) -> str | None:
    """What is wrong with how emrk and botocore treat one invalid request, if anything."""
    kwargs = emrk_kwargs(service, shape, params, enums_as_str=False)
    with intercept() as exchange:
        try:
            method(**kwargs)
        except emrk.ParamValidationError as exc:
            if exc.param != m.path:
                return f"emrk named {exc.param!r}"
            if len(exc.problems) != 1:
                return f"emrk reported more than the one problem: {exc.problems}"
        else:
            return "emrk accepted it"
    if exchange.requests:
        return "emrk sent a request"
    try:
        validate_parameters(strip_missing(params), shape)
    except BotocoreParamValidationError:
        rejected = True
    else:
        rejected = False
    if rejected != m.botocore_rejects:
        return f"botocore {'rejected' if rejected else 'accepted'} it"
    return None


@pytest.mark.parametrize(("service", "operation"), CASES)
def test_every_problem_is_reported_at_once(service: Service, operation: str) -> None:
    """One invalid value in each top-level member: one error names them all.

    botocore's validator reports every problem too; emrk's ``problems`` must
    list exactly the mutated paths, and ``param`` must be the first of them.
    """
    op = service.operation(operation)
    if op.input_shape is None:
        pytest.skip("no input")
    params = generate_params(op, _ALL)
    chosen: dict[Any, Mutation] = {}
    for mutation in mutations(op.input_shape, params):
        if mutation.botocore_rejects and mutation.kind != "missing":
            chosen.setdefault(mutation.keys[0], mutation)
    if len(chosen) < 2:
        pytest.skip("fewer than two members to make invalid")
    bad = params
    for mutation in chosen.values():
        bad = mutation.apply(bad)
    kwargs = emrk_kwargs(service, op.input_shape, bad, enums_as_str=False)
    method = getattr(emrk_client(service), method_name(operation))
    with intercept() as exchange, pytest.raises(emrk.ParamValidationError) as raised:
        method(**kwargs)
    assert not exchange.requests
    expected = [m.path for m in chosen.values()]
    assert sorted(p.param for p in raised.value.problems) == sorted(expected)
    assert raised.value.param == raised.value.problems[0].param
    for problem in raised.value.problems:
        assert f"{problem.param}: {problem.problem}" in str(raised.value)
    with pytest.raises(BotocoreParamValidationError):
        validate_parameters(strip_missing(bad), op.input_shape)


def _generated() -> dict[tuple[str, str], set[str]]:
    """(service, operation) -> ``kind path`` of every mutation the generator makes."""
    made: dict[tuple[str, str], set[str]] = {}
    for service, operation in all_operations():
        op = service.operation(operation)
        if op.input_shape is not None:
            params = generate_params(op, _ALL)
            made[(service.name, operation)] = {
                f"{m.kind} {m.path}" for m in mutations(op.input_shape, params)
            }
    return made


def test_the_generator_breaks_every_bound_both_ways() -> None:
    """Too short and too long, for members, list items, map keys and map values.

    A guard against a generator that quietly stops making one kind of invalid
    input: the PCS tags (keys up to 128, values up to 256 characters) and a
    list whose items are limited each get every mutation they call for.
    """
    made = _generated()
    kinds = {entry.split(" ", 1)[0] for entries in made.values() for entry in entries}
    assert {
        "too-short",
        "too-long",
        "item-too-short",
        "item-too-long",
        "key-too-short",
        "key-too-long",
        "value-too-short",
        "value-too-long",
    } <= kinds
    tags = made[("pcs", "CreateCluster")]
    assert {"key-too-short tags['']", f"key-too-long tags[{'k' * 129!r}]"} <= tags
    assert any(entry.startswith("value-too-long tags[") for entry in tags)
    assert {"item-too-short tag_keys[0]", "item-too-long tag_keys[0]"} <= made[
        ("pcs", "UntagResource")
    ]
