"""News tokenizer (placeholder until the tokenizer work lands: spaCy's default rules)."""

from spacy.language import Language
from spacy.tokenizer import Tokenizer


def make_news_tokenizer(nlp: Language) -> Tokenizer:
    return nlp.tokenizer
