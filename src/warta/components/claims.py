"""The warta_claims component: the propositions a reader tracks across outlets.

A claim is made for each quote and for each report with only a noun object ("menolak untuk
mengkonfirmasi pengerahan pasukan", "declined to comment"), split at clause joints so that each
figure gets its own claim. Nested knowledge ("X menjelaskan bahwa Y telah mengetahui bahwa Z")
makes Y the source and X a relay. Sentences that carry a figure and no attribution are claims of
the outlet itself (`doc._.warta_outlet`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from warta.budget import checkpoint
from warta.components.quotes import ANALYSIS_KEY, WORD, Analysis, Item, Lexicon, _alt, lexicon
from warta.lang import get_resources
from warta.nlp.annotations import ClaimFound, QuantityFound

# categories in the order a claim's main figure is chosen
VALUE_PREFERENCE = ("troops", "people", "money", "percent", "count", "weight", "distance", "duration",
                    "other")
# Figures a sentence without attribution may carry: the outlet's own claim for head counts, or
# the claim of the sentence before it in its paragraph for any of these.
OUTLET_CATEGORIES = frozenset({"troops", "people", "percent", "money"})
OUTLET_OWN_CATEGORIES = frozenset({"troops", "people"})
CARRY_GAP = 12  # characters between a claim's end and the next sentence: a closing quote, a full stop
ENTITY_TYPES = ("GPE", "ORG", "PERSON", "LOC")
PLACE_TYPES = ("GPE", "LOC")


@dataclass
class ClaimLexicon:
    """Claim-side knowledge compiled once per language."""

    knowing_re: re.Pattern
    joint_re: re.Pattern
    predicate_re: re.Pattern  # one alternation over all stems; the first match in the text wins
    predicates: dict[str, str]
    troop_re: re.Pattern
    increment: frozenset[str]
    target: frozenset[str]
    locatives: frozenset[str]
    frame_re: re.Pattern  # "put the crowd at", "memproyeksikan" (warta.lang.<code>.measures FIGURE_FRAMES)
    relatives: frozenset[str]
    comp_re: re.Pattern  # a complementizer ("that", "bahwa")
    adjuncts: frozenset[str]  # words opening an adjunct before it, and weekdays


_CACHE: dict[str, ClaimLexicon | None] = {}


def claim_lexicon(lang: str) -> ClaimLexicon | None:
    """Compiled claim lexicon for a language, or None without resources."""
    if lang in _CACHE:
        return _CACHE[lang]
    lex = lexicon(lang)
    out = None
    if lex is not None:
        rep = lex.res
        b, e = r"(?<![\w\-])", r"(?![\w\-])"
        comp = _alt(rep.COMPLEMENTIZERS)
        out = ClaimLexicon(
            knowing_re=re.compile(b + "(" + _alt(rep.KNOWING_VERBS) + ")" + e + r"\s+(?:" + comp + ")" + e, re.I),
            joint_re=re.compile(r"(?:,\s*|;\s*|\s)(?:" + _alt(rep.CLAUSE_JOINTS) + r")" + e + r"|;\s*", re.I),
            predicate_re=re.compile(b + "(" + _alt(stem for stem, _ in rep.PREDICATES) + ")" + e, re.I),
            predicates={" ".join(stem.lower().split()): name for stem, name in rep.PREDICATES},
            troop_re=re.compile(b + "(?:" + _alt(rep.TROOP_NOUNS) + ")" + e, re.I),
            increment=frozenset(rep.INCREMENT_MARKERS),
            target=frozenset(rep.TARGET_MARKERS),
            locatives=frozenset(getattr(get_resources(lang).measures, "PLACE_PREPOSITIONS", ())),
            frame_re=re.compile(b + "(?:" + _alt(getattr(get_resources(lang).measures, "FIGURE_FRAMES", ()) or ["(?!)"])
                                + ")" + e, re.I),
            relatives=frozenset(getattr(get_resources(lang).measures, "FRAME_RELATIVES", ())),
            comp_re=re.compile(b + "(?:" + comp + ")" + e, re.I),
            adjuncts=frozenset(getattr(get_resources(lang).measures, "FRAME_ADJUNCTS", ()))
            | frozenset(getattr(get_resources(lang).measures, "WEEKDAYS", {})),
        )
    _CACHE[lang] = out
    return out


class ClaimExtractor:
    """Builds ClaimFound records from quotes, reports and figures."""

    def __init__(self, name: str = "warta_claims", *, lang: str = "id"):
        self.name = name
        self.lang = lang
        self.lex: Lexicon | None = lexicon(lang)
        self.clex = claim_lexicon(lang)

    def __call__(self, doc: Doc) -> Doc:
        doc._.warta_claims = self.find(doc)
        doc.user_data.pop(ANALYSIS_KEY, None)
        return doc

    def find(self, doc: Doc) -> list[ClaimFound]:
        """All claims in the body of `doc`, in text order."""
        if self.lex is None or self.clex is None:
            return []
        analysis = doc.user_data.get(ANALYSIS_KEY)
        if not isinstance(analysis, Analysis):
            analysis = Analysis(doc, self.lex)
        return _Claims(doc, analysis, self.clex).run()


@Language.factory("warta_claims", assigns=["doc._.warta_claims"])
def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor(name, lang=nlp.lang)


class _Claims:
    def __init__(self, doc: Doc, analysis: Analysis, clex: ClaimLexicon):
        self.doc, self.a, self.clex = doc, analysis, clex
        self.text = analysis.text  # doc.text rebuilds the string from tokens on every access
        self.quantities: list[QuantityFound] = doc._.warta_quantities or []
        # Quantities by start offset, so that finding those inside a span is a bisection, not a
        # scan of the whole article per claim (which made a 1 MB page take minutes).
        self._q_order = sorted(range(len(self.quantities)), key=lambda i: self.quantities[i].start)
        self._q_starts = [self.quantities[i].start for i in self._q_order]
        self.quotes = doc._.warta_quotes
        if self.quotes is None:
            self.quotes = analysis.quotes()
        self.mentions = sorted(
            ((m.start, m.end, c) for c in (doc._.warta_entities or []) for m in c.mentions
             if c.type in ENTITY_TYPES and m.kind in ("name", "alias", "title")),
            key=lambda x: x[0])
        self._m_starts = [m[0] for m in self.mentions]

    def run(self) -> list[ClaimFound]:
        out: list[ClaimFound] = []
        covered: list[tuple[int, int]] = []
        for qi, q in enumerate(self.quotes):
            checkpoint()  # the page budget (warta.budget)
            if q.speaker is None:
                continue
            covered.append((q.start, q.end))
            source, via, start = q.speaker, list(q.via), q.start
            k = self.clex.knowing_re.search(self.text, q.start, q.end)
            if k is not None and k.start() - q.start < 120:
                kend = self._trim_verbal(q.start, k.start())  # "the United States had" -> "the United States"
                phrase = self.text[q.start:kend]
                words = [w for w in phrase.split() if w.lower() not in self.a.lex.adverbs]
                knower = self.a.resolve(q.start, kend) if any(w[:1].isupper() for w in words) else None
                name = knower[0] if knower is not None else " ".join(words)
                if words and len(words) <= 6 and name != source:
                    via = [source, *via]
                    source, start = name, k.end()
            end = self._complement_end(q.start, q.end)
            covered.append((q.start, end))
            for cs, ce in self._clauses(start, end):
                out.append(self._claim(source, via, cs, ce, q.stance, q.hedged, qi))
        said_that: dict[int, tuple[str, int]] = {}  # sentence start -> (speaker, start of what was said)
        for it in self.a.items:
            if it.kind != "report" or it.speaker is None:
                continue
            if it.stance in (None, "asserts") and not self._counted_object(it):
                if it.end <= it.cue_end:
                    self._said_later(it, said_that)
                continue
            # evidence from the subject in this sentence (a pronoun's antecedent may lie earlier)
            s0 = it.sp[0] if it.sp is not None else it.speaker[2]
            s0 = min(s0 if s0 is not None else it.cue_start, it.cue_start)
            end = max(it.end, it.cue_end)
            if end <= it.cue_end:
                end = self._object_end(it)  # "membantah tuduhan tersebut", "dismissed the reports"
            covered.append((s0, end))
            for name in self._sources(it):
                out.append(self._claim(name, [], s0, end, it.stance, False, None))
        outlet = self.doc._.warta_outlet
        is_covered = _overlap_test(covered)
        said = sorted(out, key=lambda c: c.evidence_end)
        ends = [c.evidence_end for c in said]
        for s, e, _ in self.a.sentences:
            if is_covered(s, e):
                continue
            framed = self._framed(s, e, said_that) if self._starting_in(s, e) else []
            if framed:
                out.extend(framed)
                continue
            qs = [i for i in self._starting_in(s, e) if self.quantities[i].category in OUTLET_CATEGORIES]
            if not qs:
                continue
            prev = self._carried(said, ends, s)
            if prev is not None:
                out.append(self._claim(prev.source, list(prev.via), s, e, "asserts", False, None))
            elif outlet and any(self.quantities[i].category in OUTLET_OWN_CATEGORIES for i in qs):
                out.append(self._claim(outlet, [], s, e, "asserts", False, None))
        out = [c for c in out if c.evidence]
        out.sort(key=lambda c: c.evidence_start)
        return out

    def _complement_end(self, s: int, e: int) -> int:
        """Where a statement ends whose quote is only a phrase inside it: Fonseca told RTP that
        "more than 200,000 workers" had marched in 40 towns, including 40,000 in Porto. A quote
        right after a complementizer whose sentence goes on with a figure is the subject of the
        reported clause; the clause to the sentence end is what was said."""
        k = self.a._sentence_at(s)
        if k < 0:
            return e
        _s0, e0, _ = self.a.sentences[k]
        head = self.text[max(0, s - 20):s].rstrip(" \"'“‘«")
        comps = list(self.clex.comp_re.finditer(head))
        c = comps[-1] if comps else None
        if c is None or c.end() != len(head) or e >= e0 or self.text[s:e].rstrip()[-1:] in ".!?":
            return e
        tail = self.text[e:e0]
        if len(WORD.findall(tail)) < 3 or not self._quantities_in(e, e0):
            return e
        return e0

    def _said_later(self, it: Item, said_that: dict[int, tuple[str, int]]) -> None:
        """"The IMF said after its annual review of the economy this month that it expected growth
        of 2.0%": a report whose complement comes after an adjunct; what follows the complementizer
        is the speaker's, where it carries a figure and no quote covers it (run's sentence loop)."""
        k = self.a._sentence_at(it.cue_start)
        if k < 0:
            return
        s, e, _ = self.a.sentences[k]
        if not s <= it.cue_start < e:
            return
        c = self.clex.comp_re.search(self.text, it.cue_end, min(e, it.cue_end + 150))
        if c is None or not self._quantities_in(c.end(), e):
            return
        gap = self.text[it.cue_end:c.start()]
        first = WORD.findall(gap.lower())[:1]
        # "said after its review that", "menegaskan, dalam ... bahwa"; not "reported wait times that"
        if not first or gap.lstrip()[:1] in ",(" or first[0] in self.clex.adjuncts:
            said_that.setdefault(s, (it.speaker[0], c.end()))

    def _framed(self, s: int, e: int, said_that: dict[int, tuple[str, int]]) -> list[ClaimFound]:
        """Claims of a sentence whose figures a named body states with a frame verb ("The police
        put the Lisbon crowd at 28,000 and the Porto march at 9,500", "Rail operator CP, which put
        cancellations at 62% on Thursday, did not respond", "IMF memproyeksikan pertumbuhan 2,0
        persen"), or of a report whose complement follows an adjunct (`_said_later`). The name
        must open the sentence; one claim per figure-bearing clause."""
        if s in said_that:
            name, start = said_that[s]
            return [self._claim(name, [], cs, ce, "asserts", False, None) for cs, ce in self._clauses(start, e)]
        m = self.clex.frame_re.search(self.text, s, e)
        if m is None or not self._quantities_in(m.end(), e) or self._starting_in(s, m.start()):
            return []
        words = list(re.finditer(r"[^\s,]+", self.text[s:m.start()]))
        relative = bool(words) and words[-1].group(0).lower() in self.clex.relatives
        if relative:
            words.pop()
        if not words or len(words) > 8:
            return []
        lex = self.a.lex
        low = [w.group(0).lower() for w in words]
        if len(low) == 1 and (low[0] in lex.pronouns or low[0] in lex.body_pronouns or low[0] in lex.stopwords):
            return []  # "It expects growth of 1.8%": whose, the sentence does not say
        found = self.a.resolve(s, self._trim_verbal(s, s + words[-1].end()))
        named = any(w.group(0)[:1].isupper() for w in words[1:]) or (words[0].group(0)[:1].isupper()
                                                                     and low[0] not in lex.stopwords)
        if found is None or not (named or found[1] is not None):  # a name, or a description of one
            return []
        end = e
        if relative:  # "CP, which put cancellations at 62% on Thursday, did not respond": the clause
            first = self._quantities_in(m.end(), e)[0]
            comma = self.text.find(",", self.quantities[first].end, e)
            end = comma if comma != -1 else e
        return [self._claim(found[0], [], cs, ce, "asserts", False, None) for cs, ce in self._clauses(m.start(), end)]

    def _carried(self, said: list[ClaimFound], ends: list[int], s: int) -> ClaimFound | None:
        """The figure claim a sentence without attribution continues: one ending in the sentence
        just before it, in the same paragraph ("Menurut hitung cepat Cakra Data, A unggul 52,4
        persen. Pasangan B memperoleh 47,6 persen."). Such figures are its source's, not the
        outlet's."""
        k = bisect_left(ends, s + 1) - 1
        if k < 0:
            return None
        prev = said[k]
        gap = self.text[prev.evidence_end:s]
        if prev.value is None or "\n" in gap or len(gap) > CARRY_GAP or prev.source == self.doc._.warta_outlet:
            return None
        # the sentence before must end where the claim does (no other sentence between)
        before = [b for a, b, _ in self.a.sentences if prev.evidence_end <= b <= s]
        return prev if len(before) <= 1 else None

    def _counted_object(self, it: Item) -> bool:
        """A report whose noun object is a figure ("reported 2,205 deaths", "mencatat 612 kasus"):
        a claim without a quote."""
        if it.cue_end is None or it.end > it.cue_end or it.dropped:
            return False
        pre = self.text[max(0, it.cue_start - 12):it.cue_start].lower().split()
        if pre and pre[-1] in self.a.lex.negations:
            return False
        head = self.text[it.cue_end:it.cue_end + 40]
        words = list(re.finditer(r"\S+", head))[:3]
        if not words:
            return False
        limit = it.cue_end + words[-1].end()
        inside = self._starting_in(it.cue_end, limit)
        return bool(inside) and any(self.quantities[i].start < self._object_end(it) for i in inside)

    def _own_negation(self, ev: str) -> bool:
        """A statement whose subject never did it ("Saya tidak pernah menandatangani …", "the mayor
        had never described …", "tidak ada rencana mengganti pelatih"): the source denies."""
        words = WORD.findall(ev.lower())[:5]
        head = " ".join(words)
        blockers = set(getattr(self.a.lex.res, "PASSIVE_AUXILIARIES", ()))
        for neg in getattr(self.a.lex.res, "DENIAL_NEGATIONS", ()):
            k = head.find(neg)
            before = head[:k].split()
            if k != -1 and (k == 0 or head[k - 1] == " ") and len(before) <= 3 \
                    and not (before and before[-1] in blockers):  # "the money was never recovered"
                return True
        return False

    def _trim_verbal(self, s: int, e: int) -> int:
        """End of a subject phrase without trailing auxiliaries and adverbs."""
        lex = self.a.lex
        words = list(re.finditer(r"\S+", self.text[s:e]))
        while words and (words[-1].group(0).lower() in lex.auxiliaries or words[-1].group(0).lower() in lex.adverbs):
            words.pop()
        return s + words[-1].end() if words else e

    def _object_end(self, it: Item) -> int:
        """End of a report's noun object: the sentence end, or a clause joint / another cue before it."""
        k = self.a._sentence_at(it.cue_start)
        sent = self.a.sentences[k][:2] if k >= 0 and it.cue_start < self.a.sentences[k][1] else None
        if sent is None:
            return it.cue_end
        end = sent[1]
        cues = self.__dict__.get("_cue_starts")
        if cues is None:  # the first cue after this one, by bisection (a scan per report was quadratic)
            cues = self._cue_starts = sorted(o.cue_start for o in self.a.items if o.cue_start is not None)
        k = bisect_right(cues, it.cue_end)
        if k < len(cues) and cues[k] < end:
            end = cues[k]
        j = self.clex.joint_re.search(self.text, it.cue_end, end)
        if j is not None:
            end = j.start()
        k = self.text.find(";", it.cue_end, end)
        return k if k != -1 else end

    def _sources(self, it: Item) -> list[str]:
        """"Moscow and Pyongyang have both dismissed the reports": one claim per source."""
        name = it.speaker[0]
        if it.sp is not None:
            phrase = self.text[it.sp[0]:it.sp[1]]
            parts = re.split(r"\s+(?:and|dan|serta)\s+|,\s*", phrase)
            if len(parts) > 1 and all(p[:1].isupper() for p in parts if p):
                names = []
                pos = it.sp[0]
                for p in parts:
                    i = self.text.find(p, pos, it.sp[1])
                    r = self.a.resolve(i, i + len(p)) if i != -1 else None
                    if r is not None:
                        names.append(r[0])
                    pos = i + len(p) if i != -1 else pos
                if len(names) == len(parts):
                    return names
        return [name]

    def _clauses(self, s: int, e: int) -> list[tuple[int, int]]:
        """Split a statement at clause joints when more than one part carries a figure."""
        cuts = [s]
        for x in self.clex.joint_re.finditer(self.text, s, e):
            cuts.append(x.start())
        cuts.append(e)
        parts = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
        with_fig = [p for p in parts if self._quantities_in(*p)]
        if len(with_fig) <= 1:
            return [(s, e)]
        # each figure-bearing part, extended over the figure-less parts after it
        out = []
        for i, (a, b) in enumerate(parts):
            if (a, b) not in with_fig:
                continue
            end = b
            for a2, b2 in parts[i + 1:]:
                if (a2, b2) in with_fig:
                    break
                end = b2
            out.append((a, end))
        return out

    def _starting_in(self, s: int, e: int) -> list[int]:
        """Indexes of the quantities that start in [s, e), in start order."""
        return self._q_order[bisect_left(self._q_starts, s):bisect_left(self._q_starts, e)]

    def _quantities_in(self, s: int, e: int) -> list[int]:
        return sorted(i for i in self._starting_in(s, e) if self.quantities[i].end <= e)

    def _claim(self, source, via, s, e, stance, hedged, qi) -> ClaimFound:
        text = self.text
        lead = len(text[s:e]) - len(text[s:e].lstrip(" ,;"))
        s += lead
        raw = text[s:e].rstrip()
        while raw.endswith((",", ";", ".")):
            raw = raw[:-1].rstrip()
        e = s + len(raw)
        for w in self.a.lex.res.COMPLEMENTIZERS + self.a.lex.res.CLAUSE_JOINTS:
            if raw.lower().startswith(w + " "):
                s += len(w) + 1
                raw = raw[len(w) + 1:]
        ev = text[s:e]
        qidx = self._quantities_in(s, e)
        value, unit = self._main_value(qidx, s)
        st = stance or "asserts"
        if st == "asserts":
            for name, rx in self.a.lex.stance_res:
                if name in ("denies", "unconfirmed") and rx.search(ev):
                    st = name
                    break
            if st == "asserts" and self._own_negation(ev):
                st = "denies"
        subj, obj = self._actors(s, e, source)
        return ClaimFound(
            source=source, predicate=self._predicate(ev), stance=st, evidence_start=s, evidence_end=e,
            evidence=ev, via=[v for v in via if v != source], subject=subj, object=obj, value=value,
            unit=unit, quantities=qidx, hedged=hedged or bool(self.a.lex.hedge_re.search(ev)), quote=qi)

    def _main_value(self, idx: list[int], s: int) -> tuple[float | None, str | None]:
        if not idx:
            return None, None
        qs = [(i, self.quantities[i]) for i in idx]

        def before(q: QuantityFound) -> str:
            words = WORD.findall(self.text[max(s, q.start - 30):q.start].lower())
            return " ".join(words[-2:])

        def rank(pair):
            i, q = pair
            b = before(q).split()
            cat = VALUE_PREFERENCE.index(q.category) if q.category in VALUE_PREFERENCE else len(VALUE_PREFERENCE)
            tgt = any(w in self.clex.target for w in b)
            # "bertambah menjadi 13 orang": a figure a change ends at is the new total, not the increment
            inc = not tgt and any(w in self.clex.increment for w in b)
            return (cat, inc, not tgt, -q.value, i)

        best = min(qs, key=rank)[1]
        return best.value, best.unit

    def _predicate(self, ev: str) -> str:
        x = self.clex.predicate_re.search(ev)
        if x is None:
            return "states"
        name = self.clex.predicates.get(" ".join(x.group(1).lower().split()), "states")
        if name in ("send", "deploy", "present", "train", "plan_send") and self.clex.troop_re.search(ev):
            return name + "_troops"
        return name

    def _actors(self, s: int, e: int, source: str | None) -> tuple[str | None, str | None]:
        """Subject and object: the first distinct named actors in the evidence before and after its
        predicate word (the first two where no predicate word is found). A place named as where
        something happened ("on Indonesia's Sulawesi island", "di Kabupaten Sigi") is no actor."""
        names: list[tuple[int, str]] = []
        if self.mentions:
            for k in range(bisect_left(self._m_starts, s), len(self.mentions)):  # sorted by start
                ms, me, c = self.mentions[k]
                if ms > e:
                    break
                if me <= e and c.name != source and all(c.name != n for _p, n in names) \
                        and not (c.type in PLACE_TYPES and self._locative(s, ms)):
                    names.append((ms, c.name))
        else:
            for rs, re_ in self.a._name_runs(self.text, s, e):
                n = self.text[rs:re_]
                if n != source and all(n != x for _p, x in names) and rs > s and not self._locative(s, rs):
                    names.append((rs, n))
        pred = self.clex.predicate_re.search(self.text, s, e)
        if pred is not None and names:
            before = [n for p, n in names if p < pred.start()]
            after = [n for p, n in names if p >= pred.end()]
            return (before[0] if before else None, after[0] if after else None)
        return (names[0][1] if names else None, names[1][1] if len(names) > 1 else None)

    def _locative(self, s: int, start: int) -> bool:
        """Whether the name at `start` follows a locative preposition, possibly through a chain of
        possessive names ("on Indonesia's Sulawesi island")."""
        words = re.findall(r"[\w'’]+", self.text[max(s, start - 60):start])
        while words and (words[-1].endswith(("'s", "’s")) or words[-1][:1].isupper()):
            words.pop()
        return bool(words) and words[-1].lower() in self.clex.locatives


def _overlap_test(spans: list[tuple[int, int]]):
    """A function (s, e) -> whether some span [a, b) has a <= s < b or s <= a < e, answered by
    bisection over the spans sorted by start (a prefix maximum of their ends) instead of a scan."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach: list[int] = []
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)

    def covered(s: int, e: int) -> bool:
        k = bisect_left(starts, s)
        if k < len(starts) and starts[k] < e:  # a span starts inside [s, e)
            return True
        j = bisect_left(starts, s + 1) - 1  # the spans with a <= s
        return j >= 0 and reach[j] > s

    return covered
