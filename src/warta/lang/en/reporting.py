"""English reporting language: reporting verbs by stance, cue words and frames, relays, hedges,
speaker-phrase words and the predicate lexicon used by the quote and claim components."""

from __future__ import annotations

# Verbs that introduce reported content ("X said (that) ..."), by the stance they carry.
REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    "asserts": (
        "said", "says", "told", "tells", "added", "adds", "stated", "explained", "noted", "claimed",
        "claims", "insisted", "argued", "reported", "confirmed", "acknowledged", "admitted",
        "announced", "estimated", "estimates", "believes", "believed", "wrote", "posted", "tweeted",
        "emphasised", "emphasized", "stressed", "concluded", "predicted", "forecast", "assessed",
        "alleged", "accused", "revealed", "disclosed", "indicated", "maintained", "suggested",
        "complained", "complains", "predicts", "clarified", "clarifies", "responded", "responds",
        "replied", "replies", "vowed", "vows", "pledged", "pledges", "promised", "promises",
        "say", "tell", "add", "note", "argue", "insist", "believe", "predict", "contend", "contended",
        "describes", "described", "reiterated", "reiterates", "restated", "countered",
    ),
    "denies": ("denied", "denies", "dismissed", "rejected", "refuted", "disputed"),
    "unconfirmed": (
        "could not confirm", "cannot confirm", "can not confirm", "has not confirmed",
        "have not confirmed", "had not confirmed", "did not confirm", "was unable to confirm",
        "were unable to confirm", "is unable to confirm",
    ),
    "refuses_to_confirm": (
        "declined to confirm", "refused to confirm", "declined to comment", "refused to comment",
        "declined to say", "would not confirm", "would not say", "did not deny", "has not denied",
        "declined to discuss",
    ),
    "warns": ("warned", "warns", "cautioned"),
}

# Cue words that follow a quote or clause ("…,” said Park" / "…,” Park said").
POSTPOSED_CUES: tuple[str, ...] = ("said", "says", "told", "added", "adds", "wrote", "asked",
                                   "explained", "noted", "continued", "stated", "reported", "warned",
                                   "estimated")

# Participles that continue with a further statement by the same speaker ("…, adding that …").
CONTINUATION_CUES: tuple[str, ...] = ("adding", "saying", "noting", "arguing", "stressing", "warning",
                                      "telling")

ACCORDING_TO: tuple[str, ...] = ("according to",)

RELAY_FRAMES: tuple[str, ...] = (
    "as quoted by", "quoted by", "citing", "quoting", "as reported by", "in an interview with",
    "in remarks carried by", "told news agency",
)

COMPLEMENTIZERS: tuple[str, ...] = ("that",)

STANCE_PHRASES: dict[str, tuple[str, ...]] = {
    "denies": ("denied", "dismissed", "rejected", "not true", "fake news", "false", "baseless",
               "had not yet been sent", "has not been sent", "were not"),
    "unconfirmed": ("could not confirm", "cannot confirm", "not in a position to confirm",
                    "no confirmation", "unable to confirm", "has not confirmed", "have not confirmed",
                    "not confirmed", "could not verify"),
    "refuses_to_confirm": ("declined to confirm", "refused to confirm", "declined to comment",
                           "refused to comment", "declined to say", "did not deny"),
    "warns": ("warned", "warning", "cautioned"),
}

# Negations near a statement's start that make its source deny doing it ("Saya tidak pernah …",
# "the mayor had never …"): the claim's stance is denies.
DENIAL_NEGATIONS: tuple[str, ...] = ("never", "had never", "has never", "have never", "did not ever", "no plans to", "no plan to",
                                     "no one died", "nobody died", "no one was killed", "no deaths", "no fatalities")
# A copula before the negation makes the statement passive, about something done to the subject.
PASSIVE_AUXILIARIES: tuple[str, ...] = ("was", "were", "is", "are", "be", "been", "being")

HEDGES: tuple[str, ...] = ("reportedly", "allegedly", "purportedly", "believed to", "appear to",
                           "appears to", "could be", "may have", "likely")

SPEAKER_PRONOUNS: tuple[str, ...] = ("he", "she", "they")
# A pronoun subject that stands for an organisation ("It said in a statement …").
BODY_PRONOUNS: tuple[str, ...] = ("it",)
FIRST_PERSON: tuple[str, ...] = ("i", "we")

