"""SQLAlchemy 2 tables of the corpus store: articles and their findings, entities, stories, conflicts."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(16))
    published: Mapped[str | None] = mapped_column(String(40))
    published_day: Mapped[str | None] = mapped_column(String(10))  # YYYY-MM-DD, for ranges
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    record: Mapped[str] = mapped_column(Text, nullable=False)  # the full Article JSON
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)  # MinHash signature (uint32 x 64)
    near_duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    story_id: Mapped[int | None] = mapped_column(Integer)  # denormalised from story_articles
    ingested_at: Mapped[str | None] = mapped_column(String(40))
    # versions (store/versions.py): one address (URL or source), one current row
    version_key: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1", nullable=False)
    supersedes: Mapped[int | None] = mapped_column(Integer)  # the previous version's id
    superseded_by: Mapped[int | None] = mapped_column(Integer)  # NULL: the current version

    __table_args__ = (
        Index("ix_articles_published_day", "published_day"),
        Index("ix_articles_outlet", "outlet"),
        Index("ix_articles_language", "language"),
        Index("ix_articles_story", "story_id"),
        Index("ix_articles_near_dup", "near_duplicate_of"),
        Index("ix_articles_version_key", "version_key"),
        Index("ix_articles_superseded_by", "superseded_by"),
    )


class ParagraphRow(Base):
    __tablename__ = "paragraphs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (Index("ix_paragraphs_article", "article_id", "position"),)


class EntityRow(Base):
    """A canonical entity across articles and languages."""

    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    type: Mapped[str] = mapped_column(String(16), nullable=False)
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (UniqueConstraint("key", name="uq_entities_key"),)


class AliasRow(Base):
    __tablename__ = "entity_aliases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), nullable=False)
    alias: Mapped[str] = mapped_column(Text, nullable=False)
    norm: Mapped[str] = mapped_column(String(300), nullable=False)
    language: Mapped[str | None] = mapped_column(String(16))
    __table_args__ = (
        Index("ix_aliases_norm", "norm"),
        Index("ix_aliases_entity", "entity_id"),
        UniqueConstraint("entity_id", "norm", name="uq_alias_entity_norm"),
    )


class MentionRow(Base):
    """One article-local entity: its name as written there, its spans, and its canonical entity."""

    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)
    local_id: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    type: Mapped[str] = mapped_column(String(16), nullable=False)
    aliases: Mapped[list] = mapped_column(JSON, default=list)
    spans: Mapped[list] = mapped_column(JSON, default=list)
    count: Mapped[int] = mapped_column(Integer, default=0)
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"))
    __table_args__ = (
        Index("ix_mentions_article", "article_id"),
        Index("ix_mentions_entity", "entity_id"),
    )


class QuoteRow(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    speaker: Mapped[str | None] = mapped_column(Text)
    speaker_entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"))
    via: Mapped[list] = mapped_column(JSON, default=list)
    cue: Mapped[str | None] = mapped_column(String(100))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        Index("ix_quotes_article", "article_id"),
        Index("ix_quotes_speaker_entity", "speaker_entity_id"),
    )


class QuantityRow(Base):
    __tablename__ = "quantities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    unit: Mapped[str | None] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(16), nullable=False)
    approx: Mapped[bool] = mapped_column(Boolean, default=False)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (Index("ix_quantities_article", "article_id"),)


class ClaimRow(Base):
    """A claim as extracted, plus its normalised 'about' key filled by rebuild_corpus."""

    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    origin: Mapped[str] = mapped_column(String(16), default="claim")  # claim | quote
    source: Mapped[str | None] = mapped_column(Text)
    source_entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"))
    via: Mapped[list] = mapped_column(JSON, default=list)
    subject: Mapped[str | None] = mapped_column(Text)
    subject_entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"))
    predicate: Mapped[str] = mapped_column(String(200), nullable=False)
    object: Mapped[str | None] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(100))
    category: Mapped[str | None] = mapped_column(String(16))
    stance: Mapped[str] = mapped_column(String(24), nullable=False)
    hedged: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[str] = mapped_column(Text, default="")
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    quote_position: Mapped[int | None] = mapped_column(Integer)
    # normalised by corpus/claims.py
    source_key: Mapped[str | None] = mapped_column(String(300))
    predicate_class: Mapped[str | None] = mapped_column(String(100))
    measure: Mapped[str | None] = mapped_column(String(100))
    topic_key: Mapped[str | None] = mapped_column(String(400))  # subject|predicate|object
    about_key: Mapped[str | None] = mapped_column(String(500))  # topic + measured thing
    about: Mapped[str | None] = mapped_column(Text)  # human-readable
    # the question this row answers (corpus/questions.py); about_key holds its key. A claim with
    # several figures is one row per figure that answers a measure question.
    question_kind: Mapped[str | None] = mapped_column(String(16))  # measure | proposition
    as_of: Mapped[str | None] = mapped_column(String(10))  # the day a toll is counted as of
    approx: Mapped[str | None] = mapped_column(String(8))  # lower | upper | about
    dimension: Mapped[str | None] = mapped_column(String(16))  # count, percent, money, ...
    __table_args__ = (
        Index("ix_claims_article", "article_id"),
        Index("ix_claims_about_key", "about_key"),
        Index("ix_claims_subject_entity", "subject_entity_id"),
        Index("ix_claims_source_entity", "source_entity_id"),
        Index("ix_claims_stance", "stance"),
        Index("ix_claims_question_kind", "question_kind"),
    )


class StoryRow(Base):
    __tablename__ = "stories"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    first: Mapped[str | None] = mapped_column(String(10))
    last: Mapped[str | None] = mapped_column(String(10))
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    conflict_count: Mapped[int] = mapped_column(Integer, default=0)
    outlets: Mapped[list] = mapped_column(JSON, default=list)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    __table_args__ = (Index("ix_stories_last", "last"),)


class StoryArticleRow(Base):
    __tablename__ = "story_articles"
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    __table_args__ = (Index("ix_story_articles_article", "article_id"),)


class ConflictRow(Base):
    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    about: Mapped[str] = mapped_column(Text, nullable=False)
    about_key: Mapped[str] = mapped_column(String(500), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    language: Mapped[str | None] = mapped_column(String(16))
    __table_args__ = (Index("ix_conflicts_story", "story_id"),)


class ConflictClaimRow(Base):
    __tablename__ = "conflict_claims"
    conflict_id: Mapped[int] = mapped_column(ForeignKey("conflicts.id", ondelete="CASCADE"), primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (Index("ix_conflict_claims_claim", "claim_id"),)


# -- the incremental corpus (corpus/incremental.py): what story clustering has seen so far ----------
class StoryNodeRow(Base):
    """An article the story clustering has taken in (every stored article that is not a copy), with
    the scores of its strongest links so far (the mutual-K floor of corpus/stories.py)."""

    __tablename__ = "story_nodes"
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    top: Mapped[list] = mapped_column(JSON, default=list)


class StoryTermRow(Base):
    """Document frequency of an entity key ("e KEY") or word ("w WORD") over the nodes."""

    __tablename__ = "story_terms"
    term: Mapped[str] = mapped_column(String(400), primary_key=True)
    df: Mapped[int] = mapped_column(Integer, nullable=False)


class StoryPostingRow(Base):
    """Nodes naming an entity, by day: the candidates an article is compared with."""

    __tablename__ = "story_postings"
    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    day: Mapped[int] = mapped_column(Integer, primary_key=True)  # ordinal day, 0 when unknown
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


class StoryLinkRow(Base):
    """A link between two nodes (a < b) found when b was taken in; stories are their components."""

    __tablename__ = "story_links"
    a: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    b: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    score: Mapped[float] = mapped_column(Float, nullable=False)
    __table_args__ = (Index("ix_story_links_b", "b"),)


class CorpusStateRow(Base):
    """Counters of the incremental corpus: `watermark` (the last article id taken in), `nodes`."""

    __tablename__ = "corpus_state"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, nullable=False)


metadata = Base.metadata

