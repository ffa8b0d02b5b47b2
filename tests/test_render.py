import json

from summariser.facts import GroundedFact
from summariser.merge import merge
from summariser.render import render
from summariser.schemas import ArticleFailure, ArticleInfo, ReportGroup, RunInfo, RunStats, Summary

from .factories import actor, gift, troops

A = "Up to 12,000 troops were sent. Kim <b>said</b> `hi` | *now*."
B = "Over 10,000 troops are in Kursk. Two bears were given."


def summary() -> Summary:
    merged = merge(
        [
            troops("a", A, "Up to 12,000 troops were sent", 12000),
            troops("b", B, "Over 10,000 troops are in Kursk", 10000),
            gift("b", B, "Two bears were given", "bears", 2, "Two"),
            actor("a", A, "Kim <b>said</b> `hi` | *now*", "Kim <b>", said="`hi` | *now*"),
        ]
    )
    info = [
        ArticleInfo(id=i, title=f"Title {i}", source=None, date=None, path=None, sha256="0" * 64, chars=len(t), text=t)
        for i, t in (("a", A), ("b", B))
    ]
    return Summary(
        articles=info, failures=[], gifts=merged.gifts, actors=merged.actors, military=merged.military,
        conflicts=merged.conflicts,
        run=RunInfo(model="m", endpoint="e", mode="tools", prompt_hashes={}, schema_hash="s", created_at="t",
                    summariser_version="0"),
        stats=RunStats(),
    )  # fmt: skip


def test_json_roundtrips_to_the_same_summary() -> None:
    original = summary()
    assert Summary.model_validate(json.loads(render(original, "json"))) == original


def test_markdown_shows_disagreement_with_each_source_and_footnotes() -> None:
    text = render(summary(), "md")
    assert "## Where sources disagree" in text
    line = next(x for x in text.splitlines() if x.startswith("- Troop deployment figures"))
    assert "**12,000** (“Up to 12,000”; stated by the article itself) per source 1[^1]" in line
    assert "**10,000** (“Over 10,000”; stated by the article itself) per source 2[^2]" in line
    assert "[^1]: source 1 (a, chars 0-29): “Up to 12,000 troops were sent”" in text
    assert "## Gifts" in text and "Two bears" in text


def test_markdown_escapes_article_text() -> None:
    text = render(summary(), "md")
    assert "<b>" not in text
    assert "&lt;b&gt;" in text
    assert "\\`hi\\` \\| \\*now\\*" in text


def test_a_source_chosen_by_code_says_so_in_markdown_and_html() -> None:
    from summariser.render.html import render_html

    plain = summary()
    gift_fact = plain.gifts[0]
    recited = gift_fact.model_copy(update={"sources": [gift_fact.sources[0].model_copy(update={"origin": "recited"})]})
    marked = plain.model_copy(update={"gifts": [recited]})
    assert "chosen by code" not in render(plain, "md") and "chosen by code" not in render_html(plain)
    assert "chosen by code" in render(marked, "md") and "chosen by code" in render_html(marked)


def hostile() -> Summary:
    """Every outside string of a Summary set to markup, a line break or a terminal escape."""
    bad = "<img src=x onerror=alert(1)>\n# Heading ![t](http://track/p.png) \x1b[31m"
    base = summary()
    info = base.articles[0].model_copy(update={"id": "a", "title": bad, "source": bad, "date": bad, "path": bad,
                                                "aliases": [bad]})  # fmt: skip
    run = base.run.model_copy(update={"model": bad, "endpoint": "http://u:s3cret@h/v1?key=k3y", "created_at": bad})
    failure = ArticleFailure(input=bad, stage="load", error=bad)
    # model output in every place the key facts, the timeline, the disagreements and the actors show it
    gifts = [g.model_copy(update={"gift": g.gift.model_copy(update={"item": bad, "date": bad, "giver": bad})})
             for g in base.gifts]  # fmt: skip
    military = [m.model_copy(update={"claim": m.claim.model_copy(update={"subject": bad, "figure_text": bad,
                "claimed_by": bad, "date": bad})}) for m in base.military]  # fmt: skip
    actors = [a.model_copy(update={"name": bad, "roles": [bad], "countries": [bad]}) for a in base.actors]
    values = [
        v.model_copy(update={"value": bad, "wordings": [bad], "claimants": [bad]}) for v in base.conflicts[0].values
    ]
    conflicts = [base.conflicts[0].model_copy(update={"topic": bad, "values": values})]
    return base.model_copy(
        update={"articles": [info, base.articles[1]], "run": run, "failures": [failure], "gifts": gifts,
                "military": military, "actors": actors, "conflicts": conflicts}
    )  # fmt: skip