DEMONSTRATIVES: tuple[str, ...] = ("the", "that", "this")
EPITHET_ARTICLES: tuple[str, ...] = ()
# Words between a stance cue and the clause it disputes ("could not confirm reports that ...").
STANCE_COMPLEMENTS: tuple[str, ...] = ("whether", "reports")

ANONYMOUS_HEADS: tuple[str, ...] = (
    "a senior official", "an official", "officials", "a source", "sources", "a spokesman for",
    "a spokeswoman for", "a spokesperson for", "a senior", "analysts at", "analysts", "economists at",
    "economists", "experts at", "experts", "a government source", "a person familiar with",
    "officials at", "officials from", "observers from", "observers at", "a source at", "a source in",
    "an official at", "an official in", "an official with", "a senior official at",
    "a spokeswoman at", "a spokesman at", "a spokesperson at", "a representative of",
    "spokesman for", "spokeswoman for", "spokesperson for",
)

# Heads of an unnamed source that is a person, not a body ("a local health official", "a police
# officer"): with no body named before the head, the outlet that quotes it speaks ("a local health
# official told Tolo News" -> Tolo News).
UNNAMED_PERSON_HEADS: tuple[str, ...] = (
    "official", "officials", "officer", "officers", "source", "sources", "spokesman", "spokeswoman",
    "spokesperson", "worker", "workers", "resident", "residents", "witness", "witnesses", "employee",
    "employees", "aide", "aides", "diplomat", "diplomats", "person", "medic", "medics", "doctor", "doctors",
    "rescuer", "rescuers", "firefighter", "firefighters", "volunteer", "volunteers", "staffer", "staffers",
)
# Words that make the modifiers of such a head a body ("a Ukrainian military intelligence official").
BODY_WORDS: tuple[str, ...] = (
    "intelligence", "ministry", "department", "agency", "embassy", "government", "military", "army",
    "navy", "defense", "defence", "administration", "kremlin", "pentagon", "commission", "council",
)

# Possessive determiners that open a subject: "confirmed its profit had fallen" reports a clause.
POSSESSIVE_DETERMINERS: tuple[str, ...] = ("its", "his", "her", "their")

# Auxiliaries after an anaphoric pronoun make it a subject: "said it would …" reports a clause.
AUXILIARIES: tuple[str, ...] = ("would", "will", "was", "were", "is", "are", "has", "have", "had", "could",
                                "should", "might", "may", "can")

# Prepositions between a person and the body they belong to ("Karen Ode of Ridgeline Research"):
# the person speaks.
AFFILIATIONS: tuple[str, ...] = ("of", "at", "from", "with")

# Articles left out of a description or an anonymous head when it stands as the speaker.
ARTICLES: tuple[str, ...] = ("a", "an", "the")

# Words of a date or time that may close a subject phrase ("X, Tuesday (5/11), said").
DATE_WORDS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)

# Adjuncts of the reporting verb that may stand before its content ("said on Saturday it had …");
# regular expressions, matched case-insensitively right after the verb.
LEAD_ADJUNCTS: tuple[str, ...] = (
    r"(?:late |early )?on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: (?:morning|afternoon|evening|night))?",
    r"(?:earlier |later )?(?:this|last) (?:week|month|year|morning|evening)",
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"in a (?:statement|note|post|briefing|filing|report|letter)(?: on \w+day)?",
    r"on (?:x|telegram|facebook|instagram|social media)",
)

SPEAKER_STOPWORDS: tuple[str, ...] = (
    "on", "in", "at", "to", "during", "after", "before", "while", "from", "with", "who", "which",
    "that", "as", "when", "later", "earlier", "this", "last", "via", "citing", "quoting",
    "since", "has", "have", "had", "was", "were", "is", "are", "would", "will",
)

ADVERBS: tuple[str, ...] = (
    "also", "again", "later", "then", "previously", "earlier", "still", "has", "have", "had",
    "already", "repeatedly", "both", "separately", "however", "meanwhile", "now", "further",
    "publicly", "first", "last", "week", "yesterday", "today", "on", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "in", "a", "statement",
)

NAME_CONNECTORS: tuple[str, ...] = ("of", "for", "and", "the", "de", "van", "von", "bin", "al", "el", "la")

