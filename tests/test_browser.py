"""The HTML brief in a real headless Chromium: click-to-quote, the disagreement table, no script injection."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summariser.merge import merge
from summariser.render.html import render_html
from summariser.schemas import (
    ArticleInfo,
    Conflict,
    ConflictValue,
    Gift,
    MergedClaim,
    MergedGift,
    MilitaryClaim,
    ResolvedActor,
    RunInfo,
    RunStats,
    Source,
    Summary,
)

from .conftest import ROOT
from .factories import actor, gift, troops

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts"

if not Path(CHROMIUM).exists() or not shutil.which("chromium"):
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium for the browser tests")
    pytest.skip("chromium is not installed", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )  # fmt: skip
        yield instance
        instance.close()


def open_page(browser: Any, html: str, tmp_path: Path, width: int = 1280) -> Any:
    path = tmp_path / "brief.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    page.external_requests = [u for u in requests if not u.startswith("file:")]  # type: ignore[attr-defined]
    return page


def make_summary(texts: dict[str, str], facts: list[Any]) -> Summary:
    merged = merge(facts)
    return Summary(
        articles=[ArticleInfo(id=i, title=f"Title {i}", source=None, date=None, path=None, sha256="0" * 64,
                              chars=len(t), text=t) for i, t in texts.items()],
        failures=[], gifts=merged.gifts, actors=merged.actors, military=merged.military,
        conflicts=merged.conflicts,
        run=RunInfo(model="m", endpoint="e", mode="tools", prompt_hashes={"system.j2": "abc"}, schema_hash="s",
                    created_at="t", summariser_version="0"),
        stats=RunStats(facts=4),
    )  # fmt: skip


A = "Putin sent 😀 two bears. Up to 12,000 troops were sent, officials say."
B = "Over 10,000 troops are in Kursk. Kim Jong-Un smiled."


def test_click_highlights_the_evidence_and_conflicts_list_sources(browser: Any, tmp_path: Path) -> None:
    summary = make_summary(
        {"a": A, "b": B},
        [gift("a", A, "two bears", "bears", 2, "two"), troops("a", A, "Up to 12,000 troops were sent", 12000),
         troops("b", B, "Over 10,000 troops are in Kursk", 10000), actor("b", B, "Kim Jong-Un smiled", "Kim Jong-Un")],
    )  # fmt: skip
    page = open_page(browser, render_html(summary), tmp_path)
    assert page.external_requests == []
    for merged in (*summary.gifts, *summary.military):
        page.click(f'li.fact[data-fact="{merged.id}"]')
        assert page.inner_text("section.sources pre.article:not([hidden]) mark") == merged.sources[0].quote
    conflict = summary.conflicts[0]
    rows = page.locator(f'div.conflict[data-conflict="{conflict.id}"] tr.value')
    assert rows.count() == 2 and "Up to 12,000 troops were sent" in rows.nth(0).inner_text() + rows.nth(1).inner_text()
    for n, value in enumerate(conflict.values):
        row = page.locator(f'div.conflict[data-conflict="{conflict.id}"] tr.value', has_text=value.value)
        row.click(position={"x": 5, "y": 5})
        assert page.inner_text("section.sources pre.article:not([hidden]) mark") == value.sources[0].quote, n
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "brief-desktop.png"), full_page=True)
    phone = open_page(browser, render_html(summary), tmp_path, width=390)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.screenshot(path=str(ARTIFACTS / "brief-phone.png"), full_page=True)


HOSTILE = (
    'Breaking: <script>window.pwned = 1</script> and "><img src=x onerror="window.pwned=2"> then '
    '</textarea></script><script>window.pwned=3</script> and <svg onload="window.pwned=4"></svg>. '
    'Ten bears were given by <b onmouseover="window.pwned=5">Russia</b> today.'
)


def test_hostile_article_runs_no_script(browser: Any, tmp_path: Path) -> None:
    quote = 'Ten bears were given by <b onmouseover="window.pwned=5">Russia</b> today.'
    summary = make_summary(
        {"evil<script>": HOSTILE},
        # hostile model output as it was before any check: rendering alone must make it inert
        [gift("evil<script>", HOSTILE, quote, "bears <script>window.pwned=6</script>", 10, "Ten", read_by_parse=False),
         actor("evil<script>", HOSTILE, "Breaking: <script>window.pwned = 1</script>",
               '"><img src=x onerror="window.pwned=7">')],
    )  # fmt: skip
    page = open_page(browser, render_html(summary), tmp_path)
    page.hover("li.fact")
    page.click("li.fact")
    assert page.evaluate("window.pwned") is None
    assert page.inner_text("section.sources pre.article:not([hidden]) mark") == quote
    assert "<script>window.pwned = 1</script>" in page.inner_text("section.sources pre.article:not([hidden])")
    assert page.evaluate("document.querySelectorAll('img, svg, script:not([nonce]):not([type])').length") == 0
    assert page.external_requests == []


@pytest.mark.needs_cassette
def test_five_seed_report_every_fact_traces_to_its_quote(browser: Any, tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
           "SUMMARISER_CACHE_DIR": str(tmp_path / "cache")}  # fmt: skip
    summary_json, report = tmp_path / "summary.json", tmp_path / "brief.html"
    for args in (["run", "seeds/", "--replay", "--format", "json", "--quiet", "--out", str(summary_json)],
                 ["render", str(summary_json), "--format", "html", "--out", str(report)]):  # fmt: skip
        result = subprocess.run([sys.executable, "-m", "summariser", *args], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=300)  # fmt: skip
        assert result.returncode == 0, result.stderr
    summary = Summary.model_validate_json(summary_json.read_text(encoding="utf-8"))
    page = open_page(browser, report.read_text(encoding="utf-8"), tmp_path)
    assert page.external_requests == []
    facts = [*summary.gifts, *summary.military, *summary.actors]
    for merged in facts:
        page.click(f'li.fact[data-fact="{merged.id}"] >> nth=0', position={"x": 5, "y": 5})
        assert page.inner_text("section.sources pre.article:not([hidden]) mark") == merged.sources[0].quote
    first_source = {f.id: f.sources[0].quote for f in [*summary.gifts, *summary.military]}
    cited = [(n, s) for n, s in enumerate(summary.lede, 1) if s.fact_ids]
    assert cited  # the lede's citations highlight their quotes, as the facts' do
    for n, sentence in cited:
        page.focus(f'span.lede-sentence[data-lede="{n}"]')  # a sentence may wrap: reached as a keyboard user would
        page.keyboard.press("Enter")
        assert page.inner_text("section.sources pre.article:not([hidden]) mark") == first_source[sentence.fact_ids[0]]
    troop = next(c for c in summary.conflicts if c.topic == "troop deployment figures")
    row = page.inner_text(f'div.conflict[data-conflict="{troop.id}"]')
    flat_row = " ".join(row.split())  # the page collapses the quotes' line breaks
    for value in troop.values:
        assert value.value in flat_row and " ".join(value.sources[0].quote.split()) in flat_row
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "brief-seeds.png"), full_page=True)


ARABIC = (
    "موسكو ترسل هدية 🦁 إلى بيونغ يانغ.\nأرسلت روسيا أسدا أفريقيا ودبين إلى حديقة حيوان بيونغ يانغ، حسب بيان الوزارة."
)
ARABIC_QUOTE = "أرسلت روسيا أسدا أفريقيا ودبين إلى حديقة حيوان بيونغ يانغ"


def test_click_to_quote_marks_right_to_left_text_in_its_own_script(browser: Any, tmp_path: Path) -> None:
    start = ARABIC.index(ARABIC_QUOTE)
    where = Source(article_id="ar", quote=ARABIC_QUOTE, start=start, end=start + len(ARABIC_QUOTE), alignment="exact",
                   origin="model", score=100)  # fmt: skip
    bears = Gift(item="bears", quantity=2, quantity_text="two", giver="Russia", recipient="North Korea",
                 from_institution=None, to_institution=None, transport=None, date=None,
                 evidence=ARABIC_QUOTE)  # fmt: skip
    summary = make_summary({"ar": ARABIC}, [])
    info = summary.articles[0].model_copy(update={"language": "ar", "languages": ["ar"], "rtl": True, "report": "ar"})
    summary = summary.model_copy(
        update={"articles": [info], "gifts": [MergedGift(id="g1", gift=bears, sources=[where])]}
    )
    page = open_page(browser, render_html(summary), tmp_path)
    pane = "section.sources pre.article:not([hidden])"
    assert page.get_attribute(pane, "dir") == "rtl" and page.get_attribute(pane, "lang") == "ar"
    assert page.evaluate(f"getComputedStyle(document.querySelector('{pane}')).direction") == "rtl"
    page.click('li.fact[data-fact="g1"]')
    assert page.inner_text(f"{pane} mark") == ARABIC_QUOTE
    assert "1 outlet, 1 independent report" in page.inner_text('li.fact[data-fact="g1"]')
    assert "language ar, right-to-left" in page.inner_text("ol.articles")


ARABIC_SAID = "قال الوزير ألكسندر كوزلوف إن روسيا أرسلت أكثر من 70 حيوانا.\nوأضاف كوزلوف: «هذه هدية من الشعب الروسي».\n"


def test_a_right_to_left_quote_keeps_its_script_direction_and_click_to_quote(browser: Any, tmp_path: Path) -> None:
    said = "هذه هدية من الشعب الروسي"
    summary = make_summary(
        {"ahram": ARABIC_SAID}, [actor("ahram", ARABIC_SAID, "قال الوزير ألكسندر كوزلوف", "ألكسندر كوزلوف", said)]
    )
    summary.articles[0].language, summary.articles[0].rtl = "ar", True
    page = open_page(browser, render_html(summary), tmp_path)
    statement = page.locator("li.fact div.fact").first
    assert statement.locator(".said").evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator("li.fact strong").first.evaluate("e => getComputedStyle(e).direction") == "rtl"
    statement.click()
    assert page.inner_text("section.sources pre.article:not([hidden]) mark") == said
    assert page.locator("pre.article").first.evaluate("e => getComputedStyle(e).direction") == "rtl"


def thousand_articles() -> Summary:
    """A brief of 1,000 articles built without a model: one disagreement of 60 values (one stated by every
    article), 40 gifts and 40 claims cited by many articles, 150 actors, and long unbroken ids and words."""
    texts = {
        f"{n:04d}_" + "x" * 60: f"Report {n}: Russia sent {n} bears. Up to {n},000 troops were sent."
        for n in range(1000)
    }
    ids = list(texts)

    def cite(article_id: str) -> Source:
        quote = texts[article_id].split(": ", 1)[1]
        start = texts[article_id].index(quote)
        return Source(article_id=article_id, quote=quote, start=start, end=start + len(quote), alignment="exact",
                      origin="model", score=100)  # fmt: skip

    def sources(first: int, step: int) -> list[Source]:
        return [cite(i) for i in ids[first::step]]

    base = make_summary({ids[0]: texts[ids[0]]}, [])
    bears = Gift(item="bears" + "ё" * 90, quantity=2, quantity_text="two", giver="Russia", recipient="North Korea",
                 from_institution=None, to_institution=None, transport=None, date="April", evidence="")  # fmt: skip
    claim = MilitaryClaim(claim_type="troop_deployment", subject="North Korean troops", figure=1, figure_text="1",
                          claimed_by="W" * 120, place=None, date=None, evidence="")  # fmt: skip
    values = [ConflictValue(value=f"{n:,}" + "0" * 40, wordings=["up to " + "9" * 80], claimants=["Z" * 150],
                            sources=sources(n, 1 if n == 0 else 17 + n)) for n in range(60)]  # fmt: skip
    conflict = Conflict(id="c1", kind="military", topic="troop deployment figures", fact_ids=["m1"], values=values,
                        contradicting_articles=ids[:30])  # fmt: skip
    name = "Kim " + "Jong" * 30
    actors = [ResolvedActor(id=f"a{n}", name=f"{name} {n}", aliases=[], roles=["leader " + "q" * 100],
                            organisations=[], countries=[], statements=[], sources=sources(n, 7 + n % 50))
              for n in range(150)]  # fmt: skip
    articles = [base.articles[0].model_copy(update={"id": i, "title": "T" * 200, "text": t, "chars": len(t)})
                for i, t in texts.items()]  # fmt: skip
    return base.model_copy(update={
        "articles": articles, "conflicts": [conflict], "actors": actors,
        "gifts": [MergedGift(id=f"g{n}", gift=bears, sources=sources(n, 1 + n)) for n in range(40)],
        "military": [MergedClaim(id=f"m{n}", claim=claim, sources=sources(n, 2 + n)) for n in range(40)],
    })  # fmt: skip


OVERFLOW = """() => [...document.querySelectorAll('section.brief, section.brief *, header, footer, .tabs')]
    .filter(e => e.offsetParent !== null && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
                 && getComputedStyle(e).overflowX !== 'auto')
    .map(e => e.tagName + '.' + e.className)"""


@pytest.mark.parametrize("width", [1280, 390])
def test_a_thousand_article_brief_renders_with_no_horizontal_overflow(browser: Any, tmp_path: Path, width: int) -> None:
    summary = thousand_articles()
    html = render_html(summary)
    page = open_page(browser, html, tmp_path, width=width)
    assert page.external_requests == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate(OVERFLOW) == []
    # one row per value, the best reported (every article) first; the rest fold, as do long lists and badges
    first = page.locator('div.conflict[data-conflict="c1"] table.conflicts').first.locator("tr.value")
    assert first.count() == 20 and "1000 outlets, 1000 independent reports" in first.nth(0).inner_text()
    assert page.locator("details.more").count() >= 5 and page.locator("details.badges").count() > 100
    page.locator("details.more > summary").first.click()
    assert page.evaluate("document.documentElement.scrollWidth") <= width and page.evaluate(OVERFLOW) == []
    page.mouse.wheel(0, 50_000)
    row = page.locator('div.conflict[data-conflict="c1"] tr.value').first
    row.click(position={"x": 5, "y": 5})
    assert (
        page.inner_text("section.sources pre.article:not([hidden]) mark")
        == summary.conflicts[0].values[0].sources[0].quote
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"brief-1000-{width}.png"))
