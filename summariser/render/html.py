"""A self-contained HTML brief: facts with source badges that highlight their quote in the article.

Everything from articles or the model is escaped by Jinja2's autoescape, after escaping.visible
(control characters and direction controls shown as escapes, in every pane: the article texts of the
source pane too, with the quotes' offsets counted in the text as shown), and each element holding
outside text is isolated (`unicode-bidi: isolate`), so no string reorders the text around it. The
endpoint is shown without credentials; the article texts travel as JSON inside a non-executable
script element with '<', '>' and '&' escaped, and the page's Content-Security-Policy allows only its
own nonce-tagged script.
"""

import hashlib
import json
from functools import cache
from importlib import resources

import jinja2
from markupsafe import Markup

from summariser.escaping import visible
from summariser.redaction import redact_url
from summariser.render.glance import Ranked, Ranking, key_facts, people_and_organisations, timeline
from summariser.render.markdown import Reports, gift_amount, origin_note
from summariser.schemas import Conflict, MergedGift, Source, Summary


@cache
def _template() -> jinja2.Template:
    folder = resources.files("summariser.render") / "assets"
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_shown,
    )
    env.filters["redact_url"] = redact_url
    return env.get_template("brief.html.j2")


def _shown(value: object) -> object:
    """Every `{{ value }}` of the page: outside strings follow escaping.visible (then autoescape);
    markup built here is left alone."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return visible(value)
    return value


BADGES = 12
"""Source badges shown on a line before the rest fold away."""
FOLD = 20
"""Items of a list (facts, disagreement values, articles) shown before the rest fold into a <details>."""


def utf16_offset(text: str, index: int) -> int:
    """The JavaScript (UTF-16) index of the Python (code point) index `index` in `text`."""
    return len(text[:index].encode("utf-16-le")) // 2


def shown_offset(text: str, index: int) -> int:
    """The JavaScript (UTF-16) index, in `text` as the page shows it (escaping.visible: a direction
    override written as the six characters `\\u202e`), of the Python index `index` in `text`."""
    shown = visible(text[:index])
    return utf16_offset(shown, len(shown))


def script_json(value: object) -> str:
    """JSON that cannot close or open an HTML element when placed inside <script>."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def fact_label(fact: Ranked) -> str:
    """A gift or a claim in plain words: 'more than 70 animals', 'troop deployment: up to 12,000 North Korean
    troops (per the Pentagon)'."""
    if isinstance(fact, MergedGift):
        original = f"({fact.gift.original})" if fact.gift.original else ""
        return " ".join(part for part in (gift_amount(fact.gift), fact.gift.item, original) if part)
    claim = fact.claim
    figure = f"{claim.figure_text} " if claim.figure_text else ""
    who = f" (per {claim.claimed_by})" if claim.claimed_by else ""
    return f"{claim.claim_type.replace('_', ' ')}: {figure}{claim.subject}{who}"


def render_html(summary: Summary) -> str:
    """The summary as one HTML file with inline CSS and JS and no external requests."""
    raw = {visible(a.id): a.text for a in summary.articles}  # keyed as the page shows ids (data-article)
    texts = {article_id: visible(text) for article_id, text in raw.items()}  # no direction control obeyed
    numbers = {a.id: i for i, a in enumerate(summary.articles, 1)}

    def cite(source: Source) -> dict[str, object]:
        text = raw.get(visible(source.article_id), "")
        return {
            "a": visible(source.article_id),
            "s": shown_offset(text, source.start),
            "e": shown_offset(text, source.end),
        }

    def cites(sources: list[Source]) -> str:
        return json.dumps([cite(s) for s in sources])

    facts = {g.id: g.sources for g in summary.gifts} | {m.id: m.sources for m in summary.military}

    def sentence_sources(fact_ids: list[str]) -> list[Source]:
        """The sources of the facts a lede sentence cites, in the order it cites them."""
        return [s for i in fact_ids for s in facts.get(i, [])]

    def badge(s: Source) -> Markup:
        return Markup('<button class="badge" type="button" data-cites="{}" title="{}">{}</button>').format(
            cites([s]), visible(s.quote) + origin_note(s.origin), numbers.get(s.article_id, "?")
        )

    def badges(sources: list[Source]) -> Markup:
        """A badge per source; past BADGES, the rest fold into a <details> that says how many."""
        shown = Markup("").join(badge(s) for s in sources[:BADGES])
        if len(sources) <= BADGES:
            return shown
        rest = Markup("").join(badge(s) for s in sources[BADGES:])
        more = Markup('<details class="badges"><summary>+{} more</summary>{}</details>')
        return shown + more.format(len(sources) - BADGES, rest)

    def held(conflict: Conflict, article_id: str) -> list[str]:
        """The values of a disagreement that one article states."""
        return [v.value for v in conflict.values if any(s.article_id == article_id for s in v.sources)]

    reports = Reports(summary)
    ranking = Ranking(summary)
    languages = {a.id: a.language for a in summary.articles}
    nonce = hashlib.sha256(summary.model_dump_json().encode()).hexdigest()[:24]
    return _template().render(
        summary=summary,
        keys=key_facts(summary),
        fact_label=fact_label,
        gifts=ranking.ranked(summary.gifts, lambda f: f.sources),
        military=ranking.ranked(summary.military, lambda f: f.sources),
        dated=timeline(summary),
        actor_groups=[
            (heading, ranking.ranked(group, lambda a: a.sources))
            for heading, group in zip(
                ("People", "Organisations"), people_and_organisations(summary.actors), strict=True
            )
        ],
        cites=cites,
        sentence_sources=sentence_sources,
        badges=badges,
        held=held,
        ranked_values=lambda c: ranking.values(c.values),
        number_of=lambda article_id: numbers.get(article_id, 0),
        fold=FOLD,
        gift_amount=gift_amount,
        count=reports.label,
        lang_of=lambda article_id: languages.get(article_id, "und"),
        describe=reports.describe,
        nonce=nonce,
        texts_json=Markup(script_json(texts)),
    )
