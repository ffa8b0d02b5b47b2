"""Estimate a run's tokens and cost before any request, and refuse runs over the caps."""

import re
from dataclasses import dataclass
from functools import cache

from summariser.errors import LimitError
from summariser.extract.messages import SYSTEM_TEMPLATE, USER_TEMPLATE
from summariser.extract.templates import template_source
from summariser.load.articles import too_long
from summariser.load.document import Document
from summariser.settings import KINDS, LOCAL_CONTEXT_TOKENS, Settings

CHARS_PER_TOKEN = 4  # a deliberate over-estimate for English news text (no tokenizer download needed)
# US$ per million (input, output) tokens, standard tier, prompts under 272K tokens. Checked
# 2026-11-25 (OpenAI model pages and pricing copies; see README). Reasoning tokens bill as output.
PRICES_CHECKED = "2026-11-25"
PRICES_PER_MILLION = {
    "gpt-6-luna": (0.10, 0.50),
    "gpt-6.1-terra": (1.00, 5.00),
    "gpt-6.1-sol": (2.00, 10.00),
    "gpt-5.6-luna": (0.20, 1.20),
    "gpt-5.6-terra": (2.00, 12.00),
    "gpt-5.4-mini": (0.75, 4.50),
    "gpt-5.4-nano": (0.20, 1.25),
    # shutting down 2026-12-11 (gpt-5-mini) and 2027-01-14 (the rest): kept until then
    "gpt-5-mini": (0.25, 2.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4o": (2.50, 10.00),
}
_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")  # gpt-6-luna-2026-09-22 costs what gpt-6-luna costs


SCHEMA_CHARS = 2500  # the tool schema the SDK adds to each request, roughly
NUMBERING_SHARE = 1.5  # the numbered article and the hints, against the article's own length
MAX_PROMPT_TOKENS = 64_000
"""The most prompt tokens one request to an API may carry, by the estimate below: a chunk of the
largest `chunk_chars` (100,000) comes to about 39,000, so only a broken setting reaches it."""


@cache
def _static_chars() -> int:
    """Characters of one request that do not depend on the article (template text, not rendered:
    close enough for an estimate)."""
    return len(template_source(SYSTEM_TEMPLATE)) + len(template_source(USER_TEMPLATE)) + SCHEMA_CHARS


@dataclass(frozen=True)
class Estimate:
    """Upper-bound-ish figures for a run with no cache hits."""

    requests: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None
    largest_prompt_tokens: int = 0  # the one request with the longest prompt


def estimate(docs: list[Document], settings: Settings) -> Estimate:
    """Requests and tokens if nothing is cached and nothing is re-asked; cost when the price is known."""
    per_chunk = 1 if settings.calls == "one" else len(KINDS)
    prompt_chars = 0
    requests = 0
    largest = 0
    for doc in docs:
        for _, text in doc.chunks:
            one = _static_chars() + int(NUMBERING_SHARE * len(text))
            prompt_chars += per_chunk * one
            requests += per_chunk
            largest = max(largest, one)
    prompt_tokens = prompt_chars // CHARS_PER_TOKEN
    completion_tokens = requests * settings.max_tokens
    cost = cost_usd(settings, prompt_tokens, completion_tokens)
    return Estimate(requests, prompt_tokens, completion_tokens, cost, largest // CHARS_PER_TOKEN)


def requests_needed(doc: Document, settings: Settings) -> int:
    """The calls that read the whole article once (chunks x calls per chunk), retries not counted."""
    per_chunk = 1 if settings.calls == "one" else len(KINDS)
    return per_chunk * len(doc.chunks)


def unreadable(doc: Document, settings: Settings) -> str | None:
    """Why the article cannot be read whole within its own limits, or None: a text longer than the
    language parser reads, or more calls than the requests one article may make (it would pay for
    them all and still be read in part). Checked before any request."""
    article = doc.article
    problem = too_long(article.text)
    if problem:
        return f"the article is {problem}"
    needed = requests_needed(doc, settings)
    if needed > settings.max_requests_per_article:
        return (
            f"reading the article whole takes {needed:,} requests ({len(article.text):,} characters in chunks of "
            f"at most {settings.chunk_chars:,}), over the limit of {settings.max_requests_per_article:,} per article "
            "(Settings.max_requests_per_article); split it into several articles"
        )
    return None


def cost_usd(settings: Settings, prompt_tokens: int, completion_tokens: int) -> float | None:
    """What the tokens cost: 0 on the local model, None when the API model's price is unknown."""
    price = PRICES_PER_MILLION.get(_SNAPSHOT.sub("", settings.model)) if settings.backend == "api" else (0.0, 0.0)
    if price is None:
        return None
    return (prompt_tokens * price[0] + completion_tokens * price[1]) / 1_000_000


def check_limits(docs: list[Document], settings: Settings) -> Estimate:
    """The run's estimate, or LimitError if it exceeds a cap (before any request is made)."""
    if len(docs) > settings.max_articles:
        raise LimitError(
            f"{len(docs)} articles is over the limit of {settings.max_articles} per run (raise it with --max-articles)"
        )
    total = sum(len(d.article.text) for d in docs)
    if total > settings.max_total_chars:
        raise LimitError(
            f"{total:,} characters is over the limit of {settings.max_total_chars:,} per run "
            "(Settings.max_total_chars; split the run)"
        )
    guess = estimate(docs, settings)
    _check_request(guess, settings)
    tokens = guess.prompt_tokens + guess.completion_tokens
    if tokens > settings.max_total_tokens:
        raise LimitError(
            f"about {tokens:,} tokens estimated, over the limit of {settings.max_total_tokens:,} per run "
            "(raise it with --max-tokens-total)"
        )
    return guess


def _check_request(guess: Estimate, settings: Settings) -> None:
    """LimitError if the longest request would not fit: the local model's context holds its prompt and
    its reply; an API request's prompt is bounded by MAX_PROMPT_TOKENS."""
    prompt = guess.largest_prompt_tokens
    if settings.backend != "api" and prompt + settings.max_tokens > LOCAL_CONTEXT_TOKENS:
        raise LimitError(
            f"one request would carry about {prompt:,} prompt tokens and up to {settings.max_tokens:,} in reply, "
            f"over the local model's context of {LOCAL_CONTEXT_TOKENS:,} tokens "
            f"(lower Settings.chunk_chars, now {settings.chunk_chars:,}, or Settings.max_tokens)"
        )
    if prompt > MAX_PROMPT_TOKENS:
        raise LimitError(
            f"one request would carry about {prompt:,} prompt tokens, over the limit of {MAX_PROMPT_TOKENS:,} "
            f"per request (lower Settings.chunk_chars, now {settings.chunk_chars:,})"
        )
