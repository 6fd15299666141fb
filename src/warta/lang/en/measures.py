"""English words that say what a figure measures, where it was measured and how exact it is.

The corpus layer reads these (the union over languages: an English "death toll" figure and an
Indonesian "korban meninggal" figure answer one question). A word matches as a whole word; one
ending in "*" matches the start of a word ("injur*" matches "injuries"). Measure ids are
language-independent (warta.corpus.questions.MEASURES gives each its dimension and whether it is
counted as of a date).
"""

from __future__ import annotations

MEASURES: dict[str, tuple[str, ...]] = {
    "casualties": ("casualties", "killed or wounded", "killed and wounded", "killed or injured",
                   "dead or wounded", "dead and wounded", "killed or injured"),
    "dead": ("dead", "died", "killed", "death toll", "deaths", "fatalities", "fatality", "lives", "lost their lives",
             "death", "perished", "confirmed dead", "bodies", "body", "remains"),
    "missing": ("missing", "unaccounted for", "still being sought"),
    "injured": ("injured", "injuries", "wounded", "hurt"),
    "hospitalised": ("hospitalised", "hospitalized", "in hospital", "admitted to hospital", "treated in hospital",
                     "taken to hospital", "rushed to hospital", "treated"),
    "outpatients": ("outpatients", "as outpatients", "treated as outpatients", "treated and released"),
    "sick": ("fell ill", "sickened", "poisoned", "poisoning"),
    "displaced": ("left their homes", "fled", "displaced", "evacuees", "evacuation centres", "evacuation centers", "homeless", "shelters",
                  "fled their homes", "evacuated"),  # residents evacuated are the displaced head count
    "rescued": ("rescued", "survivors", "survived", "pulled alive"),
    "affected": ("affected",),
    "trapped": ("trapped", "buried"),
    "on_board": ("on board", "aboard", "passengers", "were carrying", "was carrying", "crammed"),
    "capacity": ("capacity",),
    "arrested": ("arrested", "detained", "arrests", "detentions", "in custody"),
    "participants": ("protesters", "demonstrators", "marchers", "turnout", "took part", "joined the march", "march",
                     "marched", "crowd", "rallied", "attended"),
    "strikers": ("on strike", "strikers", "walked out", "joined the strike", "stopped work", "stayed away from work",
                 "stayed away", "strike", "not reported for", "did not report for", "failed to report for"),
    "laid_off": ("laid off", "layoffs", "job cuts", "lost their jobs"),
    "arrears": ("arrears", "unpaid wages", "unpaid", "owed"),
    "progress": ("progress", "completed", "complete"),
    "allocation": ("allocation", "quota", "quotas"),
    "cancelled": ("cancelled", "canceled", "cancellations", "did not run", "were not running", "grounded"),
    "houses": ("houses", "homes", "buildings"),
    "troops": ("troops", "soldiers", "servicemen", "forces"),
    "personnel": ("personnel", "rescuers", "responders", "volunteers"),
    "magnitude": ("magnitude",),
    "burned": ("burned", "burnt", "scorched", "charred"),
    "released": ("leaked", "released into", "spilled", "spill", "leak"),
    "cases": ("cases", "infections", "tested positive"),
    "recalled": ("recalled", "recall"),
    "loss": ("losses", "loss"),
    "damage": ("damage", "damages"),
    "bribe": ("handed over", "bribe", "bribes", "kickback", "kickbacks"),
    "fine": ("fine", "fined", "penalty"),
    "fee_share": ("kickback", "kickbacks", "commitment fee", "cut of the contract"),
    "seized": ("seized", "confiscated", "seizure", "impounded"),
    "price": ("price", "prices", "priced", "sold at"),
    "vote_share": ("vote", "votes", "vote share"),
    "turnout": ("voter turnout", "participation"),
    "growth": ("growth", "expand", "expansion"),
    "inflation": ("inflation",),
    "interest_rate": ("interest rate", "policy rate", "base rate", "benchmark rate"),
    "wave_height": ("waves", "wave"),
    "ash_column": ("ash column", "eruption column", "column", "plume", "ash cloud", "sent ash", "spewed ash",
                   "ash to"),
    "wind_speed": ("winds", "wind", "gusts"),
    "rainfall": ("rainfall", "rain"),
    "reports": ("reports", "adverse reactions", "side-effect reports", "side effect reports"),
    "batches": ("batches", "lots"),
}

