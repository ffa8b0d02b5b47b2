"""Names the run gives to animals and things ("a horse, which has been named Victory"): no actor in any article of
the run, whichever model answer or finder named them so. The English parse reads the naming
(lang/en/acting.names_of_things); the name is then dropped wherever it stands as an actor, in any language
that writes it alike ("l'animal, baptisé "Victory"", "Der Name: „Victory“")."""

import re
from collections.abc import Iterable, Mapping

from summariser import rules
from summariser.facts import ArticleFacts
from summariser.kinds.actor.schema import Actor
from summariser.kinds.sentences import sentences
from summariser.lang.en.acting import NAMING, names_of_things
from summariser.load.articles import Article
from summariser.names import fold_name
from summariser.verify import checks
from summariser.verify.recite import dropped_fact

_NAMING_WORD = re.compile(r"\b(?:" + "|".join(sorted(v.removesuffix("e") for v in NAMING)) + r")\w*", re.IGNORECASE)
"""A word that may be a form of a verb of naming: only sentences holding one are parsed."""


def thing_names(articles: Iterable[Article]) -> set[tuple[str, ...]]:
    """The names (folded: names/fold.py) that the English sentences of the articles give to animals or things."""
    found: set[tuple[str, ...]] = set()
    for article in articles:
        if not checks.english_anywhere(article) or not _NAMING_WORD.search(article.text):
            continue
        for span, sentence, _ in sentences(article.text):
            if _NAMING_WORD.search(sentence) and checks.english_at(article, span.start, span.end):
                found.update(fold_name(name) for name in names_of_things(sentence))
    return found - {()}


def drop_named_things(results: list[ArticleFacts], articles: Mapping[str, Article]) -> None:
    """Every actor fact of the run whose name the run gives to an animal or a thing, moved from the facts of its
    article to those code did not keep (rule link.named_thing)."""
    names = thing_names(articles[r.article_id] for r in results)
    if not names:
        return
    for result in results:
        kept = []
        for found in result.facts:
            if isinstance(found.fact, Actor) and fold_name(found.fact.name) in names:
                result.rejected.append(
                    dropped_fact("actors", found.fact, articles[result.article_id], rules.NAMED_THING)
                )
                result.dropped += 1
            else:
                kept.append(found)
        result.facts = kept