def test_every_outside_string_is_inert_in_markdown() -> None:
    text = render(hostile(), "md")
    for section in ("## Key facts", "## Timeline", "## Where sources disagree", "## Actors", "## Gifts"):
        assert section in text
    assert "<img" not in text and "![" not in text and "\x1b" not in text
    assert not [line for line in text.splitlines() if line.startswith("# ") and "Brief" not in line]
    assert "&lt;img src=x onerror=alert(1)&gt; \\# Heading" in text


def test_every_outside_string_is_inert_in_html_and_the_endpoint_keeps_no_secret() -> None:
    page = render(hostile(), "html")
    assert 'id="key"' in page and 'id="timeline"' in page and 'id="actors"' in page
    assert page.count("&lt;img src=x onerror=alert(1)&gt;") >= 10
    assert "<img" not in page and "\x1b" not in page
    assert "s3cret" not in page and "k3y" not in page and "http://***@h/v1?key=***" in page


def test_a_value_shows_its_wording_and_claimant_in_markdown_and_html() -> None:
    from summariser.render.html import render_html

    conflict = summary().conflicts[0]
    value = conflict.values[0].model_copy(update={"claimants": ["the <i>Pentagon</i>"]})
    marked = summary().model_copy(
        update={
            "conflicts": [
                conflict.model_copy(update={"values": [value, *conflict.values[1:]], "contradicting_articles": ["a"]})
            ]
        }
    )
    text = render(marked, "md")
    assert "stated by the &lt;i&gt;Pentagon&lt;/i&gt;" in text and "Source 1 contradicts itself" in text
    page = render_html(marked)
    row = next(r for r in page.split('<tr class="value"')[1:] if "12,000" in r.split("</tr>")[0]).split("</tr>")[0]
    assert '<td dir="auto">the &lt;i&gt;Pentagon&lt;/i&gt;</td>' in row and "“Up to 12,000”" in row
    assert "Source 1 states more than one value: 12,000" in page


def syndicated() -> Summary:
    """Article b is a reprint of a (one report), c an independent Arabic report; all three give the troops."""
    b_text = A + "\n" + B
    c_text = "Up to 12,000 troops were sent. أرسلت كوريا الشمالية 12,000 جندي. <script>x</script>"
    merged = merge(
        [
            troops("a", A, "Up to 12,000 troops were sent", 12000),
            troops("b", b_text, "Up to 12,000 troops were sent", 12000),
            troops("c", c_text, "Up to 12,000 troops were sent", 12000),
            troops("b", b_text, "Over 10,000 troops are in Kursk", 10000),
        ]
    )
    info = [
        ArticleInfo(
            id="a",
            title="Wire",
            source="AP",
            date=None,
            path=None,
            sha256="0" * 64,
            chars=len(A),
            text=A,
            language="en",
            languages=["en"],
            report="a",
        ),
        ArticleInfo(
            id="b",
            title="Reprint",
            source="Herald",
            date=None,
            path=None,
            sha256="0" * 64,
            chars=len(b_text),
            text=b_text,
            language="en",
            languages=["en", "fr"],
            mixed_languages=True,
            report="a",
        ),
        ArticleInfo(
            id="c",
            title="<i>تقرير</i>",
            source=None,
            date=None,
            path=None,
            sha256="0" * 64,
            chars=len(c_text),
            text=c_text,
            language="ar",
            languages=["ar"],
            rtl=True,
            report="c",
        ),
    ]
    base = summary()
    groups = [ReportGroup(id="a", article_ids=["a", "b"], similarity=0.9)]
    update = {"articles": info, "military": merged.military, "conflicts": merged.conflicts, "reports": groups}
    return base.model_copy(update=update)


