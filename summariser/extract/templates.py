"""Render the prompt templates in prompts/ and give each its content hash. A template may include a fact kind's
fragment by its path under summariser/ (`{% include "kinds/gift/prompt.j2" %}`): the loader looks in prompts/,
then in summariser/."""

import hashlib
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2

_FOLDERS = ("summariser.prompts", "summariser")
"""Where templates are found, in order: prompts/, then fragments by their path under summariser/."""
_INCLUDE = re.compile(r'\{% include "([^"]+)" %\}')


@cache
def _environment() -> "jinja2.Environment":
    import jinja2  # deferred: a fully cached run only hashes templates, never renders them

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(resources.files(package)) for package in _FOLDERS]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )


@cache
def template_source(name: str) -> str:
    """The template's text with each include replaced by the included file's text as jinja renders it (its one
    trailing newline dropped): the prompt as one file, so a fragment moved out of it leaves its version as it was."""
    return _INCLUDE.sub(lambda m: template_source(m.group(1)).removesuffix("\n"), _file_text(name))


def _file_text(name: str) -> str:
    """The text of the first file named `name` in the loader's folders."""
    for package in _FOLDERS:
        path = resources.files(package).joinpath(name)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"no template {name} in {', '.join(_FOLDERS)}")


def template_hash(name: str) -> str:
    """Short sha256 of the template's text, includes expanded: its version."""
    return hashlib.sha256(template_source(name).encode("utf-8")).hexdigest()[:16]


def render(name: str, **variables: object) -> str:
    """Render a template; a missing variable is an error. Values are inserted as data, never parsed."""
    return _environment().get_template(name).render(**variables).strip()
