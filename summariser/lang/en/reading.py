"""Read each fact against the structure of its sentence: does the sentence state it, and what exactly?

A gift's number stands only if the sentence attaches it to that item; a claim's figure only if it
counts the noun the claim is about (troops, casualties, shells); its subject and claimant must be
in the sentence (or the one before, for "he said"); an actor must be a person or organisation the
sentence names. Values come from the parse (a model's wrong number is replaced by the one the
sentence attaches, or dropped when the sentence attaches none); anything the sentence does not
state returns None, and the caller re-cites or drops the fact.
"""

import re

from summariser.facts import Fact, Reading
from summariser.lang.en import frames, nlp
from summariser.lang.en.nlp import Count
from summariser.lang.en.parties import parties
from summariser.lang.en.words import PEOPLE, TITLES
from summariser.lang.lexicon import CAPITALISED_NOUNS, lemma
from summariser.lang.places import city_named, country_like, country_of
from summariser.lang.words import WORD, WORD_OF_THREE, credited, numbered
from summariser.names import LETTERS
from summariser.schemas import Actor, Gift, MilitaryClaim

COUNTED = {
    "troop_deployment": {
        "troop", "soldier", "force", "personnel", "serviceman", "servicemen", "fighter", "officer", "man",
        "men", "army", "infantry", "worker", "mercenary", "conscript", "marine", "peacekeeper", "paratrooper",
        "reservist", "commando", "marines",  # "Marines": a proper noun keeps its plural as lemma
    },
    "casualties": {"casualty", "death", "loss", "life", "people", "civilian", "soldier", "troop", "victim"},
    "arms": {
        "shell", "missile", "rocket", "drone", "weapon", "tank", "gun", "artillery", "round", "munition",
        "howitzer", "vehicle", "system", "jet", "aircraft", "launcher",
    },
}  # fmt: skip
_STAFF = {
    "observer", "monitor", "official", "diplomat", "delegate", "expert", "adviser", "advisor", "instructor",
    "specialist", "worker", "volunteer", "doctor", "engineer", "officer", "staff", "member", "representative",
}  # fmt: skip
MEMBERS = PEOPLE | _STAFF
"""Nouns of people who may act for an organisation they are in ("people in the State Department")."""
NOT_GIVEN = set().union(*COUNTED.values()) | MEMBERS | {"battalion", "brigade", "regiment", "division", "unit"}
"""Heads that are never a gift: troops, weapons and people (claims, an exchange, or staff sent to work)."""
GIVE_VERBS = frozenset(
    {"give", "gift", "send", "donate", "deliver", "transfer", "present", "hand", "receive", "ship", "fly"}
)
GIFT_NOUNS = {"gift", "delivery", "donation", "shipment"}  # "The delivery included two bears"
"""Words of giving: a gift stands only in a sentence holding one ("40 observers would monitor" gives nothing)."""
_GIVING = GIVE_VERBS | GIFT_NOUNS
_DEPLOY_VERBS = {
    "send", "deploy", "dispatch", "station", "fight", "train", "arrive", "move", "transfer", "cross", "serve",
    "join", "assist", "mobilise", "mobilize", "spot", "use", "advance", "enter", "base", "wear", "be",
}  # fmt: skip
_HARMED_WORDS = {
    "kill", "die", "dead", "death", "wound", "injure", "casualty", "lose", "slay", "perish", "massacre", "victim",
    "fatality", "toll", "bury", "shoot", "execute",
}  # fmt: skip
"""Words without which "16 people" or "200 civilians" count no casualties (released, evacuated, met)."""
_CASUALTY_NOUNS = {"people", "civilian", "life", "victim", "person", "soldier", "troop"}
"""Nouns a casualty figure counts and other figures count too: a word of harm (_HARMED_WORDS) tells them apart."""
_NON_ACTOR_LABELS = ("GPE", "NORP", "LOC")
NAME_PARTICLES = {
    "of", "the", "and", "for", "on", "de", "del", "della", "di", "da", "du", "des", "la", "le", "von", "van",
    "der", "den", "bin", "ibn", "al", "el",
}  # fmt: skip
_GIFT_PARTIES = ("giver", "recipient", "from_institution", "to_institution", "transport")
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}")