def test_markdown_counts_outlets_and_independent_reports() -> None:
    text = render(syndicated(), "md")
    assert "(3 outlets, 2 independent reports)" in text  # 12,000: a and b are one report, c another
    line = next(x for x in text.splitlines() if x.startswith("- Troop deployment figures"))
    assert "per sources 1, 2 and 3[^1][^2][^3] (3 outlets, 2 independent reports)" in line
    assert "per source 2[^4] (1 outlet, 1 independent report)" in line
    assert "1. a: Wire, AP (language en, one report with source 2)" in text
    assert "2. b: Reprint, Herald (language en (mixed: en, fr), one report with source 1)" in text
    assert "3. c: &lt;i&gt;تقرير&lt;/i&gt; (language ar, right-to-left)" in text


def test_single_sources_say_one_outlet() -> None:
    text = render(summary(), "md")
    assert "(1 outlet, 1 independent report)" in text
    assert "1. a: Title a (language und)" in text


def test_html_shows_counts_languages_and_direction_and_escapes() -> None:
    from summariser.render.html import render_html

    page = render_html(syndicated())
    rows = [r.split("</tr>")[0] for r in page.split('<tr class="value"')[1:]]
    assert [r.split('<td class="value">')[1].split("<")[0] for r in rows] == ["12,000", "10,000"]  # by reports
    assert "3 outlets, 2 independent reports" in rows[0] and rows[0].count('class="badge"') == 3
    assert 'data-article="c" lang="ar" dir="rtl"' in page and 'data-article="a" lang="en" dir="ltr"' in page
    assert '<q lang="en" dir="auto">Up to 12,000 troops were sent</q>' in rows[0]  # the first source's quote
    assert "language en (mixed: en, fr), one report with source 1" in page
    assert "<i>تقرير</i>" not in page and "&lt;i&gt;تقرير&lt;/i&gt;" in page
    assert "<script>x</script>" not in page


def test_a_source_naming_a_gift_without_its_number_is_shown_beside_it_in_markdown_and_html() -> None:
    a, b = "Putin gave Kim a car.", "Putin gave Kim the car, the agency said."
    merged = merge(
        [gift("a", a, "Putin gave Kim a car", "car", 1, "a"), gift("b", b, "Putin gave Kim the car", "car", None)]
    )
    base = summary()
    brief = base.model_copy(update={"gifts": merged.gifts, "conflicts": [], "military": [], "actors": []})
    brief.articles[0].text, brief.articles[1].text = a, b
    md = render(brief, "md")
    assert "- 1 car from Putin to Kim[^1] (1 outlet" in md  # giver and recipient: lang/en/parties.py
    assert "; also named, with no number, by [^2] (1 outlet" in md
    html = render(brief, "html")
    assert "also named, with no number, by" in html and html.count('class="badge"') == 2


def test_every_form_of_a_name_shows_with_its_sources_in_markdown_and_html() -> None:
    from summariser.render.html import render_html

    texts = {"en": "President Vladimir Putin spoke.", "ru": "Владимир Путин заявил.", "ar": "قال <b>Putin</b> اليوم."}
    facts = [actor(i, t, t, "Vladimir Putin") for i, t in texts.items()]
    merged = merge(facts)
    info = [
        ArticleInfo(id=i, title=i, source=None, date=None, path=None, sha256="0" * 64, chars=len(t), text=t,
                    language=i)
        for i, t in texts.items()
    ]  # fmt: skip
    brief = summary().model_copy(update={"articles": info, "actors": merged.actors, "gifts": [], "military": [],
                                         "conflicts": []})  # fmt: skip
    text = render(brief, "md")
    assert "**Vladimir Putin** (written Putin in source 3; Vladimir Putin in source 1; Владимир Путин in source 2)" in (
        text
    )
    page = render_html(brief)
    assert '<span lang="ru" dir="auto">Владимир Путин</span><button class="badge"' in page
    assert '<span lang="ar" dir="auto">Putin</span>' in page and "<b>Putin" not in page


def briefed(texts: dict[str, str], facts: list[GroundedFact]) -> Summary:
    """A Summary of these articles (ids as keys) and facts, merged by the real merge."""
    merged = merge(facts)
    info = [
        ArticleInfo(id=i, title=f"Title {i}", source=None, date=None, path=None, sha256="0" * 64, chars=len(t), text=t)
        for i, t in texts.items()
    ]
    return summary().model_copy(
        update={"articles": info, "gifts": merged.gifts, "military": merged.military, "actors": merged.actors,
                "conflicts": merged.conflicts}
    )  # fmt: skip


