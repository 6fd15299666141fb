"""The trained entity model shipped with warta, added in front of the rule layer.

`MODELS` maps a language code to the packaged spaCy pipeline folder (tok2vec + ner, trained by
scripts/train_ner.sh; see docs/id_ner_model.md). `add_model(nlp)` adds it to a warta pipeline
as one step (`EntityModel`, "warta_entity_model") that runs it on the sentences that can hold a
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


class EntityModel:
    """The model as one pipeline step that reads only the sentences that can hold a name: one
    with a capitalised word after its first word (a lone capital opening a sentence is no
    evidence the model's mentions may use, see entity_model.model_mentions); on news text this
    skips about a fifth of the tokens."""

    def __init__(self, model: Language):
        self.model = model

    def __call__(self, doc):
        title = doc._.warta_title_span or (-1, -1)
        index: list[int] = []  # token of doc for each token the model reads
        for s in doc.sents:
            if not title[0] <= s.start_char < title[1] and any(t.text[:1].isupper() for t in s[1:]):
                index.extend(range(s.start, s.end))
        # one pass over the kept sentences together: a call per sentence costs more than it saves
        words = [doc[i].text for i in index]
        spaces = [bool(doc[i].whitespace_) for i in index]
        parsed = self.model(Doc(self.model.vocab, words=words, spaces=spaces,
                                sent_starts=[doc[i].is_sent_start for i in index]))
        ents = [Span(doc, index[e.start], index[e.end - 1] + 1, label=e.label_) for e in parsed.ents
                if index[e.end - 1] - index[e.start] == e.end - 1 - e.start]
        doc.set_ents(ents, default="outside")
        return doc


def add_model(nlp: Language, *, before: str | None = None) -> bool:
    """Add the language's model (tok2vec + ner, as one step) to `nlp`; False if it has none."""
    if not has_model(nlp.lang):
        return False
    nlp.add_pipe("warta_entity_model", before=before)
    return True


@Language.factory("warta_entity_model", assigns=["doc.ents"])
def make_entity_model(nlp: Language, name: str) -> EntityModel:
    return EntityModel(_load(nlp.lang))
