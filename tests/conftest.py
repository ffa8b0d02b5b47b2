"""Shared fixtures: a private cache per test, and the vcr config of summariser.replay."""

import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from summariser.backends.replay import vcr_config as project_vcr_config

ROOT = Path(__file__).resolve().parent.parent


def bench_module(name: str) -> ModuleType:
    """A script of bench/ as a module (its scripts import one another by their bare names)."""
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))
    return __import__(name)


SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No real key, base URL or user cache reaches a test: a warm cache must never hide a missing cassette."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARISER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return project_vcr_config()


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(ROOT / "cassettes")


SEED_CASSETTE = ROOT / "cassettes" / "seeds.yaml"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that replay the recorded answers need cassettes/seeds.yaml (`make record` writes it)."""
    if SEED_CASSETTE.exists():
        return
    skip = pytest.mark.skip(reason="cassettes/seeds.yaml is not recorded yet: run `make record`")
    for item in items:
        if "needs_cassette" in item.keywords:
            item.add_marker(skip)
