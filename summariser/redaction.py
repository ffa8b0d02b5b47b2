"""Keep API keys out of messages and logs (no heavy imports, so the CLI can use it anywhere)."""

import re

_KEY_PATTERN = re.compile(r"(sk-|Bearer\s+)[A-Za-z0-9_\-*.]{4,}")


def redact(text: str, secret: str | None) -> str:
    """Remove the API key, and anything shaped like a key, from a message."""
    if secret:
        text = text.replace(secret, "***")
    return _KEY_PATTERN.sub(r"\1***", text)
