"""One request a run makes beside extraction (the English spellings of names, the lede): its data rendered into a
prompt template between nonce delimiters, its answer read from the cache or asked of the model and cached."""

import hashlib
from collections.abc import Callable
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from summariser.errors import SummariserError, ValidationExhausted
from summariser.extract import templates
from summariser.extract.cache import JsonCache, cache_key
from summariser.facts import CallStats, ModelClient
from summariser.settings import Settings

M = TypeVar("M", bound=BaseModel)


def ask_once(
    template: str,
    data: dict[str, str],
    response_model: type[M],
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    cache: JsonCache | None,
    stats: CallStats,
    *,
    unusable: M | None = None,
) -> M | None:
    """The model's answer to `template` rendered with `data` (its nonce a hash of the data), None where the
    request fails; the client is made only on a cache miss (a cached run starts no model). `unusable`: what to
    cache and return where the model answered but never in the shape asked (None: nothing, asked again next run)."""
    nonce = hashlib.sha256("".join(data.values()).encode("utf-8")).hexdigest()[:16]
    messages = [{"role": "user", "content": templates.render(template, **data, nonce=nonce)}]
    key = cache_key(
        {"model": settings.model, "endpoint": settings.endpoint_id, "mode": settings.mode,
         "schema": response_model.model_json_schema(), "messages": messages}
    )  # fmt: skip
    stored = cache.get(key) if cache else None
    try:
        answer = response_model.model_validate(stored) if stored else None
    except ValidationError:
        answer = None
    if answer is None:
        try:
            answer = client_factory().complete(messages, response_model, stats)
        except ValidationExhausted:
            if unusable is None:
                return None
            answer = unusable
        except (SummariserError, ValidationError):
            return None
        if cache:
            cache.set(key, answer.model_dump(mode="json"))
    return answer
