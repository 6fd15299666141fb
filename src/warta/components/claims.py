"""Placeholder for the warta_claims component (being written)."""

from spacy.language import Language


@Language.factory("warta_claims")
def make_claims(nlp, name):
    def component(doc):
        if getattr(doc._, "warta_claims") is None:
            setattr(doc._, "warta_claims", [])
        return doc

    return component
