"""The trained entity model shipped with warta, added in front of the rule layer.

`MODELS` maps a language code to the packaged spaCy pipeline folder (tok2vec + ner, trained by
scripts/train_ner.sh; see docs/id_ner_model.md). `add_model(nlp)` adds it to a warta pipeline
as one step (`EntityModel`, "warta_entity_model") that runs it on the stretches of text that can hold a
name and writes `doc.ents`; the folder is read once per process, on the first pipeline that asks for it,
so `import warta` stays cheap and the rules-only mode (ner="rules") never loads it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

MODELS_ROOT = Path(__file__).resolve().parent.parent / "models"
MODELS = {"id": MODELS_ROOT / "id_ner"}
MODEL_DIR = MODELS["id"]


def has_model(lang: str) -> bool:
    path = MODELS.get(lang)
    return path is not None and (path / "config.cfg").is_file()


@cache
def _load(lang: str) -> Language:
    import spacy

    from warta.nlp import tokenizer  # noqa: F401 - registers warta.news_tokenizer.v1

    # warta's own tokenizer: spaCy's Indonesian one builds ~16,000 special cases (seconds) and
    # the model only ever sees warta's tokens
    config = {"nlp": {"tokenizer": {"@tokenizers": "warta.news_tokenizer.v1"}}}
    return spacy.load(MODELS[lang], exclude=["tokenizer"], config=config)


# Tokens of context the model reads on each side of a capitalised word. The encoder sees three
# tokens each side (depth 3, window 1), so with three a capitalised word's vector is exactly
# what the whole sentence gives; the lowercase stretches further away cannot be names.
CONTEXT = 3
GAP = "."  # read between two kept stretches of one sentence, so that neither sees the other


class EntityModel:
    """The model as one pipeline step that reads only the stretches of text that can hold a
    name: the tokens within CONTEXT of a capitalised word, in sentences with a capitalised word
    after their first (a lone capital opening a sentence is no evidence the model's mentions
    may use, see entity_model.model_mentions). On news text this is about three fifths of the
    tokens; the model's cost grows with the tokens it reads."""

    def __init__(self, model: Language, context: int = CONTEXT):
        self.model = model
        self.context = context

    def __call__(self, doc):
        toks = list(doc)
        index = model_tokens(doc, self.context, toks)  # token of doc for each token read; -1: a gap
        words = [GAP if i < 0 else toks[i].text for i in index]
        spaces = [True if i < 0 else bool(toks[i].whitespace_) for i in index]
        starts = [False if i < 0 else toks[i].is_sent_start for i in index]
        # one pass over all the stretches: a call per sentence costs more than it saves
        parsed = self.model(Doc(self.model.vocab, words=words, spaces=spaces, sent_starts=starts))
        ents = []
        for e in parsed.ents:
            first, last = index[e.start], index[e.end - 1]
            if first >= 0 and last >= 0 and last - first == e.end - 1 - e.start:
                ents.append(Span(doc, first, last + 1, label=e.label_))
        doc.set_ents(ents, default="outside")
        return doc


def model_tokens(doc, context: int = CONTEXT, toks: list | None = None) -> list[int]:
    """The doc's tokens the model reads, in order, with -1 for a gap between two stretches
    that are not adjacent in the text; the headline is never read (its capitals are no
    evidence of a name)."""
    toks = list(doc) if toks is None else toks
    caps = [t.i for t in toks if t.text[:1].isupper()]
    title = doc._.warta_title_span or (-1, -1)
    index: list[int] = []
    k = 0
    for s in doc.sents:
        start, end = s.start, s.end
        first = k
        while k < len(caps) and caps[k] < end:
            k += 1
        if title[0] <= s.start_char < title[1] or k == first or caps[first:k] == [start]:
            continue
        for i in caps[first:k]:
            lo, hi = max(start, i - context), min(end, i + context + 1)
            if index and index[-1] >= lo:
                lo = index[-1] + 1
            elif index and index[-1] != lo - 1:
                index.append(-1)  # the stretches were not adjacent in the text
            index.extend(range(lo, hi))
    return index


def add_model(nlp: Language, *, before: str | None = None) -> bool:
    """Add the language's model (tok2vec + ner, as one step) to `nlp`; False if it has none."""
    if not has_model(nlp.lang):
        return False
    nlp.add_pipe("warta_entity_model", before=before)
    return True


@Language.factory("warta_entity_model", assigns=["doc.ents"])
def make_entity_model(nlp: Language, name: str) -> EntityModel:
    return EntityModel(_load(nlp.lang))