def read(fact: Fact, sentence: str, before: str) -> tuple[Fact, Reading] | None:
    """The fact as its sentence states it, with what it measures; None if the sentence does not state it."""
    if isinstance(fact, Gift):
        return _read_gift(fact, sentence, before)
    if isinstance(fact, MilitaryClaim):
        return _read_claim(fact, sentence, before)
    return _read_actor(fact, sentence)


def _read_gift(gift: Gift, sentence: str, before: str) -> tuple[Fact, Reading] | None:
    head = _head_in(gift.item, sentence) or nlp.lemma(gift.item)
    if not head or head in NOT_GIVEN or head not in nlp.noun_lemmas(sentence) or _names_arms(head, sentence):
        return None
    if _a_person(gift.item):
        return None  # "king of Morocco": the giver, not what was given
    if not (gives(sentence) or (before and gives(before))):
        return None  # neither the sentence nor the one before it speaks of giving ("Among them were ...")
    counted = [c for c in nlp.counts(sentence) if c.noun == head]
    candidates = [c for c in counted if not frames.not_given(sentence, head, c.start)]
    if (counted and not candidates) or (not counted and frames.not_given(sentence, head)):
        return None  # asked, owned, armed forces or arms, or a giving that did not happen (frames.not_given)
    count, corrected = _choose(candidates, gift.quantity)
    quantity = count.value if count else None
    modifiers = (nlp.modifiers(gift.item) & nlp.word_lemmas(sentence)) | (
        nlp.modifiers(count.noun_phrase) if count else frozenset()
    )
    occasion = nlp.occasion(sentence, head, count.start if count else 0)
    context = nlp.word_lemmas(sentence)
    named = {k: v for k in _GIFT_PARTIES if (v := getattr(gift, k)) and _named_in(v, context)}
    giver, recipient = parties(sentence, gift.item, GIVE_VERBS)
    if not named.keys() & {"giver", "recipient"}:  # who gave it to whom, where the parse names them
        named.update((k, v) for k, v in (("giver", giver), ("recipient", recipient)) if v)
    persons = {e.text for e in nlp.entities(sentence, "PERSON")}
    item = _held(gift.item.strip(), context)  # "Roleplay watch" for "a Rolex watch": the model's own word goes
    if count and item.lower().startswith(count.wording.lower() + " "):
        item = item[len(count.wording) + 1 :]  # "more than 70 animals": the amount is quantity_text's
    updated = gift.model_copy(
        update={
            "item": item,
            **dict.fromkeys(_GIFT_PARTIES),
            **named,  # who gave, received, carried it: only words the sentence holds
            "quantity": quantity,
            "quantity_text": count.wording if count else None,
            "date": occasion,  # the date the parse attaches to the giving, never the model's guess
        }
    )
    reading = Reading(
        head=head,
        modifiers=frozenset(country_of(m) or m for m in modifiers),  # "Russian-made" = "Russia-produced"
        value=quantity,
        wording=count.wording if count else None,
        qualifier=count.qualifier if count else None,
        unit=count.unit if count else None,
        occasion=occasion,
        recipient=recipient if recipient in persons else None,
        corrected=corrected,
    )
    return updated, reading


def _head_in(item: str, sentence: str) -> str | None:
    """The lemma of the item's head noun as the sentence's parse reads it, where it reads a noun there: the root
    of the item's words where the sentence writes them together ("hand-bound leather volume crafted at Windsor
    Castle": volume, not castle), else of its last word; a short phrase parsed alone may read its noun as a verb
    ("Kyrgyz greyhound": "greyhound" a verb, "Kyrgyz" the noun)."""
    words = WORD.findall(item)
    if not words:
        return None
    doc = nlp.parse(sentence)
    root = nlp.phrase_root(doc, item)
    if root is not None and root.pos_ == "NOUN":
        return str(root.lemma_.lower())
    last = words[-1].lower()
    token = next((t for t in reversed(doc) if t.lower_ == last), None)
    return token.lemma_.lower() if token is not None and token.pos_ == "NOUN" else None


def _held(item: str, context: set[str]) -> str:
    """The item's words the sentence holds (`context`: its words and their lemmas), in the item's order; a word
    of the model's own that the sentence lacks is left out ("Roleplay watch" for "a Rolex watch": "watch"). The
    head noun is always held (the caller checked it), and a word with no letters stays ("747-8")."""
    kept = [w for w in item.split() if _word_held(w, context)]
    return " ".join(kept) if kept else item


