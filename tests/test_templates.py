"""The prompt templates: each fact kind's fragment (summariser/kinds/<kind>/prompt.j2) is part of the system
prompt, and the version hash reads the prompt as one text, includes expanded."""

import hashlib
import json
from importlib import resources

import jinja2
import pytest

from summariser.extract import templates

KINDS = ("gift", "actor", "military")


def _fragment(kind: str) -> str:
    return resources.files("summariser").joinpath(f"kinds/{kind}/prompt.j2").read_text(encoding="utf-8")


@pytest.mark.parametrize("written", [False, True])
def test_the_system_prompt_lists_each_kinds_fragment_in_order(written: bool) -> None:
    prompt = templates.render("system.j2", written=written)
    places = [prompt.index(templates.render(f"kinds/{kind}/prompt.j2", written=written) + "\n") for kind in KINDS]
    assert places == sorted(places)
    assert "{%" not in prompt


def test_an_article_not_in_english_is_asked_each_actors_name_as_written_beside_its_english() -> None:
    english, abroad = (templates.render("system.j2", written=w) for w in (False, True))
    assert "[sentence, name, role, country, said]" in english and "written" not in english
    assert "[sentence, written, name, role, country, said]" in abroad
    example = json.loads(abroad.rsplit("Example answer:\n", 1)[1])
    assert {len(actor) for actor in example["actors"]} == {6}
    assert ["Verkehrsministerium", "Transport Ministry"] in [actor[1:3] for actor in example["actors"]]


def test_the_source_is_the_prompt_as_one_file() -> None:
    source = templates.template_source("system.j2")
    assert "include" not in source and all(_fragment(kind) in source for kind in KINDS)
    as_one = jinja2.Environment(loader=jinja2.DictLoader({"one": source}), keep_trailing_newline=False)
    for written in (False, True):
        rendered = as_one.get_template("one").render(written=written).strip()
        assert rendered == templates.render("system.j2", written=written)
    assert templates.template_hash("system.j2") == hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def test_a_template_without_includes_is_its_file() -> None:
    text = resources.files("summariser.prompts").joinpath("extract.j2").read_text(encoding="utf-8")
    assert templates.template_source("extract.j2") == text
