"""English words the corpus layer reads when it lines up claims across articles: the unit
words a claim's written unit is recognised by, future-target and special-forces markers,
fallback denial and refusal cues, sub-national place words, and the words that make a claim
"source" extraction debris. The corpus is cross-lingual: it uses the union over languages."""

from __future__ import annotations

# Unit words that say what a claim's figure counts, matched as the start of the written unit
# ("troops", "soldiers") or as one of its words. Each word's category comes from units.UNITS
# (or, for a currency sign, from the unit units.CURRENCIES names), save CLAIM_UNIT_OVERRIDES.
CLAIM_UNITS: tuple[str, ...] = (
    "troop", "soldier", "personnel", "brigade",
    "percent", "%", "per cent",
    "rupiah", "dollar", "$", "usd", "won", "euro", "yen",
    "people", "person", "workers", "residents", "members",
)
# On a claim, "500 personnel" (of an army) is a troop count; units.txt counts personnel as people.
CLAIM_UNIT_OVERRIDES: dict[str, str] = {"personnel": "troops"}

# A figure for a future target is a different thing from a figure for now ("by December").
PLANNED_MARKERS: tuple[str, ...] = (
    "plan", "plans", "planned", "intend", "intends", "intended", "target",
    "by january", "by february", "by march", "by april", "by may", "by june", "by july", "by august",
    "by september", "by october", "by november", "by december", "by the end of", "by year-end",
)
# Words that mark an elite unit: "1,500 special forces" is not the same figure as "12,000 troops".
# A space matches any one character ("special-forces", "special_forces").
SPECIAL_UNIT_WORDS: tuple[str, ...] = ("special forces", "elite")

# A quote cue starting with one of these denies ("denied", "dismissed").
DENY_CUE_PREFIXES: tuple[str, ...] = ("deny", "denies", "denied", "dismiss", "rejected")
# A quote or cue containing one of these declines to confirm.
REFUSE_CUES: tuple[str, ...] = ("declined to", "refused to")

# A name starting with one of these is a place below country level ("District of Columbia")...
PLACE_HEAD_WORDS: tuple[str, ...] = (
    "district", "province", "county", "village", "city", "region", "river", "mount", "island",
)
# ...or ending with one of these ("Kursk region", "Belgorod oblast").
PLACE_TAIL_WORDS: tuple[str, ...] = (
    "district", "province", "county", "village", "city", "region", "river", "island", "oblast",
)

# A claim source made only of these words is not a source ("but", "it").
FUNCTION_WORDS: tuple[str, ...] = (
    "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "if", "then", "than", "that", "this",
    "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "him", "her", "them", "us",
    "his", "their", "our", "who", "whom", "whose", "which", "what", "when", "where", "while", "as",
    "at", "by", "for", "from", "in", "into", "of", "on", "to", "with", "also", "however",
    "there", "here", "not", "no", "after", "before", "because", "although", "though", "since", "until",
    "meanwhile", "instead",
)
# A source ending with one of these is a clause cut short ("United States had").
AUXILIARIES: tuple[str, ...] = (
    "had", "has", "have", "having", "was", "were", "is", "are", "am", "be", "been", "being", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did",
)

# Leading words that do not change which entity a name means ("the Pentagon").
NAME_LEADING_WORDS: tuple[str, ...] = ("the",)

# Words that do not tell two entities apart in a cross-article key ("Verdant Motors Inc." =
# "Verdant Motors", "Morowali regency" = "Morowali"): legal forms and administrative levels.
KEY_NOISE_WORDS: tuple[str, ...] = ("inc", "corp", "corporation", "ltd", "co", "plc", "llc", "regency", "province")
