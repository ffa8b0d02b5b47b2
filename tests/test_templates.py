"""The prompt templates: each fact kind's fragment (summariser/kinds/<kind>/prompt.j2) is part of the system
prompt, and the version hash reads the prompt as one text, includes expanded."""

import hashlib
from importlib import resources

import jinja2

from summariser.extract import templates

KINDS = ("gift", "actor", "military")


def _fragment(kind: str) -> str:
    return resources.files("summariser").joinpath(f"kinds/{kind}/prompt.j2").read_text(encoding="utf-8")


def test_the_system_prompt_lists_each_kinds_fragment_in_order() -> None:
    prompt = templates.render("system.j2")
    places = [prompt.index(_fragment(kind).removesuffix("\n") + "\n") for kind in KINDS]
    assert places == sorted(places)
    assert "{%" not in prompt


def test_the_source_is_the_prompt_as_one_file() -> None:
    source = templates.template_source("system.j2")
    assert "include" not in source and all(_fragment(kind) in source for kind in KINDS)
    as_one = jinja2.Environment(loader=jinja2.DictLoader({"one": source}), keep_trailing_newline=False)
    assert as_one.get_template("one").render().strip() == templates.render("system.j2")
    assert templates.template_hash("system.j2") == hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def test_a_template_without_includes_is_its_file() -> None:
    text = resources.files("summariser.prompts").joinpath("extract.j2").read_text(encoding="utf-8")
    assert templates.template_source("extract.j2") == text
