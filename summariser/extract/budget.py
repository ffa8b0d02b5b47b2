"""Estimate a run's tokens and cost before any request, and refuse runs over the caps."""

import re
from dataclasses import dataclass
from functools import cache

from summariser.errors import LimitError
from summariser.extract.messages import SYSTEM_TEMPLATE, USER_TEMPLATE
from summariser.extract.templates import template_source
from summariser.ground.locate import chunk
from summariser.load.articles import Article
from summariser.settings import KINDS, Settings

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


def estimate(articles: list[Article], settings: Settings) -> Estimate:
    """Requests and tokens if nothing is cached and nothing is re-asked; cost when the price is known."""
    per_chunk = 1 if settings.calls == "one" else len(KINDS)
    prompt_chars = 0
    requests = 0
    for article in articles:
        for _, text in chunk(article.text, settings.chunk_chars):
            prompt_chars += per_chunk * (_static_chars() + int(NUMBERING_SHARE * len(text)))
            requests += per_chunk
    prompt_tokens = prompt_chars // CHARS_PER_TOKEN
    completion_tokens = requests * settings.max_tokens
    return Estimate(requests, prompt_tokens, completion_tokens, cost_usd(settings, prompt_tokens, completion_tokens))


def cost_usd(settings: Settings, prompt_tokens: int, completion_tokens: int) -> float | None:
    """What the tokens cost: 0 on the local model, None when the API model's price is unknown."""
    price = PRICES_PER_MILLION.get(_SNAPSHOT.sub("", settings.model)) if settings.backend == "api" else (0.0, 0.0)
    if price is None:
        return None
    return (prompt_tokens * price[0] + completion_tokens * price[1]) / 1_000_000


def check_limits(articles: list[Article], settings: Settings) -> Estimate:
    """The run's estimate, or LimitError if it exceeds a cap (before any request is made)."""
    if len(articles) > settings.max_articles:
        raise LimitError(
            f"{len(articles)} articles is over the limit of {settings.max_articles} per run "
            "(raise it with --max-articles)"
        )
    total = sum(len(a.text) for a in articles)
    if total > settings.max_total_chars:
        raise LimitError(
            f"{total:,} characters is over the limit of {settings.max_total_chars:,} per run "
            "(Settings.max_total_chars; split the run)"
        )
    guess = estimate(articles, settings)
    tokens = guess.prompt_tokens + guess.completion_tokens
    if tokens > settings.max_total_tokens:
        raise LimitError(
            f"about {tokens:,} tokens estimated, over the limit of {settings.max_total_tokens:,} per run "
            "(raise it with --max-tokens-total)"
        )
    return guess
