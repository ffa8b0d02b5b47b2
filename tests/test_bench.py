"""Every benchmark of bench/ still runs, at a tiny size, so none can rot unnoticed (issue 33).

Each runs as its own process, as a person would start it; its figures are printed, never asserted: what is
asserted is that it finishes and reports what it says it reports. The benchmarks that need the embedded model
are only asked for --help here (their imports and arguments), since a test never starts the model.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL_BENCHES = ["extraction.py", "dev_model.py", "seeds_abroad.py", "peer.py"]


def bench(*args: str, timeout: float = 120) -> str:
    """Run `python bench/ARGS...` in the checkout; its standard output (the test fails on a non-zero exit)."""
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_scale_reports_both_paths_with_stages_and_an_exponent(tmp_path: Path) -> None:
    out = tmp_path / "scale.json"
    bench("bench/scale.py", "--sizes", "1,2", "--latency", "0.01", "--concurrency", "4", "--json", str(out))
    result = json.loads(out.read_text(encoding="utf-8"))
    rows = {(r["path"], r["n"]): r for r in result["rows"]}
    assert set(rows) == {("nlp", 1), ("nlp", 2), ("api", 1), ("api", 2)}
    assert all(r["failed"] == 0 and r["facts"] > 0 and r["peak_rss_mb"] > 0 for r in rows.values())
    assert rows[("api", 2)]["requests"] >= 2 and rows[("nlp", 2)]["requests"] == 0
    assert {"extract_all", "merge", "parse_s"} <= set(rows[("nlp", 2)]["stages_s"])
    assert set(result["exponent"]) == set(result["cpu_exponent"]) == {"nlp", "api"} and set(
        result["api_cpu_ms_per_request"]
    ) == {"1", "2"}


def test_the_stand_in_answers_what_a_report_states() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import scale_articles

    reports = scale_articles.reports(30, seed=1)
    assert len({r.text for r in reports}) == 30
    found = scale_articles.facts_of("Norway will send 250 troops to Somalia, defence minister Paul Kimani said.")
    assert found == {"gifts": [], "actors": [["Paul Kimani", None, None, None]],
                     "claims": [["troop_deployment", "troops", 250]]}  # fmt: skip
    assert scale_articles.facts_of("Kenya gave Norway two cheetahs and 14 flamingos.")["gifts"] == [
        ["cheetahs", 2],
        ["flamingos", 14],
    ]


def test_run_measures_a_cold_and_a_cached_run(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    bench("bench/run.py", "--sizes", "1", "--latency", "0.01", "--startup-runs", "1", "--json", str(out))
    row = json.loads(out.read_text(encoding="utf-8"))["rows"][0]
    assert row["cold"]["requests"] >= 1 and row["cold"]["failed"] == 0
    assert row["cached"]["requests"] == 0 and row["cached"]["facts"] == row["cold"]["facts"]


def test_memory_reports_one_line_per_concurrency() -> None:
    lines = bench("bench/memory.py", "--articles", "1", "--concurrency", "1,2", "--latency", "0.01").splitlines()
    figures = [json.loads(line) for line in lines if line.startswith("{")]
    assert [f["concurrency"] for f in figures] == [1, 2] and all(f["failed"] == 0 for f in figures)


def test_names_scale_and_syndication_run_small() -> None:
    assert "cluster_names_s" in bench("bench/names_scale.py", "--sizes", "4", "--names", "6")
    assert "wrongly grouped pairs 0, missed pairs 0" in bench("bench/syndication.py", "--articles", "20",
                                                               "--reprints", "10")  # fmt: skip


@pytest.mark.parametrize("script", MODEL_BENCHES)
def test_model_benches_import_and_parse_their_arguments(script: str) -> None:
    assert "usage:" in bench(f"bench/{script}", "--help")


def test_parse_cores_compares_four_ways_of_parsing() -> None:
    out = bench("bench/parse_cores.py", "--articles", "2", "--batch", "8")
    assert out.count("identical") == 3 and "n_process 2" in out
