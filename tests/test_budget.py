import pytest

from summariser import Settings, summarise
from summariser.errors import LimitError
from summariser.extract.budget import check_limits, cost_usd, estimate
from summariser.load.articles import load_articles
from summariser.load.document import Document, documents
from summariser.settings import DEFAULT_OPENAI_MODEL

from .conftest import SEEDS

# On OpenAI's deprecations page, checked 2026-11-25: shutdown 2026-12-11 or 2027-01-14.
RETIRING = {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-5", "gpt-5-mini", "gpt-5-nano", "o3"}


def seeds(chunk_chars: int = Settings().chunk_chars) -> list[Document]:
    return documents(load_articles([SEEDS], max_bytes=1_000_000).articles, chunk_chars)


def test_estimate_counts_one_call_per_article_or_one_per_kind_and_prices_known_models() -> None:
    api = Settings(backend="api", model="gpt-4o-mini")
    guess = estimate(seeds(), api)
    assert guess.requests == 5 and estimate(seeds(), api.with_(calls="per-kind")).requests == 15
    assert 5_000 < guess.prompt_tokens < 20_000
    assert guess.cost_usd is not None and 0 < guess.cost_usd < 0.1
    assert estimate(seeds(), api.with_(model="unknown-model")).cost_usd is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"max_articles": 4}, "5 articles is over"), ({"max_total_chars": 1000}, "characters is over"),
     ({"max_total_tokens": 1000}, "tokens estimated")],
)  # fmt: skip
def test_caps_refuse_before_any_request(changes: dict[str, int], message: str) -> None:
    settings = Settings(backend="api", base_url="http://127.0.0.1:9/v1", **changes)  # type: ignore[arg-type]
    with pytest.raises(LimitError, match=message):
        check_limits(seeds(), settings)

    class NoCalls:
        def complete(self, *args: object, **kwargs: object) -> object:
            raise AssertionError("a request was made")

    with pytest.raises(LimitError):
        summarise([SEEDS], settings=settings, client=NoCalls())  # type: ignore[arg-type]


def test_the_default_api_model_is_not_retiring_and_has_a_price() -> None:
    settings = Settings.from_env(api_key="sk-test")
    assert settings.model == DEFAULT_OPENAI_MODEL and settings.model not in RETIRING
    assert cost_usd(settings, 1_000_000, 1_000_000) == pytest.approx(0.60)
    dated = settings.with_(model=f"{DEFAULT_OPENAI_MODEL}-2026-09-22")  # a snapshot costs what its alias costs
    assert cost_usd(dated, 1_000_000, 1_000_000) == pytest.approx(0.60)
