"""Render the prompt templates in prompts/ and give each its content hash."""

import hashlib
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2


@cache
def _environment() -> "jinja2.Environment":
    import jinja2  # deferred: a fully cached run only hashes templates, never renders them

    folder = resources.files("summariser.prompts")
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )


@cache
def template_source(name: str) -> str:
    """The raw text of prompts/<name>."""
    return resources.files("summariser.prompts").joinpath(name).read_text(encoding="utf-8")


def template_hash(name: str) -> str:
    """Short sha256 of the template's text: its version."""
    return hashlib.sha256(template_source(name).encode("utf-8")).hexdigest()[:16]


def render(name: str, **variables: object) -> str:
    """Render a template; a missing variable is an error. Values are inserted as data, never parsed."""
    return _environment().get_template(name).render(**variables).strip()
