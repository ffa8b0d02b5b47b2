"""Head counts and arms counts in text other than English that a reader parses ("10 человек", "31 chars"),
found by the noun the parse says a number counts, and marked origin "counts_abroad". Where no reader parses
the language nothing is added: the model's figures are only checked (lang/xx/fallback.py); counts read by
the word after a number ("26 persone") added nothing on the frozen test split and were left out.

The noun is recognised by its lemma (simplemma, per language) in a small bilingual word list (lang/lexicon.py): the
English nouns the parse counts (lang/en/reading.py: people and prisoners, tanks and missiles) in
Italian, Spanish, Portuguese, French, German, Russian, Ukrainian and Macedonian. The English word
becomes the claim's subject, so the brief reads the same in every language, while the quote stays
the article's own sentence. A count of people in a sentence that speaks of death or wounds is left
out (it may be a casualty figure, which needs a parse to tell), and so is every troop figure (only a
parse tells a deployment from the size of an army: lang/en/reading.py). Without a parse these figures
are compared with nothing: equal ones merge, different ones are never shown as a disagreement
(facts.Reading.compared False), since "10 prigionieri ... 13 prigionieri ... 3 prigionieri" are three counts of
one exchange, not three claims about one number. A number written after its noun is read where the sentence
says "the number of <noun> ... amounts to <number>" ("общее число подлежащих обмену лиц составляет 26").
"""

import re

from summariser.facts import GroundedFact, Reading
from summariser.kinds.military.schema import ClaimType, MilitaryClaim
from summariser.lang.base import Counted
from summariser.lang.en import nlp
from summariser.lang.lexicon import AMOUNTS_TO, ARMS, HARM, NUMBER_OF, PEOPLE, lemmas, tokens
from summariser.lang.registry import reader_for
from summariser.load.articles import Article
from summariser.load.numerals import numbers_at
from summariser.verify import checks
from summariser.verify.locate import Span
from summariser.verify.recite import source


def counts_abroad(article: Article, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Claims for the counted nouns of the article's non-English sentences that no grounded claim of it
    already gives the figure of, each figure of each noun once ("трех ... граждан" and "3 – в США" are
    two counts: citizens and people)."""
    text = article.text
    held = {f.fact.figure for f in grounded if isinstance(f.fact, MilitaryClaim)}
    seen: set[tuple[int, str]] = set()
    found: list[GroundedFact] = []
    for start, end, code in checks.foreign_sentences(article):
        sentence = text[start:end]
        for claim_type, english, value, written in counted_in(sentence, code):
            if value in held or (value, english) in seen or value <= 1:
                continue  # "1" is too often a date without a parse (fallback._without_lone_one)
            seen.add((value, english))
            claim = MilitaryClaim(
                claim_type=claim_type, subject=english, figure=value, figure_text=written, claimed_by=None,
                place=None, date=None, evidence=sentence,
            )  # fmt: skip
            reading = Reading(
                head=nlp.lemma(english),
                value=value,
                wording=written,
                measure=f"{claim_type}: {english}",
                compared=False,
            )  # the English lemma ("tank"), as the parse of an English sentence gives it: equal figures merge
            found.append(
                GroundedFact(
                    "military",
                    claim,
                    source(article, 0, Span(start, end, "nlp", 100.0), "counts_abroad"),
                    None,
                    reading,
                )
            )
    return found


MAX_AMOUNTED = 4
"""Words a counted noun may stand after "the number of" ("число подлежащих обмену лиц": two between)."""
MAX_PARTICLE = 3
"""Letters of a word between a verb of amounting and its number that is a particle ("è di 26")."""
_ELIDED = re.compile(r"\s*[–—]\s")  # a dash after a number stands for the noun left out


def counted_in(sentence: str, code: str) -> list[tuple[ClaimType, str, int, str]]:
    """(claim type, English noun, value, wording) for each number whose counted noun, as the language's reader
    parses it, is a counted noun of language `code`, and for a number followed by a dash after a head count of
    the same sentence ("10 человек перевезены в Россию, 13 – в Германию": the dash stands for "человек");
    none where no reader parses the language."""
    parsed = _parsed_counts(sentence, code)
    if code not in PEOPLE or parsed is None:
        return []
    words = tokens(sentence, code)
    harmed = bool(lemmas(sentence, code) & HARM.get(code, set()))
    found: list[tuple[ClaimType, str, int, str]] = []
    for value, written, at in numbers_at(sentence, code):
        between = sentence[at + len(written) :]
        if _ELIDED.match(between) and found and found[-1][0] == "other":
            found.append((*found[-1][:2], value, written))  # "10 человек ..., 13 – в Германию": 13 people
            continue
        counted = parsed.get(at)
        if counted is not None and counted.english is not None:  # read through a translation ("11 mil": 11000)
            value, written = counted.value, counted.written
        kind = _kind(counted, code) if counted is not None else None  # the noun the parse says the number counts
        kind = kind or _amounted(words, at, code)  # "число ... лиц составляет 26"
        if kind is not None and not (kind[0] == "other" and harmed):
            found.append((kind[0], kind[1], value, written))
    return found


def _parsed_counts(sentence: str, code: str) -> dict[int, Counted] | None:
    """Where a reader parses the language (lang/registry.py), what each number counts, by the number's offset
    (digits or number words: "трех ... американских граждан"); None where no reader does."""
    reader = reader_for(code)
    return None if reader is None else {c.at: c for c in reader.counts(sentence)}


def _amounted(words: list[tuple[re.Match[str], str]], at: int, code: str) -> tuple[ClaimType, str] | None:
    """What a number written after its noun counts: the word just before the number is a verb of amounting
    (lexicon.AMOUNTS_TO) and, before it, a word for "the number of" is followed within MAX_AMOUNTED words by a
    counted noun ("общее число подлежащих обмену лиц составляет 26": people)."""
    before = [base for m, base in words if m.end() <= at]
    if before and len(before[-1]) <= MAX_PARTICLE and before[-1] not in AMOUNTS_TO.get(code, set()):
        before = before[:-1]  # "è di 26", "s'élève à 26"
    if not before or before[-1] not in AMOUNTS_TO.get(code, set()):
        return None
    for index, base in enumerate(before[:-1]):
        if base in NUMBER_OF.get(code, set()):
            for noun in before[index + 1 : min(index + 1 + MAX_AMOUNTED, len(before) - 1)]:
                if (kind := _noun_kind(noun, code)) is not None:
                    return kind
    return None


def _kind(counted: Counted, code: str) -> tuple[ClaimType, str] | None:
    """What a parsed count counts, with the English noun: where the reader read a translation, the claim its
    English reading confirmed (Counted.claim); else a head count ("other") or an arms count by the noun's
    lemma; None for any other noun."""
    if counted.english is not None:
        return None if counted.claim is None else (counted.claim, counted.english)
    return _noun_kind(counted.lemma, code)


def _noun_kind(base: str, code: str) -> tuple[ClaimType, str] | None:
    """A head count ("other") or an arms count, with the English noun; None for any other noun."""
    if english := PEOPLE.get(code, {}).get(base):
        return "other", english
    if english := ARMS.get(code, {}).get(base):
        return "arms", english
    return None
