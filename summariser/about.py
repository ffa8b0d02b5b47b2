"""What the brief says about each article: as loaded, its language and report, the checks that read its
facts, notes for the reader, and the articles it translates."""

from summariser.facts import ArticleFacts
from summariser.link.translation import Translation as TranslationPair
from summariser.load.articles import Article
from summariser.load.document import Document
from summariser.load.language import UNDETERMINED
from summariser.rules import by_finder
from summariser.schemas import ArticleInfo, Translation
from summariser.verify import checks


def article_info(doc: Document, report: str, facts: ArticleFacts, pairs: list[TranslationPair]) -> ArticleInfo:
    """The brief's record of one article: as loaded, its language, report, checks, notes and translations."""
    article, language = doc.article, doc.language
    assert language is not None, "the pipeline detects every article's language before extraction"

    def partners(shown: bool) -> list[str]:
        return sorted(
            i
            for p in pairs
            if p.shown == shown and article.id in p.article_ids
            for i in p.article_ids
            if i != article.id
        )

    return ArticleInfo(
        id=article.id,
        title=article.title,
        source=article.source,
        date=article.date,
        path=article.path,
        aliases=list(article.aliases),
        sha256=article.sha256,
        chars=len(article.text),
        text=article.text,
        language=language.language,
        languages=list(language.languages),
        mixed_languages=language.mixed,
        rtl=language.rtl,
        report=report,
        checks=checks.described(article),
        notes=notes(article, facts),
        translation_of=partners(True),
        possible_translation_of=partners(False),
    )


def notes(article: Article, facts: ArticleFacts) -> list[str]:
    """What a reader of the brief should know about one article."""
    said = []
    if article.language == UNDETERMINED:
        said.append("language not determined: its facts were read only by the fallback checks, without a parser")
    language = f"'{article.language}'" if article.language and article.language != UNDETERMINED else "unknown"
    found = sum(1 for f in facts.facts if by_finder(f.source.origin))
    if not facts.facts:
        if facts.dropped:
            said.append(f"no facts kept: none of the {facts.dropped} the model returned passed the checks")
        else:
            said.append(f"no facts kept: the model returned none for this article (language {language})")
    elif found == len(facts.facts) and not facts.dropped:
        said.append(
            f"the model returned no facts for this article (language {language}); {found} found by the NLP layer"
        )
    return said


def translation_info(pair: TranslationPair) -> Translation:
    """The brief's record of a shown or possible translation."""
    return Translation(
        article_ids=list(pair.article_ids),
        languages=list(pair.languages),
        numbers_in_order=pair.numbers_in_order,
        numbers=pair.numbers,
        names_in_order=pair.names_in_order,
        names=pair.names,
        shown=pair.shown,
    )
