"""The merged result of a run: facts with every source, resolved actors, conflicts and run facts."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summariser.schemas.extraction import Gift, MilitaryClaim


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


Alignment = Literal["exact", "normalised", "fuzzy"]
"""How a quote was found in the article: as written, with quotes, dashes and spaces folded, or by fuzzy match."""

Origin = Literal[
    "model",
    "recited",
    "nlp_actors",
    "nlp_claims",
    "nlp_gifts",
    "treaties",
    "supplied",
    "names_across",
    "proper_names",
    "counts_abroad",
    "gifts_abroad",
    "given_elsewhere",
    "aligned_items",
]
"""Where a fact came from: the model's answer; the model's fact that code re-cited from another sentence; or the
id of the NLP finder family that added it (summariser/finders.py, kept equal to it by a test)."""

Action = Literal["added", "kept", "re-cited", "corrected", "dropped", "merged"]


class Source(_Strict):
    """Where one fact was found: the article, the verbatim quote and its character offsets."""

    article_id: str
    quote: str = Field(description="Exactly the article text at [start, end).")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    alignment: Alignment = Field(description="How the quote was found in the article text.")
    origin: Origin = Field(
        description="'model': the model's answer, its quote checked; 'recited': the model's quote did not state the "
        "fact, so code cited the sentence of the article that does; otherwise the id of the NLP finder family that "
        "found the fact where the model left it out (summariser/finders.py)."
    )
    score: float = Field(ge=0, le=100, description="Match score; 100 for exact and normalised.")


class Decision(_Strict):
    """One step of a fact's way into the brief: the rule that took it (its id, summariser/rules.py) and what it did."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str = Field(description="The rule's id, e.g. 'verify.states', 'enrich.nlp_actors', 'merge.same'.")
    action: Action
    article_id: str | None = Field(default=None, description="The article the step read; None for merge steps.")
    detail: str = Field(description="What the rule saw, in a sentence.")


class DroppedFact(_Strict):
    """A fact the model proposed that code did not keep, and the rule that dropped it."""

    id: str
    kind: Literal["gifts", "actors", "military"]
    article_id: str
    what: str = Field(description="The fact as the model gave it: the item, name or claim.")
    evidence: str = Field(description="The quote the model gave for it (untrusted text, up to 300 characters).")
    rule: str = Field(description="The id of the rule that dropped it (summariser/rules.py).")
    detail: str


class MergedGift(_Strict):
    """A gift reported by one or more articles."""

    id: str
    gift: Gift = Field(description="The first source's version of the gift.")
    sources: list[Source]
    unstated: list[Source] = Field(
        default_factory=list,
        description="Sources that name the same item without stating how many, where the others state one number: "
        "they report the gift, not its number, so they never count as confirming it.",
    )
    trace: list[Decision] = Field(default_factory=list, description="How each source's fact was kept, and merged.")


class MergedClaim(_Strict):
    """A military claim reported by one or more articles."""

    id: str
    claim: MilitaryClaim = Field(description="The first source's version of the claim.")
    sources: list[Source]
    trace: list[Decision] = Field(default_factory=list, description="How each source's fact was kept, and merged.")


class Statement(_Strict):
    """Words an actor is quoted saying, with where the quote was found."""

    text: str
    source: Source


class Spelling(_Strict):
    """One way the articles write an actor's name, with the sources that write it so."""

    text: str = Field(description="The name as the sentence writes it: 'Владимир Путин', 'Putin'.")
    sources: list[Source]


class ResolvedActor(_Strict):
    """One person or institution, merged across spellings and articles."""

    id: str
    name: str = Field(description="The most frequent spelling, a Latin one first where the articles have one.")
    aliases: list[str] = Field(description="Every other spelling seen.")
    spellings: list[Spelling] = Field(
        default_factory=list,
        description="Every form the articles write the name in (script, spelling, surname alone), with its sources.",
    )
    romanised: str | None = Field(
        default=None, description="The name in Latin letters (anyascii), where no article writes it in them."
    )
    roles: list[str]
    organisations: list[str]
    countries: list[str]
    statements: list[Statement]
    sources: list[Source]
    trace: list[Decision] = Field(
        default_factory=list, description="How each source's mention was kept, and the spellings joined."
    )


class ConflictValue(_Strict):
    """One value that some sources report for a disputed quantity."""

    value: str = Field(description="The value as compared, e.g. '25' or '25 species'.")
    wordings: list[str] = Field(default_factory=list, description="The articles' words for it: 'up to 12,000'.")
    claimants: list[str] = Field(
        default_factory=list, description="Who states it, per the articles; 'the article itself' when nobody is named."
    )
    sources: list[Source]


class Conflict(_Strict):
    """A quantity that sources report with different values."""

    id: str
    kind: Literal["gift", "military"]
    topic: str
    fact_ids: list[str] = Field(description="The merged facts that disagree.")
    values: list[ConflictValue]
    contradicting_articles: list[str] = Field(
        default_factory=list, description="Articles that themselves state more than one of the values."
    )


