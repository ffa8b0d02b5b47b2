"""Keep, re-cite or drop each extracted fact: its evidence must be in the article, its sentence must
state the fact as the checker of its language reads it (lang/registry.checker_for: the English parse,
lang/en/reading.py; the checks that need no parser, lang/xx/fallback.py), be on topic, and not sit on a
line that reads as an instruction to a model."""

from collections.abc import Callable

from summariser import rules
from summariser.facts import Fact, GroundedFact, Reading
from summariser.lang.base import Checker
from summariser.lang.lexicon import GIVING, lexicon_of
from summariser.lang.registry import checker_for
from summariser.load.articles import Article
from summariser.schemas import Actor, Decision, DroppedFact, Gift, MilitaryClaim, Source
from summariser.schemas.summary import Origin
from summariser.verify import checks
from summariser.verify.locate import MIN_EVIDENCE_CHARS, Span, locate
from summariser.verify.safety import instruction_lines, overlaps
from summariser.verify.support import relevance_problem

MAX_DROPPED_EVIDENCE = 300
"""Characters of a dropped fact's quote shown in the brief: the model's words, not the article's."""


def ground_facts(
    facts: list[tuple[str, Fact]], article: Article, offset: int, text: str, threshold: float
) -> tuple[list[GroundedFact], list[DroppedFact]]:
    """Each (kind, fact) with the sources it rests on, what its sentence says and the rules that kept it; and
    the facts that had no support, each with the rule that dropped it."""
    grounded: list[GroundedFact] = []
    dropped: list[DroppedFact] = []
    suspect = instruction_lines(text)
    if not checks.mixed(article):  # the checker parses each actor's name alone: in one batch
        checks.checker(article).read_ahead([f.name for _, f in facts if isinstance(f, Actor)])
    for kind, answered in facts:
        supported = _checked(answered, article, offset, text, threshold, suspect)
        if isinstance(supported, str):
            dropped.append(dropped_fact(kind, answered, article, supported))
            continue
        fact, span, said_span, reading = supported
        said_source = source(article, offset, said_span) if said_span else None
        kept = source(article, offset, span)
        trace = _kept(kind, answered, fact, kept, reading)
        grounded.append(GroundedFact(kind, fact, kept, said_source, reading, trace))
    return grounded, dropped


def label(fact: Fact) -> str:
    """A fact in a few words: '2 bears', 'Vladimir Putin', 'deployment: 12000 North Korean troops'."""
    if isinstance(fact, Gift):
        return f"{fact.quantity} {fact.item}" if fact.quantity is not None else fact.item
    if isinstance(fact, Actor):
        return fact.name
    figure = f"{fact.figure} " if fact.figure is not None else ""
    return f"{fact.claim_type}: {figure}{fact.subject}"


def _kept(kind: str, answered: Fact, fact: Fact, kept: Source, reading: Reading) -> tuple[Decision, ...]:
    """The decisions that brought a model's fact into the brief: proposed, then kept or re-cited, corrected."""
    at = kept.article_id
    steps = [Decision(rule=rules.MODEL, action="added", article_id=at, detail=f"{kind}: {label(answered)}")]
    where = f"characters {kept.start}-{kept.end}"
    if kept.origin == "recited":
        steps.append(
            Decision(
                rule=rules.RECITED,
                action="re-cited",
                article_id=at,
                detail=f"its sentence did not state it; re-cited at {where}",
            )
        )
    else:
        detail = f"quote found at {where} ({kept.alignment}, score {kept.score:g}); its sentence states the fact"
        steps.append(Decision(rule=rules.STATES, action="kept", article_id=at, detail=detail))
    if reading.corrected:
        detail = f"the model gave {label(answered)!r}; the sentence states {reading.value}"
        steps.append(Decision(rule=rules.CORRECTED, action="corrected", article_id=at, detail=detail))
    if isinstance(answered, Actor) and answered.said and isinstance(fact, Actor) and not fact.said:
        detail = "the words the model gave are not reported as theirs"
        steps.append(Decision(rule=rules.SAID_DROPPED, action="dropped", article_id=at, detail=detail))
    return tuple(steps)


def dropped_fact(kind: str, fact: Fact, article: Article, rule: str) -> DroppedFact:
    """The fact as the brief lists it among those code did not keep, with the rule that dropped it."""
    return DroppedFact(
        id="",
        kind=kind,
        article_id=article.id,
        what=label(fact),
        evidence=fact.evidence[:MAX_DROPPED_EVIDENCE],
        rule=rule,
        detail=rules.RULES[rule],
    )


