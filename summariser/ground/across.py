"""People and organisations one article names that another article of the run names too, in any
script or spelling: the other article's sentence becomes that actor's source (method "nlp").

A small model finds almost nothing in Russian or Italian text and no parser reads it, but a name
grounded in one article ("Evan Gershkovich") is found in another by its words, folded to ASCII and
compared with names.same_name_word ("Эван Гершкович", "Гершковича"): code can justify that match.
Every word of the name must stand in one sentence, capitalised; a surname alone is enough only
when it is long (names.LONG_SURNAME) and no other name of the run ends in it, so Paul Whelan is never
found where only "Whelan" stands beside an Elizabeth Whelan. In English text a word the parser
reads as a place ("Austin, Texas") names nobody, and a given name alone that the parser reads as a
person ("Paul, Evan, Alsu, and green-card holder Vladimir") names the one person of the run with that
given name, never one of two (a Vladimir Putin beside a Vladimir Kara-Murza). In Hangul, which has
no capitals and writes a Korean name as one word with its particles, a Korean name of the run is found
where a word opens with it, both romanisations folded alike (names.korean_key: "Pak Jong-chon" in
"박정천"), and a foreign name where Hangul words write its sounds (names.sounded: "Vladimir Putin" in
"블라디미르 푸틴 대통령이"); a foreign name the run has only in Hangul is found where two capitalised
words write its sounds ("Дмитрий Песков" for the model's "드미트리 페스코프 대변인").
"""

import re
from dataclasses import dataclass

from summariser.facts import GroundedFact
from summariser.ground import checks, fallback, nlp, roles_abroad
from summariser.ground.found import actor_at
from summariser.ground.locate import Span
from summariser.ground.safety import instruction_lines, overlaps
from summariser.load.articles import Article
from summariser.names import (
    INFLECTION,
    MIN_KOREAN_KEY,
    MIN_SURNAME_LETTERS,
    fold_name,
    hangul_sound_key,
    hangul_syllables,
    heard_whole,
    in_hangul,
    in_latin_script,
    korean_key,
    same_name_word,
    same_person,
    sounded,
    sounds_like,
)
from summariser.schemas import Actor

LONG_SURNAME = 6
"""Letters a surname needs to name its person alone in another article."""
_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’.-]*")
_PLACES = ("GPE", "LOC", "NORP", "FAC")


@dataclass(frozen=True)
class _Name:
    written: str  # as the other article writes it
    words: tuple[str, ...]  # folded
    alone: bool  # whether its surname alone may name it
    given_alone: bool  # whether its given name alone may name it


def known_names(facts: list[GroundedFact]) -> list[_Name]:
    """The distinct actor names grounded anywhere in the run, with whether a surname alone names them."""
    written = {f.fact.name.strip() for f in facts if isinstance(f.fact, Actor) and fold_name(f.fact.name)}
    folded: dict[str, tuple[str, ...]] = {}
    seen: set[tuple[str, ...]] = set()
    for name in sorted(written, key=lambda n: (not in_latin_script(n), n)):  # "Alsu Kurmasheva", "Алсу Курмашева":
        words = fold_name(name)  # one name in two scripts; the Latin spelling is kept
        if words not in seen:
            seen.add(words)
            folded[name] = words
    endings = [words[-1] for words in folded.values()]
    givens = [words[0] for words in folded.values() if len(words) > 1]
    return [
        _Name(
            name,
            words,
            len(words) > 1 and len(words[-1]) >= LONG_SURNAME and endings.count(words[-1]) == 1,
            len(words) > 1 and len(words[0]) >= MIN_SURNAME_LETTERS and givens.count(words[0]) == 1,
        )
        for name, words in folded.items()
    ]


