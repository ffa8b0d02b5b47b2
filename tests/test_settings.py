"""Settings are checked when they are built: a wrong type or a value out of range is a ConfigError
naming the knob, before any request (issue 30, class 8)."""

import math
from pathlib import Path

import pytest

from summariser import Settings
from summariser.errors import ConfigError
from summariser.settings import MAX_CHUNK_CHARS, MAX_COMPLETION_TOKENS, MAX_CONCURRENCY

REFUSED = [
    ("timeout_s", 0, "Settings.timeout_s"),
    ("timeout_s", -5, "Settings.timeout_s"),
    ("timeout_s", math.inf, "Settings.timeout_s"),
    ("timeout_s", math.nan, "Settings.timeout_s"),
    ("timeout_s", "30", "Settings.timeout_s must be a number"),
    ("temperature", math.nan, "Settings.temperature"),
    ("temperature", math.inf, "Settings.temperature"),
    ("temperature", -0.1, "Settings.temperature"),
    ("temperature", 2.5, "Settings.temperature"),
    ("max_tokens", -100, "Settings.max_tokens must be at least 1"),
    ("max_tokens", 0, "Settings.max_tokens must be at least 1"),
    ("max_tokens", MAX_COMPLETION_TOKENS + 1, "Settings.max_tokens must be at most"),
    ("max_tokens", 1536.0, "Settings.max_tokens must be a whole number"),
    ("concurrency", "4", "--concurrency must be a whole number, not str '4'"),
    ("concurrency", 0, "--concurrency must be at least 1"),
    ("concurrency", MAX_CONCURRENCY + 1, "--concurrency must be at most"),
    ("concurrency", True, "--concurrency must be a whole number, not bool"),
    ("chunk_chars", 10**12, "Settings.chunk_chars must be at most 100,000"),
    ("chunk_chars", 499, "Settings.chunk_chars must be at least 500"),
    ("backoff_initial_s", -1, "Settings.backoff_initial_s"),
    ("backoff_max_s", math.nan, "Settings.backoff_max_s"),
    ("seed", "7", "Settings.seed must be a whole number"),
    ("seed", 2**64, "Settings.seed must be at most"),
    ("seed", False, "Settings.seed must be a whole number"),
    ("transport_retries", -1, "Settings.transport_retries must be at least 0"),
    ("max_reasks", 2.0, "Settings.max_reasks must be a whole number"),
    ("max_requests_per_article", 0, "Settings.max_requests_per_article must be at least 1"),
    ("max_articles", "10", "--max-articles must be a whole number"),
    ("max_total_tokens", 0, "--max-tokens-total must be at least 1"),
    ("fuzzy_threshold", math.nan, "Settings.fuzzy_threshold"),
    ("fuzzy_threshold", 0, "Settings.fuzzy_threshold"),
    ("use_cache", "no", "Settings.use_cache must be True or False"),
    ("hints", 1, "Settings.hints must be True or False"),
    ("model", None, "Settings.model must be a string"),
    ("base_url", 8080, "Settings.base_url must be a string"),
    ("cache_dir", None, "Settings.cache_dir must be a path"),
    ("local_threads", -2, "Settings.local_threads must be at least 0"),
]


@pytest.mark.parametrize(("name", "value", "words"), REFUSED)
def test_a_wrong_value_is_refused_at_construction_naming_the_knob(name: str, value: object, words: str) -> None:
    with pytest.raises(ConfigError) as raised:
        Settings(**{name: value})  # type: ignore[arg-type]
    assert words in str(raised.value)
    assert len(str(raised.value)) < 200  # one short line, never a long repr


def test_with_and_from_env_are_checked_too() -> None:
    with pytest.raises(ConfigError, match="Settings.temperature"):
        Settings().with_(temperature=math.nan)
    with pytest.raises(ConfigError, match="--concurrency must be a whole number"):
        Settings.from_env(concurrency="4")


def test_a_key_of_the_wrong_type_is_never_shown() -> None:
    with pytest.raises(ConfigError) as raised:
        Settings(api_key=b"sk-secret-value")  # type: ignore[arg-type]
    assert "secret" not in str(raised.value) and "Settings.api_key must be a string, not bytes" in str(raised.value)


def test_the_extremes_of_every_range_and_the_defaults_are_accepted(tmp_path: Path) -> None:
    Settings()
    edge = Settings(
        timeout_s=0.001, temperature=2, max_tokens=1, concurrency=MAX_CONCURRENCY, chunk_chars=MAX_CHUNK_CHARS,
        backoff_initial_s=0, backoff_max_s=0, seed=-1, transport_retries=0, max_reasks=0, fuzzy_threshold=100,
        cache_dir=str(tmp_path), local_model=str(tmp_path / "m.gguf"), max_total_chars=10**9,
    )  # fmt: skip
    assert edge.cache_dir == tmp_path and edge.local_model == tmp_path / "m.gguf" and edge.timeout == 0.001
    assert Settings(temperature=0.7, timeout_s=None, concurrency=None).workers == 1  # None: the backend's default


def test_settings_stay_frozen() -> None:
    settings = Settings()
    with pytest.raises(AttributeError):
        settings.temperature = 1.0  # type: ignore[misc]


def test_the_model_writes_the_lede_with_an_api_a_replay_or_a_recording_but_not_on_the_embedded_model() -> None:
    assert not Settings(backend="local").lede_by_model  # about a minute on 2 cores: the template lede
    assert Settings(backend="local", record=True).lede_by_model  # a cassette holds every request an API run sends
    assert Settings(backend="replay").lede_by_model and Settings(backend="api", base_url="http://x/v1").lede_by_model
    assert Settings(backend="local", model_lede=True).lede_by_model
    assert not Settings(backend="api", base_url="http://x/v1", model_lede=False).lede_by_model
    with pytest.raises(ConfigError, match="model lede must be True, False or None"):
        Settings(model_lede="yes")  # type: ignore[arg-type]