def _checked(
    fact: Fact, article: Article, offset: int, text: str, threshold: float, suspect: list[tuple[int, int]]
) -> "Supported | str":
    """The fact read by the checker of its text's language (verify/checks.py), or the id of the rule that drops
    it. In an article that mixes languages, the checker of the line its quote stands on (none determined
    where the quote is not found), re-citing only sentences of the same language."""
    if not checks.mixed(article):
        return _read_by(checks.checker(article), fact, text, threshold, suspect)
    span = locate(fact.evidence, text, threshold=threshold)
    checker = checks.checker_at(article, offset + span.start, offset + span.end) if span else checker_for(None)

    def same_language(start: int, end: int) -> bool:
        return checks.language_at(article, offset + start, offset + end) == checker.code

    return _read_by(checker, fact, text, threshold, suspect, same_language)


def _read_by(
    checker: Checker,
    fact: Fact,
    text: str,
    threshold: float,
    suspect: list[tuple[int, int]],
    within: Callable[[int, int], bool] | None = None,
) -> "Supported | str":
    """The fact as `checker` reads it: where it parses, from a quote found fuzzily or a re-cited sentence
    (_supported); else from a verbatim quote only (_verbatim_supported)."""
    if checker.parses:
        return _supported(checker, fact, text, threshold, suspect, within)
    return _verbatim_supported(checker, fact, text, suspect, within)


def _why_not(quote: str, text: str, threshold: float, suspect: list[tuple[int, int]], verbatim: bool = False) -> str:
    """Why a fact with this quote was not kept: the quote is not in the text, not as written, lies on an
    instruction line, or its sentence does not state the fact."""
    span = locate(quote, text, threshold=threshold)
    if span is None:
        return rules.NOT_FOUND
    if verbatim and span.method not in ("exact", "normalised"):
        return rules.NOT_VERBATIM
    return rules.INSTRUCTION_LINE if overlaps(span.start, span.end, suspect) else rules.NOT_STATED


Supported = tuple[Fact, Span, Span | None, Reading]


def _supported(
    checker: Checker,
    fact: Fact,
    text: str,
    threshold: float,
    suspect: list[tuple[int, int]],
    within: Callable[[int, int], bool] | None = None,
) -> Supported | str:
    """The fact as the sentence of its evidence states it, if it does with the model's value; else the
    best sentence of the text that states it (method "recited"): the model's value first, then a
    sentence with no number, then the value the sentence states instead of the model's; else None. Quotes inside
    lines that read as instructions to a model (`suspect`) never count, and what an actor "said"
    stands only if the sentence reports them saying it.

    Small models often copy a true sentence next to the right one, or a number from beside the item.
    Code, not the model, picks the replacement, and it must pass the same checks. With `within`
    (an article mixing languages), only sentences it accepts are candidates.
    """

    def located(quote: str) -> Span | None:
        span = locate(quote, text, threshold=threshold)
        return None if span is None or overlaps(span.start, span.end, suspect) else span

    def read_at(candidate: Fact, span: Span) -> tuple[Fact, Reading] | None:
        sentence, before = checker.sentence_around(text, span.start, span.end)
        result = checker.read(candidate, sentence, before)
        if result is None or relevance_problem(result[0]) is not None:
            return None
        return result

    said = fact.said if isinstance(fact, Actor) else None
    said_span = located(said) if said else None
    found: list[tuple[int, Supported]] = []
    span = located(fact.evidence)
    if span is not None and (result := read_at(fact, span)) is not None:
        found.append((_rank(fact, result[1]), _with_said(checker, result[0], span, said_span, result[1], text)))
        if found[0][0] == 0:
            return found[0][1]
    if isinstance(fact, MilitaryClaim) and fact.figure is None:  # nothing for a replacement sentence to prove
        return found[0][1] if found else _why_not(fact.evidence, text, threshold, suspect)
    units = checker.sentences(text)
    readable = [index for index in range(len(units)) if _citable(units[index], suspect, within)]
    checker.read_ahead([text[units[i][0] : units[i][1]] for i in readable])  # each is read below, most of them parsed
    for index in readable:
        start, end = units[index]
        result = _read_at(checker, fact, text, units, index)
        if result is not None and relevance_problem(result[0]) is None and not result[1].corrected:
            recited = Span(start, end, "recited", 100.0)  # another sentence may not change the model's value
            found.append((_rank(fact, result[1]), _with_said(checker, result[0], recited, said_span, result[1], text)))
            if found[-1][0] == 0:
                break
    return min(found, key=lambda ranked: ranked[0])[1] if found else _why_not(fact.evidence, text, threshold, suspect)


