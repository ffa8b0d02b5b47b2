"""A JSON-only disk cache for model answers (the only module that imports diskcache).

diskcache pickles non-string values by default, and unpickling untrusted bytes runs code, so this
cache stores JSON text only and refuses any pickled entry it finds. A failed or odd read is a miss.
"""

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

import diskcache

KEY_VERSION = "v1"
log = logging.getLogger(__name__)


class _JsonOnlyDisk(diskcache.Disk):  # type: ignore[misc]
    """A Disk that never unpickles: pickled entries read back as a miss."""

    def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
        if mode == diskcache.core.MODE_PICKLE:
            raise ValueError("refusing a pickled cache entry")
        return super().fetch(mode, filename, value, read)


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no spaces: the same value always gives the same text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def cache_key(parts: dict[str, Any]) -> str:
    """A versioned hash of everything that can change a model's answer."""
    digest = hashlib.sha256(canonical_json(parts).encode("utf-8")).hexdigest()
    return f"{KEY_VERSION}:{digest}"


class JsonCache:
    """Maps a key to a JSON object on disk; safe to share between threads and processes."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(directory, 0o700)
        self.directory = directory
        # Each thread gets its own SQLite connection; diskcache's defaults (64 MB mmap, 32 MB page cache
        # per connection) cost ~120 MB of RSS at 32 workers and 1,000 articles. Small entries need neither.
        self._cache = diskcache.Cache(str(directory), disk=_JsonOnlyDisk, sqlite_mmap_size=0, sqlite_cache_size=256)

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored object, or None if absent, unreadable or not a JSON object."""
        try:
            raw = self._cache.get(key)
        except Exception as e:  # a corrupt or hostile entry must never stop a run
            log.warning("cache entry %s unreadable, treated as a miss: %s", key[:16], e)
            return None
        if not isinstance(raw, str):
            return None
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            log.warning("cache entry %s is not JSON, treated as a miss", key[:16])
            return None
        return value if isinstance(value, dict) else None

    def set(self, key: str, value: dict[str, Any]) -> None:
        """Store an object as JSON text."""
        self._cache.set(key, canonical_json(value))

    def close(self) -> None:
        """Release the database handle."""
        self._cache.close()
