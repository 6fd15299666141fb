"""Placeholder for the warta_quantities component (being written)."""

from spacy.language import Language


@Language.factory("warta_quantities")
def make_quantities(nlp, name):
    def component(doc):
        if getattr(doc._, "warta_quantities") is None:
            setattr(doc._, "warta_quantities", [])
        return doc

    return component
