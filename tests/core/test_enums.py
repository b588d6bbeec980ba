"""Service enums: printed as their values, and a ``<Enum>Literal`` alias beside each.

The alias is for type checkers (a misspelt value in a request is a type
error, see ``tests/typing``); at run time an enum annotation joined with its
alias means what ``<Enum> | str`` means: members or any string, sent as is.
"""

from __future__ import annotations

import enum
import importlib
import json
import pkgutil
import typing
from typing import Literal
from urllib.parse import parse_qs, urlsplit

import pytest
import responses

import emrk
from emrk.core.enums import ServiceEnum
from emrk.core.model import Kind, member, model, type_info
from emrk.eks import CapacityTypes, Taint, TaintEffect, TaintEffectLiteral
from emrk.emr_containers import JobRunState, JobRunStateLiteral

SERVICE_PACKAGES = ("emrk.eks", "emrk.eks_auth", "emrk.emr_containers", "emrk.pcs", "emrk.emr")


def _service_enums() -> list[tuple[str, type[enum.Enum]]]:
    found: list[tuple[str, type[enum.Enum]]] = []
    for package in SERVICE_PACKAGES:
        models = importlib.import_module(f"{package}.models")
        for info in pkgutil.iter_modules(models.__path__):
            module = importlib.import_module(f"{package}.models.{info.name}")
            found += [
                (package, obj)
                for obj in vars(module).values()
                if isinstance(obj, type)
                and issubclass(obj, enum.Enum)
                and obj.__module__ == module.__name__
            ]
    return found


ENUMS = _service_enums()


def test_every_service_enum_is_found() -> None:
    assert len(ENUMS) >= 74


@pytest.mark.parametrize(("package", "cls"), ENUMS, ids=[c.__name__ for _, c in ENUMS])
def test_each_enum_has_an_exported_alias_of_exactly_its_values(
    package: str, cls: type[enum.Enum]
) -> None:
    assert issubclass(cls, ServiceEnum)
    module = importlib.import_module(package)
    alias_name = f"{cls.__name__}Literal"
    alias = getattr(module, alias_name)
    assert alias_name in module.__all__
    assert alias_name in importlib.import_module(cls.__module__).__all__
    assert typing.get_origin(alias) is Literal
    assert list(typing.get_args(alias)) == [m.value for m in cls]


@pytest.mark.parametrize(("package", "cls"), ENUMS, ids=[c.__name__ for _, c in ENUMS])
def test_each_member_prints_its_value(package: str, cls: type[enum.Enum]) -> None:
    for m in cls:
        assert str(m) == m.value
        assert f"{m}" == m.value
        assert "%s" % m == m.value  # noqa: UP031 - old-style formatting too
        assert repr(m) == f"<{cls.__name__}.{m.name}: {m.value!r}>"


def test_printing_works_like_a_plain_str() -> None:
    state = JobRunState.RUNNING
    assert f"[{state:<9}]" == "[RUNNING  ]"
    assert f"{state!r}" == "<JobRunState.RUNNING: 'RUNNING'>"
    assert state == "RUNNING" and hash(state) == hash("RUNNING")
    assert json.dumps({"state": state}) == '{"state": "RUNNING"}'


def test_the_behaviour_does_not_depend_on_the_python_version() -> None:
    """``str`` and ``format`` come from ServiceEnum, not from Enum (which changed in 3.11)."""
    assert "__str__" in vars(ServiceEnum) and "__format__" in vars(ServiceEnum)
    assert JobRunState.__str__ is ServiceEnum.__str__
    assert JobRunState.__format__ is ServiceEnum.__format__


def test_models_show_enum_members_by_name() -> None:
    taint = Taint(key="gpu", value="true", effect=TaintEffect.NO_SCHEDULE)
    assert repr(taint) == "Taint(key='gpu', value='true', effect=TaintEffect.NO_SCHEDULE)"
    assert (
        repr(Taint(key="k", effect=typing.cast(TaintEffectLiteral, "SOMETHING_NEW")))
        == "Taint(key='k', effect='SOMETHING_NEW')"
    )


# -- the annotation at run time -----------------------------------------------------------


def test_an_enum_joined_with_its_literal_is_an_enum_member() -> None:
    hints = typing.get_type_hints(Taint)
    info = type_info(hints["effect"])
    assert (info.kind, info.python_type) == (Kind.ENUM, TaintEffect)
    assert type_info(list[JobRunState | JobRunStateLiteral] | None).item == type_info(
        JobRunState | str
    )


def test_a_literal_with_other_values_is_a_declaration_mistake() -> None:
    with pytest.raises(TypeError, match=r"Literal of its own values"):
        type_info(JobRunState | Literal["RUNNING", "NOT_A_STATE"])
    with pytest.raises(TypeError, match=r"more than one enum"):
        type_info(JobRunState | TaintEffect)
    with pytest.raises(TypeError, match=r"Literal of its own values"):
        type_info(JobRunState | int)


def test_a_model_declaring_a_foreign_literal_fails_on_first_use() -> None:
    @model
    class Wrong:
        state: JobRunState | Literal["NOPE"] | None = member("state", default=None)

    with pytest.raises(TypeError, match="NOPE"):
        emrk.to_dict(Wrong(state="NOPE"))


def test_any_string_still_goes_through_at_run_time() -> None:
    """A value AWS adds later is accepted by the model, the dict forms and validation."""
    future = typing.cast(JobRunStateLiteral, "PAUSED")
    taint = Taint(key="k", effect=typing.cast(TaintEffectLiteral, "PREFER_NO_EXECUTE"))
    assert emrk.to_dict(taint) == {"key": "k", "effect": "PREFER_NO_EXECUTE"}
    assert emrk.from_dict(Taint, {"key": "k", "effect": "NO_SCHEDULE"}).effect is (
        TaintEffect.NO_SCHEDULE
    )
    assert emrk.from_dict(Taint, {"key": "k", "effect": "NEW"}).effect == "NEW"
    assert str(future) == "PAUSED"


@responses.activate
def test_enum_arguments_travel_as_their_values(session: emrk.Session) -> None:
    """Members, literals and unknown strings all reach the wire as the plain value."""
    seen: list[dict[str, list[str]]] = []

    def answer(request: typing.Any) -> tuple[int, dict[str, str], str]:
        seen.append(parse_qs(urlsplit(request.url).query))
        return 200, {}, json.dumps({"jobRuns": []})

    responses.add_callback(
        "GET",
        "https://emr-containers.us-east-1.amazonaws.com/virtualclusters/vc-1/jobruns",
        callback=answer,
    )
    emr = session.emr_containers()
    later: JobRunStateLiteral = typing.cast(JobRunStateLiteral, "PAUSED")
    emr.list_job_runs(virtual_cluster_id="vc-1", states=[JobRunState.RUNNING, "FAILED", later])
    assert seen == [{"states": ["RUNNING", "FAILED", "PAUSED"]}]


def test_a_wrong_type_for_an_enum_names_the_enum(session: emrk.Session) -> None:
    eks = session.eks()
    with pytest.raises(emrk.ParamValidationError) as info:
        eks.create_nodegroup(
            cluster_name="prod",
            nodegroup_name="ng",
            subnets=["subnet-1"],
            node_role="arn:aws:iam::123456789012:role/node",
            capacity_type=1,  # type: ignore[arg-type]
        )
    assert info.value.problems[0].problem == (f"expected {CapacityTypes.__name__} or str, got int")
