"""The trained entity model shipped with warta, added in front of the rule layer.

`MODELS` maps a language code to the packaged spaCy pipeline folder (tok2vec + ner, trained by
scripts/train_ner.sh; see docs/id_ner_model.md). `add_model(nlp)` sources its components into
a warta pipeline; the folder is read once per process, on the first pipeline that asks for it,
so `import warta` stays cheap and the rules-only mode (ner="rules") never loads it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.language import Language

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


def add_model(nlp: Language, *, before: str | None = None) -> bool:
    """Source the language's model components (tok2vec, ner) into `nlp`; False if it has none."""
    if not has_model(nlp.lang):
        return False
    model = _load(nlp.lang)
    if model.vocab.vectors.shape[0] and nlp.vocab.vectors.shape[0] == 0:
        # the model's static word vectors travel with its components (the rules use none)
        nlp.vocab.vectors = model.vocab.vectors
    for name in model.pipe_names:
        nlp.add_pipe(name, source=model, before=before)
    return True
