"""People and organisations one article names that another article of the run names too, in any
script or spelling: the other article's sentence becomes that actor's source (origin "names_across").

A small model finds almost nothing in Russian or Italian text and no parser reads it, but a name
grounded in one article ("Evan Gershkovich") is found in another by its words, folded to ASCII and
compared with names.same_name_word ("Эван Гершкович", "Гершковича"): code can justify that match.
Every word of the name must stand in one run of capitalised words of a sentence (words one space,
hyphen or apostrophe apart: "Anna Ivanova"), each in a word of its own; a surname alone is enough only
when it is long (names.LONG_SURNAME), no other name of the run ends in it, and no other given name
stands just before it, so Paul Whelan is never found where only "Whelan" stands beside an Elizabeth
Whelan, and Ivan Ivanova never where "Anna Ivanova" does (a namesake; "Иван Гершкович" still writes
Evan Gershkovich, by names.same_person across scripts). In English text a word the parser
reads as a place ("Austin, Texas") names nobody, and a given name alone that the parser reads as a
person ("Paul, Evan, Alsu, and green-card holder Vladimir") names the one person of the run with that
given name, never one of two (a Vladimir Putin beside a Vladimir Kara-Murza). In Hangul, which has
no capitals and writes a Korean name as one word with its particles, a Korean name of the run is found
where a word opens with it, both romanisations folded alike (names.korean_key: "Pak Jong-chon" in
"박정천"), and a foreign name where Hangul words write its sounds (names.sounded: "Vladimir Putin" in
"블라디미르 푸틴 대통령이"); a foreign name the run has only in Hangul is found where two capitalised
words write its sounds ("Дмитрий Песков" for the model's "드미트리 페스코프 대변인").

Cost: the run's names are indexed once (KnownNames): a sentence's words are looked up by their spelling
keys, an article's own actors by their person keys (names.PersonIndex), and an English article is parsed
once, as a whole (nlp.parse, memoised: the run's finders read the same Doc): a sentence's entities are those
of that Doc lying inside it, read only where some word of the sentence may write a name. An article costs
its words, not its words times the run's names, and no sentence is parsed again on its own.
"""

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import takewhile

from summariser.facts import GroundedFact
from summariser.kinds.actor.finders.english import actor_at
from summariser.lang.en import nlp
from summariser.lang.words import NAME_TOKEN
from summariser.lang.xx import roles_abroad
from summariser.load.articles import Article
from summariser.names import (
    INFLECTION,
    LONG_SURNAME,
    MIN_KOREAN_KEY,
    MIN_SURNAME_LETTERS,
    PersonIndex,
    fold_name,
    hangul_sound_key,
    hangul_syllables,
    heard_whole,
    in_hangul,
    in_latin_script,
    korean_key,
    same_person,
    same_word,
    sounded,
    sounds_like,
    spelling_keys,
)
from summariser.schemas import Actor
from summariser.schemas.summary import Origin
from summariser.verify import checks
from summariser.verify.locate import Span
from summariser.verify.safety import instruction_lines, overlaps

_PLACES = ("GPE", "LOC", "NORP", "FAC")
_JOINED = re.compile(r"\.?\s|[-'’]")
"""What stands between two words of one name: a space, perhaps after an initial's dot ("Antony J.
Blinken"), a hyphen ("Kara-Murza") or an apostrophe ("O’Brien")."""
_VOWELS = "aeiouy"

ORIGIN: Origin = "names_across"
"""The finder family whose facts this module adds (summariser/finders.py)."""


@dataclass(frozen=True)
class _Name:
    written: str  # as the other article writes it
    words: tuple[str, ...]  # folded
    alone: bool  # whether its surname alone may name it
    given_alone: bool  # whether its given name alone may name it


