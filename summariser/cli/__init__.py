"""The command line: parse options, build Settings, call the library, print. Nothing else."""

import argparse
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from summariser.cli import compare
from summariser.cli.progress import Progress, report
from summariser.cli.terminal import configure_logging, say
from summariser.render import FORMATS  # light: no pydantic until a brief is rendered
from summariser.settings import DEFAULT_MODEL_CHECKED, DEFAULT_OPENAI_MODEL, MODES, REASONING_EFFORTS

if TYPE_CHECKING:
    from summariser.schemas import Summary
    from summariser.settings import Settings

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_OUTPUT = 4
EXIT_INTERRUPTED = 130
MAX_SUMMARY_BYTES = 256 * 1024 * 1024  # a saved JSON brief holds every article text: allow many


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `summariser`."""
    parser = argparse.ArgumentParser(
        prog="summariser",
        description="Turn several news articles about one event into one source-attributed brief.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="extract, merge and write a brief of the given articles")
    run.add_argument("paths", nargs="+", help="files, directories, globs or JSONL files of articles")
    run.add_argument(
        "--model",
        help=f"model name (default: {DEFAULT_OPENAI_MODEL} with an API, chosen {DEFAULT_MODEL_CHECKED}; "
        "else the local model)",
    )
    run.add_argument("--base-url", help="any OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1")
    run.add_argument("--format", choices=FORMATS, default="md", help="output format (default md)")
    run.add_argument("--out", type=Path, help="write the brief here instead of stdout")
    run.add_argument("--cache-dir", type=Path, help="where answers are cached (default ~/.cache/summariser)")
    run.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    run.add_argument("--concurrency", type=int, help="requests in flight at once (default 4; 1 with the local model)")
    run.add_argument("--mode", choices=MODES, help="instructor mode")
    run.add_argument(
        "--reasoning-effort",
        metavar="EFFORT",
        help=f"for API reasoning models: {'|'.join(REASONING_EFFORTS)} (default: not sent; dropped where the "
        "endpoint refuses it; never sent to the local model)",
    )
    run.add_argument("--local-model", type=Path, help="a GGUF file to serve instead of the bundled model")
    run.add_argument("--max-articles", type=int, help="refuse runs with more articles (default 1000)")
    run.add_argument("--max-tokens-total", type=int, help="refuse runs estimated above this many tokens")
    run.add_argument("--quiet", action="store_true", help="no progress, only errors and the brief")
    run.add_argument("--verbose", action="store_true", help="debug logging on stderr (the API key is redacted)")
    replay = run.add_mutually_exclusive_group()
    replay.add_argument("--replay", action="store_true", help="answer from the recorded cassettes, offline")
    replay.add_argument("--record", action="store_true", help="re-record the cassette from the local model")
    run.add_argument("--cassette", type=Path, help="cassette file for --replay / --record")
    run.add_argument(
        "--template-lede", action="store_true", help="make the lede from a template of the facts (no model request)"
    )
    run.add_argument("--since", type=Path, help="write what changed since this saved JSON brief (md or json)")
    render = commands.add_parser("render", help="render a saved JSON summary as md, html or json")
    render.add_argument("summary", type=Path, help="a JSON file written by `summariser run --format json`")
    render.add_argument("--format", choices=FORMATS, default="html")
    render.add_argument("--out", type=Path, help="write here instead of stdout")
    explain = commands.add_parser("explain", help="why a fact is in a saved JSON brief: its sources and rules")
    explain.add_argument("summary", type=Path, help="a JSON file written by `summariser run --format json`")
    explain.add_argument("fact_id", help="a fact's id in the brief: g1, a1, m1 (kept) or d1 (dropped)")
    compare.add_parser(commands)
    local = commands.add_parser("local", help="the embedded local model")
    local_commands = local.add_subparsers(dest="local_command", required=True)
    serve = local_commands.add_parser("serve", help="serve the local model over the OpenAI API")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--local-model", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `summariser` command; returns the exit code."""
    args = build_parser().parse_args(argv)
    configure_logging(verbose=getattr(args, "verbose", False))
    signal.signal(signal.SIGTERM, _interrupt)  # stop like Ctrl-C: the local server is shut down too
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started with SIGINT ignored (nohup, &)
    from summariser.errors import SummariserError

    try:
        if args.command == "local":
            return _serve(args)
        if args.command == "render":
            return _render(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "diff":
            return _diff(args)
        return _run(args)
    except SummariserError as e:
        say(f"{type(e).__name__}: {e}")
        from summariser.errors import ConfigError, InputError, LimitError, OutputError

        if isinstance(e, OutputError):
            return EXIT_OUTPUT
        return EXIT_USAGE if isinstance(e, ConfigError | InputError | LimitError) else EXIT_FAILED
    except KeyboardInterrupt:
        say("interrupted; finished calls are cached, run again to resume")
        sys.stderr.flush()
        sys.stdout.flush()
        # Worker threads may sit in an HTTP call or a retry backoff; every finished call is already
        # committed to the cache, so leave now instead of joining them.
        os._exit(EXIT_INTERRUPTED)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _settings(args: argparse.Namespace) -> "object":
    from summariser.settings import Settings

    backend = "replay" if args.replay else ("local" if args.record else None)
    return Settings.from_env(
        model=args.model,
        base_url=args.base_url,
        backend=backend,
        mode=args.mode,
        reasoning_effort=args.reasoning_effort,
        cache_dir=args.cache_dir,
        use_cache=False if (args.no_cache or args.record) else None,
        concurrency=args.concurrency if args.concurrency is not None else (1 if args.record else None),
        local_model=args.local_model,
        max_articles=args.max_articles,
        max_total_tokens=args.max_tokens_total,
        cassette=args.cassette,
        record=args.record or None,
        model_lede=False if args.template_lede else None,
    )


def _run(args: argparse.Namespace) -> int:
    from summariser.errors import ExtractionError
    from summariser.pipeline import summarise
    from summariser.render import render
    from summariser.settings import Settings

    settings = _settings(args)
    assert isinstance(settings, Settings)
    if args.out is not None:
        _check_writable(args.out, args.paths)
    compare.check_since(args.since, args.format)
    since = _saved(args.since) if args.since is not None else None  # a bad one fails before any request
    recording = _Recording(settings) if settings.record else None
    progress = None if args.quiet else Progress(local=settings.backend == "local")
    try:
        summary = summarise(args.paths, settings=recording.settings if recording else settings, progress=progress)
        if recording:
            recording.finish(complete=all(f.stage == "load" for f in summary.failures))
    finally:
        if progress:
            progress.close()
        if recording:
            recording.discard()
    if summary.stats.articles == 0:
        _list_failures(summary)
        first = summary.failures[0]
        raise ExtractionError(f"no article could be extracted ({len(summary.failures)} failed); first: {first.error}")
    _write(render(summary, args.format) if since is None else compare.changes(since, summary, args.format), args.out)
    report(summary, settings, args.out, quiet=args.quiet)
    if summary.failures:
        _list_failures(summary)
        return EXIT_PARTIAL
    return EXIT_OK


def _list_failures(summary: "Summary") -> None:
    """One line on stderr per failure: an article and one cause (however many of its calls met it)."""
    for failure in summary.failures:
        what = "incomplete" if failure.stage == "partial" else "failed"
        say(f"{what}: {failure.input}: {failure.error}")


class _Recording:
    """`--record`: the new recording goes to a temporary file, and replaces the cassette only when every
    article was extracted; a run with failed articles keeps it beside the cassette; an error drops it."""

    def __init__(self, settings: "Settings") -> None:
        from summariser.backends.replay import DEFAULT_CASSETTE, recording_path

        self.target = settings.cassette or DEFAULT_CASSETTE
        self.temp = recording_path(self.target)
        self.settings = settings.with_(cassette=self.temp)

    def finish(self, *, complete: bool) -> None:
        if not self.temp.exists():
            say(f"--record: nothing was recorded; {self.target} left unchanged")
        elif complete:
            os.replace(self.temp, self.target)
        else:
            kept = self.target.with_name(f"{self.target.stem}.incomplete{self.target.suffix}")
            os.replace(self.temp, kept)
            say(f"--record: some articles failed, so {self.target} was left unchanged; the new recording is {kept}")

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


def _write(text: str, out: Path | None) -> None:
    """The brief to `out` (written whole, then moved into place) or to stdout; OutputError if it cannot be."""
    from summariser.errors import OutputError

    if out is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as e:
            _silence_stdout()
            raise OutputError(f"cannot write the brief to standard output ({e.strerror or e})") from None
        return
    temp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, out)
    except OSError as e:
        temp.unlink(missing_ok=True)
        raise OutputError(f"{out}: cannot write ({e.strerror or e})") from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what could not be written is silent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _render(args: argparse.Namespace) -> int:
    from summariser.render import render

    if args.out is not None:
        _check_writable(args.out, [args.summary])
    _write(render(_saved(args.summary), args.format), args.out)
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from summariser.errors import InputError
    from summariser.render.explain import UnknownFact, explain

    try:
        lines = explain(_saved(args.summary), args.fact_id)
    except UnknownFact as e:
        raise InputError(f"{args.summary}: {e}") from None
    _write("".join(f"{line}\n" for line in lines), None)
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    if args.out is not None:
        _check_writable(args.out, [args.old, args.new])
    _write(compare.changes(_saved(args.old), _saved(args.new), args.format), args.out)
    return EXIT_OK


