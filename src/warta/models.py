"""Public data contract: the pydantic models that `warta extract` emits, one Article per page.

Every extracted span carries `[start, end)` character offsets into `Article.text`, which is the
decoded input for text pages and the text extracted from the markup for HTML pages.
`schema/article.schema.json` is generated from these models (`warta schema`); a test fails when
they disagree. Bump SCHEMA_VERSION on any incompatible change.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

Offsets = tuple[int, int]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC"]
QuoteKind = Literal["direct", "indirect"]
Stance = Literal["asserts", "denies", "unconfirmed", "refuses_to_confirm", "warns"]
QuantityCategory = Literal[
    "troops", "people", "money", "percent", "count", "distance", "weight", "duration", "other"
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Dateline(_Model):
    """Where and by whom the story was filed, as written ("JAKARTA, KOMPAS.com —")."""

    place: str | None = None
    outlet: str | None = None
    span: Offsets | None = Field(None, description="offsets of the whole dateline text")


class RemovedLine(_Model):
    """A raw line (or line prefix) that is not part of the article, and why it was removed."""

    text: str
    reason: str = Field(
        description="e.g. navigation, read_more, share, view_counter, comments, "
        "copyright, related, advertisement, credit_code, caption, tags, date, editor"
    )
    span: Offsets


class Entity(_Model):
    """A person, organisation or place, with every in-article form that refers to it."""

    id: str = Field(description="article-local id, e.g. 'e3'")
    name: str = Field(description="the fullest form the article uses")
    type: EntityType
    aliases: list[str] = Field(default_factory=list, description="other forms used for it")
    mentions: list[Offsets] = Field(default_factory=list)


class Quote(_Model):
    """One attributed statement: who said it, with which cue word, through whom it reached us."""

    kind: QuoteKind
    text: str = Field(description="the quoted or reported content, without marks")
    span: Offsets
    speaker: str | None = Field(None, description="entity name of the speaker")
    speaker_id: str | None = Field(None, description="Entity.id of the speaker")
    speaker_span: Offsets | None = Field(None, description="the speaker mention at this quote")
    cue: str | None = Field(None, description="reporting word as written ('kata', 'said')")
    cue_span: Offsets | None = None
    via: list[str] = Field(default_factory=list, description="relay chain, nearest first")


class Quantity(_Model):
    """A counted or measured amount with its unit noun as written."""

    text: str
    value: float
    unit: str | None = None
    category: QuantityCategory = "other"
    approx: bool = False
    upper: float | None = Field(None, description="upper bound of a range ('10-15 orang')")
    span: Offsets


Approximation = Literal["lower", "upper", "about"]


class QuestionRef(_Model):
    """The question a figure answers, as warta.corpus.questions reads it: what is measured, in
    which unit dimension, counted as of which day, where and for whom. Answers with the same
    `key` in one story answer one question."""

    kind: Literal["measure", "proposition"]
    key: str
    label: str = Field(description="the question in words, in the article's language")
    measure: str | None = Field(None, description="what is counted or measured: dead, missing, displaced, troops, ...")
    dimension: str | None = Field(None, description="people, household, count, percent, money, length, area, ...")
    as_of: str | None = Field(None, description="ISO day a toll is counted as of")
    place: str | None = Field(None, description="cross-article key of the place a figure is tied to")
    party: str | None = Field(None, description="cross-article key of whose share it is")
    qualifiers: list[str] = Field(default_factory=list, description="planned (a target), special (an elite unit)")


class Answer(_Model):
    """One figure of a claim as an answer to a measure question."""

    question: QuestionRef
    value: float
    unit: str | None = None
    approx: Approximation | None = Field(None, description="lower: 'more than'; upper: 'nearly'; about")
    quantity: int | None = Field(None, description="index into Article.quantities")


class Claim(_Model):
    """A proposition a reader would track across outlets, with its source and stance. `answers`
    lists each figure in it that answers a measure question; a claim without answers is a
    proposition (whether something is so) the corpus lines up by what it says."""

    source: str | None
    via: list[str] = Field(default_factory=list)
    subject: str | None = None
    predicate: str
    object: str | None = None
    value: float | None = None
    unit: str | None = None
    quantities: list[int] = Field(default_factory=list, description="indexes into Article.quantities")
    stance: Stance
    hedged: bool = False
    evidence: str
    evidence_span: Offsets
    quote: int | None = Field(None, description="index into Article.quotes this claim comes from")
    answers: list[Answer] = Field(default_factory=list, description="measure questions its figures answer")


class Article(_Model):
    """Everything warta extracts from one news page."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="content hash of the decoded input (sha1, 16 hex)")
    source: str | None = Field(None, description="input path, URL or '-' for stdin")
    language: str | None = None
    language_confidence: float | None = None
    input_format: Literal["text", "html"] = "text"
    encoding: str | None = None
    title: str | None = None
    title_span: Offsets | None = None
    dateline: Dateline = Field(default_factory=Dateline)
    published: str | None = Field(None, description="ISO date (YYYY-MM-DD) or datetime stated by the page")
    author: str | None = None
    editor: str | None = None
    outlet: str | None = Field(None, description="site or outlet name when the page states it")
    url: str | None = None
    tags: list[str] = Field(default_factory=list)
    paragraphs: list[str] = Field(default_factory=list)
    paragraph_spans: list[Offsets] = Field(default_factory=list)
    boilerplate: list[str] = Field(default_factory=list, description="removed lines, in order")
    removed: list[RemovedLine] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: str = Field("", description="the text every span points into")


class ExtractError(_Model):
    """The record written for an input that could not be processed."""

    schema_version: str = SCHEMA_VERSION
    source: str | None
    error: str
    error_type: str