class KnownNames:
    """The distinct actor names of a run, indexed so that an article is compared only with the names its
    words may write: each word of a sentence is looked up by its spelling keys (names.spelling_keys), never
    tried against every name, so the cost grows with the words read, not with words times names."""

    def __init__(self, names: list[_Name]) -> None:
        self.names = names
        self.people = PersonIndex()
        self._keyed: dict[str, set[str]] = defaultdict(set)  # spelling key -> name words
        self._stems: dict[str, set[str]] = defaultdict(set)  # a long name word without its final vowel
        self.by_last: dict[str, list[int]] = defaultdict(list)
        self.by_first: dict[str, list[int]] = defaultdict(list)  # names a given name alone may name
        self.by_long_word: dict[str, list[int]] = defaultdict(list)  # names by their last long word
        self.korean = [korean_key(list(n.words)) for n in names]
        self.hangul = [i for i, n in enumerate(names) if in_hangul(n.written)]
        self._words_in: dict[str, frozenset[str]] = {}
        for i, name in enumerate(names):
            self.people.add(i, name.written)
            self.by_last[name.words[-1]].append(i)
            if name.given_alone:
                self.by_first[name.words[0]].append(i)
            if long := [w for w in name.words if len(w) >= MIN_SURNAME_LETTERS]:
                self.by_long_word[long[-1]].append(i)  # an actor holding the name holds its last long word
            for word in set(name.words):
                for key in spelling_keys(word):
                    self._keyed[key].add(word)
                if len(word) >= LONG_SURNAME and word[-1] in _VOWELS:
                    self._stems[word[:-1]].add(word)

    def __len__(self) -> int:
        return len(self.names)

    def words_in(self, word: str) -> frozenset[str]:
        """The name words that a folded word of a sentence writes (`same_word`), found by key; memoised, as a
        run's articles repeat their words."""
        if (known := self._words_in.get(word)) is None:
            known = self._words_in[word] = self._look_up(word)
        return known

    def _look_up(self, word: str) -> frozenset[str]:
        cuts = [word[: len(word) - cut] for cut in range(INFLECTION + 1) if cut == 0 or len(word) - cut >= 2]
        found = {w for part in cuts for key in spelling_keys(part) for w in self._keyed.get(key, ())}
        for size in range(max(1, len(word) - INFLECTION), len(word) + 1):
            found |= self._stems.get(word[:size], set())
        return frozenset(w for w in found if same_word(w, word))


def known_names(facts: list[GroundedFact]) -> KnownNames:
    """The distinct actor names grounded anywhere in the run, with whether a surname alone names them."""
    written = {f.fact.name.strip() for f in facts if isinstance(f.fact, Actor) and fold_name(f.fact.name)}
    folded: dict[str, tuple[str, ...]] = {}
    seen: set[tuple[str, ...]] = set()
    for name in sorted(written, key=lambda n: (not in_latin_script(n), n)):  # "Alsu Kurmasheva", "Алсу Курмашева":
        words = fold_name(name)  # one name in two scripts; the Latin spelling is kept
        if words not in seen:
            seen.add(words)
            folded[name] = words
    endings = Counter(words[-1] for words in folded.values())
    givens = Counter(words[0] for words in folded.values() if len(words) > 1)
    return KnownNames(
        [
            _Name(
                name,
                words,
                len(words) > 1 and len(words[-1]) >= LONG_SURNAME and endings[words[-1]] == 1,
                len(words) > 1 and len(words[0]) >= MIN_SURNAME_LETTERS and givens[words[0]] == 1,
            )
            for name, words in folded.items()
        ]
    )


