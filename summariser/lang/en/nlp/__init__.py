"""The English NLP layer: spaCy parses of sentences, and what their structure says.

Its public face, one module a responsibility: `parsing` (the pipeline, parses, sentences, lemmas,
entities), `amounts` (which number counts which noun, with its qualifier and whether it is a
projection), `claims` (who states a figure, quotations, the date of a gift) and `people` (names
after a title, the words and role a sentence ties to a name). Every offset is a character offset
into the parsed text. The English pipeline loads on first use, so a fully cached run never pays for it.
"""

from summariser.lang.en.nlp.amounts import CHANGE_VERBS, Count, counts, elided_counts, supplied, value_of
from summariser.lang.en.nlp.claims import SPEECH_VERBS, claimant, occasion, quotations, speaker_of
from summariser.lang.en.nlp.parsing import (
    BLOCK_CHARS,
    PIPELINE,
    blocks,
    counted,
    entities,
    governing_verb,
    lemma,
    line_spans,
    modifiers,
    noun_lemmas,
    noun_phrase,
    noun_token,
    outline,
    parse,
    parse_ahead,
    phrase_root,
    sentence_around,
    sentence_in,
    sentences,
    verb_above,
    word_lemmas,
)
from summariser.lang.en.nlp.people import VOICES, described, role_words, titled_names

__all__ = [
    "BLOCK_CHARS",
    "CHANGE_VERBS",
    "PIPELINE",
    "SPEECH_VERBS",
    "VOICES",
    "Count",
    "blocks",
    "claimant",
    "counted",
    "counts",
    "described",
    "elided_counts",
    "entities",
    "governing_verb",
    "lemma",
    "line_spans",
    "modifiers",
    "noun_lemmas",
    "noun_phrase",
    "noun_token",
    "occasion",
    "outline",
    "parse",
    "parse_ahead",
    "phrase_root",
    "quotations",
    "role_words",
    "sentence_around",
    "sentence_in",
    "sentences",
    "speaker_of",
    "supplied",
    "titled_names",
    "value_of",
    "verb_above",
    "word_lemmas",
]