class ArticleInfo(_Strict):
    """An input article as loaded."""

    id: str
    title: str | None
    source: str | None
    date: str | None
    path: str | None
    aliases: list[str] = Field(
        default_factory=list, description="Every other input name with exactly this text (read once)."
    )
    sha256: str
    chars: int
    text: str = Field(description="The article text, so offsets can be checked and shown anywhere.")
    language: str = Field(
        default="und", description="ISO 639-1 code of the article's language; 'und' when it cannot be told."
    )
    languages: list[str] = Field(
        default_factory=list, description="Every language holding a substantial share of the text, main first."
    )
    mixed_languages: bool = Field(default=False, description="Substantial parts of the text are in other languages.")
    rtl: bool = Field(default=False, description="Most letters are of a right-to-left script.")
    report: str | None = Field(
        default=None,
        description="The report this article is a copy of: the smallest article id among the articles that share "
        "most of its text or are shown translations of it (its own id when none is).",
    )
    checks: list[str] = Field(
        default_factory=list,
        description="The checks its facts were read by: the English parse, or (any other language, or 'und') the "
        "fallback checks that need no parser; both in an article mixing English with another language.",
    )
    notes: list[str] = Field(
        default_factory=list,
        description="What a reader should know about this article: e.g. no language found, no facts kept.",
    )
    translation_of: list[str] = Field(
        default_factory=list,
        description="Articles in another language that this one is shown to translate (or be translated by): the "
        "same numbers and names in the same order; counted as the same report.",
    )
    possible_translation_of: list[str] = Field(
        default_factory=list,
        description="Articles in another language it may translate, where code cannot show it; not counted as one "
        "report.",
    )


class ReportGroup(_Strict):
    """Articles that share most of their text: one report (e.g. a wire story) carried by several outlets."""

    id: str = Field(description="The smallest article id in the group.")
    article_ids: list[str]
    similarity: float = Field(
        ge=0, le=1, description="The lowest word-shingle Jaccard similarity among the pairs that joined the group."
    )
    translation: bool = Field(
        default=False,
        description="Some articles joined as shown translations (see Summary.translations), not by shared text.",
    )


class Translation(_Strict):
    """Two articles in different languages whose numbers and names come in the same order."""

    article_ids: list[str] = Field(description="The two articles, sorted.")
    languages: list[str]
    numbers_in_order: int = Field(ge=0, description="Numbers (in digits) both hold in the same order.")
    numbers: int = Field(ge=0, description="Numbers of the article that holds more.")
    names_in_order: int = Field(ge=0, description="Name words (transliterated) both hold in the same order.")
    names: int = Field(ge=0, description="Name words of the article that holds fewer.")
    shown: bool = Field(
        description="True: code shows it is a translation, counted as the same report; False: a possible "
        "translation, flagged and counted apart."
    )


class ArticleFailure(_Strict):
    """An input that could not be loaded or extracted, and why."""

    input: str
    stage: Literal["load", "extract", "partial"] = Field(
        description="load: not read; extract: no facts kept; partial: some kinds of facts missing."
    )
    error: str


class RunStats(_Strict):
    """Counts for one run."""

    articles: int = 0
    failed: int = 0
    facts: int = 0
    conflicts: int = 0
    requests: int = 0
    cache_hits: int = 0
    transport_retries: int = 0
    reasks: int = 0
    param_adaptations: int = Field(
        default=0, description="Times an endpoint refused a generation parameter and the call was re-sent without it."
    )
    dropped_facts: int = Field(default=0, description="Facts dropped because evidence was not found.")
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0


class RunInfo(_Strict):
    """What produced this summary: model, endpoint, prompt and schema hashes."""

    model: str
    endpoint: str
    mode: str
    prompt_hashes: dict[str, str]
    schema_hash: str
    created_at: str
    summariser_version: str


class LedeSentence(_Strict):
    """One sentence of the lede and the merged facts it states (none: the coverage sentence); `by`: written by
    the model (and held against those facts) or made by code from a template of them."""

    text: str
    fact_ids: list[str]
    by: Literal["model", "template"] = "template"


class Summary(_Strict):
    """The merged, source-attributed brief of several articles."""

    lede: list[LedeSentence] = Field(
        default_factory=list,
        description="A few sentences made from the merged facts only, each citing the fact ids it states and "
        "checked against them: what was given, the figures in dispute with their claimants, the coverage.",
    )
    articles: list[ArticleInfo]
    failures: list[ArticleFailure]
    gifts: list[MergedGift]
    actors: list[ResolvedActor]
    military: list[MergedClaim]
    conflicts: list[Conflict]
    reports: list[ReportGroup] = Field(
        default_factory=list, description="Groups of two or more articles that are copies of one report."
    )
    translations: list[Translation] = Field(
        default_factory=list, description="Pairs of articles that are shown or possible translations of each other."
    )
    dropped: list[DroppedFact] = Field(
        default_factory=list,
        description="Facts the model proposed that code dropped, each with the rule that dropped it (entries citing no "
        "sentence of the article are only counted, in stats.dropped_facts).",
    )
    run: RunInfo
    stats: RunStats