ANAPHORIC_OBJECTS: tuple[str, ...] = ("it", "this", "that", "the reports", "the report", "the claims",
                                     "the claim", "the allegations")

NON_RELAYS: tuple[str, ...] = ("X", "Twitter", "Facebook", "Telegram", "Instagram", "press release",
                               "statement", "social media")

DOCUMENT_NOUNS: tuple[str, ...] = ("a report", "reports", "the report", "data", "documents", "figures",
                                   "a statement", "intelligence", "information", "a preliminary statement",
                                   "a joint statement", "a written statement", "the statement", "a note",
                                   "website", "court documents")

# Nouns that make a denial's object a noun phrase (handled by NEEDS_COMPLEMENTIZER in English).
NOUN_OBJECTS: tuple[str, ...] = ()

# Conjunctions that coordinate a second reporting verb with the same subject ("… and accused …").
COORDINATORS: tuple[str, ...] = ("and",)

# Prepositions that introduce the hearer of a reporting verb ("mengatakan kepada Yonhap").
HEARER_PREPS: tuple[str, ...] = ("to",)

# Negation right before a reporting verb: "did not say …" reports nothing.
NEGATIONS: tuple[str, ...] = ("not", "never")

# A hearer that relays ("told Reuters", "told Spanish radio station Cadena SER").
NEWS_OUTLETS: tuple[str, ...] = (
    "Reuters", "AFP", "AP", "Associated Press", "Yonhap", "TASS", "RIA Novosti", "Interfax", "Kyodo",
    "Kyodo News", "NHK", "BBC", "CNN", "Bloomberg", "Antara", "Xinhua", "Al Jazeera", "KCNA", "Sputnik",
    "the Associated Press", "Agence France-Presse",
    # words of a newspaper's or site's name ("the Himalayan Times", "Tolo News", "Kyiv Independent")
    "Times", "News", "Post", "Herald", "Tribune", "Journal", "Gazette", "Courier", "Independent",
    "Telegraph", "Guardian", "Chronicle", "Daily",
)
MEDIA_WORDS: tuple[str, ...] = ("news agency", "radio", "radio station", "television", "TV", "newspaper",
                                "broadcaster", "station", "daily", "magazine", "outlet", "network",
                                "news site", "channel")

# Frames after a hearer that make it an outlet interviewing the speaker, even when the outlet is
# not listed ("told the Valley Courier in an interview").
INTERVIEW_FRAMES: tuple[str, ...] = ("in an interview", "in a telephone interview", "in a phone interview", "in an exclusive interview")

KNOWING_VERBS: tuple[str, ...] = ("learned", "found", "determined", "concluded", "assessed", "believes",
                                  "confirmed", "estimated", "detected")

INCREMENT_MARKERS: tuple[str, ...] = ("another", "additional", "more", "extra")
TARGET_MARKERS: tuple[str, ...] = ("to",)

CLAUSE_JOINTS: tuple[str, ...] = ("and", "but", "while", "then", "whereas")

PREDICATES: tuple[tuple[str, str], ...] = (
    ("killed or wounded", "suffer_casualties"),
    ("casualties", "suffer_casualties"),
    ("killed", "killed"),
    ("wounded", "wounded"),
    ("injured", "wounded"),
    ("missing", "missing"),
    ("deaths", "death_toll"),
    ("died", "death_toll"),
    ("sent", "send"),
    ("send", "send"),
    ("deployed", "deploy"),
    ("deployment", "deploy"),
    ("moved", "deploy"),
    ("are now in", "present"),
    ("were in", "present"),
    ("intends to have", "plan_send"),
    ("walked out", "on_strike"),
    ("strike", "on_strike"),
    ("cut", "cut"),
    ("lowered", "cut"),
    ("raised", "raise"),
    ("growth", "growth_forecast"),
    ("expected", "expect"),
    ("fought", "engage_in_combat"),
    ("combat", "engage_in_combat"),
    ("fighting", "engage_in_combat"),
    ("cost", "cost"),
)
TROOP_NOUNS: tuple[str, ...] = ("troops", "soldiers", "forces", "brigades", "personnel", "units")

# Speaker pronouns that say the speaker's gender: "she said" is not the man quoted before
# (given names' genders: name_genders.txt, scripts/build_name_genders.py).
PRONOUN_GENDERS: dict[str, str] = {"she": "F", "he": "M"}