def _word_held(word: str, context: set[str]) -> bool:
    parts = WORD.findall(re.sub(r"['’]s\W*$", "", word.lower()))  # "Eisenhower’s": the name, its "s" no word
    return all(p in context or p.isdigit() or nlp.lemma(p) in context for p in parts)


_PERSON_NOUNS = frozenset(TITLES | PEOPLE)


def _a_person(item: str) -> bool:
    """Whether an item names a person by a title or a noun of people at its root ("king of Morocco", "crown
    prince"; not "portrait of the king")."""
    return any(t.dep_ == "ROOT" and t.lemma_.lower() in _PERSON_NOUNS for t in nlp.parse(item))


def _names_arms(head: str, sentence: str) -> bool:
    """Whether every word of the sentence with the item's lemma only qualifies a noun that is never given: the make
    of "14 Leopard 2 tanks" is no leopard given."""
    words = [t for t in nlp.parse(sentence) if t.lemma_.lower() == head and t.pos_ in ("NOUN", "PROPN")]
    return bool(words) and all(
        t.dep_ in ("compound", "nmod", "amod") and t.head.lemma_.lower() in NOT_GIVEN for t in words
    )


def gives(text: str) -> bool:
    """Whether English text holds a word of giving (GIVE_VERBS, GIFT_NOUNS), by the parse's lemma or, where the
    small tagger takes a participle for an adjective and keeps it as its lemma ("horses were gifted": "gifted"),
    by the dictionary's lemma of the word (simplemma: "gift"); never an adjective qualifying a noun ("gifted
    riders")."""
    if nlp.word_lemmas(text) & _GIVING:
        return True
    participles = (
        t.lower_ for t in nlp.parse(text) if t.pos_ == "ADJ" and t.dep_ != "amod" and t.lower_.endswith("ed")
    )
    return any(lemma(word, "en") in _GIVING for word in participles)


def _choose(candidates: list[Count], claimed: int | None) -> tuple[Count | None, bool]:
    """The count the sentence states for the fact, and whether it differs from the model's number."""
    if claimed is not None:
        same = [c for c in candidates if c.value == claimed]
        if same:
            return same[0], False
    numbered = {c.value for c in candidates if c.value is not None}
    if len(numbered) == 1:
        chosen = next(c for c in candidates if c.value is not None)
        return chosen, claimed is not None
    vague = [c for c in candidates if c.value is None]
    return (vague[0] if vague else None), claimed is not None and len(numbered) > 1


def _read_claim(claim: MilitaryClaim, sentence: str, before: str) -> tuple[Fact, Reading] | None:
    nouns = COUNTED.get(claim.claim_type)
    all_counts = nlp.counts(sentence)
    if claim.claim_type == "other":  # a head count may leave its noun out: "in return for eight held in ..."
        all_counts += nlp.elided_counts(sentence, PEOPLE)
    # "a"/"an" is no figure of a claim ("a prisoner swap", "an aircraft"): only numbers count here
    candidates = [c for c in all_counts if (nouns is None or c.noun in nouns) and not c.lone_article]
    if claim.claim_type == "treaty":
        candidates = []
    count, corrected = _choose(candidates, claim.figure) if (claim.figure is not None or candidates) else (None, False)
    if claim.figure is not None and count is None:
        return None  # a figure the sentence does not attach to what the claim counts
    if claim.claim_type == "other" and count is None:
        return None  # "other" is a head count ("eight held in ..."): without one it states nothing military
    if claim.claim_type == "casualties" and count and count.noun in _CASUALTY_NOUNS and not _harmed(sentence):
        return None  # "the release of 16 people" counts no casualties
    if claim.claim_type == "troop_deployment" and count and count.verb in _HARMED_WORDS:
        return None  # "300 troops have been killed": the verb over the count makes it a casualty figure
    if claim.claim_type == "arms" and count and _carried_on(sentence, count):
        return None  # "the prisoners were flown on seven aircraft": what carries them is no arms figure
    # who is counted comes from the parse; a model's subject stands only for claims without a count, where the
    # words of the sentence and the one before (a parse of the two, made only then) name it
    if count:
        subject: str | None = count.noun_phrase
    else:
        subject = claim.subject if _named_in(claim.subject, nlp.word_lemmas(sentence + " " + before)) else None
    if subject is None:
        return None
    # who states it comes from the parse ("according to X", "X said"); a small model's claimant is
    # too often a name copied from elsewhere, and none means the article states it itself
    claimed_by = nlp.claimant(sentence, before, near=count.start) if count else None
    figure = count.value if count else None
    head = count.noun if count else nlp.lemma(subject)
    updated = claim.model_copy(
        update={
            "figure": figure,
            "figure_text": count.wording if count else None,
            "subject": subject,
            "claimed_by": claimed_by,
            "date": nlp.occasion(sentence, head, count.start if count else 0),  # as a gift's: the parse's date
        }
    )
    reading = Reading(
        head=head,
        value=figure,
        wording=count.wording if count else None,
        qualifier=count.qualifier if count else None,
        claimant=claimed_by,
        measure=_measure(claim.claim_type, count),
        corrected=corrected,
    )
    return updated, reading


