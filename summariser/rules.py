"""The rules that decide a fact's way into the brief, by id: each Decision of a fact's trace names one (schemas
Decision.rule), and `summariser explain` shows what it means. The NLP finder families add theirs as "enrich.<id>"."""

from summariser.finders import FINDERS

MODEL = "model.answer"
STATES = "verify.states"
RECITED = "verify.recited"
CORRECTED = "verify.corrected"
SAID_DROPPED = "verify.said_dropped"
NOT_FOUND = "verify.not_found"
INSTRUCTION_LINE = "verify.instruction_line"
NOT_VERBATIM = "verify.not_verbatim"
NOT_STATED = "verify.not_stated"
SAME = "merge.same"
UNSTATED = "merge.unstated"
DISAGREEMENT = "merge.disagreement"
NAMES = "merge.names"
ENGLISH_SPELLING = "merge.english_spelling"
NAMED_THING = "link.named_thing"

RULES: dict[str, str] = {
    MODEL: "the model named the fact in its answer, citing a sentence of the article (extract/)",
    STATES: "the sentence of its quote, read by the checks of its language, states the fact (verify/recite.py)",
    RECITED: "the model's sentence does not state the fact; code cited the best sentence of the article that does, "
    "with the model's value (verify/recite.py)",
    CORRECTED: "the sentence attaches another number to the item than the model gave; the sentence's number "
    "stands (lang/en/reading.py)",
    SAID_DROPPED: "the sentence does not report the actor saying the words the model gave, so they are not shown",
    NOT_FOUND: "the model's quote is not in the article, as written, folded or fuzzily (verify/locate.py)",
    INSTRUCTION_LINE: "the quote lies on a line that reads as an instruction to a model: never evidence "
    "(verify/safety.py)",
    NOT_VERBATIM: "in text no parser reads, a quote counts only as written (quotes, dashes, spaces folded)",
    NOT_STATED: "no sentence of the article states the fact as the checks of its language read it "
    "(lang/en/reading.py, lang/xx/fallback.py, lang/<code>/reader.py)",
    SAME: "sources stating the same value of the same measure are one fact (merge.py)",
    UNSTATED: "sources naming the item without a number stand beside the fact that counts it (merge.py)",
    DISAGREEMENT: "another source gives another value of the same measure: shown as a disagreement (merge.py)",
    NAMES: "spellings and scripts of one name are one actor by the rules of names/; two people sharing a "
    "surname never are",
    NAMED_THING: 'an English sentence of the run gives the name to an animal or a thing ("a horse, which has been '
    'named Victory"): no actor, in any article (link/named.py)',
    ENGLISH_SPELLING: "no article writes the name in Latin letters; the English spelling the model gave, checked by "
    "code, is shown (extract/spelling.py)",
    **{
        f"enrich.{family}": f"found by the NLP layer where the model left it out: {what}"
        for family, what in FINDERS.items()
    },  # noqa: E501
}
"""Every rule id and what it means."""


def finder_rule(family: str) -> str:
    """The rule id of an NLP finder family."""
    return f"enrich.{family}"


def by_finder(origin: str) -> bool:
    """Whether a source's origin is an NLP finder family (not the model's answer, nor its re-cited fact)."""
    return origin in FINDERS
