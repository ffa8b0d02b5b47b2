"""Facts the NLP layer finds on its own, where the model left them out: people the text names,
counted things a sentence says were given, and troop, casualty and arms figures the parse attaches
to what they count. Each is read by the same checks as the model's facts and marked method "nlp".
The English parse finds them, so they come only from English text (ground/checks.py): on other
languages it would invent facts."""

import re
from collections import Counter
from collections.abc import Callable, Iterator

from summariser.facts import GroundedFact, Reading
from summariser.ground import checks, nlp
from summariser.ground.locate import Span
from summariser.ground.reading import COUNTED, GIVE_VERBS, PEOPLE, gives, read
from summariser.ground.recite import source
from summariser.ground.safety import instruction_lines, overlaps
from summariser.load.articles import Article
from summariser.names import same_person
from summariser.schemas import Actor, Gift, MilitaryClaim
from summariser.schemas.extraction import ClaimType

_NAME_WORD = re.compile(r"[^\W\d_]+")
_INSTITUTION_WORDS = {
    "zoo", "zoos", "ministry", "agency", "university", "council", "committee", "office", "army", "staff", "department",
    "service", "command", "forces", "party", "court", "bank", "company", "commission", "government", "assembly",
}  # fmt: skip
_PLACE_WORDS = {"airport", "airbase", "base", "station", "street", "square", "house", "palace", "hospital", "prison"}
_NOT_PERSON_WORDS = _INSTITUTION_WORDS | _PLACE_WORDS
_CREDIT_WORDS = {"photo", "photos", "pm", "am", "cdt", "edt", "est", "gmt", "utc", "getty", "images"}
_LISTING_VERBS = {"include"}  # "the animals sent ... included two bears": counted under a giving sentence
_NOT_GIFTS = {"gift", "present", "donation", "team", "trip", "report", "statement", "sign", "part", "number", "time"}
_TREATY_NOUNS = {"treaty", "pact", "agreement", "accord"}
_TREATY_VERBS = {"sign", "renew", "ratify", "conclude", "agree"}
_SUPPLIED_ARMS = {"shell", "missile", "rocket", "drone", "weapon", "tank", "artillery", "munition", "howitzer"}
"""Arms nouns that name weapons whatever the sentence ("vehicle", "system" and "round" need a number to be arms)."""
_SUPPLY_VERBS = {"send", "ship", "deliver", "supply", "provide", "transfer", "give", "sell", "export", "hand"}
_CLAIM_ORDER: tuple[ClaimType, ...] = ("troop_deployment", "casualties", "arms")


def nlp_actors(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """People and organisations the NLP layer finds in the text whom no grounded actor names: each
    becomes an actor whose source is the first sentence naming them (method "nlp"). People: names of
    two or more words the parser tags as persons, or one such word the text writes, capitalised, at
    least twice ("Putin's plane ... gifts from Putin": a lone capitalised word said once is too often
    a place or a breed), or any name after a person's title ("Chancellor Scholz"), or a name in a list
    of people; never one holding an institution or place word (a small parser tags "Pyongyang Zoos"
    as a person), nor one said once only to qualify a thing ("his Aurus Senat limousine").
    Organisations: those the sentence makes act or speak (nlp.acting_organisations), and
    institutions it names ("people in the State Department", nlp.named_institutions), never a country
    the parser mistakes for one."""
    if not checks.english_anywhere(article):
        return []
    known = {w for f in grounded if isinstance(f.fact, Actor) for w in _name_words(f.fact.name)}
    named = [f.fact.name for f in grounded if isinstance(f.fact, Actor)]
    found: list[GroundedFact] = []
    capitalised = Counter(re.findall(r"\b[^\W\d_][^\W_]*", text))
    organisations: set[str] = set()
    for span, sentence, _ in _sentences(text):  # each sentence parsed alone: a headline runs into no byline
        titles = nlp.titled_names(sentence)
        titled = {(n.start_char, n.end_char) for n in titles}
        people = [*nlp.entities(sentence, "PERSON"), *titles, *nlp.listed_people(sentence)]
        for person in sorted(people, key=lambda e: e.start_char):
            words = _name_words(person.text)
            if not words or any(same_person(person.text, n) for n in named):
                continue  # named already: the same name, or its surname alone ("Olga Sokolova" is someone else)
            if set(words) & _NOT_PERSON_WORDS or _junk(person.text):
                continue
            alone = (person.start_char, person.end_char) not in titled and capitalised[person.text.strip()] < 2
            if len(words) < 2 and (words[0] in known or alone):
                continue  # a first name of someone already named, or a lone word said once with no title
            if alone and person.root.dep_ == "compound" and person.root.head.pos_ == "NOUN":
                continue  # a name said once, only to qualify a thing: a make or a model ("Aurus Senat limousine")
            named.append(person.text)
            known.update(words)
            found.append(actor_at(article, offset, person.text, span, sentence, nlp.role_words(sentence, person.text)))
        organisations_named = nlp.named_institutions(sentence, _INSTITUTION_WORDS)
        for organisation in [*nlp.acting_organisations(sentence), *organisations_named]:
            name = _organisation_name(organisation.text)
            words = _name_words(name)
            if not words or _junk(name) or set(words) <= known | nlp.TITLES or name.lower() in organisations:
                continue
            if _initials_of(name, organisations) or read(_actor(name, sentence), sentence, "") is None:
                continue  # "Ukraine" tagged as an organisation in one sentence is still a country
            organisations.add(name.lower())
            found.append(actor_at(article, offset, name, span, sentence, nlp.role_words(sentence, name)))
    return _english_only(article, found)


def _actor(name: str, sentence: str, role: str | None = None) -> Actor:
    return Actor(name=name, role=role, organisation=None, country=None, said=None, evidence=sentence)


def actor_at(
    article: Article, offset: int, name: str, span: Span, sentence: str, role: str | None = None
) -> GroundedFact:
    """An actor of that name whose source is the sentence naming them (with the role it gives them, as
    written, where the parse reads one: nlp.role_words)."""
    fact = _actor(name, sentence, role)
    return GroundedFact("actors", fact, source(article, offset, span), None, Reading(head=""))


def _organisation_name(text: str) -> str:
    """An organisation's name without a leading "the", a possessive or a bracket the parser took in."""
    name = re.split(r"\s*\(", text, maxsplit=1)[0].strip()
    name = re.sub(r"(’s|'s)$", "", name)
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).strip()


