"""Keep secrets (API keys, credentials in URLs) out of messages, logs and outputs (no heavy imports,
so the CLI can use it anywhere)."""

import re
from urllib.parse import urlsplit, urlunsplit

_KEY_PATTERN = re.compile(r"(sk-|Bearer\s+)[A-Za-z0-9_\-*.]{4,}")
_URL_IN_TEXT = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s'\"<>`]+", re.IGNORECASE)
KEPT_QUERY_NAMES = frozenset({"api-version"})  # the one query parameter known to hold no secret


def redact(text: str, secret: str | None) -> str:
    """Remove the API key, anything shaped like a key, and the secrets of every URL from a message."""
    if secret:
        text = text.replace(secret, "***")
    text = _URL_IN_TEXT.sub(lambda match: redact_url(match.group()), text)
    return _KEY_PATTERN.sub(r"\1***", text)


def redact_url(url: str) -> str:
    """The URL with its user info (`user:password@`) replaced by `***@` and every query or fragment
    value but `api-version` replaced by `***`; what remains says which host and path were meant."""
    try:
        parts = urlsplit(url)
    except ValueError:  # not parseable (a broken IPv6 host ...): show nothing of it
        return "***"
    host = parts.netloc.rpartition("@")[2]
    netloc = f"***@{host}" if "@" in parts.netloc else parts.netloc
    return urlunsplit((parts.scheme, netloc, parts.path, _values_hidden(parts.query), _values_hidden(parts.fragment)))


def _values_hidden(query: str) -> str:
    pairs: list[str] = []
    for pair in query.split("&") if query else []:
        name, sep, value = pair.partition("=")
        if not sep:  # a bare token (`?abc123`) may itself be the secret
            pairs.append("***" if name else name)
        else:
            pairs.append(f"{name}={value if name.lower() in KEPT_QUERY_NAMES else '***'}")
    return "&".join(pairs)
