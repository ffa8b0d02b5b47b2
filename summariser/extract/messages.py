"""What is sent for one call: the response model for the kinds asked, the messages, and the call's cache key.

Layout (prefix-cache friendly): everything static first (rules, what to list, an example; with TOOLS
mode the function's schema joins them), then the article as numbered sentences, then the NLP layer's
hints and which lists to fill. Every call shares the static part, which llama.cpp (and a provider's
prompt cache) evaluates once; a re-ask shares everything up to the reply.
"""

import hashlib
import json
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from summariser.extract import templates
from summariser.extract.cache import cache_key
from summariser.extract.params import RequestParams, initial_params
from summariser.schemas.extraction import MAX_ACTORS, WRITTEN_ACTORS_DESCRIPTION, Extraction, WrittenActorRef
from summariser.settings import KINDS, Settings
from summariser.verify.numbered import Numbered

SYSTEM_TEMPLATE = "system.j2"
USER_TEMPLATE = "extract.j2"
SPELLING_TEMPLATE = "spelling.j2"
LEDE_TEMPLATE = "lede.j2"
FIELD_OF_KIND = {"gifts": "gifts", "actors": "actors", "military": "claims"}
HINT_HEADINGS = {"gifts": "Possible gifts", "actors": "Names", "military": "Military figures and treaties"}
"""The field of `Extraction` that answers each kind."""


@cache
def response_model(kinds: tuple[str, ...] = KINDS, written: bool = False) -> type[BaseModel]:
    """`Extraction`, or the part of it holding only `kinds` (one call per kind); with `written` (an article not
    in English), each actor's name as written stands before its English (schemas/extraction.WrittenActorRef)."""
    if kinds == KINDS and not written:
        return Extraction
    fields: dict[str, Any] = {FIELD_OF_KIND[k]: _field(FIELD_OF_KIND[k], written) for k in kinds}
    model: type[BaseModel] = create_model(
        "Extraction", __config__=ConfigDict(extra="forbid"), __doc__=Extraction.__doc__, **fields
    )
    return model


def _field(name: str, written: bool) -> tuple[Any, Any]:
    if name == "actors" and written:
        return list[WrittenActorRef], Field(max_length=MAX_ACTORS, description=WRITTEN_ACTORS_DESCRIPTION)
    return Extraction.model_fields[name].annotation, Extraction.model_fields[name]


@cache
def _schema_digest(model: type[BaseModel]) -> str:
    return hashlib.sha256(json.dumps(model.model_json_schema(), sort_keys=True).encode()).hexdigest()


def schema_hash() -> str:
    """Short sha256 of the JSON Schema of the response model."""
    return _schema_digest(Extraction)[:16]


def prompt_hashes() -> dict[str, str]:
    """Content hash of every prompt template a run may send (extraction, the English spellings of names:
    extract/spelling.py, and the lede: extract/lede.py)."""
    templates_sent = (SYSTEM_TEMPLATE, USER_TEMPLATE, SPELLING_TEMPLATE, LEDE_TEMPLATE)
    return {name: templates.template_hash(name) for name in templates_sent}


def build_messages(
    numbers: Numbered, hints: dict[str, list[str]] | None, kinds: tuple[str, ...] = KINDS
) -> list[dict[str, str]]:
    """System rules and example, then the numbered article, then what to find in it (with hints)."""
    nonce = hashlib.sha256(numbers.text.encode("utf-8")).hexdigest()[:16]
    marked = [(HINT_HEADINGS[kind], lines) for kind in kinds if (lines := (hints or {}).get(kind))]
    listed = "\n".join(f"{heading}: " + "; ".join(lines) for heading, lines in marked)
    lists = " and ".join(FIELD_OF_KIND[kind] for kind in kinds)
    user = templates.render(USER_TEMPLATE, article=numbers.lines(), nonce=nonce, lists=lists, hints=listed)
    return [
        {"role": "system", "content": templates.render(SYSTEM_TEMPLATE, written=numbers.written_names)},
        {"role": "user", "content": user},
    ]


def call_key(
    settings: Settings,
    messages: list[dict[str, str]],
    kinds: tuple[str, ...] = KINDS,
    params: RequestParams | None = None,
    written: bool = False,
) -> str:
    """Cache key of one call: every input that can change the model's answer (the messages as sent,
    so the article, its numbering and the hints are in it), with the generation parameters as sent
    (`params`, default: the first ones tried) and the response model (`written`: response_model's)."""
    sent = (params or initial_params(settings)).values(settings)
    return cache_key(
        {
            "model": settings.model,
            "endpoint": settings.endpoint_id,
            "mode": settings.mode,
            "schema": _schema_digest(response_model(kinds, written)),
            "messages_sha256": hashlib.sha256(json.dumps(messages, sort_keys=True).encode("utf-8")).hexdigest(),
            "params": {**sent, "max_reasks": settings.max_reasks},
        }
    )
