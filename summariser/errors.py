"""The project's error tree; the CLI catches only SummariserError.

SummariserError
├── ConfigError          bad settings or options (exit 2)
├── InputError           an input that cannot be loaded (exit 2 when nothing loads)
├── LimitError           the run would exceed a configured cap (exit 2, before any request)
├── ProviderError        the API failed (carries the original exception)
│   ├── TransientProviderError  429/5xx/timeout/dropped connection: retried with backoff
│   ├── UnsupportedParameterError  400 naming a parameter: re-sent once without it, never blindly
│   └── FatalProviderError      401/403/404, or no parameters left to try: stops the whole run
├── ReplayMissError      a request not found in the cassette
├── ValidationExhausted  the model's reply still failed validation after every re-ask (carries it)
├── ExtractionError      one article could not be extracted (attempts, last error)
└── OutputError          the brief could not be written (disk full, closed pipe) (exit 4)
"""


class SummariserError(Exception):
    """Root of every error this package raises on purpose."""


class ConfigError(SummariserError):
    """Settings or options that cannot work."""


class InputError(SummariserError):
    """An input path or record that cannot be loaded."""


class LimitError(SummariserError):
    """The run would exceed a configured cap on articles, characters or tokens."""


class ProviderError(SummariserError):
    """The model API failed after retries."""

    def __init__(self, message: str, *, original: BaseException | None = None) -> None:
        super().__init__(message)
        self.original = original


class FatalProviderError(ProviderError):
    """An API error no retry can fix (bad key, unknown model): the run stops."""


class ReplayMissError(SummariserError):
    """Replay mode met a request that is not in the cassette."""


class ExtractionError(SummariserError):
    """One article's extraction failed."""

    def __init__(self, message: str, *, attempts: int = 0) -> None:
        super().__init__(message)
        self.attempts = attempts


class TransientProviderError(ProviderError):
    """A failure worth retrying (rate limit, server error, timeout, dropped connection)."""

    def __init__(self, message: str, *, original: BaseException | None, retry_after: float | None) -> None:
        super().__init__(message, original=original)
        self.retry_after = retry_after


class UnsupportedParameterError(ProviderError):
    """The endpoint refused a request parameter or its value (HTTP 400 naming it)."""

    def __init__(self, message: str, *, param: str, code: str | None, original: BaseException | None) -> None:
        super().__init__(message, original=original)
        self.param = param
        self.code = code


class ValidationExhausted(SummariserError):
    """The model's reply still failed validation after every re-ask."""

    def __init__(self, message: str, *, reply: str | None) -> None:
        super().__init__(message)
        self.reply = reply


class OutputError(SummariserError):
    """The brief could not be written (a full disk, a closed pipe): the work is done and cached."""
