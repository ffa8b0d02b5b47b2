"""A Reader (lang/base.py) of a language a parser reads: the general frames over its parse."""

from collections.abc import Callable
from dataclasses import dataclass, replace

from summariser.lang.base import Counted, Given, Name, Parse, Vocabulary
from summariser.lang.frames.counted import counts
from summariser.lang.frames.given import gifts, gives
from summariser.lang.frames.named import names


@dataclass(frozen=True)
class ParsedReader:
    """A Reader (lang/base.py) of a language that a parser reads: the frames above over its parse."""

    code: str
    checks: str
    parse: Callable[[str], Parse]
    vocabulary: Vocabulary
    normal: Callable[[Parse, Name], str] | None = None
    """The dictionary form of a name, where the language declines names."""
    no_name: Callable[[str], bool] | None = None
    """Whether the language's dictionary reads a word only as a word of another kind than a noun, never as a
    name: the NER model's one-word names such a word writes are dropped ("Вырастим", "we will grow")."""
    title_before: Callable[[str, str], bool] | None = None
    """Whether a person's name's first word is a title before the name that follows ("Королеве Камилле")."""

    def names(self, sentence: str) -> list[Name]:
        """The persons and organisations the sentence names, a person's without a title the NER model took in."""
        parse = self.parse(sentence)
        found = names(parse, self.code)
        if self.no_name is not None:
            found = [n for n in found if not _one_word_of(self.no_name, sentence[n.start : n.end])]
        if self.title_before is not None:
            found = [_untitled(n, sentence, self.title_before) for n in found]
        if self.normal is None:
            return found
        return [replace(n, normal=self.normal(parse, n)) for n in found]

    def gifts(self, sentence: str, *, told: bool = False) -> list[Given]:
        """The things the sentence says were given (`told`: the article has said that something was given)."""
        return gifts(self.parse(sentence), self.vocabulary, self.code, told=told)

    def gives(self, sentence: str) -> bool:
        """Whether the sentence holds a verb of giving or a noun of gift."""
        return gives(self.parse(sentence), self.vocabulary)

    def counts(self, sentence: str) -> list[Counted]:
        """The numbers of the sentence with the nouns they count."""
        return counts(self.parse(sentence), self.code)


def _one_word_of(kind: Callable[[str], bool], text: str) -> bool:
    """Whether the text is one word and of the kind."""
    return len(text.split()) == 1 and kind(text)


def _untitled(name: Name, sentence: str, title_before: Callable[[str, str], bool]) -> Name:
    """A person's name without a first word that is a title before the rest ("Королеве Камилле" -> "Камилле")."""
    words = sentence[name.start : name.end].split()
    if name.label != "person" or len(words) < 2 or not title_before(words[0], words[1]):
        return name
    second = sentence.index(words[1], name.start + len(words[0]))
    return replace(name, start=second, normal=sentence[second : name.end])
