"""People and organisations the NLP layer finds on its own, where the model left them out: each an actor
read by the same checks as the model's facts and marked with their finder family as origin. The English parse
finds them, so
they come only from English text (verify/checks.py): on other languages it would invent facts. Counted
claims are in kinds/military/finders/english.py, gifts in kinds/gift/finders/english.py."""

import re
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span as SpacySpan

from summariser.facts import GroundedFact, Reading
from summariser.kinds.actor.schema import Actor
from summariser.kinds.sentences import english_only, sentences
from summariser.lang.en import nlp
from summariser.lang.en.acting import acts
from summariser.lang.en.reading import NAME_PARTICLES, read
from summariser.lang.en.words import TITLES
from summariser.lang.places import country_like, is_place
from summariser.lang.words import PROSE_WORD
from summariser.load.articles import Article
from summariser.names import LETTERS, same_person
from summariser.schemas.summary import Origin
from summariser.verify import checks
from summariser.verify.locate import Span
from summariser.verify.recite import source

_INSTITUTION_WORDS = {
    "zoo", "zoos", "ministry", "agency", "university", "council", "committee", "office", "army", "staff", "department",
    "service", "command", "forces", "party", "court", "bank", "company", "commission", "government", "assembly",
}  # fmt: skip
_PLACE_WORDS = {"airport", "airbase", "base", "station", "street", "square", "house", "palace", "hospital", "prison"}
_NOT_PERSON_WORDS = _INSTITUTION_WORDS | _PLACE_WORDS
_DASH = re.compile(r"\s[-–—]\s")
_HEADLINE = re.compile(r"\s*[^\n]*\S[^\n]*(\n)[ \t]*\n")
_CREDIT_WORDS = {"photo", "photos", "pm", "am", "cdt", "edt", "est", "gmt", "utc", "getty", "images"}


