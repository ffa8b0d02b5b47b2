import os
import pickle
import sqlite3
import stat
from pathlib import Path

import diskcache
import pytest

from summariser.errors import ConfigError
from summariser.extract.cache import JsonCache, cache_key
from summariser.extract.messages import call_key
from summariser.settings import DEFAULT_OPENAI_MODEL, Settings

TEXT = "Russia has sent a gift of more than 70 animals to North Korea."


def test_roundtrip_and_private_directory(tmp_path: Path) -> None:
    cache = JsonCache(tmp_path / "c")
    cache.set("k", {"a": [1, "b"]})
    assert cache.get("k") == {"a": [1, "b"]}
    assert cache.get("missing") is None
    assert stat.S_IMODE(os.stat(tmp_path / "c").st_mode) == 0o700


def test_pickled_entry_is_refused_and_runs_no_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (marker.touch, ())  # type: ignore[return-value]

    raw = diskcache.Cache(str(tmp_path / "c"))
    raw.set("evil", Exploit())
    raw.set("list", [1, 2])
    raw.close()
    cache = JsonCache(tmp_path / "c")
    assert cache.get("evil") is None
    assert cache.get("list") is None
    assert not marker.exists()
    assert pickle.dumps(1)  # pickle itself still works: the refusal is the cache's doing


def test_non_json_text_is_a_miss(tmp_path: Path) -> None:
    raw = diskcache.Cache(str(tmp_path / "c"))
    raw.set("half", '{"result": [1, 2')
    raw.set("scalar", "42")
    raw.close()
    cache = JsonCache(tmp_path / "c")
    assert cache.get("half") is None
    assert cache.get("scalar") is None


def test_key_is_canonical_and_versioned() -> None:
    assert cache_key({"a": 1, "b": [1, 2]}) == cache_key({"b": [1, 2], "a": 1})
    assert cache_key({"a": 1}).startswith("v1:")


def test_every_part_of_the_call_key_matters() -> None:
    base = Settings(backend="api", base_url="http://h/v1", model="m")
    key = call_key(base, "gifts", TEXT)
    assert call_key(base, "gifts", TEXT) == key
    variants = [
        call_key(base.with_(model="m2"), "gifts", TEXT),
        call_key(base.with_(base_url="http://other/v1"), "gifts", TEXT),
        call_key(base.with_(mode="json"), "gifts", TEXT),
        call_key(base.with_(temperature=0.5), "gifts", TEXT),
        call_key(base.with_(max_tokens=99), "gifts", TEXT),
        call_key(base.with_(max_reasks=3), "gifts", TEXT),
        call_key(base.with_(fuzzy_threshold=80), "gifts", TEXT),
        call_key(base, "actors", TEXT),
        call_key(base, "gifts", TEXT + " "),
    ]
    assert len({key, *variants}) == len(variants) + 1
    # knobs that cannot change an answer do not miss
    assert call_key(base.with_(concurrency=9, timeout_s=5, api_key="sk-x"), "gifts", TEXT) == key


def test_prompt_template_or_schema_change_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    from summariser.extract import messages, templates
    from summariser.schemas import GiftList

    base = Settings(backend="api", base_url="http://h/v1", model="m")
    key = call_key(base, "gifts", TEXT)
    original = templates.template_hash
    monkeypatch.setattr(templates, "template_hash", lambda name: "x" + original(name))
    assert call_key(base, "gifts", TEXT) != key
    monkeypatch.undo()
    assert call_key(base, "gifts", TEXT) == key

    class OtherGifts(GiftList):
        extra_field: int = 0

    monkeypatch.setitem(messages.RESPONSE_MODELS, "gifts", OtherGifts)
    assert call_key(base, "gifts", TEXT) != key


def test_backend_defaults_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    local = Settings.from_env()
    assert local.backend == "local" and local.workers == 1 and local.model.startswith("qwen")
    assert Settings(cache_dir=local.cache_dir) == local  # one set of defaults, whichever way it is built
    assert Settings(backend="api").workers == 4 and local.timeout == 900.0
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    api = Settings.from_env(concurrency=8)
    assert api.backend == "api" and api.model == DEFAULT_OPENAI_MODEL and api.concurrency == 8
    assert "sk-test" not in repr(api)


def test_paths_given_as_strings_work_like_paths(tmp_path: Path) -> None:
    as_text = Settings(backend="api", base_url="http://h/v1", cache_dir=str(tmp_path))  # type: ignore[arg-type]
    assert as_text.cache_dir == tmp_path
    assert call_key(as_text, "gifts", TEXT) == call_key(as_text.with_(cache_dir=tmp_path), "gifts", TEXT)


def test_a_file_that_is_not_a_database_is_a_miss_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "cache.db").write_bytes(b"this is not a database" * 100)
    cache = JsonCache(folder)
    cache.set("k", {"a": 1})  # no error: the answer in hand is never lost to the cache
    assert cache.get("k") is None
    cache.close()
    assert len([r for r in caplog.records if r.levelname == "WARNING"]) == 1
    assert "cannot be used" in caplog.text


def test_a_failing_write_is_one_warning_and_never_an_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = JsonCache(tmp_path / "c")

    def fail(*args: object, **kwargs: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(cache._store, "set", fail)
    for n in range(3):
        cache.set(f"k{n}", {"a": n})
    assert len(caplog.records) == 1 and "malformed" in caplog.text


def test_links_in_the_cache_are_refused_and_their_targets_untouched(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.mkdir(mode=0o755)
    victim.chmod(0o755)
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "answers").symlink_to(victim)
    with pytest.raises(ConfigError, match="symbolic link"):
        JsonCache(tmp_path / "root" / "answers")
    assert stat.S_IMODE(victim.stat().st_mode) == 0o755 and list(victim.iterdir()) == []
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "cache.db").symlink_to(victim / "db")
    with pytest.raises(ConfigError, match="symbolic link"):
        JsonCache(tmp_path / "c")
    assert list(victim.iterdir()) == []
