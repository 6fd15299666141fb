"""Mentions of the entity recogniser and their clustering: a `Found` is one recognised mention
before clustering; `cluster` makes one EntityCluster per (type, key), and `upstream_ents` takes
the entities an upstream NER put in `doc.ents` that no rule found."""

from __future__ import annotations

from dataclasses import dataclass

from warta.nlp.annotations import EntityCluster, Mention

LABELS = ("PERSON", "ORG", "GPE", "LOC")
UPSTREAM_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC",
                   "FAC": "LOC"}


@dataclass(slots=True)
class Found:
    """One recognised mention before clustering."""

    start: int
    end: int
    text: str
    type: str | None
    key: str
    kind: str = "name"
    title: str | None = None
    cue: bool = False
    single: bool = False
    forms: tuple[str, ...] = ()  # further names of the entity, not contiguous in the text
    weak: bool = False  # typed from capitals alone (no title, cue, gazetteer or known name)



def upstream_ents(doc, found: list[Found]) -> list[Found]:
    """Entities an upstream NER put in doc.ents that no rule found."""
    out: list[Found] = []
    if not doc.has_annotation("ENT_IOB"):
        return out
    taken = [(f.start, f.end) for f in found]
    for ent in doc.ents:
        label = UPSTREAM_LABELS.get(ent.label_)
        if label is None:
            continue
        s, e = ent.start_char, ent.end_char
        if any(s < te and ts < e for ts, te in taken):
            continue
        out.append(Found(s, e, ent.text, label, ent.text))
    return out



def cluster(found: list[Found], extra: list[Found] = ()) -> list[EntityCluster]:
    """One cluster per (type, key), ids in order of first mention; nested mentions dropped."""
    items = sorted([f for f in list(found) + list(extra) if f.type in LABELS],
                   key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Found] = []
    last_end = -1
    for f in items:
        if f.start < last_end:
            continue  # nested in a longer mention ("PBB" in "Dewan Keamanan PBB")
        kept.append(f)
        last_end = f.end
    clusters: dict[tuple[str, str], EntityCluster] = {}
    for f in kept:
        key = (f.type, f.key)
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = EntityCluster(f"e{len(clusters) + 1}", f.key, f.type)
        kind = f.kind if f.kind != "name" or f.text == f.key else "alias"
        c.mentions.append(Mention(f.start, f.end, f.text, kind))
        c.mentions.extend(Mention(f.start, f.end, form, "alias") for form in f.forms)
    return list(clusters.values())