def _initials_of(name: str, organisations: set[str]) -> bool:
    """Whether a name is the initials of an organisation already found ("DoD", "Department of Defense")."""
    letters = name.replace(".", "").lower()
    return len(letters) > 1 and any("".join(w[0] for w in o.split()) == letters for o in organisations)


def _junk(name: str) -> bool:
    """Names no person or organisation has: holding a digit or a clock or credit word ("P.M. CDT", "AFP Photo")."""
    return bool(re.search(r"\d", name)) or bool(set(_name_words(name)) & _CREDIT_WORDS)


def _english_only(article: Article, found: list[GroundedFact]) -> list[GroundedFact]:
    """The facts whose sentence is English text (all of them in an English article)."""
    return [f for f in found if checks.english_at(article, f.source.start, f.source.end)]


def _sentences(text: str) -> Iterator[tuple[Span, str, str]]:
    """Each sentence of the text as (span, sentence, the sentence before), skipping lines that read
    as instructions to a model."""
    suspect = instruction_lines(text)
    units = nlp.sentences(text)
    for index, (start, end) in enumerate(units):
        if not overlaps(start, end, suspect):
            before = text[units[index - 1][0] : units[index - 1][1]] if index else ""
            yield Span(start, end, "nlp", 100.0), text[start:end], before


def listed_gift(count: nlp.Count) -> bool:
    """A gift count the NLP layer may stand behind: a number, or "a"/"an" inside a list of the things
    given ("the animals sent included an African lion, two bears ..."), where it does mean one."""
    return not count.lone_article or count.verb in _LISTING_VERBS


