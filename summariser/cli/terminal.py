"""What the command line writes to the terminal: one rule for every line (no secret, no control character),
the `summariser: ` prefix, and logging that follows the same rule."""

import logging
import os
import sys


def shown(text: str) -> str:
    """The one rule for every text written to the terminal: no secret (API key, URL credentials), and
    no control character or escape sequence from a file name, an article or the model: one line stays one."""
    from summariser.escaping import visible
    from summariser.redaction import redact

    return visible(redact(text, os.environ.get("OPENAI_API_KEY")), one_line=True)


def say(line: str) -> None:
    """One line on stderr, prefixed `summariser: `."""
    print(f"summariser: {shown(line)}", file=sys.stderr, flush=True)


class _RedactKey(logging.Filter):
    """Every log record follows the terminal rule (shown): no key, no URL secret, no escape sequence."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = shown(record.getMessage())
        record.args = None
        return True


def configure_logging(*, verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_RedactKey())
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, handlers=[handler])
    if not verbose:  # instructor logs every failed attempt at ERROR; our own error line says it once
        for noisy in ("instructor", "httpx", "httpx2", "openai"):
            logging.getLogger(noisy).setLevel(logging.CRITICAL)
