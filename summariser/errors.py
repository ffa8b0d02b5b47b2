"""The project's error tree; the CLI catches only SummariserError.

SummariserError
├── ConfigError          bad settings or options (exit 2)
├── InputError           an input that cannot be loaded (exit 2 when nothing loads)
├── LimitError           the run would exceed a configured cap (exit 2, before any request)
├── ProviderError        the API failed (carries the original exception)
│   └── FatalProviderError   401/403/404: stops the whole run at once
├── ReplayMissError      a request not found in the cassette
└── ExtractionError      one article could not be extracted (attempts, last error)
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
