"""Build the spaCy pipeline for a language: news tokenizer, sentence splitter, warta components.

`build_nlp(lang)` is the only place that knows the order of components; `get_nlp` caches one
pipeline per language per process.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

# Importing these modules registers the Doc extensions and the component factories.
from warta.components import claims, coref, entities, quantities, quotes  # noqa: F401
from warta.lang import get_resources
from warta.nlp import annotations, sentences, tokenizer  # noqa: F401
from warta.nlp.ner import add_model

# Pipeline order follows the data: who is named → who they are → numbers → who said what → claims.
COMPONENTS = (
    "warta_sentences",
    "warta_entities",
    "warta_coref",
    "warta_quantities",
    "warta_quotes",
    "warta_claims",
)
MAX_DOC_CHARS = 200_000_000


def build_nlp(lang: str, *, components: tuple[str, ...] = COMPONENTS, ner: str = "rules") -> Language:
    """A blank spaCy pipeline for `lang` ("id", "en" or any other code spaCy knows)
    with warta's tokenizer and the given components. Languages without warta
    resources get tokenisation and sentences only. With ner="model", the language's trained
    entity model (if warta ships one) runs before the entity rules, which refine what it finds."""
    config = {"nlp": {"tokenizer": {"@tokenizers": "warta.news_tokenizer.v1"}}}
    try:
        nlp = spacy.blank(lang, config=config)
    except (ImportError, KeyError, ValueError):
        nlp = spacy.blank("xx", config=config)
    # No parser or NER model is loaded, so spaCy's 1M-character guard does not apply; input size
    # is limited earlier by ExtractOptions.max_bytes.
    nlp.max_length = MAX_DOC_CHARS
    has_resources = get_resources(nlp.lang) is not None
    for name in components:
        if name != "warta_sentences" and not has_resources:
            continue
        nlp.add_pipe(name)
    if ner == "model" and has_resources and "warta_entities" in nlp.pipe_names:
        add_model(nlp, before="warta_entities")
    return nlp


@cache
def get_nlp(lang: str, ner: str = "rules") -> Language:
    """The cached full pipeline for a language code and entity mode ("model" or "rules")."""
    return build_nlp(lang, ner=ner)
