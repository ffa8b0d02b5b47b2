"""The lede written by the model: one request per run, after merge, that reads the brief's merged facts only
(render/lede.py lists them; never an article's text) and answers sentences citing the fact ids they state. Its
answer is cached like any other, and so is an answer never in the shape asked (as no lede: a re-run asks
nothing); a request that fails gives no answer. Without an answer the brief keeps the template lede.
Nothing here checks the sentences: render/lede.py holds each against the facts it cites."""

import hashlib
from collections.abc import Callable

from pydantic import ValidationError

from summariser.errors import SummariserError, ValidationExhausted
from summariser.extract import templates
from summariser.extract.cache import JsonCache, cache_key
from summariser.extract.messages import LEDE_TEMPLATE
from summariser.facts import CallStats, ModelClient
from summariser.schemas.extraction import WrittenLede
from summariser.settings import Settings


def write_lede(
    facts: str,
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    cache: JsonCache | None,
    stats: CallStats,
) -> WrittenLede | None:
    """The model's lede of the facts listed in `facts`, None where there are none or the request fails; the
    client is made only on a cache miss (a cached run starts no model)."""
    if not facts.strip():
        return None
    nonce = hashlib.sha256(facts.encode("utf-8")).hexdigest()[:16]
    messages = [{"role": "user", "content": templates.render(LEDE_TEMPLATE, facts=facts, nonce=nonce)}]
    key = cache_key(
        {"model": settings.model, "endpoint": settings.endpoint_id, "mode": settings.mode,
         "schema": WrittenLede.model_json_schema(), "messages": messages}
    )  # fmt: skip
    stored = cache.get(key) if cache else None
    try:
        answer = WrittenLede.model_validate(stored) if stored else None
    except ValidationError:
        answer = None
    if answer is None:
        try:
            answer = client_factory().complete(messages, WrittenLede, stats)
        except ValidationExhausted:  # the model answered, never in the shape asked: kept as no lede, not asked again
            answer = WrittenLede(sentences=[])
        except (SummariserError, ValidationError):
            return None
        if cache:
            cache.set(key, answer.model_dump(mode="json"))
    return answer