# Unit nouns that count households, not people: "1,240 people from 386 families".
HOUSEHOLD_UNITS: tuple[str, ...] = ("families", "family", "households", "household")

# Unit nouns that count groups, not their members: "empat brigade, atau sekitar 12.000 tentara".
GROUP_UNITS: tuple[str, ...] = ("brigades", "brigade", "battalions", "battalion", "units", "teams", "squads", "groups")

# A place named after one of these is where something happened, not who did it ("killed 12 workers
# on Indonesia's Sulawesi island": Sulawesi is no object of "killed").
PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "on", "at", "near", "across", "outside", "inside")

# A sentence opening with one of these places what it says ("Di depan Gedung Grahadi, Surabaya, ...").
LOCATIVES: tuple[str, ...] = ("in", "at")

# Words by a figure that make it part of an earlier one ("sembilan pekerja, yakni lima karyawan").
SUBSET_WORDS: tuple[str, ...] = ("including", "of them", "among them", "of whom", "of its own", "namely")
# Words before a figure that make it the whole a part is taken from ("4,600 workers, out of 11,800
# employees"): that figure answers no question of its own.
BASE_WORDS: tuple[str, ...] = ("out of",)
# Words before a figure that make it the total of the figures before it ("total 76 orang").
TOTAL_WORDS: tuple[str, ...] = ("total", "in all", "altogether")
# Words that may stand between a figure and the place it is tied to ("40,000 in Porto").
PLACE_LINKS: tuple[str, ...] = ("in", "at", "with", "of")

# Limit words before a count of people on board: the figure is then the capacity.
CAPACITY_LIMITS: tuple[str, ...] = ("a maximum of", "maximum of", "licensed to carry", "certified to carry", "allowed to carry", "rated for")

# Possessive resident nouns after a figure ("11 warganya"): the people of the place named before.
RESIDENT_POSSESSIVES: tuple[str, ...] = ("of its residents", "of our residents", "its residents", "our residents", "residents of the province")

# A figure after one of these restates the one before ("214,500 people, or about 62,300 families").
APPOSITIONS: tuple[str, ...] = ("or",)

# Compass words in place names, to a language-independent id: "Konawe Utara" and "North Konawe",
# "Sulawesi Tenggara" and "Southeast Sulawesi" are one place.
COMPASS: dict[str, str] = {"north": "north", "south": "south", "east": "east", "west": "west", "central": "central", "southeast": "southeast", "southwest": "southwest", "northwest": "northwest", "northeast": "northeast", "north-east": "northeast", "north-west": "northwest", "south-east": "southeast", "south-west": "southwest"}

# A denial naming what it denies only with one of these ("membantah tudingan tersebut", "rejected
# the criticism") denies the statement before it.
# Nouns by which a denial points back at a figure rather than a statement ("membantah angka
# tersebut"): it answers the figure's question, not a yes/no one.
FIGURE_NOUNS: tuple[str, ...] = ("figure", "figures", "toll", "tally", "count", "numbers", "number")
ANAPHORIC_WORDS: tuple[str, ...] = ("it", "this", "that", "criticism", "claim", "claims", "allegation", "allegations", "report", "reports", "accusation", "accusations", "account")

# Nouns by a figure that count the security forces ("tiga personel polisi terluka", "seven officers
# were injured"): their casualties are a question apart from the protesters' or residents'.
SECURITY_NOUNS: tuple[str, ...] = ("officers", "officer", "police", "policemen", "policeman")

