"""Head counts and arms counts in text that no parser reads ("26 persone", "10 человек", "31 tanques"),
found by a number written in digits directly before a counted noun, and marked method "nlp".

The noun is recognised by its lemma (simplemma, per language) in a small bilingual word list: the
English nouns the parse counts (ground/reading.py: people and prisoners, tanks and missiles) in
Italian, Spanish, Portuguese, French, German, Russian, Ukrainian and Macedonian. The English word
becomes the claim's subject, so the brief reads the same in every language, while the quote stays
the article's own sentence. A count of people in a sentence that speaks of death or wounds is left
out (it may be a casualty figure, which needs a parse to tell), and so is every troop figure (only a
parse tells a deployment from the size of an army: ground/reading.py). Without a parse these figures
are compared with nothing: equal ones merge, different ones are never shown as a disagreement
(facts.UNCOMPARED), since "10 prigionieri ... 13 prigionieri ... 3 prigionieri" are three counts of
one exchange, not three claims about one number.
"""

import re
from functools import cache

from summariser.facts import UNCOMPARED, GroundedFact, Reading
from summariser.ground import checks, fallback
from summariser.ground.locate import Span
from summariser.ground.recite import overlaps, source
from summariser.ground.safety import instruction_lines
from summariser.load.articles import Article
from summariser.load.numerals import numbers
from summariser.schemas import MilitaryClaim
from summariser.schemas.extraction import ClaimType

