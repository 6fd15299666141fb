"""Placeholder for the warta_coref component (being written)."""

from spacy.language import Language


@Language.factory("warta_coref")
def make_coref(nlp, name):
    def component(doc):
        if getattr(doc._, "warta_entities") is None:
            setattr(doc._, "warta_entities", [])
        return doc

    return component