def _verbatim_supported(
    checker: Checker,
    fact: Fact,
    text: str,
    suspect: list[tuple[int, int]],
    within: Callable[[int, int], bool] | None = None,
) -> Supported | str:
    """The fact as a checker without a parse reads it (lang/xx/fallback.py): evidence found verbatim
    (exact, or with quotes, dashes and spaces folded; never fuzzily), outside instruction lines, and a
    sentence holding its number or name; an actor whose sentence does not name them is re-cited from the
    nearest sentence at most NEARBY_SENTENCES away that does (_named_nearby), a gift from the one such sentence that
    writes its item as the model copied it (_copied_nearby); what an actor "said" stays where its sentence names
    them."""

    def verbatim(quote: str | None) -> Span | None:
        span = locate(quote, text, threshold=100.0) if quote else None
        if span is None or span.method not in ("exact", "normalised") or overlaps(span.start, span.end, suspect):
            return None
        return span

    span = verbatim(fact.evidence)
    if span is None:
        return _why_not(fact.evidence, text, 100.0, suspect, verbatim=True)
    result = checker.read(fact, *checker.sentence_around(text, span.start, span.end))
    if result is None and isinstance(fact, Actor):
        span, result = _named_nearby(checker, fact, text, span, suspect, within) or (span, None)
    if result is None and isinstance(fact, Gift):
        span, result = _copied_nearby(checker, fact, text, span, suspect, within) or (span, None)
    if result is None:
        return rules.NOT_STATED
    read_fact, reading = result
    if not isinstance(read_fact, Actor):
        return read_fact, span, None, reading
    said_span = verbatim(read_fact.said)
    if said_span is None or not checker.speaks(
        read_fact, *checker.sentence_around(text, said_span.start, said_span.end)
    ):
        return read_fact.model_copy(update={"said": None}), span, None, reading
    return read_fact, span, said_span, reading


NEARBY_SENTENCES = 2
"""How far from the cited sentence an actor is looked for where a checker without a parse reads it: on the
development set's cached answers of the embedded model, 17 of the 25 actors it named and cited to a sentence
that does not name them stood one or two sentences away; farther, a name in another sentence is more often
another use of it (a place, a thing, a source) than the one the model meant."""


def _named_nearby(
    checker: Checker,
    actor: Actor,
    text: str,
    cited: Span,
    suspect: list[tuple[int, int]],
    within: Callable[[int, int], bool] | None,
) -> tuple[Span, tuple[Fact, Reading]] | None:
    """The sentence nearest the cited one, at most NEARBY_SENTENCES away, that states the actor as the checker reads
    it (their name written there letter for letter or transliterated), and that reading: a small model often
    numbers a sentence beside the right one. A name is checked without a parse as well as with one, so the actor
    may be re-cited; a figure is not (another sentence with the same number may count another thing), and a gift
    only by the words of its item (_copied_nearby)."""
    units = checker.sentences(text)
    near = _sentences_near(units, cited)
    if near is None:
        return None
    for index in near[1]:
        result = _read_at(checker, actor, text, units, index) if _citable(units[index], suspect, within) else None
        if result is not None:
            return Span(*units[index], "recited", 100.0), result
    return None


MIN_COPIED_WORDS = 2
"""Words of a copied item from which it ties a gift to the sentence that writes it: on the embedded model's answers,
a one-word item re-cited so was wrong twice (dev "uma limusine" of a production programme, test "un chiot")."""


