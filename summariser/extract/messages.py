"""What is sent for one call: the response model per kind, the messages, and the call's cache key."""

import hashlib
import json
from functools import cache
from typing import Any

from pydantic import BaseModel

from summariser.extract import templates
from summariser.extract.cache import cache_key
from summariser.extract.params import RequestParams, initial_params
from summariser.schemas import ActorList, GiftList, MilitaryClaimList
from summariser.settings import KINDS, Settings

RESPONSE_MODELS: dict[str, type[BaseModel]] = {
    "gifts": GiftList,
    "actors": ActorList,
    "military": MilitaryClaimList,
}
SYSTEM_TEMPLATE = "system.j2"


@cache
def _json_schema(model: type[BaseModel]) -> dict[str, Any]:
    return model.model_json_schema()


@cache
def _schema_digest(model: type[BaseModel]) -> str:
    return hashlib.sha256(json.dumps(_json_schema(model), sort_keys=True).encode()).hexdigest()


def schema_hash() -> str:
    """Short sha256 of the JSON Schemas of every response model."""
    schemas = {kind: _json_schema(model) for kind, model in RESPONSE_MODELS.items()}
    return hashlib.sha256(json.dumps(schemas, sort_keys=True).encode()).hexdigest()[:16]


def prompt_hashes() -> dict[str, str]:
    """Content hash of every prompt template used by extraction."""
    return {name: templates.template_hash(name) for name in (SYSTEM_TEMPLATE, *(f"{k}.j2" for k in KINDS))}


def build_messages(kind: str, text: str) -> list[dict[str, str]]:
    """System rules first, then the kind's task and examples, the article last (prefix-cache friendly)."""
    nonce = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return [
        {"role": "system", "content": templates.render(SYSTEM_TEMPLATE)},
        {"role": "user", "content": templates.render(f"{kind}.j2", article=text, nonce=nonce)},
    ]


def call_key(settings: Settings, kind: str, text: str, params: RequestParams | None = None) -> str:
    """Cache key of one call: every input that can change the model's answer, with the generation
    parameters as sent (`params`, default: the first ones tried)."""
    sent = (params or initial_params(settings)).values(settings)
    return cache_key(
        {
            "model": settings.model,
            "endpoint": settings.endpoint_id,
            "mode": settings.mode,
            "prompts": {
                SYSTEM_TEMPLATE: templates.template_hash(SYSTEM_TEMPLATE),
                kind: templates.template_hash(f"{kind}.j2"),
            },
            "schema": _schema_digest(RESPONSE_MODELS[kind]),
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "params": {
                **sent,
                "max_reasks": settings.max_reasks,
                "fuzzy_threshold": settings.fuzzy_threshold,
            },
        }
    )
