"""Sentence splitter for news text (placeholder: spaCy's sentencizer plus newlines)."""

from spacy.language import Language


@Language.component("warta_sentences")
def split_sentences(doc):
    for i, tok in enumerate(doc):
        if i == 0:
            tok.is_sent_start = True
        elif "\n" in doc[i - 1].text or doc[i - 1].text in {".", "!", "?"}:
            tok.is_sent_start = True
        else:
            tok.is_sent_start = False
    return doc