# A figure joined to another by one of these corrects it ("61 anak, bukan 96 anak"): both answer
# one measure.
CORRECTIONS: tuple[str, ...] = ("not", "instead")

# Words before a weekday that make it the day a figure is counted as of ("hingga Selasa").
AS_OF_WORDS: tuple[str, ...] = ("as of", "by", "until", "through")

# Words before a day that make it the day something began, not a day a figure counts as of.
SINCE_WORDS: tuple[str, ...] = ("since",)

# Words by a figure that make it a count of the speaker's own institution ("sekolah kami 61
# anak", "hanya 61 siswanya"): it answers the question of the institution named in their title.
OWN_SCOPE_WORDS: tuple[str, ...] = ("our school", "our students", "our pupils", "our staff", "our employees", "our workers", "our members", "our company", "its students", "its pupils", "its staff", "its workers", "its members")

# What state a count of houses is of: damaged, destroyed, flooded and buried houses are different
# counts (a state id, schema, -> its words; the longest match near the figure wins).
HOUSE_STATES: dict[str, tuple[str, ...]] = {
    "destroyed": ("destroyed", "flattened", "razed", "collapsed", "washed away", "swept away", "totally damaged",
                  "completely destroyed", "heavily damaged", "severely damaged"),
    "damaged": ("damaged", "partially damaged", "lightly damaged"),
    "flooded": ("flooded", "inundated", "submerged", "under water", "underwater"),
    "buried": ("buried",),
    "burned": ("burned", "burnt", "gutted"),
}

# A figure after one of these and before a target word ("dari enam orang menjadi sembilan") is
# the figure a change started from, not the answer.
FROM_WORDS: tuple[str, ...] = ("from",)
# Words by a figure that make it an increment ("dua jenazah kembali ditemukan"), beside the
# reporting module's INCREMENT_MARKERS.
INCREMENT_WORDS: tuple[str, ...] = ("further",)

# Words before a figure that make it a bound ("more than 10,000" allows 11,000) or an estimate.
APPROX_LOWER: tuple[str, ...] = (
    "more than", "over", "at least", "upwards of", "no fewer than", "no less than", "in excess of",
    "just over", "exceeding", "above",
)
APPROX_UPPER: tuple[str, ...] = (
    "nearly", "almost", "less than", "fewer than", "up to", "as many as", "as much as", "at most",
    "close to", "just under", "under",
)
APPROX_ABOUT: tuple[str, ...] = ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated",
                                 "~", "±")
APPROX_LOWER_AFTER: tuple[str, ...] = ("or more", "plus")

CLAUSE_JOINS: tuple[str, ...] = ("and", "while", "whereas", "but", "with")

WEEKDAYS: dict[str, int] = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
                            "sunday": 6}

# Words a statement's content is not matched on (beside function words and speech verbs).
PROPOSITION_STOPWORDS: tuple[str, ...] = (
    "would", "will", "could", "should", "have", "has", "had", "been", "were", "was", "are", "any", "all",
    "said", "says", "told", "there", "about", "over", "more", "some", "such", "only", "still", "also",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "year", "day",
    "figure", "figures", "number", "report", "reports", "statement", "comment",
    "other", "others", "another", "including", "like", "some", "seem", "seems", "appear", "appears",
)
STEM_PREFIXES: tuple[str, ...] = ()
STEM_SUFFIXES: tuple[str, ...] = ("ing", "ed", "es", "s")

