"""The usual English spelling of names written in no Latin letters ("Камала Харис" -> "Kamala Harris",
"Дмитрий Песков" -> "Dmitry Peskov"): one request per run, its answer cached like any other. A
spelling is kept only where code finds it the same name spelt otherwise (names.spelled_alike), so the
model renames no one on its own word: a guess ("Boris Johnson" for "블라디미르 푸틴") or a translation of
a body's name is dropped, and so is the whole answer where the request fails; the brief is complete
without it."""

from collections.abc import Callable

from summariser.extract.cache import JsonCache
from summariser.extract.messages import SPELLING_TEMPLATE
from summariser.extract.once import ask_once
from summariser.facts import ArticleFacts, CallStats, ModelClient
from summariser.names import in_latin_script, spelled_alike
from summariser.schemas.extraction import Actor, EnglishSpellings
from summariser.settings import Settings

MAX_NAMES = 60
"""Names asked in one request at most (the first in order); a run naming more keeps the others as written."""


def run_spellings(
    results: list[ArticleFacts],
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    cache: JsonCache | None,
    stats: CallStats,
) -> dict[str, str]:
    """english_spellings of the run's actor names that no article writes in Latin letters: only they can be
    shown in an English spelling (merge.py), so only they are asked for one."""
    names = [
        f.fact.name for r in results for f in r.facts if isinstance(f.fact, Actor) and not in_latin_script(f.fact.name)
    ]
    return english_spellings(names, settings, client_factory, cache, stats)


def english_spellings(
    names: list[str],
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    cache: JsonCache | None,
    stats: CallStats,
) -> dict[str, str]:
    """Each name's English spelling where the model gives one that code finds the same name; the client
    is made only on a cache miss (a cached run starts no model)."""
    asked = sorted({n.strip() for n in names if n.strip()})[:MAX_NAMES]
    if not asked:
        return {}
    listing = "\n".join(f"{i}. {name}" for i, name in enumerate(asked, 1))
    answer = ask_once(SPELLING_TEMPLATE, {"names": listing}, EnglishSpellings, settings, client_factory, cache, stats)
    if answer is None:
        return {}  # the names stay as written
    return {
        name: english.strip()
        for name, english in zip(asked, answer.english, strict=False)
        if english and english.strip() != name and in_latin_script(english) and spelled_alike(name, english)
    }