def _saved(path: Path) -> "Summary":
    """A brief saved as JSON; InputError when it is not one."""
    from pydantic import ValidationError

    from summariser.errors import InputError
    from summariser.files import read_regular
    from summariser.schemas import Summary

    try:
        return Summary.model_validate_json(read_regular(path, MAX_SUMMARY_BYTES))
    except ValidationError as e:
        raise InputError(f"{path}: not a summariser JSON summary ({e.error_count()} errors)") from e


def _check_writable(out: Path, inputs: "list[str] | list[Path]") -> None:
    from summariser.errors import ConfigError
    from summariser.load.articles import would_read

    source = would_read(out, inputs)
    if source is not None:
        raise ConfigError(f"{out}: is the input {source}, or would be read as one next time; write the brief elsewhere")
    parent = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise ConfigError(f"{out}: is a directory; give a file path for --out")
    if not parent.is_dir():
        raise ConfigError(f"{out}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise ConfigError(f"{out}: not writable")


def _serve(args: argparse.Namespace) -> int:
    import subprocess

    from summariser.backends.local import ensure_model, server_command
    from summariser.settings import default_cache_dir

    model = args.local_model or ensure_model(default_cache_dir())
    print(f"summariser: serving {model.name} at http://127.0.0.1:{args.port}/v1 (Ctrl-C stops)", file=sys.stderr)
    return subprocess.call(server_command(model, args.port, 0))
