"""What a reader of one language hands on: a sentence parsed in Universal Dependencies terms (words with
lemma, part of speech, relation, head and features; entities with their offsets), the words of its
language that the frames of lang/frames/ ask about, and the two interfaces a language implements: Reader
(what a sentence names, gives and counts) and Checker (how a fact is held against its sentence)."""

from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from summariser.facts import Fact, Reading
from summariser.schemas import Actor
from summariser.schemas.extraction import ClaimType

Label = Literal["person", "organisation", "place", "other"]


@dataclass(frozen=True)
class Word:
    """One word of a parsed sentence, offsets into that sentence; `head` is the index of the word it
    depends on (its own index at the root)."""

    index: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    dep: str
    head: int
    feats: frozenset[str] = frozenset()

    def has(self, feature: str) -> bool:
        """Whether the word carries a morphological feature ("Polarity=Neg", "Mood=Cnd")."""
        return feature in self.feats


@dataclass(frozen=True)
class Entity:
    """A span the language's NER model tags, offsets into the sentence."""

    start: int
    end: int
    label: Label


@dataclass(frozen=True)
class Parse:
    """A sentence as its reader parsed it."""

    text: str
    words: tuple[Word, ...]
    entities: tuple[Entity, ...]

    def children(self, word: Word) -> list[Word]:
        """The words that depend on `word`."""
        return [w for w in self.words if w.head == word.index and w.index != word.index]

    def head_of(self, word: Word) -> Word | None:
        """The word `word` depends on; None at the root."""
        return None if word.head == word.index else self.words[word.head]

    def subtree(self, word: Word) -> list[Word]:
        """`word` and every word below it, in the order of the sentence."""
        below = {word.index}
        grew = True
        while grew:
            more = {w.index for w in self.words if w.head in below and w.index != w.head} - below
            grew, below = bool(more), below | more
        return [w for w in self.words if w.index in below]


@dataclass(frozen=True)
class Vocabulary:
    """The closed classes of words the frames read in one language, by lemma: verbs of giving, verbs that
    give only with a word of gift beside them (sending, receiving), the nouns of a gift, the verbs that turn
    a noun of gift into giving ("faire cadeau de"), the particles of a condition, and the nouns of arms and
    troops (a supply of them is a military claim, never a gift)."""

    giving: frozenset[str]
    giving_as_gift: frozenset[str]
    gift_nouns: frozenset[str]
    light_verbs: frozenset[str]
    conditions: frozenset[str]
    military: frozenset[str]
    people: frozenset[str] = field(default_factory=frozenset)
    of: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Name:
    """A person or organisation a sentence names, offsets into the sentence, and the name in its dictionary
    form where the language declines names ("Эвана Гершковича" -> "Эван Гершкович"), else as written."""

    start: int
    end: int
    label: Literal["person", "organisation"]
    normal: str


@dataclass(frozen=True)
class Given:
    """A thing a sentence says was given: its noun as written and by lemma, with its number where the
    sentence writes one (value, wording), the noun's offsets in the sentence, and the thing (emoji) it
    names where the lexicon of things knows it (lang/concepts.py). A reader through a translation gives the
    English noun and, for offsets, those of the number where the original writes one (else empty)."""

    noun: str
    lemma: str
    value: int | None
    written: str | None
    start: int
    end: int
    thing: str | None = None


@dataclass(frozen=True)
class Counted:
    """A number (digits or words) and the lemma of the noun it counts, with the number's offset. Where the
    reader reads a translation (lang/pt/reader.py): `english`, the counted noun phrase as the English writes it
    ("North Korean troops", the lemma then English too), and `claim`, the kind of claim the English reading
    confirms the count is (troop_deployment, casualties, arms, other)."""

    value: int
    written: str
    at: int
    lemma: str
    english: str | None = None
    claim: ClaimType | None = None


@runtime_checkable
class Reader(Protocol):
    """A reader of one language: what it checks, in words, and the persons and organisations, the things
    given and the counted nouns that one sentence of it states."""

    @property
    def code(self) -> str:
        """The ISO 639-1 code of the language it reads."""
        ...

    @property
    def checks(self) -> str:
        """What it checks, in words, as the brief lists it per article."""
        ...

    def names(self, sentence: str) -> list[Name]:
        """The persons and organisations the sentence names (module docstring of frames.py)."""
        ...

    def gifts(self, sentence: str, *, told: bool = False) -> list[Given]:
        """The things the sentence says were given; `told`: the article has said already that something was
        given (a verb of sending then gives without a noun of gift beside it)."""
        ...

    def gives(self, sentence: str) -> bool:
        """Whether the sentence holds a verb of giving or a noun of gift."""
        ...

    def counts(self, sentence: str) -> list[Counted]:
        """The numbers of the sentence with the nouns they count."""
        ...


@runtime_checkable
class Checker(Protocol):
    """How the facts of one language are held against the sentence their quote stands in: the sentences of a
    text, the fact as its sentence states it, and whether a sentence reports an actor speaking."""

    @property
    def code(self) -> str | None:
        """The ISO 639-1 code of the language it checks; None where the language was not determined."""
        ...

    @property
    def checks(self) -> str:
        """What it checks, in words, as the brief lists it per article."""
        ...

    @property
    def parses(self) -> bool:
        """Whether it reads a sentence's structure: a quote found fuzzily may then stand, and another sentence
        of the text that states the fact may be cited instead; without a parse a quote stands only verbatim."""
        ...

    def lines(self, codes: list[str]) -> str:
        """How the brief names the lines it reads in an article of several languages (`codes`: their codes)."""
        ...

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """Offsets of the sentences of a text, stripped, also cut at line breaks."""
        ...

    def sentence_around(self, text: str, start: int, end: int) -> tuple[str, str]:
        """The sentence(s) of `text` that hold [start, end), and the sentence before them."""
        ...

    def read(self, fact: Fact, sentence: str, before: str) -> tuple[Fact, Reading] | None:
        """The fact as the sentence (after `before`) states it, with what it measures; None if it does not."""
        ...

    def read_ahead(self, texts: list[str]) -> None:
        """Take in one batch the texts (sentences, names) that `read` will soon parse one by one, where a batch
        costs less (the English parse); what `read` answers does not change."""
        ...

    def speaks(self, actor: Actor, said_sentence: str, before: str) -> bool:
        """Whether the sentence of a quote (after `before`) reports the actor saying it."""
        ...
