"""Placeholder for the warta_quotes component (being written)."""

from spacy.language import Language


@Language.factory("warta_quotes")
def make_quotes(nlp, name):
    def component(doc):
        if getattr(doc._, "warta_quotes") is None:
            setattr(doc._, "warta_quotes", [])
        return doc

    return component
