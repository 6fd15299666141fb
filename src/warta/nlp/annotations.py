"""Plain dataclasses the pipeline components attach to a spaCy Doc.

Components write these into Doc extensions (see `register_extensions`); only `extract.py`
turns them into the public pydantic models. All offsets are character offsets into
`doc.text`, which is the article text with non-article lines blanked out (same length), so
they are also offsets into `Article.text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc


@dataclass(slots=True)
class Mention:
    """One place in the text that refers to an entity."""

    start: int
    end: int
    text: str
    # name (full name), alias (short form, acronym, capital-for-country), title (role used as
    # a name: "Sekjen NATO"), description (coreferent noun phrase: "kementerian itu",
    # "juru bicara itu", "the ministry"), pronoun ("dia", "-nya", "he").
    kind: str = "name"


@dataclass(slots=True)
class EntityCluster:
    """An entity and all its mentions in one article."""

    id: str
    name: str
    type: str  # PERSON, ORG, GPE, LOC
    mentions: list[Mention] = field(default_factory=list)

    def aliases(self) -> list[str]:
        """Surface forms other than `name` used as names (not pronouns or descriptions)."""
        seen, out = {self.name}, []
        for m in self.mentions:
            if m.kind in ("alias", "title", "name") and m.text not in seen:
                seen.add(m.text)
                out.append(m.text)
        return out


@dataclass(slots=True)
class QuantityFound:
    start: int
    end: int
    text: str
    value: float
    unit: str | None
    category: str
    approx: bool = False
    upper: float | None = None


@dataclass(slots=True)
class QuoteFound:
    kind: str  # direct | indirect
    start: int
    end: int
    text: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None  # entity name
    speaker_id: str | None = None  # EntityCluster.id
    speaker_start: int | None = None
    speaker_end: int | None = None
    via: list[str] = field(default_factory=list)  # entity names, nearest first
    via_ids: list[str | None] = field(default_factory=list)
    # stance words found around the cue (e.g. "membantah", "denied") for the claims step
    stance: str | None = None
    hedged: bool = False


@dataclass(slots=True)
class ClaimFound:
    source: str | None
    predicate: str
    stance: str
    evidence_start: int
    evidence_end: int
    evidence: str
    via: list[str] = field(default_factory=list)
    subject: str | None = None
    object: str | None = None
    value: float | None = None
    unit: str | None = None
    quantities: list[int] = field(default_factory=list)  # indexes into doc._.warta_quantities
    hedged: bool = False
    quote: int | None = None  # index into doc._.warta_quotes


EXTENSIONS = {
    "warta_title_span": None,  # (start, end) of the headline in doc.text, or None
    "warta_body_start": 0,  # offset where the body begins (quotes are not looked for before it)
    "warta_entities": None,  # list[EntityCluster]
    "warta_quantities": None,  # list[QuantityFound]
    "warta_quotes": None,  # list[QuoteFound]
    "warta_claims": None,  # list[ClaimFound]
    "warta_outlet": None,  # outlet name from the dateline/site, for unattributed claims
}


def doc_text(doc: Doc) -> str:
    """doc.text, built once per doc: spaCy rebuilds it from every token on each access, and each
    component reads it. Cached in `user_data["warta_text"]` as (token count, text)."""
    cached = doc.user_data.get("warta_text")
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    doc.user_data["warta_text"] = (len(doc), text)
    return text


def register_extensions() -> None:
    """Register the Doc extensions once (idempotent)."""
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
