"""Placeholder for the warta_entities component (being written)."""

from spacy.language import Language


@Language.factory("warta_entities")
def make_entities(nlp, name):
    def component(doc):
        if getattr(doc._, "warta_entities") is None:
            setattr(doc._, "warta_entities", [])
        return doc

    return component
