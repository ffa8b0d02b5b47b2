"""The lede written by the model: one request per run, after merge, that reads the brief's merged facts only
(render/lede.py lists them; never an article's text) and answers sentences citing the fact ids they state. Its
answer is cached like any other, and so is an answer never in the shape asked (as no lede: a re-run asks
nothing); a request that fails gives no answer. Without an answer the brief keeps the template lede.
Nothing here checks the sentences: render/lede.py holds each against the facts it cites."""

from collections.abc import Callable

from summariser.extract.cache import JsonCache
from summariser.extract.messages import LEDE_TEMPLATE
from summariser.extract.once import ask_once
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
    no_lede = WrittenLede(sentences=[])  # the model answered, never in the shape asked: not asked again
    return ask_once(
        LEDE_TEMPLATE, {"facts": facts}, WrittenLede, settings, client_factory, cache, stats, unusable=no_lede
    )
