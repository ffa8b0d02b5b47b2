"""Person names across spellings and scripts: fold a name to comparable words, decide when two names are one
person, and cluster names without ever joining two people who only share a surname.

The package's public face, one module a responsibility: `scripts` (which script, look-alike letters),
`fold` (a name as comparable words), `spelling` (one name word spelt two ways), `sounds` (Korean and Hangul
sound keys), `person` (when two names are one person: the rules), `index` (the keys two names of one person
share), `cluster` (names grouped into people) and `written` (where a text writes a name).
"""

from summariser.names.cluster import cluster_names
from summariser.names.fold import fold_name
from summariser.names.index import PersonIndex, compared_with_all, person_keys
from summariser.names.person import same_person
from summariser.names.scripts import (
    LETTERS,
    hangul_syllables,
    in_hangul,
    in_latin_script,
    mixed_script,
    romanised,
    unconfused,
)
from summariser.names.sounds import (
    MIN_KOREAN_KEY,
    chinese_in_cyrillic,
    cyrillic_korean_keys,
    hangul_sound_key,
    heard_whole,
    korean_key,
    sound_key,
    sounded,
    sounds_like,
)
from summariser.names.spelling import (
    INFLECTION,
    LONG_SURNAME,
    MIN_SURNAME_LETTERS,
    same_name_word,
    same_word,
    skeleton,
    spelled_alike,
    spelling_keys,
    spelling_variant,
)
from summariser.names.written import TEXT_WORD, written_span

__all__ = [
    "INFLECTION",
    "LETTERS",
    "LONG_SURNAME",
    "MIN_KOREAN_KEY",
    "MIN_SURNAME_LETTERS",
    "PersonIndex",
    "TEXT_WORD",
    "chinese_in_cyrillic",
    "cluster_names",
    "compared_with_all",
    "cyrillic_korean_keys",
    "fold_name",
    "hangul_sound_key",
    "hangul_syllables",
    "heard_whole",
    "in_hangul",
    "in_latin_script",
    "korean_key",
    "mixed_script",
    "person_keys",
    "romanised",
    "same_name_word",
    "same_person",
    "same_word",
    "skeleton",
    "sound_key",
    "sounded",
    "sounds_like",
    "spelled_alike",
    "spelling_keys",
    "spelling_variant",
    "unconfused",
    "written_span",
]
