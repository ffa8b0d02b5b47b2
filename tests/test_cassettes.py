"""The committed cassettes hold no credentials or identifying headers, and were recorded, not written."""

import re
from pathlib import Path

import pytest
import yaml

from summariser.backends.replay import KEPT_RESPONSE_HEADERS, cassette
from summariser.settings import LOCAL_MODEL_ALIAS

from .conftest import ROOT

pytestmark = pytest.mark.needs_cassette
CASSETTES = sorted((ROOT / "cassettes").glob("*.yaml"))
FORBIDDEN = re.compile(
    r"authorization|bearer |sk-[a-z0-9_-]{8,}|set-cookie|cookie:"
    r"|openai-organization|openai-project|x-request-id|api-key",
    re.IGNORECASE,
)


def test_there_is_a_seed_cassette() -> None:
    assert ROOT / "cassettes" / "seeds.yaml" in CASSETTES


def test_no_secret_or_identifying_header_in_any_cassette() -> None:
    for path in CASSETTES:
        text = path.read_text(encoding="utf-8")
        assert not FORBIDDEN.search(text), f"{path.name}: {FORBIDDEN.search(text)}"
        for interaction in yaml.safe_load(text)["interactions"]:
            assert set(h.lower() for h in interaction["response"]["headers"]) <= KEPT_RESPONSE_HEADERS
            assert not any(h.lower().startswith("x-stainless") for h in interaction["request"]["headers"])


def test_cassette_bodies_are_readable_and_come_from_the_local_model() -> None:
    data = yaml.safe_load((ROOT / "cassettes" / "seeds.yaml").read_text(encoding="utf-8"))
    interactions = data["interactions"]
    assert len(interactions) >= 5  # a call per seed, plus any re-asks
    for interaction in interactions:
        body = interaction["response"]["body"]["string"]
        assert isinstance(body, str) and body.startswith("{")  # stored decompressed
        assert f'"model":"{LOCAL_MODEL_ALIAS}"' in interaction["request"]["body"].replace(" ", "")
        assert interaction["request"]["uri"].startswith("http://127.0.0.1:")


def test_a_recording_that_fails_leaves_the_cassette_byte_identical(tmp_path: Path) -> None:
    target = tmp_path / "seeds.yaml"
    target.write_bytes((ROOT / "cassettes" / "seeds.yaml").read_bytes())
    with pytest.raises(RuntimeError), cassette(target, record=True):
        raise RuntimeError("the local server died")
    assert target.read_bytes() == (ROOT / "cassettes" / "seeds.yaml").read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["seeds.yaml"]