def _copied_nearby(
    checker: Checker,
    gift: Gift,
    text: str,
    cited: Span,
    suspect: list[tuple[int, int]],
    within: Callable[[int, int], bool] | None,
) -> tuple[Span, tuple[Fact, Reading]] | None:
    """The one sentence, at most NEARBY_SENTENCES from the cited one, that writes the gift's item word for word as
    the model copied it ("bolso Anya Hindmarch personalizado", its `original` where it translated the item), where
    the cited sentence does not, and that reading. Unlike a number, words copied from the text tie the gift to its
    sentence; where two nearby sentences write them, or none, nothing is re-cited, nor in a language whose words of
    giving code does not know. The reading there passes the same checks (a word of giving, the number)."""
    copied = (gift.original or gift.item).strip().casefold()
    if len(copied.split()) < MIN_COPIED_WORDS:
        return None  # one word ("limusine", "chiot") may be written beside the gift for another thing
    if checker.code is None or not lexicon_of(GIVING, checker.code):
        return None  # no word of giving code can read in the language: nothing there says the new sentence gives
    units = checker.sentences(text)
    near = _sentences_near(units, cited)
    if near is None or copied in text[units[near[0]][0] : units[near[0]][1]].casefold():
        return None
    writing = [i for i in near[1] if copied in text[units[i][0] : units[i][1]].casefold()]
    if len(writing) != 1 or not _citable(units[writing[0]], suspect, within):
        return None
    result = _read_at(checker, gift, text, units, writing[0])
    return (Span(*units[writing[0]], "recited", 100.0), result) if result is not None else None


def _sentences_near(units: list[tuple[int, int]], cited: Span) -> tuple[int, list[int]] | None:
    """The index of the sentence holding the cited span, and those at most NEARBY_SENTENCES from it, nearest first
    (before, then after); None where no sentence holds it."""
    at = next((i for i, (start, end) in enumerate(units) if start <= cited.start < end), None)
    if at is None:
        return None
    return at, [i for d in range(1, NEARBY_SENTENCES + 1) for i in (at - d, at + d) if 0 <= i < len(units)]


def _citable(unit: tuple[int, int], suspect: list[tuple[int, int]], within: Callable[[int, int], bool] | None) -> bool:
    """Whether a sentence may be cited in place of the model's: long enough, on no instruction line, and (in an
    article mixing languages) one `within` accepts."""
    start, end = unit
    return (
        end - start >= MIN_EVIDENCE_CHARS
        and not overlaps(start, end, suspect)
        and (within is None or within(start, end))
    )


def _read_at(
    checker: Checker, fact: Fact, text: str, units: list[tuple[int, int]], index: int
) -> tuple[Fact, Reading] | None:
    """The fact as sentence `index` of the text states it (after the sentence before), quoting that sentence."""
    start, end = units[index]
    before = text[units[index - 1][0] : units[index - 1][1]] if index else ""
    return checker.read(fact.model_copy(update={"evidence": text[start:end]}), text[start:end], before)


def _rank(fact: Fact, reading: Reading) -> int:
    """How well a sentence states a fact: 0 as the model gave it (with a number where the fact is a
    count), 1 without a number, 2 with a number other than the model's."""
    if reading.corrected:
        return 2
    counted = isinstance(fact, Gift) or (isinstance(fact, MilitaryClaim) and fact.claim_type != "treaty")
    return 1 if counted and reading.value is None else 0


def _with_said(
    checker: Checker, fact: Fact, span: Span, said_span: Span | None, reading: Reading, text: str
) -> Supported:
    """The supported fact, keeping what an actor said only where the sentence reports them saying it."""
    if not isinstance(fact, Actor) or said_span is None:
        return (fact.model_copy(update={"said": None}) if isinstance(fact, Actor) else fact), span, None, reading
    sentence, before = checker.sentence_around(text, said_span.start, said_span.end)
    if checker.speaks(fact, sentence, before):
        return fact, span, said_span, reading
    return fact.model_copy(update={"said": None}), span, None, reading


def source(article: Article, offset: int, span: Span, origin: Origin | None = None) -> Source:
    """Where a fact rests: the article's own text at the span (of a chunk starting at `offset`). A sentence code
    picked is quoted exactly; its origin is 'recited' for a model's fact, else the finder's id (`origin`)."""
    if span.method == "nlp" and origin is None:
        raise ValueError("a sentence a finder picked needs the finder family's id as its origin")
    start, end = offset + span.start, offset + span.end
    picked = span.method in ("recited", "nlp")
    return Source(
        article_id=article.id,
        quote=article.text[start:end],
        start=start,
        end=end,
        alignment="exact" if picked else span.method,
        origin=origin or ("recited" if span.method == "recited" else "model"),
        score=span.score,
    )