def names_across(article: Article, names: KnownNames, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Actors of the run that this article names and no grounded actor of it does: each with the first
    sentence naming them."""
    wanted = _wanted(names, [f.fact.name for f in grounded if isinstance(f.fact, Actor)])
    if not wanted:
        return []
    text = article.text
    english = checks.english(article)
    units = checks.checker(article).sentences(text)  # its language's sentences (lang/registry)
    entities = _Entities(text) if english else None
    suspect = instruction_lines(text)
    found: list[GroundedFact] = []
    for start, end in units:
        if not wanted or overlaps(start, end, suspect):
            continue
        sentence = text[start:end]
        named = _Sentence(sentence, names, entities.within(start, end) if entities else None)
        for i in sorted(named.naming(wanted)):
            name = names.names[i]
            wanted.discard(i)  # the quote shows the name as this article writes it ("Эвана Гершковича")
            role = None if english else roles_abroad.role_of(name.written, sentence, None, article.language or "")
            found.append(actor_at(article, 0, name.written, Span(start, end, "nlp", 100.0), sentence, role, ORIGIN))
        for i in sorted(wanted & set(names.hangul)):
            if written := _sounding(names.names[i], named.all_tokens, sentence):
                wanted.discard(i)  # named as this article writes it: "Дмитрий Песков", not in Hangul
                role = None if english else roles_abroad.role_of(written, sentence, None, article.language or "")
                found.append(actor_at(article, 0, written, Span(start, end, "nlp", 100.0), sentence, role, ORIGIN))
    return found


def _wanted(names: KnownNames, have: list[str]) -> set[int]:
    """The names of the run that no actor the article has already is, by `same_person`, by holding
    every long word of the name ("Defense Department" is the "Department of Defense" the article has), or, for
    a surname alone, by a full name whose surname writes it as a sentence would (`KnownNames.words_in`:
    "Lukashenka", which the words of "Alexander Lukashenko" would be found to write)."""
    wanted = set(range(len(names)))
    for actor in have:
        wanted -= {i for i in names.people.candidates(actor) if same_person(actor, names.names[i].written)}
        words = fold_name(actor)
        held = {w for w in words if len(w) >= MIN_SURNAME_LETTERS}
        if len(words) > 1:  # a surname alone that this full name's surname writes
            written = names.words_in(words[-1])
            wanted -= {i for w in written for i in names.by_last.get(w, []) if len(names.names[i].words) == 1}
        for word in held:
            wanted -= {i for i in names.by_long_word.get(word, []) if _held(names.names[i], [held])}
    return wanted


@dataclass(frozen=True)
class _Entity:
    """A named entity of the English parse, within one sentence."""

    start: int  # offsets into the sentence
    end: int
    label: str
    words: tuple[str, ...]  # its tokens as written


class _Entities:
    """The named entities of an English article's one parse (nlp.outline of the whole text), found by where
    they start, so each sentence reads those lying inside it without being parsed again."""

    def __init__(self, text: str) -> None:
        self._ents = nlp.outline(text).entities
        self._starts = [e[0] for e in self._ents]

    def within(self, start: int, end: int) -> list[_Entity]:
        """The entities lying wholly inside [start, end) of the text, offsets counted from `start`."""
        inside = takewhile(lambda e: e[0] < end, self._ents[bisect_left(self._starts, start) :])
        return [_Entity(s - start, e - start, label, words) for s, e, label, words in inside if e <= end]


class _Sentence:
    """A sentence's capitalised words, the name words each writes, and the runs of words that stand
    together as one name ("Anna Ivanova", "Antony J. Blinken", "O’Brien"): a name is found only inside one run.
    `entities` are those of its English article's parse lying inside it; None in any other text."""

    def __init__(self, sentence: str, names: KnownNames, entities: list[_Entity] | None) -> None:
        self.sentence, self.names, self.entities = sentence, names, entities
        self.english = entities is not None
        capitalised = [m for m in NAME_TOKEN.finditer(sentence) if m.group()[0].isupper()]
        self.all_tokens = capitalised
        self.tokens = capitalised
        self._parsed = False
        self._spans: list[tuple[int, int]] = []  # where the parse reads an entity, once read
        self._writes = [self._words_of(m) for m in capitalised]
        self._runs()

    def _words_of(self, token: re.Match[str]) -> frozenset[str]:
        return frozenset().union(*(self.names.words_in(w) for w in _folded(token.group())))

    def _runs(self) -> None:
        self.run_of: list[int] = []
        for i, token in enumerate(self.tokens):
            joined = i > 0 and _JOINED.fullmatch(self.sentence[self.tokens[i - 1].end() : token.start()])
            self.run_of.append(self.run_of[-1] if joined else i)

    def _read_parse(self) -> None:
        """Read the article's English parse once it is needed: words it reads as places name nobody
        ("Austin, Texas")."""
        if self._parsed or not self.english:
            return
        self._parsed = True
        places = _words(self._entities_of(*_PLACES))
        kept = [(m, w) for m, w in zip(self.tokens, self._writes, strict=True) if m.group() not in places]
        self.tokens, self._writes = [m for m, _ in kept], [w for _, w in kept]
        self._runs()
        self._spans = [(e.start, e.end) for e in self._entities_of()]

    def _entities_of(self, *labels: str) -> list[_Entity]:
        """The sentence's entities in its article's English parse, of the given labels (all when none given)."""
        return [e for e in self.entities or [] if not labels or e.label in labels]

    def naming(self, wanted: set[int]) -> set[int]:
        """The wanted names the sentence writes: by their words (`_written`), by a given name alone the
        parser reads as a person, or in Hangul."""
        hits = {i for w in self._writes for word in w for i in self.names.by_last.get(word, []) if i in wanted}
        firsts = {w for m in self.all_tokens for w in _folded(m.group())} & set(self.names.by_first)
        if self.english and (hits or firsts):
            self._read_parse()
            hits = {i for w in self._writes for word in w for i in self.names.by_last.get(word, []) if i in wanted}
        found = {i for i in hits if self._written(self.names.names[i])}
        if self.english and firsts:
            given = _given_names(self._entities_of("PERSON"))
            found |= {i for w in firsts & given for i in self.names.by_first[w] if i in wanted}
        in_hangul_script = [m.group() for m in NAME_TOKEN.finditer(self.sentence) if in_hangul(m.group())]
        if in_hangul_script:
            hangul = [korean_key(hangul_syllables(w)) for w in in_hangul_script]
            heard = [hangul_sound_key(w) for w in in_hangul_script]
            found |= {i for i in wanted if _in_hangul(self.names, i, hangul) or _heard(self.names.names[i], heard)}
        return found

    def _written(self, name: _Name) -> bool:
        """Whether one run of the sentence writes the name: its surname and each other word of it, each in
        a word of its own; or its surname alone where that may stand for it and no other given name is
        written before it ("Anna Ivanova" never names an Ivan Ivanova)."""
        surname, given = name.words[-1], name.words[:-1]
        for t, writes in enumerate(self._writes):
            if surname not in writes:
                continue
            run = [j for j, r in enumerate(self.run_of) if r == self.run_of[t] and j != t]
            if _assigned(list(given), [self._writes[j] for j in run]):
                return True
            if name.alone and not (t > 0 and self.run_of[t - 1] == self.run_of[t] and self._another(t - 1, t, name)):
                return True
        return False

    def _another(self, before: int, surname: int, name: _Name) -> bool:
        """Whether the word just before a surname, in its run, is another given name: a word that is no
        title, no word of the name and with the surname no spelling of the name in another script ("Иван
        Гершкович" is Evan Gershkovich, names.same_person); in English only where the parser reads it
        inside one name with the surname ("Russian Ambassador Antonov" is no namesake). Without a parse
        any such word is taken for one, so a surname after a sentence's capitalised first word ("Сегодня
        Путин") names nobody alone."""
        token = self.tokens[before]
        if not fold_name(token.group()) or self._writes[before] & set(name.words):
            return False
        parts = name.written.split()  # the given name in another script: "Иван Гершкович" is Evan Gershkovich
        if len(parts) > 1 and same_person(f"{token.group()} {self.tokens[surname].group()}", f"{parts[0]} {parts[-1]}"):
            return False
        if not self.english:
            return True
        start, end = token.start(), self.tokens[surname].end()
        return any(s <= start and end <= e for s, e in self._spans)


def _assigned(wanted: list[str], tokens: list[frozenset[str]]) -> bool:
    """Whether each wanted name word is written by a word of its own among the tokens."""
    if not wanted:
        return True
    first, rest = wanted[0], wanted[1:]
    return any(first in words and _assigned(rest, tokens[:i] + tokens[i + 1 :]) for i, words in enumerate(tokens))


def _held(name: _Name, held: list[set[str]]) -> bool:
    """Whether an actor of the article has every long word of the name; a name with no long word (one in
    Hangul folds to syllables: "deu", "mi", "teu", "ri") is never held this way."""
    long = {w for w in name.words if len(w) >= MIN_SURNAME_LETTERS}
    return bool(long) and any(long <= h for h in held)


def _in_hangul(names: KnownNames, i: int, keys: list[str]) -> bool:
    """Whether a Korean name of two words or more opens a Hangul word of the sentence, particles after it
    ("Kim Jong-un" in "김정은에게"): the name whole, in one word, never syllables scattered over several."""
    wanted = names.korean[i]
    return len(names.names[i].words) > 1 and len(wanted) >= MIN_KOREAN_KEY and any(k.startswith(wanted) for k in keys)


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


def _given_names(persons: list[_Entity]) -> set[str]:
    """The folded names of the persons the English parser reads in one word ("Paul", "Alsu")."""
    return {w for e in persons if len(e.words) == 1 for w in fold_name(e.words[0])}


def _words(entities: list[_Entity]) -> set[str]:
    """The words of the entities, as written (those of places or peoples: "Austin", "Texas")."""
    return {word for e in entities for word in e.words}
