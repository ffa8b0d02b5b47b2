"""summarise() records each article's language and groups reprints, whatever the model returns."""

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from summariser import Article, Settings, summarise
from summariser.schemas import ReportGroup

from .conftest import SEEDS

M = TypeVar("M", bound=BaseModel)
SEED = (SEEDS / "000_0b1274e7f1836e80.txt").read_text(encoding="utf-8")
ITALIAN = (
    "La Russia ha inviato più di 70 animali allo zoo di Pyongyang, tra cui un leone africano, due orsi bruni, "
    "due yak, 25 fagiani e 40 anatre mandarine.\n\n"
    "Gli animali sono arrivati in aereo da Mosca, accompagnati da veterinari e funzionari dello zoo di Mosca, "
    "secondo un comunicato del ministero russo delle risorse naturali."
)
ARABIC = "أرسلت روسيا أكثر من 70 حيوانا إلى حديقة حيوان بيونغ يانغ، من بينها أسد أفريقي ودببة وطيور."


class Empty:
    """A model client that finds nothing: every list comes back empty."""

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        return response_model.model_validate({field: [] for field in response_model.model_fields})


def reprint(text: str) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return "\n\n".join(["Zoo animals flown to Pyongyang", "SEOUL (Herald) - " + paragraphs[1], *paragraphs[2:-2]])


def test_languages_and_reports_reach_the_summary(tmp_path: Path) -> None:
    articles = [
        Article(id="wire", text=SEED),
        Article(id="herald", text=reprint(SEED)),
        Article(id="corriere", text=ITALIAN),
        Article(id="ahram", text=ARABIC),
        Article(id="blank", text="12 000 !!! 2024"),
    ]
    summary = summarise(articles, settings=Settings(backend="api", api_key="x", cache_dir=tmp_path), client=Empty())
    info = {a.id: a for a in summary.articles}
    assert set(info) == {"wire", "herald", "corriere", "ahram", "blank"}
    assert (info["wire"].language, info["corriere"].language, info["ahram"].language) == ("en", "it", "ar")
    assert info["ahram"].rtl and not info["wire"].rtl
    assert info["blank"].language == "und" and info["blank"].languages == []
    assert not any(a.mixed_languages for a in summary.articles)
    assert info["wire"].report == info["herald"].report == "herald"  # the smaller id names the report
    assert [info[k].report for k in ("corriere", "ahram", "blank")] == ["corriere", "ahram", "blank"]
    assert len(summary.reports) == 1
    group = summary.reports[0]
    assert isinstance(group, ReportGroup) and group.id == "herald" and group.article_ids == ["herald", "wire"]
    assert (tmp_path / "languages").is_dir()  # detections are kept apart from the model's answers
    again = summarise(articles, settings=Settings(backend="api", api_key="x", cache_dir=tmp_path), client=Empty())
    assert again.model_dump(exclude={"run", "stats"}) == summary.model_dump(exclude={"run", "stats"})


def test_a_finder_that_breaks_on_an_article_costs_only_what_it_would_add(monkeypatch: Any) -> None:
    """A bug in one NLP finder on one article is a partial failure of that article, listed once; the run
    and every other fact stay (issue 29: an unseen text crashed the whole run in a reader)."""
    import summariser.enrich.registry as registry
    from summariser.quality import nlp_only

    whole = nlp_only([SEEDS / "002_abbee171f637f025.txt"])

    def broken(*args: Any) -> list[Any]:
        raise ValueError("a finder's bug")

    monkeypatch.setattr(registry, "proper_names", broken)
    summary = nlp_only([SEEDS / "002_abbee171f637f025.txt"])
    assert [(f.stage, f.error) for f in summary.failures] == [("partial", "finder proper_names: ValueError")]
    assert summary.stats.articles == 1 and summary.gifts == whole.gifts and summary.military == whole.military