DUCKS = "Russia sent 40 ducks. Russia gave two bears to Kim."
BEARS = "Russia gave two bears to Kim."


def reported() -> Summary:
    """Ducks come first in merge order (one report), bears are stated by three independent reports."""
    texts = {"a": DUCKS, "b": BEARS, "c": BEARS}
    return briefed(
        texts,
        [
            gift("a", DUCKS, "Russia sent 40 ducks", "ducks", 40, "40"),
            *(gift(i, t, "Russia gave two bears to Kim", "bears", 2, "two") for i, t in texts.items()),
        ],
    )


def test_key_facts_come_first_and_lists_are_ordered_by_independent_reports() -> None:
    brief = reported()
    assert [g.gift.item for g in brief.gifts] == ["ducks", "bears"]  # merge order
    text = render(brief, "md")
    assert text.index("## Key facts") < text.index("## Gifts")
    key = text.split("## Key facts")[1].split("##")[0].strip().splitlines()
    assert key == [
        "- two bears from Russia (3 outlets, 3 independent reports; sources 1–3)",
        "- 40 ducks from Russia (1 outlet, 1 independent report; source 1)",
    ]
    gifts = text.split("## Gifts")[1].split("##")[0]
    assert gifts.index("two bears") < gifts.index("40 ducks")
    page = render(brief, "html")
    keys = page.split('id="key"')[1].split("</ul>")[0]
    assert keys.index("two bears") < keys.index("40 ducks") and "3 outlets, 3 independent reports" in keys
    listed = page.split("<h2>Gifts</h2>")[1]
    assert listed.index('data-fact="g2"') < listed.index('data-fact="g1"')


def test_copies_of_one_report_rank_as_one_and_disagreeing_values_follow_reports() -> None:
    text = render(syndicated(), "md")
    line = next(x for x in text.splitlines() if x.startswith("- Troop deployment figures"))
    assert line.index("**12,000**") < line.index("**10,000**")  # 2 independent reports before 1
    first_key = text.split("## Key facts")[1].split("##")[0].strip().splitlines()[0]
    assert "(3 outlets, 2 independent reports; sources 1–3)" in first_key


def test_actors_are_grouped_as_people_and_organisations_one_line_each_with_their_role() -> None:
    text = "Minister Alexander Kozlov spoke. Moscow Zoo sent bears. TASS reported it. Kim Jong Un smiled."
    facts = [
        actor("a", text, "Minister Alexander Kozlov spoke", "Alexander Kozlov"),
        actor("a", text, "Moscow Zoo sent bears", "Moscow Zoo"),
        actor("a", text, "TASS reported it", "TASS"),
        actor("a", text, "Kim Jong Un smiled", "Kim Jong Un"),
    ]
    brief = briefed({"a": text}, facts)
    roles = {"Alexander Kozlov": ["natural resources minister"], "Moscow Zoo": ["zoo"]}
    brief.actors[:] = [a.model_copy(update={"roles": roles.get(a.name, [])}) for a in brief.actors]
    md = render(brief, "md")
    people = md.split("### People")[1].split("###")[0]
    organisations = md.split("### Organisations")[1].split("##")[0]
    assert "- **Alexander Kozlov**: natural resources minister[^" in people and "- **Kim Jong Un**[^" in people
    assert "- **Moscow Zoo**: zoo[^" in organisations and "- **TASS**[^" in organisations
    assert "Zoo" not in people and "Kozlov" not in organisations
    page = render(brief, "html")
    shown = page.split('<h3 id="people">')[1].split('<h3 id="organisations">')
    assert "Alexander Kozlov" in shown[0] and "natural resources minister" in shown[0] and "TASS" in shown[1]


def test_a_surname_shown_alone_is_a_person_where_the_actor_has_a_full_name() -> None:
    text = "Erdogan arrived. Recep Tayyip Erdogan spoke. Erdogan smiled. NATO met."
    facts = [
        actor("a", text, "Erdogan arrived", "Erdogan"),
        actor("a", text, "Recep Tayyip Erdogan spoke", "Recep Tayyip Erdogan"),
        actor("a", text, "Erdogan smiled", "Erdogan"),
        actor("a", text, "NATO met", "NATO"),
    ]
    md = render(briefed({"a": text}, facts), "md")
    people, organisations = md.split("### People")[1].split("### Organisations")
    assert "- **Erdogan** (written " in people and "Erdogan" not in organisations.split("##")[0]
    assert "- **NATO**[^" in organisations
    hyphen = "Kara-Murza arrived. Kara-Murza smiled."
    facts = [
        actor("a", hyphen, "Kara-Murza arrived", "Kara-Murza"),
        actor("a", hyphen, "Kara-Murza smiled", "Kara-Murza"),
    ]
    assert "**Kara-Murza**" in render(briefed({"a": hyphen}, facts), "md").split("### People")[1]  # two name words