_PEOPLE: dict[str, dict[str, str]] = {
    "it": {"persona": "people", "prigioniero": "prisoners", "detenuto": "detainees", "ostaggio": "hostages",
           "cittadino": "citizens", "giornalista": "journalists", "dissidente": "dissidents", "civile": "civilians",
           "rifugiato": "refugees", "migrante": "migrants", "passeggero": "passengers", "individuo": "individuals"},
    "es": {"persona": "people", "prisionero": "prisoners", "preso": "prisoners", "detenido": "detainees",
           "rehén": "hostages", "ciudadano": "citizens", "periodista": "journalists", "civil": "civilians",
           "refugiado": "refugees", "migrante": "migrants", "pasajero": "passengers"},
    "pt": {"pessoa": "people", "prisioneiro": "prisoners", "preso": "prisoners", "detido": "detainees",
           "refém": "hostages", "cidadão": "citizens", "jornalista": "journalists", "civil": "civilians",
           "refugiado": "refugees", "migrante": "migrants", "passageiro": "passengers"},
    "fr": {"personne": "people", "prisonnier": "prisoners", "détenu": "detainees", "otage": "hostages",
           "citoyen": "citizens", "journaliste": "journalists", "civil": "civilians", "réfugié": "refugees",
           "migrant": "migrants", "passager": "passengers"},
    "de": {"person": "people", "mensch": "people", "gefangene": "prisoners", "gefangener": "prisoners",
           "häftling": "prisoners", "geisel": "hostages", "bürger": "citizens", "journalist": "journalists",
           "zivilist": "civilians", "flüchtling": "refugees", "passagier": "passengers"},
    "ru": {"человек": "people", "заключенный": "prisoners", "заключённый": "prisoners", "узник": "prisoners",
           "пленный": "prisoners", "заложник": "hostages", "гражданин": "citizens", "журналист": "journalists",
           "беженец": "refugees", "пассажир": "passengers", "лицо": "people"},
    "uk": {"людина": "people", "особа": "people", "в'язень": "prisoners", "полонений": "prisoners",
           "заручник": "hostages", "громадянин": "citizens", "журналіст": "journalists", "біженець": "refugees",
           "пасажир": "passengers"},
    "mk": {"лице": "people", "лица": "people", "човек": "people", "луѓе": "people", "затвореник": "prisoners",
           "заложник": "hostages", "граѓанин": "citizens", "новинар": "journalists", "бегалец": "refugees",
           "патник": "passengers"},
}  # fmt: skip
_ARMS: dict[str, dict[str, str]] = {
    "it": {"carro": "tanks", "missile": "missiles", "razzo": "rockets", "drone": "drones", "obice": "howitzers",
           "lanciarazzi": "launchers", "proiettile": "shells"},
    "es": {"tanque": "tanks", "misil": "missiles", "cohete": "rockets", "dron": "drones", "obús": "howitzers",
           "lanzacohetes": "launchers", "proyectil": "shells"},
    "pt": {"tanque": "tanks", "míssil": "missiles", "foguete": "rockets", "drone": "drones", "obus": "howitzers"},
    "fr": {"char": "tanks", "missile": "missiles", "roquette": "rockets", "drone": "drones", "obus": "shells"},
    "de": {"panzer": "tanks", "rakete": "missiles", "drohne": "drones", "haubitze": "howitzers",
           "granate": "shells"},
    "ru": {"танк": "tanks", "ракета": "missiles", "беспилотник": "drones", "дрон": "drones", "гаубица": "howitzers",
           "снаряд": "shells"},
    "uk": {"танк": "tanks", "ракета": "missiles", "безпілотник": "drones", "дрон": "drones", "гаубиця": "howitzers",
           "снаряд": "shells"},
    "mk": {"тенк": "tanks", "ракета": "missiles", "дрон": "drones", "хаубица": "howitzers"},
}  # fmt: skip
_HARM = {
    "it": {"morto", "morti", "morte", "morire", "uccidere", "ucciso", "ferito", "ferire", "vittima", "caduto"},
    "es": {"muerto", "muerte", "morir", "matar", "herido", "herir", "víctima", "fallecido"},
    "pt": {"morto", "morte", "morrer", "matar", "ferido", "vítima"},
    "fr": {"mort", "mourir", "tuer", "tué", "blessé", "blesser", "victime"},
    "de": {"tot", "tote", "sterben", "töten", "getötet", "verletzt", "verwundet", "opfer"},
    "ru": {"погибнуть", "погибший", "убить", "убитый", "ранить", "раненый", "жертва", "смерть", "гибель"},
    "uk": {"загинути", "загиблий", "вбити", "убитий", "поранити", "поранений", "жертва", "смерть"},
    "mk": {"загина", "загинат", "убиен", "убиени", "ранет", "ранети", "жртва", "жртви", "смрт"},
}
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def counts_abroad(article: Article, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Claims for the counted nouns of the article's non-English sentences that no grounded claim of it
    already gives the figure of."""
    code = article.language or ""
    if code not in _PEOPLE:
        return []
    text = article.text
    held = {f.fact.figure for f in grounded if isinstance(f.fact, MilitaryClaim)}
    suspect = instruction_lines(text)
    found: list[GroundedFact] = []
    for start, end in fallback.sentences(text):
        if overlaps(start, end, suspect) or not checks.known_foreign(article, start, end):
            continue
        sentence = text[start:end]
        for claim_type, english, value, written in counted_in(sentence, code):
            if value in held or value <= 1:
                continue  # "1" is too often a date without a parse (fallback._without_lone_one)
            held.add(value)
            claim = MilitaryClaim(
                claim_type=claim_type, subject=english, figure=value, figure_text=written, claimed_by=None,
                place=None, date=None, evidence=sentence,
            )  # fmt: skip
            reading = Reading(
                head=english, value=value, wording=written, measure=f"{claim_type}: {english} {UNCOMPARED}"
            )
            found.append(
                GroundedFact("military", claim, source(article, 0, Span(start, end, "nlp", 100.0)), None, reading)
            )
    return found


def counted_in(sentence: str, code: str) -> list[tuple[ClaimType, str, int, str]]:
    """(claim type, English noun, value, wording) for each number in digits directly followed by a
    counted noun of language `code` (one word may stand between: "7 diversi", "13 российских")."""
    lemmas = [(m, _lemma(m.group().lower(), code)) for m in _WORD.finditer(sentence)]
    words = {lemma for _, lemma in lemmas} | {m.group().lower() for m, _ in lemmas}
    harmed = bool(words & _HARM.get(code, set()))
    found: list[tuple[ClaimType, str, int, str]] = []
    cursor = 0
    for value, written in numbers(sentence):
        at = sentence.find(written, cursor)
        cursor = at + len(written)
        following = [lemma for m, lemma in lemmas if m.start() > at][:2]
        between = sentence[at + len(written) :]
        if not following or not re.match(r"\s+[^\W\d_]", between):
            continue  # "13 – в Германию": the noun is left out
        for lemma in following:
            kind = _kind(lemma, code)
            if kind is not None:
                if not (kind[0] == "other" and harmed):
                    found.append((kind[0], kind[1], value, written))
                break
    return found


def _kind(lemma: str, code: str) -> tuple[ClaimType, str] | None:
    """A head count ("other") or an arms count, with the English noun; None for any other noun."""
    if english := _PEOPLE.get(code, {}).get(lemma):
        return "other", english
    if english := _ARMS.get(code, {}).get(lemma):
        return "arms", english
    return None


@cache
def _lemma(word: str, code: str) -> str:
    import simplemma  # deferred: a dictionary loads per language, only for text no parser reads

    return str(simplemma.lemmatize(word, lang=code)).lower()
