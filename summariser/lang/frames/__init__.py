"""General frames read from a parse in Universal Dependencies terms, the same in every language a reader
parses (lang/base.py): who is named (named), what was given (given), what a number counts (counted), and
the Reader over them (reader). This package's public face."""

from summariser.lang.frames.counted import counts, numbers_of_nouns
from summariser.lang.frames.given import gifts, gives
from summariser.lang.frames.named import names
from summariser.lang.frames.reader import ParsedReader
from summariser.lang.frames.things import thing_of

__all__ = ["ParsedReader", "counts", "gifts", "gives", "names", "numbers_of_nouns", "thing_of"]
