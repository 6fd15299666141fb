"""Indonesian language resources: a table of contents over the modules beside this file."""

from warta.lang.base import LanguageResources
from warta.lang.id import chrome, corpus, dates, measures, numbers, places, pronouns, reporting, titles, units


class IndonesianResources(LanguageResources):
    code = "id"
    name = "Indonesian"
    numbers = numbers
    units = units
    dates = dates
    chrome = chrome
    titles = titles
    places = places
    reporting = reporting
    pronouns = pronouns
    corpus = corpus
    measures = measures
    decimal_mark = ","
    group_mark = "."


RESOURCES = IndonesianResources()