def _treaties(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """A treaty or pact a sentence says was signed, renewed or ratified, when no grounded claim of
    this text is about a treaty."""
    return _unnumbered("treaty", _treaty_subjects, article, offset, text, grounded)


def _treaty_subjects(sentence: str) -> list[str]:
    nouns = nlp.noun_lemmas(sentence)
    if not nouns & _TREATY_NOUNS or not nlp.word_lemmas(sentence) & _TREATY_VERBS:
        return []
    noun = next(n for n in ("treaty", "pact", "agreement", "accord") if n in nouns)
    return [nlp.noun_phrase(sentence, noun) or noun]


def _supplied(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Weapons a sentence says were sent, shipped or supplied with no number ("the North has shipped weapons
    to Moscow"), when no grounded claim of this text is about arms: an arms claim without a figure."""
    return _unnumbered(
        "arms", lambda sentence: nlp.supplied(sentence, _SUPPLIED_ARMS, _SUPPLY_VERBS), article, offset, text, grounded
    )


def _unnumbered(
    claim_type: ClaimType,
    subjects: Callable[[str], list[str]],
    article: Article,
    offset: int,
    text: str,
    grounded: list[GroundedFact],
) -> list[GroundedFact]:
    """The first claim of `claim_type` without a figure, on a subject `subjects` finds in a sentence, that the
    reading keeps; none where a grounded claim of this text is of that type already."""
    if any(isinstance(f.fact, MilitaryClaim) and f.fact.claim_type == claim_type for f in grounded):
        return []
    for span, sentence, before in _sentences(text):
        for subject in subjects(sentence):
            draft = MilitaryClaim(
                claim_type=claim_type, subject=subject, figure=None, figure_text=None, claimed_by=None, place=None,
                date=None, evidence=sentence,
            )  # fmt: skip
            result = read(draft, sentence, before)
            if result is not None:
                return [GroundedFact("military", result[0], source(article, offset, span), None, result[1])]
    return []


def nlp_gifts(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Counted things a sentence says were given (the count's verb, or the verb of what includes it,
    is a giving verb) that no grounded gift of this text states: each read by the same checks."""
    if not checks.english_anywhere(article):
        return []
    known = {
        (f.reading.head, f.reading.value)
        for f in grounded
        if isinstance(f.fact, Gift) and f.reading is not None and f.source.article_id == article.id
    }
    found: list[GroundedFact] = []
    for span, sentence, _ in _sentences(text):
        for count in gift_counts(sentence):
            if not listed_gift(count) or (count.noun, count.value) in known:
                continue
            draft = Gift(
                item=count.noun_phrase, quantity=count.value, quantity_text=count.wording, giver=None,
                recipient=None, from_institution=None, to_institution=None, transport=None, date=None,
                evidence=sentence,
            )  # fmt: skip
            result = read(draft, sentence, "")
            if result is not None:
                known.add((count.noun, count.value))
                found.append(GroundedFact("gifts", result[0], source(article, offset, span), None, result[1]))
    return _english_only(article, found)


def gift_counts(sentence: str) -> list[nlp.Count]:
    """Counts in a sentence that says something was given, whose verb (or the verb of what includes
    them) is a giving verb, and whose noun is no troop, weapon, casualty or gift word."""
    if not gives(sentence):
        return []
    return [
        count
        for count in nlp.counts(sentence)
        if (count.verb in GIVE_VERBS or count.verb in _LISTING_VERBS)
        and count.noun not in _NOT_GIFTS
        and not any(count.noun in nouns for nouns in COUNTED.values())
    ]


def nlp_claims(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Figures the parse attaches to troops, casualties, arms or people (a head count, claim type
    "other"; an amount in words, "hundreds of armored vehicles", for all but head counts) that no
    grounded claim of this text states: each becomes a claim read by the same checks as the model's
    (ground/reading.py); and a treaty, when none was grounded."""
    if not checks.english_anywhere(article):
        return []
    known: set[tuple[str, int | None]] = {
        (f.fact.claim_type, f.fact.figure)
        for f in grounded
        if isinstance(f.fact, MilitaryClaim) and f.source.article_id == article.id
    }
    found: list[GroundedFact] = []
    for span, sentence, before in _sentences(text):
        for count in [*nlp.counts(sentence), *nlp.elided_counts(sentence, PEOPLE)]:
            if count.lone_article:
                continue
            for claim_type in _claim_types(count, sentence):
                if (claim_type, count.value) in known or (count.value is None and claim_type == "other"):
                    break
                draft = MilitaryClaim(
                    claim_type=claim_type, subject=count.noun_phrase, figure=count.value, figure_text=count.wording,
                    claimed_by=None, place=None, date=None, evidence=sentence,
                )  # fmt: skip
                result = read(draft, sentence, before)
                if result is not None:
                    known.add((claim_type, count.value))
                    found.append(GroundedFact("military", result[0], source(article, offset, span), None, result[1]))
                    break
    return _english_only(
        article, found + _treaties(article, offset, text, grounded) + _supplied(article, offset, text, grounded)
    )


def _claim_types(count: nlp.Count, sentence: str) -> list[ClaimType]:
    """The claim types a count may be, most specific first: troops, casualties, arms, then a head count
    ("other": people counted by a people noun or a nationality, "five Germans"); the reading decides.
    A count whose noun is left out is only ever a head count."""
    if count.elided:
        return ["other"] if count.noun in PEOPLE else []
    types: list[ClaimType] = [k for k in _CLAIM_ORDER if count.noun in COUNTED[k]]
    if count.noun in PEOPLE or count.noun_phrase.split()[-1] in {e.text for e in nlp.entities(sentence, "NORP")}:
        types.append("other")
    return types


def _name_words(name: str) -> list[str]:
    return [w.lower() for w in _NAME_WORD.findall(name)]
