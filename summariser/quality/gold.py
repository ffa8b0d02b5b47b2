"""Where the hand annotation lies (quality/ in the repo, reached through the link summariser/gold, which ships
in the wheel) and how the quality commands read a file."""

from pathlib import Path

from summariser.files import read_regular

GOLD = Path(__file__).resolve().parent.parent / "gold"  # quality/ in the repo; ships in the wheel
DEFAULT_EXPECTED = GOLD / "expected_seeds.json"
RATCHET = GOLD / "ratchet.json"
MAX_FILE_BYTES = 50_000_000  # a brief of a thousand articles is well under this


def _read(path: Path) -> str:
    """A file's text, read bounded like every input (summariser.files)."""
    return read_regular(path, MAX_FILE_BYTES).decode("utf-8")
