"""One rule for outside strings: control characters and direction overrides are shown, never obeyed."""

from summariser.escaping import visible


def test_control_characters_and_overrides_become_visible_escapes() -> None:
    assert visible("a\x1b[31mred\x07\r\x9b2J\u202eevil") == "a\\x1b[31mred\\x07\\x0d\\x9b2J\\u202eevil"
    assert visible("two\nlines\tand tab") == "two\nlines\tand tab"
    assert visible("two\nlines\tand tab", one_line=True) == "two\\x0alines\\x09and tab"
    assert visible("Ünïcödé and emoji 👍 stay") == "Ünïcödé and emoji 👍 stay"


def test_every_direction_control_and_mark_becomes_a_visible_escape() -> None:
    controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    shown = visible(f"a{controls}b")
    assert shown == "a" + "".join(f"\\u{ord(c):04x}" for c in controls) + "b"
    assert visible("שלום עולם and مرحبا") == "שלום עולם and مرحبا"  # right-to-left letters stay


def test_no_html_pane_obeys_a_direction_control_and_quotes_still_highlight_their_text() -> None:
    import json
    import re

    from summariser.merge import merge
    from summariser.render import render
    from summariser.schemas import ArticleInfo, RunInfo, RunStats, Summary

    from .factories import actor

    text = "Intro \u202etxet desrever\u202c here.\n\u2067Ivan\u2069 Petrov said \u200fhello.\u061c Done."
    quote = "\u2067Ivan\u2069 Petrov said \u200fhello.\u061c"
    article_id, title = "id\u202egpj.exe", "Title \u2066RTL\u2069 \u202eeltit"
    merged = merge([actor(article_id, text, quote, "Ivan\u202e Petrov")])
    info = ArticleInfo(id=article_id, title=title, source=None, date=None, path=None, sha256="0" * 64,
                       chars=len(text), text=text)  # fmt: skip
    run = RunInfo(model="m", endpoint="e", mode="tools", prompt_hashes={}, schema_hash="s", created_at="t",
                  summariser_version="0")  # fmt: skip
    brief = Summary(articles=[info], failures=[], gifts=[], actors=merged.actors, military=[], conflicts=[], run=run,
                    stats=RunStats())  # fmt: skip
    page = render(brief, "html")
    assert not re.search("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]", page)  # in no pane, attribute or script
    assert "unicode-bidi:isolate" in page
    texts = json.loads(re.search(r'id="article-texts">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    assert texts == {visible(article_id): visible(text)}
    cites = json.loads(re.search(r'data-cites="([^"]*)"', page).group(1).replace("&#34;", '"'))  # type: ignore[union-attr]
    shown = texts[cites[0]["a"]]
    assert shown[cites[0]["s"] : cites[0]["e"]] == visible(quote)  # the highlight falls on the quote as shown