def test_the_timeline_lists_dated_facts_earliest_first_with_their_sources() -> None:
    text = (
        "In June, Russia gave two bears to Kim. In April, Russia sent 40 ducks to Pyongyang. "
        "Up to 12,000 troops were sent."
    )
    facts = [
        gift("a", text, "In June, Russia gave two bears to Kim", "bears", 2, "two"),
        gift("a", text, "In April, Russia sent 40 ducks to Pyongyang", "ducks", 40, "40"),
        gift("b", BEARS, "Russia gave two bears to Kim", "bears", 2, "two"),
        troops("a", text, "Up to 12,000 troops were sent", 12000),
    ]
    brief = briefed({"a": text, "b": BEARS}, facts)
    # the parse dates the giving verb; b's undated two bears join the one dated gift of two bears
    assert [(g.gift.date, len(g.sources)) for g in brief.gifts] == [("June", 2), ("April", 1)]
    claim = brief.military[0]
    brief.military[:] = [claim.model_copy(update={"claim": claim.claim.model_copy(update={"date": "March 2019"})})]
    md = render(brief, "md")
    dated = md.split("## Timeline")[1].split("##")[0].strip().splitlines()
    assert [line.split("**")[1] for line in dated] == ["March 2019", "April", "June"]
    assert dated[1].startswith("- **April**: 40 ducks from Russia[^") and "(1 outlet, 1 independent report)" in dated[1]
    assert (
        "two bears" in dated[2] and "two bears" not in md.split("## Timeline")[1].split("## Gifts")[0].split("June")[0]
    )
    page = render(brief, "html")
    timeline = page.split('id="timeline"')[1].split("</ul>")[0]
    assert timeline.index("March 2019") < timeline.index("April") < timeline.index("June")
    assert timeline.count('class="badge"') == 4


def test_a_gift_counted_in_another_language_shows_its_number_in_digits_and_its_words_beside_the_item() -> None:
    from summariser.render.markdown import gift_text
    from summariser.schemas import Gift

    def shown(item: str, quantity: int | None, words: str | None, original: str | None = None) -> str:
        return gift_text(
            Gift(
                item=item,
                quantity=quantity,
                quantity_text=words,
                giver=None,
                recipient=None,
                from_institution=None,
                to_institution=None,
                transport=None,
                date=None,
                evidence="x",
                original=original,
            )  # fmt: skip
        )

    assert shown("ambulances", 2, "zwei", "Krankenwagen") == "2 ambulances (zwei Krankenwagen)"
    assert shown("animals", 70, "более 70", "животных") == "70 animals (более 70 животных)"
    assert shown("cani", 2, "due") == "2 cani"  # "due" is an English word, but no English number for two
    assert shown("animals", 70, "more than 70") == "more than 70 animals"
    assert shown("dogs", 2, "a pair") == "a pair of dogs"
    assert shown("bears", 2, "two") == "two bears"


def test_an_amount_in_units_reads_with_of_and_a_relative_date_without_in() -> None:
    from summariser.render.markdown import gift_amount, gift_text
    from summariser.schemas import Gift

    def of(words: str, quantity: int, date: str | None = None) -> Gift:
        return Gift(
            item="potatoes", quantity=quantity, quantity_text=words, giver=None, recipient="Putin",
            from_institution=None, to_institution=None, transport=None, date=date, evidence="",
        )  # fmt: skip

    assert gift_amount(of("four sacks", 4)) == "four sacks of" and gift_amount(of("25 species", 25)) == "25 species of"
    assert gift_amount(of("a dozen", 12)) == "a dozen" and gift_amount(of("more than 70", 70)) == "more than 70"
    assert gift_text(of("four sacks", 4, "four years ago")) == "four sacks of potatoes to Putin four years ago"
    assert gift_text(of("two", 2, "April")) == "two potatoes to Putin in April"