_CARRIED_ON = frozenset({"on", "aboard", "onboard", "via"})
"""Prepositions whose object carries something ("on seven aircraft", "aboard two ships")."""


def _carried_on(sentence: str, count: Count) -> bool:
    """Whether the counted noun is the object of a preposition of being carried (_CARRIED_ON)."""
    noun = nlp.noun_token(nlp.parse(sentence), count.noun, count.start)
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in _CARRIED_ON


def _harmed(sentence: str) -> bool:
    """Whether the sentence speaks of people killed, wounded or lost."""
    return bool(nlp.word_lemmas(sentence) & _HARMED_WORDS)


def _measure(claim_type: str, count: Count | None) -> str:
    """What a claim's figure measures, so that only values of the same quantity are compared. Any other
    count ("26 prisoners", "five Germans") measures only what it counts under its verb: two head counts of
    an exchange are no disagreement unless they count the same words the same way."""
    if count is None:
        return claim_type
    if count.projection:
        return f"{claim_type}: projection"
    if claim_type == "other":
        return f"other: {count.noun_phrase.lower()}" + (f" ({count.verb})" if count.verb else "")
    if claim_type == "troop_deployment":  # the starting point of a change ("from 11,000") is a current figure
        deployed = count.verb in _DEPLOY_VERBS or count.verb in nlp.CHANGE_VERBS
        return "troop_deployment" if deployed else "troop_deployment: force size"
    return claim_type


def _named_in(phrase: str, context: set[str]) -> bool:
    """Whether every proper name and at least one word of a phrase is in the context's words."""
    words = WORD_OF_THREE.findall(phrase)
    if not words:
        return False
    proper = [w for w in words if w[0].isupper()]
    lowered = [w.lower() for w in words]
    if any(w.lower() not in context for w in proper):
        return False
    return any(w in context for w in lowered)


def _read_actor(actor: Actor, sentence: str) -> tuple[Fact, Reading] | None:
    """An actor stands when the sentence names them as a person or organisation (never a country)."""
    words = _words_of(actor.name)
    if not words or country_like(actor.name, "en") or city_named(actor.name, sentence):
        return None  # "DPRK" tagged as an organisation is still a country; "Ashgabat" a city the NER missed
    if numbered(actor.name, sentence):
        return None  # "Boeing 747-8", "Leopard 2": a make's model
    if credited(actor.name, sentence):
        return None  # "AFP/Ludovic MARIN": a photo's credit
    places = nlp.entities(sentence, *_NON_ACTOR_LABELS) + nlp.entities(actor.name, *_NON_ACTOR_LABELS)
    if any(_words_of(p.text) >= words for p in places):
        return None  # "Ukraine", "North Korean": a country or a people is not an actor, even where a
        # small parser mistakes it for an organisation in one sentence (the name alone is read too)
    named = nlp.entities(sentence, "PERSON", "ORG") + nlp.titled_names(sentence)  # "Chancellor Scholz" tagged a place
    if not any(words & _words_of(e.text) for e in named):
        return None
    if any(words & _words_of(e.text) and nlp.counted(e) for e in named):
        return None  # "the 24 Orlov Trotters": a name a number counts is a kind of thing (lang/en/acting.acts)
    name = name_as_parsed(actor.name, sentence)
    if name is None:
        return None
    return _as_described(actor.model_copy(update={"name": name}), sentence), Reading(head="")