MEASURE_LABELS: dict[str, str] = {
    "casualties": "killed and wounded", "dead": "dead", "missing": "missing",
    "injured": "injured", "hospitalised": "in hospital", "outpatients": "treated as outpatients", "released": "leaked", "sick": "fell ill", "displaced": "displaced",
    "rescued": "rescued", "affected": "affected", "trapped": "trapped",
    "on_board": "on board", "capacity": "capacity", "arrested": "arrested", "participants": "taking part",
    "strikers": "on strike", "cancelled": "cancelled", "houses": "houses", "troops": "troops",
    "personnel": "personnel", "magnitude": "magnitude", "burned": "area burned", "cases": "cases",
    "recalled": "recalled", "loss": "losses", "damage": "damage", "bribe": "bribes", "fine": "fine", "seized": "seized", "laid_off": "laid off", "arrears": "owed",
    "progress": "progress", "allocation": "allocation", "fee_share": "fee", "price": "price",
    "vote_share": "vote share", "turnout": "turnout", "growth": "growth", "inflation": "inflation",
    "interest_rate": "interest rate", "wave_height": "wave height", "wind_speed": "wind speed",
    "rainfall": "rainfall", "reports": "reports", "batches": "batches", "ash_column": "ash column height",
}
# Verbs by which a named body states a figure for what follows ("The police put the crowd at
# 28,000", "Rail operator CP, which put cancellations at 62%", "The IMF forecasts growth of 2.0%"):
# a claim of that body's, though no speech verb introduces it. Relative pronouns after a name
# ("CP, which put ...") are skipped back over to find it.
FIGURE_FRAMES: tuple[str, ...] = (
    "put", "puts", "putting", "placed", "places", "estimated", "estimates", "forecast", "forecasts",
    "projected", "projects", "expects", "predicts", "predicted", "lowered its forecast", "raised its forecast",
    "cut its forecast", "revised its forecast", "lowered its estimate", "raised its estimate",
)
FRAME_RELATIVES: tuple[str, ...] = ("which", "who", "that")
# Words that open an adjunct between a speech verb and its "that" clause ("said after its annual
# review that ...", "reported on Wednesday that ..."); after a noun object "that" opens a relative
# clause instead ("reported wait times that exceeded two hours"). Weekdays open one too.
FRAME_ADJUNCTS: tuple[str, ...] = ("after", "before", "during", "following", "on", "in", "at", "late", "early",
                                   "earlier", "later", "this", "last", "yesterday", "today", "tonight", "again")
# Words that name the year a rate is for, relative to the article's day ("growth of 2.0% next year").
THIS_YEAR: tuple[str, ...] = ("this year",)
NEXT_YEAR: tuple[str, ...] = ("next year",)
LAST_YEAR: tuple[str, ...] = ("last year",)
IN_YEAR = "in"

STATE_LABELS: dict[str, str] = {"destroyed": "destroyed", "damaged": "damaged", "flooded": "flooded", "buried": "buried", "burned": "burned"}
# Words that end the clause a house count's state is read in ("50 damaged and 3 flooded").
STATE_CLAUSE_JOINS: tuple[str, ...] = ("and", "while")
HOW_MANY = "How many"
WHETHER = "Whether"
AS_OF = "as of"
IN = "in"

# A yes/no question in words: a proposition's predicate id (warta.lang.<code>.reporting PREDICATES,
# "_troops" forms included) -> its verb phrase, put in QUESTION_TEMPLATE with the proposition's
# subject and object; a proposition with no such predicate is asked with TRUE_TEMPLATE around what
# is disputed, its negation words (NEGATION_WORDS) taken out.
PROPOSITION_VERBS: dict[str, str] = {
    "send_troops": "send troops to", "deploy_troops": "deploy troops to", "present_troops": "have troops in",
    "train_troops": "train troops in", "plan_send_troops": "plan to send troops to",
    "engage_in_combat": "fight in", "suffer_casualties": "suffer casualties", "money_politics": "hand out money to",
    "win": "win", "lead": "lead",
}
QUESTION_TEMPLATE = "Did {subject} {verb}{object}?"
TRUE_TEMPLATE = "Is it true that {clause}?"
NEGATION_WORDS: tuple[str, ...] = ("not", "no", "never", "did not", "does not", "had not", "has not", "have not", "was not", "were not", "is not")
