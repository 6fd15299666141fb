"""English name cues: role titles, organisation heads and tails, known organisations and
outlets, capitalised words that are not names, speech cues that mark a person."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as _STOP_WORDS

from warta.lang.base import read_list

# Role titles before a name ("Defense Secretary Lloyd Austin", "spokesman John Kirby").
# Lowercase; the longest match wins. A title is not part of a name.
ROLE_TITLES: tuple[str, ...] = (
    "president", "president-elect", "vice president", "prime minister", "minister",
    "deputy minister", "foreign minister", "defense minister", "defence minister",
    "finance minister", "secretary", "secretary-general", "secretary general",
    "secretary of state", "defense secretary", "defence secretary", "spokesman", "spokeswoman",
    "spokesperson", "director", "director general", "director-general", "governor", "ambassador",
    "chairman", "chairwoman", "chair", "chief", "chief executive", "ceo", "lawmaker", "senator",
    "rep.", "sen.", "gov.", "gen.", "maj.", "col.", "lt.", "capt.", "adm.", "sgt.", "gen", "maj",
    "general", "commander", "economist", "chief economist", "analyst", "head", "leader",
    "king", "queen", "prince", "princess", "pope", "chancellor", "mayor", "judge", "justice",
    "prosecutor", "attorney general", "envoy", "official", "adviser", "advisor", "professor",
    "prof.", "dr.", "researcher", "founder", "co-founder", "executive", "manager",
    "coach", "sheriff", "colonel", "major general", "lieutenant general", "brigadier general",
    "admiral", "captain", "sergeant", "deputy", "speaker", "representative", "commissioner",
    "premier", "councillor", "councilman", "councilwoman", "delegate", "member",
    "vice chairman", "vice chair", "deputy governor", "chief financial officer",
    "chief operating officer", "managing director", "striker", "midfielder", "goalkeeper",
)

REGIONAL_TITLES: tuple[str, ...] = ("governor", "mayor", "premier")

# Sports roles: a city right before one names its club ("Liverpool captain").
SPORTS_TITLES: tuple[str, ...] = ("captain", "manager", "coach", "striker",
                                  "midfielder", "goalkeeper")

TITLE_ABBREVIATIONS: dict[str, str] = {
    "gen.": "general", "gen": "general", "maj.": "major", "maj": "major", "col.": "colonel",
    "lt.": "lieutenant", "capt.": "captain", "adm.": "admiral", "sgt.": "sergeant",
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "prof.": "professor",
    "secretary-general": "secretary general", "director-general": "director general",
    "defence secretary": "defense secretary", "defence minister": "defense minister",
}

# Words that complete a title ("Foreign Minister", "National Security Adviser"); never names.
TITLE_DOMAIN: tuple[str, ...] = (
    "foreign", "defense", "defence", "finance", "interior", "deputy", "vice", "prime", "chief",
    "executive", "national", "security", "trade", "health", "state", "senior", "first", "press",
    "economy", "energy", "justice", "home", "acting", "former", "assistant", "associate",
    "principal", "general", "operating", "financial", "managing", "the", "u.s.", "federal",
    "labor", "labour", "commerce", "transportation", "agriculture", "education", "treasury",
    "homeland",
)

ORG_HEADS: tuple[str, ...] = (
    "ministry", "department", "bank", "university", "institute", "centre", "center", "council",
    "committee", "commission", "agency", "board", "office", "party", "union", "federation",
    "association", "court", "bureau", "house of", "church", "college", "school", "organization",
    "organisation", "league", "alliance", "coalition", "government", "centres", "centers",
    "pt",  # Indonesian company form ("PT Pertamina"); only before a capitalised word
)
OUTLET_HEADS: tuple[str, ...] = ()
GOVERNMENT_HEADS: tuple[str, ...] = ("government",)
FACILITY_HEADS: tuple[str, ...] = ()

ORG_TAILS: tuple[str, ...] = (
    "ministry", "agency", "council", "committee", "commission", "service", "services", "union",
    "fund", "bank", "board", "association", "institute", "university", "party", "corporation",
    "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "group", "securities", "motors",
    "airlines", "airways", "reserve", "foundation", "organization", "organisation", "office",
    "department", "court", "network", "news", "times", "post", "press", "united", "forces",
    "army", "navy", "police", "guard", "command", "authority", "bureau", "federation",
    "parliament", "assembly", "senate", "congress", "administration", "company", "co.", "co", "holdings",
    "industries", "capital", "partners", "bancorp", "laboratories", "labs", "systems",
    "technologies", "electronics", "telecom", "energy", "steel", "chemical", "pharmaceuticals",
    "exchange", "club", "ag", "sa", "gmbh", "tribunal", "centre", "center", "directorate",
    "watch", "league", "centres", "centers", "institution", "trust", "mining",
    "economics", "steelworkers", "workers", "city", "villa", "rovers", "wanderers", "hotspur",
    "athletic", "fc", "sekuritas", "nickel", "resources", "minerals", "insurance", "airline",
    "hospital", "clinic",  # "Siti Rahmah Hospital"
)

ORG_VOCAB: tuple[str, ...] = (
    "national", "international", "central", "federal", "state", "intelligence", "security",
    "defence", "defense", "policy", "monetary", "financial", "investment", "development",
    "economic", "economics", "research", "studies", "affairs", "foreign", "public", "general",
    "united", "joint", "chiefs", "staff", "workers", "automotive", "world", "global", "european",
    "american", "asian", "african", "royal", "democratic", "republican", "people's", "news",
    "media", "data", "information", "health", "human", "rights", "trade", "energy", "nuclear",
    "atomic", "space", "science", "technology", "countering", "disinformation", "strategic",
    "social", "network", "digital", "capital", "markets", "services",
)

BRANCH_WORDS: tuple[str, ...] = ()

NAME_CONNECTORS: tuple[str, ...] = ("bin", "binti", "van", "von", "de", "der", "den", "da", "dos", "do", "das",
                                   "al", "el", "la", "le", "du", "del", "di")
ORG_CONNECTORS: tuple[str, ...] = ("of", "for", "and", "on", "the")

HONORIFICS: tuple[str, ...] = ("mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "sir",
                               "dame", "lord", "lady", "miss")

PERSON_CUES_BEFORE: tuple[str, ...] = ("said", "says", "told", "according to", "resident",
                                       "worker", "victim", "suspect", "wife", "husband", "son",
                                       "daughter", "mother", "father", "lawyer", "attorney",
                                       "defender", "striker", "midfielder", "goalkeeper",
                                       "forward", "winger", "machinist", "nurse", "doctor",
                                       "farmer", "teacher", "shopkeeper", "volunteer", "student",
                                       "driver", "witness", "protester", "retiree", "voter",
                                       "passenger", "survivor", "owner", "employee", "miner")
# Common nouns right before an unknown name that make it an organisation ("planemaker Embraer",
# "security firm Ambrey", "aviation watchdog Rosaviatsia", "consultancy Vespucci Maritime").
ORG_CUES_BEFORE: tuple[str, ...] = (
    "firm", "company", "group", "carrier", "airline", "planemaker", "carmaker", "automaker",
    "chipmaker", "drugmaker", "shipbuilder", "lender", "insurer", "regulator", "watchdog",
    "consultancy", "brokerage", "retailer", "startup", "start-up", "conglomerate",
    "manufacturer", "broadcaster", "newspaper", "publisher", "miner", "refiner", "supplier",
    "operator", "outfit", "charity", "nonprofit", "non-profit", "ngo", "think-tank", "provider",
)
PERSON_CUES_AFTER: tuple[str, ...] = ("said", "says", "told", "added", "noted", "wrote", "argued",
                                      "warned", "insisted", "denied", "explained", "stressed",
                                      "declined", "acknowledged", "admitted", "claimed")

LOCATIVES: tuple[str, ...] = ("in", "to", "from", "at", "into", "near", "outside", "inside",
                              "across", "around", "toward", "towards", "via")

# A one-word unknown name right after one of these is a place ("in Brantwood").
PLACE_CUES_BEFORE: tuple[str, ...] = ("in", "near")
# Words joining the items of a list ("Brantwood, Windsor and Cambridge").
LIST_CONJUNCTIONS: tuple[str, ...] = ("and", "or")
# Words before a capital that make it the city, not the government ("ambassador to Seoul").
DIPLOMATIC_WORDS: tuple[str, ...] = ("ambassador", "embassy", "envoy")

ALIAS_CUES: tuple[str, ...] = ("formerly known as", "previously known as", "also known as",
                               "known as", "formerly", "a.k.a.", "aka")

NOT_NAMES: tuple[str, ...] = (
    "advertisement", "read", "more", "related", "reporting", "editing", "writing", "additional",
    "photo", "video", "file", "update", "updated", "breaking", "exclusive", "analysis",
    "opinion", "edt", "est", "kst", "utc", "gmt", "et", "pt", "am", "pm", "a.m.", "p.m.",
    "covid-19", "covid", "christmas", "easter", "ramadan", "new", "year", "day", "week",
    "subscribe", "sign", "share", "comments", "tags", "tag", "source", "sources", "index",
)

COMMON_ACRONYMS: tuple[str, ...] = (
    "gdp", "ceo", "cfo", "coo", "ai", "it", "tv", "id", "ok", "usd", "km", "kg", "cm", "mm",
    "am", "pm", "edt", "est", "kst", "utc", "gmt", "et", "pt", "covid", "ev", "evs", "suv",
    "ipo", "etf", "q1", "q2", "q3", "q4", "vs", "faq", "pdf", "url", "dna", "hiv", "aids",
    "mph", "lng", "lpg", "cpi", "ppi", "ceos", "llc", "inc", "ltd", "plc", "co", "jr", "sr",
)

STOP_WORDS: frozenset[str] = frozenset(_STOP_WORDS)

# Word shapes that are common nouns, never names (derived nouns: "Pertahanan", "Komunikasi").
COMMON_WORD_PATTERN = r"^\w{3,}(?:tion|sion|ment|ness|ity|ism|ance|ence|ings)$"

KNOWN_ORGS: tuple[str, ...] = tuple(read_list("warta.lang.en", "orgs.txt"))

# Heads of a hospital name, after which "dr." belongs to the name.
HOSPITAL_HEADS: tuple[str, ...] = ()
# Words before initials that name a person ("initials A.S.").
INITIALS_CUES: tuple[str, ...] = ("initials",)
# Lowercase words before a place that name its residents.
RESIDENT_CUES: tuple[str, ...] = ()
