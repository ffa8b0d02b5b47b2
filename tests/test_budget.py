import pytest

from summariser import Settings, summarise
from summariser.errors import LimitError
from summariser.extract.budget import check_limits, estimate
from summariser.load.articles import load_articles

from .conftest import SEEDS


def seeds() -> list:  # type: ignore[type-arg]
    return load_articles([SEEDS], max_bytes=1_000_000).articles


def test_estimate_counts_three_calls_per_article_and_prices_known_models() -> None:
    api = Settings(backend="api", model="gpt-4o-mini")
    guess = estimate(seeds(), api)
    assert guess.requests == 15
    assert 5_000 < guess.prompt_tokens < 40_000
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