def _as_described(actor: Actor, sentence: str) -> Actor:
    """The actor with only the role, organisation and country that the words the parse ties to the name hold
    (nlp.described): a country named elsewhere in the sentence, or a role the model brought from another
    sentence or its own knowledge, is not the sentence's and is dropped; a role the sentence gives, as
    written, stands in for a missing one ("Wall Street Journal reporter" where the model said "journalist")."""
    phrase = nlp.described(sentence, actor.name) or ""
    present = {w.casefold() for w in LETTERS.findall(phrase)}
    initials = {w.replace(".", "").casefold() for w in phrase.split() if w.replace(".", "").isupper()}
    kept = {k: v if v and _holds(v, present, initials) else None for k in ("role", "organisation", "country")
            if (v := getattr(actor, k)) is not None}  # fmt: skip
    if not kept.get("role", actor.role):  # the sentence's own words for it, where the model's are not there
        kept["role"] = nlp.role_words(sentence, actor.name)
    return plausible(actor.model_copy(update=kept), "en")


def plausible(actor: Actor, code: str) -> Actor:
    """The actor without a role that is someone's name ("Evan Gershkovich" as Paul Whelan's role: every
    word capitalised, none a title, in a language that writes its nouns in lower case) or, in English, a
    country that is no country's name, initials or adjective ("Alsu Kurmasheva"): words the sentence
    holds, in the wrong place. (pycountry has the official names of other languages, not "Россия".) Nor a role
    that is the actor's own name or a word of it ("Tramp" as Tramp's role, "helicopter" as Helicopter's)."""
    update: dict[str, str | None] = {}
    words = (actor.role or "").split()
    if words and {w.casefold() for w in words} <= {w.casefold() for w in actor.name.split()}:
        update["role"] = None
    if len(words) > 1 and code not in CAPITALISED_NOUNS and all(w[:1].isupper() for w in words):
        if not {w.lower().strip(".,") for w in words} & TITLES:
            update["role"] = None
    country = actor.country
    if country and code == "en" and not country_like(country, code) and not country_of(country.lower()):
        update["country"] = None
    return actor.model_copy(update=update) if update else actor


def _holds(value: str, present: set[str], initials: set[str]) -> bool:
    """Whether a role, body or country is in the words tied to a name: every capitalised word of it (or a
    word formed from it: "Korea" in "North Korean"), and a lower-case word of it if it has any; or its
    initials ("United States" in "U.S.")."""
    words = LETTERS.findall(value)
    if "".join(w[0] for w in words if w[0].isupper()).casefold() in initials:
        return True
    proper = [w.casefold() for w in words if w[0].isupper()]
    common = [w.casefold() for w in words if w[0].islower() and len(w) > 2 and w not in NAME_PARTICLES]
    formed = [w for w in proper if w not in present and (len(w) < 5 or not any(p.startswith(w[:-1]) for p in present))]
    return bool(words) and not formed and (not common or any(w in present for w in common))


def _words_of(name: str) -> set[str]:
    """A name's words of three letters or more, and its dotted initials as one word ("U.N." -> "un")."""
    dotted = {m.replace(".", "").lower() for m in _DOTTED.findall(name)}
    return {w.lower() for w in WORD_OF_THREE.findall(name)} | dotted


def name_as_parsed(name: str, sentence: str) -> str | None:
    """A model's actor name as the sentence names the actor: the person the parse tags at its end where the
    words before are a role, a title or an outlet ("Wall Street Journal reporter Evan Gershkovich", "U.S.
    Marine Paul Whelan" -> the person's name; a lone "Kim" before "Jong Un" is no role); None where the
    name describes someone without naming them ("U.S. official familiar with the deliberations")."""
    for person in nlp.entities(sentence, "PERSON"):
        tagged = re.sub(r"(’s|'s)$", "", person.text.strip())
        if len(tagged.split()) < 2 or name == tagged or not name.endswith(" " + tagged):
            continue
        before = name[: -len(tagged)].split()
        if len(before) > 1 or any(_describing(w) or w.lower().strip(".") in TITLES for w in before):
            return tagged
    return None if any(_describing(w) for w in name.split()) else name


def _describing(word: str) -> bool:
    """A lower-case word of description ("official", "reporter"), not a particle of a name ("of", "bin", "von")."""
    return word.isalpha() and word[:1].islower() and len(word) >= 3 and word not in NAME_PARTICLES


def speaks(actor: Actor, said_sentence: str, before: str) -> bool:
    """Whether the sentence reports this actor saying something (quoted or reported speech)."""
    speaker = nlp.speaker_of(said_sentence, before)
    if speaker is None:
        return False
    words = {w.lower() for w in WORD_OF_THREE.findall(actor.name)}
    return bool(words & {w.lower() for w in WORD_OF_THREE.findall(speaker)})
