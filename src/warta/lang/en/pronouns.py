"""English pronouns and the description nouns that refer back to a named entity
("the ministry", "the spokesman")."""

from __future__ import annotations

PERSONAL_PRONOUNS: tuple[str, ...] = ("he", "she", "him", "her", "his")

DEMONSTRATIVES_AFTER: tuple[str, ...] = ()
# Determiners before a noun ("the ministry"): the noun phrase refers back.
DEMONSTRATIVES_BEFORE: tuple[str, ...] = ("the", "this", "that")

DESCRIPTION_NOUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ministry": ("ORG", ("ministry", "department")),
    "agency": ("ORG", ("agency", "service")),
    "spy agency": ("ORG", ("intelligence",)),
    "company": ("ORG", ("motors", "inc", "corp", "group", "company", "securities", "holdings")),
    "automaker": ("ORG", ("motors", "auto")),
    "carmaker": ("ORG", ("motors", "auto")),
    "bank": ("ORG", ("bank",)),
    "central bank": ("ORG", ("bank", "reserve")),
    "union": ("ORG", ("union", "united", "workers")),
    "committee": ("ORG", ("committee",)),
    "council": ("ORG", ("council",)),
    "board": ("ORG", ("board",)),
    "court": ("ORG", ("court",)),
    "party": ("ORG", ("party",)),
    "fund": ("ORG", ("fund",)),
    "spokesman": ("PERSON", ("spokesman", "spokesperson")),
    "spokeswoman": ("PERSON", ("spokeswoman", "spokesperson")),
    "minister": ("PERSON", ("minister",)),
    "governor": ("PERSON", ("governor",)),
    "president": ("PERSON", ("president",)),
    "ambassador": ("PERSON", ("ambassador",)),
}