def names_across(article: Article, names: list[_Name], grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Actors of the run that this article names and no grounded actor of it does: each with the first
    sentence naming them."""
    have = [f.fact.name for f in grounded if isinstance(f.fact, Actor)]
    held = [{w for w in fold_name(h) if len(w) >= MIN_SURNAME_LETTERS} for h in have]
    wanted = [
        n for n in names if not any(same_person(h, n.written) for h in have) and not _held(n, held)
    ]  # "Defense Department" is the "Department of Defense" the article already has
    if not wanted:
        return []
    text = article.text
    english = checks.english(article)
    units = nlp.sentences(text) if english else fallback.sentences(text)
    suspect = instruction_lines(text)
    found: list[GroundedFact] = []
    for start, end in units:
        if not wanted or overlaps(start, end, suspect):
            continue
        sentence = text[start:end]
        tokens = [m for m in _TOKEN.finditer(sentence) if m.group()[0].isupper()]
        places = _place_words(sentence) if english else set()
        words = [(m, w) for m in tokens if m.group() not in places for w in _folded(m.group())]
        given = _given_names(sentence) if english else set()
        in_hangul_script = [m.group() for m in _TOKEN.finditer(sentence) if in_hangul(m.group())]
        hangul = [korean_key(hangul_syllables(w)) for w in in_hangul_script]
        heard = [hangul_sound_key(w) for w in in_hangul_script]
        for name in [
            n
            for n in wanted
            if _names(n, words) or (n.given_alone and n.words[0] in given) or _in_hangul(n, hangul) or _heard(n, heard)
        ]:
            wanted.remove(name)  # the quote shows the name as this article writes it ("Эвана Гершковича")
            role = None if english else roles_abroad.role_of(name.written, sentence, None, article.language or "")
            found.append(actor_at(article, 0, name.written, Span(start, end, "nlp", 100.0), sentence, role))
        for name in list(wanted):
            if written := _sounding(name, tokens, sentence):
                wanted.remove(name)  # named as this article writes it: "Дмитрий Песков", not in Hangul
                role = None if english else roles_abroad.role_of(written, sentence, None, article.language or "")
                found.append(actor_at(article, 0, written, Span(start, end, "nlp", 100.0), sentence, role))
    return found


def _held(name: _Name, held: list[set[str]]) -> bool:
    """Whether an actor of the article has every long word of the name; a name with no long word (one in
    Hangul folds to syllables: "deu", "mi", "teu", "ri") is never held this way."""
    long = {w for w in name.words if len(w) >= MIN_SURNAME_LETTERS}
    return bool(long) and any(long <= h for h in held)


def _names(name: _Name, words: list[tuple[re.Match[str], str]]) -> bool:
    """Whether the sentence's words write the name: every word of it, or a surname that may stand alone."""
    return all(
        any(same_word(wanted, w) for _, w in words) or (name.alone and wanted != name.words[-1])
        for wanted in name.words
    )


def _in_hangul(name: _Name, keys: list[str]) -> bool:
    """Whether a Korean name of two words or more opens a Hangul word of the sentence, particles after it
    ("Kim Jong-un" in "김정은에게"): the name whole, in one word, never syllables scattered over several."""
    wanted = korean_key(list(name.words))
    return len(name.words) > 1 and len(wanted) >= MIN_KOREAN_KEY and any(k.startswith(wanted) for k in keys)


def _heard(name: _Name, keys: list[str]) -> bool:
    """Whether a foreign name is written in Hangul by its sounds (names.sounded: "Vladimir Putin" in
    "블라디미르 푸틴 대통령이"): every word of it, or a surname that may stand alone; or, where its sounds
    are long enough to tell it (names.HEARD_WHOLE), the whole name as one Hangul word, which is how Hangul
    writes a foreign organisation ("RIA Novosti" in "리아노보스티", "Kremlin" in "크렘린궁")."""
    if any(heard_whole(name.words, k) for k in keys):
        return True
    return len(name.words) > 1 and all(
        any(sounded(wanted, k) for k in keys) or (name.alone and wanted != name.words[-1]) for wanted in name.words
    )


def _sounding(name: _Name, tokens: list[re.Match[str]], sentence: str) -> str | None:
    """The two capitalised words of the sentence, one space apart, that write the sounds of the first two
    words of a foreign name the run has only in Hangul ("Дмитрий Песков" for "드미트리 페스코프 ..."), as
    written; None if there are none."""
    if not in_hangul(name.written) or len(name.written.split()) < 2:
        return None
    keys = [hangul_sound_key(w) for w in name.written.split()[:2]]
    for left, right in zip(tokens, tokens[1:], strict=False):
        pair = (left.group(), right.group())
        if sentence[left.end() : right.start()] == " " and all(
            sounds_like("".join(fold_name(w)), k) for w, k in zip(pair, keys, strict=True)
        ):
            return sentence[left.start() : right.end()]
    return None


def _folded(token: str) -> list[str]:
    """A token's folded words, and the token as one word ("Ольга" folds to "ol", "ga" and "olga")."""
    parts = list(fold_name(token))
    return [*parts, "".join(parts)] if len(parts) > 1 else parts


def same_word(wanted: str, word: str) -> bool:
    """A folded name word against a folded word of the sentence: a short word only as written; a long
    one also with its final vowel declined ("Kurmasheva" in "Курмашеву", "Kurmashevoy")."""
    if len(wanted) < MIN_SURNAME_LETTERS:
        return wanted == word
    if same_name_word(wanted, word):
        return True
    stem = wanted[:-1]
    declined = len(wanted) >= LONG_SURNAME and wanted[-1] in "aeiouy" and word.startswith(stem)
    return declined and len(word) - len(stem) <= INFLECTION


def _given_names(sentence: str) -> set[str]:
    """The folded one-word names the English parser reads as persons in a sentence ("Paul", "Alsu")."""
    return {w for e in nlp.entities(sentence, "PERSON") if len(e) == 1 for w in fold_name(e.text)}


def _place_words(sentence: str) -> set[str]:
    """Words of an English sentence the parser reads as places or peoples."""
    return {t.text for e in nlp.entities(sentence, *_PLACES) for t in e}