def nlp_actors(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """People and organisations the NLP layer finds in the text whom no grounded actor names: each
    becomes an actor whose source is the first sentence naming them (origin "nlp_actors"). Only a name spaCy
    tags a person or an organisation, in a sentence of the body (never the headline: headline_end), that
    acts, speaks or is acted on (lang/en/acting.acts: "the Kremlin said", "sent Putin two dogs", "Putin's plane"), taken
    whole as the parser spans it (_whole_name: no word run into another, no word the text writes in lower
    case). Never one said only to qualify a thing ("his Aurus Senat limousine") or given to one ("a dog
    named Gomi"), a place, a country, a clock or credit line; a person's name of one word only after a
    title or where the text writes it twice; never a shorter or longer form of a name already known (the
    surname alone, the name without its last word, a word glued before it)."""
    if not checks.english_anywhere(article):
        return []
    named = [f.fact.name for f in grounded if isinstance(f.fact, Actor)]
    found: list[GroundedFact] = []
    candidates = _candidates(text, headline_end(article.text) - offset)
    said = Counter(c.name for c in candidates)  # the form written most often names the person
    nlp.parse_ahead(list(said))  # read() parses each name alone below: in one batch
    for c in sorted(candidates, key=lambda c: (len(_name_words(c.name)) < 2, -said[c.name], c.span.start)):
        words = _name_words(c.name)
        if any(same_person(c.name, n) or _part_of(words, _name_words(n)) for n in named):
            continue  # named already: the same name, its surname, its first words, or it with a word glued on
        if set(words) & _NOT_PERSON_WORDS and not _organisation(c.name, c.sentence) or _junk(c.name):
            continue  # a small parser tags "Pyongyang Zoos" and "John Glenn International Airport" as persons
        if _countries_only(c.name):
            continue  # "Kazakhstan Uzbekistan" tagged as one organisation is two countries
        if _initials_of(c.name, {n.lower() for n in named}):
            continue  # "DoD" beside "Department of Defense"
        if not c.titled and read(_actor(c.name, c.sentence), c.sentence, "") is None:
            continue  # "Ukraine" tagged as an organisation in one sentence is still a country
        named.append(c.name)
        role = nlp.role_words(c.sentence, c.name)
        found.append(actor_at(article, offset, c.name, c.span, c.sentence, role, "nlp_actors"))
    found.sort(key=lambda f: f.source.start)
    return english_only(article, found)


@dataclass(frozen=True)
class _Candidate:
    """A name of a sentence that may be an actor."""

    name: str
    span: Span
    sentence: str
    titled: bool = False  # a person's by the title before it, whatever the parser tags it ("Chancellor Scholz")


def _candidates(text: str, body: int) -> list[_Candidate]:
    """The names of the body's sentences (from `body` on) that the parser tags as persons or organisations,
    or that stand right after a person's title with no other label than a place no country or city is
    called (nlp.titled_names), that act, and that are whole; a person's name of one word only after a
    title or where the text writes it twice."""
    capitalised = Counter(re.findall(r"\b[^\W\d_][^\W_]*", text))
    lower = {w for w in PROSE_WORD.findall(text) if w.islower()}
    found: list[_Candidate] = []
    body_sentences = [(span, sentence) for span, sentence, _ in sentences(text) if span.start >= body]
    nlp.parse_ahead([sentence for _, sentence in body_sentences])  # each is parsed alone below: in one batch
    for span, sentence in body_sentences:  # from `body`: the headline's capitalised words are no names
        verbless = _verbless(sentence)
        tagged = nlp.entities(sentence, "PERSON", "ORG")
        titled = [n for n in nlp.titled_names(sentence) if _titled_person(n, tagged)]
        for entity in [*tagged, *titled]:
            if verbless and entity.root.dep_ != "ROOT":
                continue  # a line with no verb names only its own subject ("Antony J. Blinken, Secretary of State")
            if _dateline(entity):
                continue  # "TALLINN, June 3 - ...": where the report was filed
            for part in _owners_apart(entity):
                person = entity.label_ != "ORG" or _titled_within(part)
                name = _person_name(part) if person else _organisation_name(part.text)
                if not name or not acts(part) or not _whole_name(name, capitalised, lower if person else set()):
                    continue
                if not person or len(_name_words(name)) > 1 or _titled(part) or capitalised[name] > 1:
                    found.append(_Candidate(name, span, sentence, entity in titled))
    return found


def _dateline(entity: SpacySpan) -> bool:
    """Whether a name opens its sentence as a dateline: followed by a comma, and written in capitals or
    followed by a date and a dash ("TALLINN, June 3 - ...", "Seoul, March 1 (Reuters) -")."""
    doc = entity.doc
    if entity.start != 0 or entity.end >= len(doc) or doc[entity.end].text != ",":
        return False
    dated = any(e.label_ == "DATE" and e.start == entity.end + 1 for e in doc.ents)
    return entity.text.isupper() or (
        dated and bool(_DASH.search(doc.text[doc[entity.end].idx : doc[entity.end].idx + 40]))
    )


def _titled_person(name: SpacySpan, tagged: list[SpacySpan]) -> bool:
    """Whether a name after a title is a person's that the parser did not tag as one: no word of it tagged a
    person or an organisation already, none tagged anything but a place, and no country or city so called."""
    labels = {t.ent_type_ for t in name}
    if any(e.start < name.end and name.start < e.end for e in tagged):
        return False
    return labels <= {"", "GPE"} and not is_place(name.text.lower(), "en")


def headline_end(text: str) -> int:
    """Where an article's headline ends: its first line, where a blank line follows it (as the articles
    here store their titles); 0 where the text opens with no such line."""
    match = _HEADLINE.match(text)
    return match.end(1) if match else 0


def _verbless(sentence: str) -> bool:
    """Whether a line has no verb (a byline, a caption's credit, a dateline)."""
    return not any(t.pos_ in ("VERB", "AUX") for t in nlp.parse(sentence))


def _whole_name(name: str, capitalised: Counter[str], lower: set[str]) -> bool:
    """Whether a name is whole, as the parser spans it: no lower-case word but a particle ("Putin a Russian
    Car"), no first word the text also writes in lower case (a headline's "Gifts"), and no word that is
    another name of the text run into a short word ("Putinsaid", "theKremlin")."""
    words = LETTERS.findall(name)
    if any(w[:1].islower() and w not in NAME_PARTICLES for w in name.split()):
        return False  # a lower-case word of its own ("Kim Jong-un" writes its last syllable so, joined)
    if len(words) > 1 and words[0].lower() in lower and words[0].lower() not in NAME_PARTICLES:
        return False
    return not any(_run_together(w, capitalised) for w in words)


def _run_together(word: str, capitalised: Counter[str]) -> bool:
    """Whether a word is a name the text writes on its own run into a short common word ("Putinsaid")."""
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if tail.lower() in STOP_WORDS and capitalised[head] and head[0].isupper():
            return True
        if head.lower() in STOP_WORDS and capitalised[tail] and tail[0].isupper():
            return True
    return False


def _part_of(words: list[str], other: list[str]) -> bool:
    """Whether a name is another's shorter or longer form: a run of its words ("Putin", "Kim Jong" of "Kim
    Jong Un", "Tamim bin Hamad" of "Sheikh Tamim bin Hamad Al Thani"), it with words put before it
    ("Gifts Kim Jong Un"), or it with a middle name ("Vladimir Vladimirovich Putin" beside "Vladimir
    Putin")."""
    if not words or not other or len(words) == len(other):
        return False
    shorter, longer = (words, other) if len(words) < len(other) else (other, words)
    middle = len(shorter) > 1 and longer[0] == shorter[0] and longer[-1] == shorter[-1]
    runs = (longer[i : i + len(shorter)] for i in range(len(longer) - len(shorter) + 1))
    return middle or any(run == shorter for run in runs)


def _countries_only(name: str) -> bool:
    """Whether a name is only names of countries run together ("Kazakhstan Uzbekistan"; cities are not asked:
    "Sokolov" and "Ivan" are towns too)."""
    words = name.split()
    covered = 0
    while covered < len(words):
        step = next((n for n in (3, 2, 1) if country_like(" ".join(words[covered : covered + n]), "en")), 0)
        if not step:
            return False
        covered += step
    return bool(words)


def _owners_apart(entity: SpacySpan) -> list[SpacySpan]:
    """An entity, or the owner and the owned where the parser spans both as one ("the Pentagon's Ukraine
    Security Assistance Initiative": the Pentagon, and its initiative): an owner of one word, with at most
    "the", that is no country ("the Democratic People's Republic", "the Workers' Party" and "Ukraine's Armed
    Forces" are names of their own). An owner that is a city (lang/places.is_place) is where the owned stands,
    no actor: "Windsor's Frogmore Gardens" gives the gardens alone."""
    marks = [t.i for t in entity if t.tag_ == "POS" and t.lower_ != "'" and entity.start < t.i < entity.end - 1]
    owner = [t for t in entity[: marks[0] - entity.start] if t.lower_ != "the"] if marks else []
    if len(owner) != 1 or country_like(owner[0].text, "en"):
        return [entity]
    owned = entity.doc[marks[0] + 1 : entity.end]
    return [owned] if is_place(owner[0].lower_, "en") else [entity.doc[entity.start : marks[0]], owned]


def _titled_within(entity: SpacySpan) -> bool:
    """Whether a span tagged as an organisation is a person with the title before the name taken in: a title,
    then two proper nouns or more to its end ("Kazakh President Daniyar Serikov"; not "Prime Minister's Office")."""
    titles = [t.i for t in entity if t.lower_.rstrip(".") in TITLES]
    if not titles:
        return False
    after = entity.doc[titles[-1] + 1 : entity.end]
    return len(after) >= 2 and all(t.pos_ == "PROPN" for t in after)


def _person_name(entity: SpacySpan) -> str:
    """A person's name as tagged, without a possessive ending or a title the span took in, nor the words before
    that title ("Kazakh President Daniyar Serikov": Daniyar Serikov)."""
    titles = [t.i for t in entity if t.lower_.rstrip(".") in TITLES and t.i < entity.root.i]
    words = [t for t in entity if t.i > max(titles, default=entity.start - 1)]
    while words and words[-1].tag_ == "POS":
        words = words[:-1]
    name = entity.doc[words[0].i : words[-1].i + 1].text if words else ""
    return re.sub(r"(’s|'s)$", "", name).strip()


def _titled(entity: SpacySpan) -> bool:
    """Whether a person's title stands right before the name ("Chancellor Scholz", "General Austin") or the
    name stands in apposition to one ("the Italian Prime Minister, Meloni")."""
    before = entity.doc[entity.start - 1] if entity.start else None
    root = entity.root
    beside = root.head if root.dep_ == "appos" else None
    return any(t is not None and t.lower_.rstrip(".") in TITLES for t in (before, beside))


def _organisation(name: str, sentence: str) -> bool:
    """Whether the sentence tags a name as an organisation."""
    return any(e.text.endswith(name) or name in e.text for e in nlp.entities(sentence, "ORG"))


def _actor(name: str, sentence: str, role: str | None = None) -> Actor:
    return Actor(name=name, role=role, organisation=None, country=None, said=None, evidence=sentence)


def actor_at(
    article: Article, offset: int, name: str, span: Span, sentence: str, role: str | None, origin: Origin
) -> GroundedFact:
    """An actor of that name whose source is the sentence naming them (with the role it gives them, as
    written, where the parse reads one: nlp.role_words), found by the finder family `origin`."""
    fact = _actor(name, sentence, role)
    return GroundedFact("actors", fact, source(article, offset, span, origin), None, Reading(head=""))


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


def _name_words(name: str) -> list[str]:
    return [w.lower() for w in LETTERS.findall(name)]
