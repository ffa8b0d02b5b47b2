"""What the NLP layer points the model at in one text, per kind: the numbered sentences and the spans
in them that it found (counted things given; people and organisations; troop, casualty and arms
figures and treaties). The model confirms, structures and completes them; code checks the result."""

from summariser.kinds.gift.finders.english import gift_counts
from summariser.kinds.military.finders.english import nlp_claims
from summariser.lang.en import nlp
from summariser.load.articles import Article
from summariser.schemas import MilitaryClaim
from summariser.verify.numbered import Numbered
from summariser.verify.safety import instruction_lines, overlaps

MAX_HINTS = 12
"""Hints per kind at most: a long article's list must not outgrow the article."""


def hints(article: Article, offset: int, numbers: Numbered) -> dict[str, list[str]]:
    """Per kind ("gifts", "actors", "military"), short lines naming a sentence and what the parse
    found in it: '[4] two bears', 'Vladimir Putin [1, 5]', '[9] up to 12,000 North Korean troops'.
    Sentences on lines that read as instructions to a model give no hints."""
    suspect = instruction_lines(numbers.text)
    clean = {n for n, (start, end) in enumerate(numbers.spans, 1) if not overlaps(start, end, suspect)}
    return {
        "gifts": _gift_hints(numbers, clean)[:MAX_HINTS],
        "actors": _name_hints(numbers, clean)[:MAX_HINTS],
        "military": _claim_hints(article, offset, numbers)[:MAX_HINTS],
    }


def _gift_hints(numbers: Numbered, clean: set[int]) -> list[str]:
    found = []
    for n in sorted(clean):
        for count in gift_counts(numbers.sentence(n)):
            found.append(f"[{n}] {count.wording} {count.noun_phrase}")
    return list(dict.fromkeys(found))


def _name_hints(numbers: Numbered, clean: set[int]) -> list[str]:
    """People and organisations the parser tags, each with the sentences that name them: a person
    named by surname alone joins the full name that ends with it; an organisation needs two words
    (one capitalised word tagged ORG is as often a department's second word or a handle)."""
    where: dict[str, list[int]] = {}
    entities = nlp.entities(numbers.text, "PERSON", "ORG")
    full_names = [e.text.strip() for e in entities if e.label_ == "PERSON" and " " in e.text.strip()]
    for entity in entities:
        name = entity.text.strip()
        words = [w for w in name.split() if w.lower() != "the" and w[:1].isupper()]
        if entity.label_ == "ORG" and (len(words) < 2 or not name.replace(" ", "").replace("-", "").isalpha()):
            continue
        if entity.label_ == "PERSON" and len(words) == 1:
            name = next((f for f in full_names if f.split()[-1] == name), name)
        number = numbers.number_at(entity.start_char)
        if number not in clean:
            continue
        sentences = where.setdefault(name, [])
        if number not in sentences:
            sentences.append(number)
    return [f"{name} [{', '.join(map(str, sentences))}]" for name, sentences in where.items()]


def _claim_hints(article: Article, offset: int, numbers: Numbered) -> list[str]:
    found = []
    for fact in nlp_claims(article, offset, numbers.text, []):
        claim = fact.fact
        assert isinstance(claim, MilitaryClaim)
        number = numbers.number_at(fact.source.start - offset)
        what = f"{claim.figure_text} {claim.subject}" if claim.figure_text else claim.subject
        found.append(f"[{number}] {claim.claim_type.replace('_', ' ')}: {what}")
    return list(dict.fromkeys(found))
