"""People and organisations named in text other than English, never by a model's say-so, marked origin
"proper_names": where a reader parses the language (lang/registry.py: French, Russian), the persons and
organisations its NER model tags in the body's sentences (never in a headline), as lang/frames/ keeps them; in
Korean, the proper nouns Kiwi's morphological analysis tags (lang/ko/korean.py). Where no parser reads the
language (Italian, Spanish, Macedonian ...), nothing is added: the model's names are only checked
(lang/xx/fallback.py). Names by their capitals alone were tried and left out: on the frozen test split they
added as many places, breeds and dogs' names as people (docs/quality.md, the ablation).

A name is left out where it is counted or numbered in the article ("31 tanques Abrams": a thing), where it stands
in a photo's credit (after "©", or joined by a slash to another name: "AFP/Ludovic MARIN"), or where the article
already has an actor for it (names.same_word, case endings included).
"""

import re

from summariser.facts import GroundedFact
from summariser.kinds.actor.finders.english import actor_at
from summariser.kinds.actor.schema import Actor
from summariser.lang.concepts import thing
from summariser.lang.ko import korean
from summariser.lang.lexicon import counted_noun
from summariser.lang.registry import reader_for
from summariser.lang.words import NAME_TOKEN, credited
from summariser.lang.xx import roles_abroad
from summariser.load.articles import Article
from summariser.names import fold_name, same_word
from summariser.verify import checks
from summariser.verify.locate import Span

_COUNTED = r"(?:\d[\d.,]*\s+(?:\w+\s+)?{name}(?!\w)|(?<!\w){name}\s+\d)"
"""A name counted or numbered somewhere in the article is a thing: "31 tanques Abrams", "Leopard 2"."""


def proper_names(article: Article, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Actors for the names written in the article's non-English sentences that no grounded actor of it
    names, in English or as written (a body the model named in English: "Министерство иностранных дел Японии"
    for the Japan Ministry of Foreign Affairs): each with the first sentence naming it."""
    text = article.text
    actors = [f.fact for f in grounded if isinstance(f.fact, Actor)]
    have = [tuple(fold_name(name)) for a in actors for name in (a.name, a.written) if name]
    found: list[GroundedFact] = []
    body = body_start(article)
    for start, end, code in checks.foreign_sentences(article):
        sentence = text[start:end]
        parsed = reader_for(code) is not None
        if not parsed and code != korean.KOREAN:
            continue  # no parser reads the language: only the model's names are checked (lang/xx/fallback.py)
        if parsed and start < body:
            continue  # a headline's capitals and NER's guesses on them name no actor ("Macron Offre Un Cheval")
        for written, name in _named(sentence, code):
            words = fold_name(name)
            if not words or any(_holds(old, words) for old in have) or _counted(written, text):
                continue
            if credited(written, sentence) or roles_abroad.only_a_title(name, code):
                continue  # a photo's credit ("AFP/Ludovic MARIN") or a title alone ("Le président") names no actor
            if not parsed and len(words) == 1 and _names_a_kind(sentence, name, code):
                continue  # Korean "오를로프 트로터" after a thing's noun: a breed or a make, no actor
            if not parsed and sentence.lstrip().startswith(name) and _opener_before_surname(words, have):
                continue  # a word opening the sentence before the surname of a person named already
            have.append(words)
            role = roles_abroad.role_of(written, sentence, None, code)
            found.append(actor_at(article, 0, name, Span(start, end, "nlp", 100.0), sentence, role, "proper_names"))
    return found


def _named(sentence: str, code: str) -> list[tuple[str, str]]:
    """Each name in the sentence as written and as the actor is to be called: in the dictionary form where
    a reader gives one ("Эвана Гершковича" -> "Эван Гершкович"), else as written."""
    reader = reader_for(code)
    if reader is not None:
        return [(sentence[n.start : n.end], n.normal) for n in reader.names(sentence)]
    return [(name, name) for name in names_in(sentence, code)]


def names_in(sentence: str, code: str) -> list[str]:
    """The names in a sentence of language `code`: the persons and organisations its reader's NER and parse
    find (lang/registry.py: French, Russian); in Korean, which has no capitals, the proper nouns Kiwi tags
    (lang/ko/korean.py); in any other language none (no parser reads it)."""
    if code == korean.KOREAN:
        return [sentence[start:end] for start, end in korean.proper_nouns(sentence)]
    reader = reader_for(code)
    if reader is not None:
        return [sentence[n.start : n.end] for n in reader.names(sentence)]
    return []


def _names_a_kind(sentence: str, name: str, code: str) -> bool:
    """Whether the word before the name is a thing (lang/concepts.py) or a counted noun: the name is
    then of its kind, a breed, a make or a model (Korean "오를로프 트로터" after its noun; "автомобиль Aurus")."""
    before = NAME_TOKEN.findall(sentence[: sentence.find(name)])
    return bool(before) and before[-1][0].islower() and bool(thing(before[-1], code) or counted_noun(before[-1], code))


def _opener_before_surname(words: tuple[str, ...], have: list[tuple[str, ...]]) -> bool:
    """Whether a name opening its sentence is one word before the surname of a person the article names."""
    return len(words) == 2 and any(len(old) > 1 and same_word(old[-1], words[1]) for old in have)


def _counted(name: str, text: str) -> bool:
    return re.search(_COUNTED.format(name=re.escape(name)), text) is not None


def _holds(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether a new name's words are all in a name the article already has (any case ending)."""
    return all(any(same_word(o, n) or same_word(n, o) for o in old) for n in new)


_SENTENCE_END = re.compile(r"[.!?…][»\"”’)]*\s*$")


def body_start(article: Article) -> int:
    """Where the body of an article begins: after its first line where that line is a headline (the
    article's title, or a line of its own with more text below and no full stop at its end); else 0."""
    text = article.text
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0 or not text[end:].strip():
        return 0
    first = text[lead:end].strip()
    titled = bool(article.title) and first == (article.title or "").strip()
    return end if titled or not _SENTENCE_END.search(first) else 0
