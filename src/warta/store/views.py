"""Pydantic read models the Store returns (the API and web UI render these)."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from warta.models import Article

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page)) if self.per_page else 1


class SkippedInput(BaseModel):
    source: str | None
    reason: str


class IngestReport(BaseModel):
    ingested: int = 0
    duplicates: int = 0  # same content hash already stored (or twice in the input)
    near_duplicates: int = 0  # stored, linked to their original
    updated: int = 0  # stored as a new version of an article already stored (same URL/source)
    skipped: list[SkippedInput] = Field(default_factory=list)
    article_ids: list[int] = Field(default_factory=list)

    def merge(self, other: IngestReport) -> None:
        self.ingested += other.ingested
        self.duplicates += other.duplicates
        self.near_duplicates += other.near_duplicates
        self.updated += other.updated
        self.skipped.extend(other.skipped)
        self.article_ids.extend(other.article_ids)


class ArticleSummary(BaseModel):
    id: int
    title: str | None
    source: str | None
    url: str | None = None
    outlet: str | None
    language: str | None
    published: str | None
    story_id: int | None = None
    near_duplicate_of: int | None = None
    snippet: str | None = None
    version: int = Field(1, description="1 for the first text seen at this address, then 2, 3, ...")
    superseded_by: int | None = Field(None, description="the next version's id; null on the current version")


class ArticleVersion(BaseModel):
    """One version of an article (same URL or source, new content), with what changed from the one before."""

    id: int
    version: int
    current: bool
    title: str | None
    published: str | None
    ingested_at: str | None
    removed_figures: list[str] = Field(default_factory=list, description="figures the previous version had")
    added_figures: list[str] = Field(default_factory=list, description="figures new in this version")
    title_before: str | None = Field(None, description="the previous version's title, when it changed")


class ArticleDetail(ArticleSummary):
    record: Article
    duplicates: list[int] = Field(default_factory=list, description="near-duplicate copies of this article")
    entity_ids: dict[str, int] = Field(
        default_factory=dict,
        description="the article's local entity ids (record.entities[].id, e.g. 'e3') -> canonical entity ids")
    story_title: str | None = Field(None, description="title of the story the article belongs to")
    versions: list[ArticleVersion] = Field(default_factory=list, description="every version, oldest first")


class StorySummary(BaseModel):
    id: int
    title: str | None
    first: str | None
    last: str | None
    outlets: list[str]
    languages: list[str]
    article_count: int
    conflict_count: int


class ClaimView(BaseModel):
    id: int
    article_id: int
    article: str | None = Field(description="source path of the article")
    origin: str = "claim"
    source: str | None
    via: list[str]
    subject: str | None
    predicate: str
    object: str | None
    value: float | None
    unit: str | None
    stance: str
    hedged: bool
    evidence: str
    evidence_span: tuple[int, int] | None
    published: str | None
    outlet: str | None
    language: str | None
    about: str | None
    about_key: str | None
    near_duplicate_of: int | None = None
    source_name: str | None = Field(None, description="the source's canonical name (as `warta entity` shows it)")
    subject_name: str | None = Field(None, description="the subject's canonical name")
    question_kind: str | None = Field(None, description="measure (the row answers a how-many question) or proposition")


class ConflictClaim(BaseModel):
    """One answer in a conflict: who gave it (through whom), what, when, where, and the evidence."""

    claim_id: int
    article: str | None
    article_id: int
    source: str | None
    via: list[str]
    value: float | None
    stance: str
    published: str | None
    evidence: str
    evidence_span: tuple[int, int] | None
    outlet: str | None
    language: str | None
    unit: str | None = None
    approx: str | None = Field(None, description="lower ('more than'), upper ('nearly'), about")
    title: str | None = Field(None, description="the article's title, to name the evidence by")
    subject: str | None = Field(None, description="who or what the statement is about (a proposition's subject)")
    predicate: str | None = Field(None, description="the statement's predicate id ('send_troops'; 'states' for none)")
    object: str | None = Field(None, description="the proposition's object")


class QuestionView(BaseModel):
    """The question a conflict is about (warta.corpus.questions)."""

    kind: str = Field(description="measure (how many / how much) or proposition (whether)")
    key: str
    label: str = Field(description="in the main language of the conflict's answers")
    labels: dict[str, str] = Field(default_factory=dict, description="the label in each language of the answers")
    measure: str | None = None
    dimension: str | None = None
    as_of: str | None = None
    place: str | None = None
    party: str | None = None


class AnswerSide(BaseModel):
    """Sources that give one answer (figures compatible with each other, or one stance)."""

    answer: str = Field(description="the figure (with its approximation) or the stance")
    value: float | None = None
    stance: str | None = None
    sources: list[str]
    articles: int = Field(description="how many articles carry this answer")


class ConflictView(BaseModel):
    id: int
    about: str
    about_key: str
    kind: str
    story: int | None
    language: str | None = Field(None, description="set when the conflict is one language's coverage")
    claims: list[ConflictClaim]
    question: QuestionView | None = None
    sides: list[AnswerSide] = Field(default_factory=list, description="the answers given, each with its sources; "
                                    "a side with two or more sources is what they agree on")


class FigurePoint(BaseModel):
    date: str | None
    value: float
    source: str | None
    article_id: int
    stance: str


class FigureSeries(BaseModel):
    about: str
    about_key: str
    unit: str | None
    points: list[FigurePoint]


class StoryDetail(StorySummary):
    articles: list[ArticleSummary]
    claims: list[ClaimView]
    conflicts: list[ConflictView]
    figures: list[FigureSeries]


class AliasView(BaseModel):
    alias: str
    language: str | None


class QuoteView(BaseModel):
    article_id: int
    article: str | None
    kind: str
    text: str
    speaker: str | None
    via: list[str]
    published: str | None


class EntityDetail(BaseModel):
    id: int
    name: str
    type: str
    aliases: list[AliasView]
    article_count: int
    articles: list[ArticleSummary]
    quotes: list[QuoteView] = Field(description="what it said (quotes with it as speaker)")
    statements_by: list[ClaimView]
    statements_about: list[ClaimView]


class SearchHit(BaseModel):
    article_id: int
    title: str | None
    snippet: str
    source: str | None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    score: float = 0.0