# Denial verbs that deny a fact only when their object is an assertion ("rejected the claims",
# "dismissed reports that …"); with another object they oppose ("rejected the contract offer",
# "dismissed the coach"), which reports nothing about a fact.
ASSERTION_DENIALS: tuple[str, ...] = ("rejected", "dismissed")
# What such an object starts with (within its first three words).
ASSERTION_OBJECTS: tuple[str, ...] = (
    "claim", "claims", "allegation", "allegations", "accusation", "accusations", "report", "reports",
    "reporting", "suggestion", "suggestions", "assertion", "assertions", "rumour", "rumours", "rumor",
    "rumors", "speculation", "charge", "charges", "notion", "idea", "characterisation",
    "characterization", "account", "accounts", "figure", "figures", "findings", "story", "stories",
    "statement", "statements", "estimate", "estimates", "testimony", "version", "criticism", "criticisms",
)

# Verbs that report content only with "that"; without it their object is a noun phrase
# ("reported the first clashes", "dismissed the reports").
NEEDS_COMPLEMENTIZER: tuple[str, ...] = (
    "reported", "confirmed", "denied", "denies", "dismissed", "rejected", "refuted", "disputed",
    "acknowledged", "admitted", "announced", "revealed", "disclosed", "accused", "alleged", "posted",
    "tweeted", "noted", "indicated", "suggested", "assessed", "predicted", "forecast", "concluded",
    "estimated", "estimates", "believed", "believes", "maintained", "warned", "warns", "cautioned",
)

# Verbs whose object (the hearer) may stand before the complementiser ("told the committee that").
OBJECT_VERBS: tuple[str, ...] = ("told", "tells", "informed", "assured", "reminded", "warned", "briefed")

# Words that open a phrase fronted before the speaker, up to a comma ("On the railways, the drivers' union said …"):
# the speaker is what follows the comma.
FRONTED_PREPOSITIONS: tuple[str, ...] = ("on", "in", "at", "for", "after", "before", "during", "outside", "inside", "across", "elsewhere", "meanwhile", "separately", "earlier", "later")

# Relay frames in which the subject cites its source, who speaks ("X reported, citing Y, that …");
# in the other RELAY_FRAMES ("as quoted by AFP") the named one relays.
CITING_FRAMES: tuple[str, ...] = ("citing", "quoting")

# "as reported by Bloomberg from Reuters": the preposition to the next link of a relay chain.
RELAY_CHAIN_PREPS: tuple[str, ...] = ("from",)

# A person the speaker spoke through ("through his lawyer, Mark Geragos, …"): a relay.
INTERMEDIARY_FRAMES: tuple[str, ...] = (
    "through his lawyer", "through her lawyer", "through their lawyer", "through his attorney",
    "through her attorney", "through their attorney", "through a spokesman", "through a spokeswoman",
    "through a spokesperson", "through his spokesman", "through her spokesman", "through his spokeswoman",
    "through her spokeswoman",
)

# The interview named before ("she said in the same interview"): its relays again.
INTERVIEW_ANAPHORS: tuple[str, ...] = ("in the interview", "in that interview", "in the same interview")

# The author of a document ("according to a report by Bloomberg citing Reuters").
DOCUMENT_AGENT_PREPS: tuple[str, ...] = ("by",)

# Cues whose reported content may be an infinitive: "vowed to veto any budget that …" reports the
# promise itself ("to veto any budget …"), not a clause after a later "that".
INFINITIVE_CUES: tuple[str, ...] = ("vowed", "vows", "pledged", "pledges", "promised", "promises")

# Cues that report only as "describe X as Y": without the marker soon after, no statement ("a poorly
# described article", "which describes the dance").
AS_CUES: tuple[str, ...] = ("describes", "described")
AS_MARKERS: tuple[str, ...] = ("as",)
INFINITIVE_MARKERS: tuple[str, ...] = ("to",)

# "Senator Tom Reed, who describes the plan as …": the relative pronoun stands for the name before.
RELATIVE_PRONOUNS: tuple[str, ...] = ("who",)

# Words opening a subordinate clause inside a subject phrase ("a day after the Air Force announced
# …"): the verb's subject is what follows the last of them.
SUBORDINATORS: tuple[str, ...] = ("after", "before", "when", "since", "because", "until", "as", "although",
                                  "though")
