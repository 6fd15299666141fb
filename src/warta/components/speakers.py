"""Speaker phrases and their resolution, for the quote finder.

`SpeakerResolver` is mixed into `quotes.Analysis`: it finds the phrase that names a speaker
(the subject before a reporting verb, the name after a postposed cue, name runs) and resolves
it to an entity, a pronoun's antecedent, or a description ("the civil defense agency").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import takewhile

from warta.budget import checkpoint
from warta.components.quote_lexicon import TOKEN, Lexicon
from warta.components.quote_marks import QUOTE_CHARS, Mark
from warta.components.speaker_descriptions import DescriptionResolver
from warta.nlp.annotations import EntityCluster
from warta.nlp.spans import mention_index


@dataclass
class Item:
    """A statement or report found in the text before speakers are resolved."""

    kind: str  # direct | indirect | report (a cue with no reported content)
    start: int
    end: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    sp: tuple[int, int] | None = None  # speaker phrase
    via_sp: list[tuple[int, int]] = field(default_factory=list)
    stance: str | None = None
    hedged: bool = False
    para: int = 0
    sent: int = 0
    mark: Mark | None = None
    follow: Item | None = None  # speaker taken from another item (split or continued quote)
    same_as_prev: bool = False  # "…, adding that …": speaker of the previous statement
    anonymous: bool = False
    relay_fallback: tuple[int, int] | None = None
    inner_via: Item | None = None  # speech reported inside a direct quote: quoter is the relay
    speaker: tuple[str, str | None, int | None, int | None] | None = None
    dropped: bool = False
    role: str = ""  # pre | post | paren | acc_pre | cont | coord
    lead_comma: int | None = None  # comma before a postposed attribution/continuation
    sp_fallback: tuple[int, int] | None = None  # subject of the sentence for a coordinated verb
    intro: bool = False  # "X menuturkan:" ending its paragraph: the next paragraph's quote is X's
    outlet_sp: tuple[int, int] | None = None  # the outlet heard ("told Tolo News"), own outlet included


DATE_PAREN = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
POSSESSIVE = re.compile(r"['’]s$")  # "Australia's": a possessive opening an appositive


class SpeakerResolver(DescriptionResolver):
    """Speaker-phrase parsing and resolution over `self.text` / a masked copy `m`."""

    doc: object
    text: str
    lex: Lexicon
    items: list[Item]
    sentences: list[tuple[int, int, int]]
    _masked: str
    _clusters: list[EntityCluster]
    _titles: list[tuple[int, int]]  # the words of bare single-quoted titles (quote_marks)

    def _clause_start(self, m: str, s: int, pos: int) -> int:
        """Start of the clause ending at `pos`: after the last comma-free boundary."""
        k = max(m.rfind(ch, s, pos) for ch in (",", ";", ":", "—", "–"))
        if k >= s:
            # a comma inside a name list ("Kepala Pusat Data, Informasi, dan …") still splits;
            # the subject parser walks back over appositives itself
            return k + 1
        return s

    def _tail_end(self, m: str, a: int, e: int, stop_comma: bool = True) -> int:
        k = e
        for ch in ((",", ";") if stop_comma else (";",)):
            j = m.find(ch, a, e)
            if j != -1:
                k = min(k, j)
        return k

    def _phrase_end(self, m: str, a: int, e: int, stop_at_words: bool = True) -> int:
        """End of a name phrase starting at `a`: the next comma/period or stop word."""
        pos = a
        for t in TOKEN.finditer(m, a, e):
            gap = m[pos:t.start()]
            if any(ch in gap for ch in ",;:.\n") or any(ch in gap for ch in QUOTE_CHARS):
                return pos
            w = t.group(0)
            before = m[a:t.start()].split()  # empty when only spaces lie between (a relay's end)
            if stop_at_words and before and (w.lower() in self.lex.stopwords
                                              or self.lex.verb_re.fullmatch(w)) \
                    and not before[-1].isdigit():  # "wanita 24 tahun itu": an age
                return pos
            end = t.end()
            if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", w) and not self._honorific(w):
                return end - 1
            pos = end
        return pos

    def _cue_speaker(self, m: str, x: re.Match, e: int) -> tuple[int, int]:
        """The speaker phrase after a postposed cue; "-nya" on the cue is a pronoun."""
        cue = x.group(0)
        if cue.lower().endswith("nya") and cue.lower()[:-3] in self.lex.post_cues:
            return (x.end() - 3, x.end())
        a = x.end()
        lead = re.match(r"\s*", m[a:e])
        a += lead.end()
        end = self._phrase_end(m, a, e)
        # "kata Ketua Majelis Hakim, Ratna Dewi Simanjuntak, saat …": the name in apposition
        app = re.match(r",\s*", m[end:e])
        if app:
            b = end + app.end()
            b_end = self._phrase_end(m, b, e)
            words = m[b:b_end].split()
            joint = next((i for i, w in enumerate(words) if i > 0 and w.lower() in self.lex.coordinators), None)
            listed = self._title_end(b)
            if listed is not None and listed < b_end:
                # "tutur Kepala Divisi Pajak, Infrastruktur dan Keamanan Siber Bima Laga": the
                # title's domains go on after its comma; the name follows them
                b += len(m[b:listed]) + len(m[listed:b_end]) - len(m[listed:b_end].lstrip())
                words, joint = m[b:b_end].split(), None
            if joint is not None and joint < len(words) - 1 and all(w[:1].isupper() for w in words[joint + 1:]):
                # "kata pengacaranya, Eric Corngold dan Mary Mulligan": the first of the names
                k = re.search(r"\s+" + re.escape(words[joint]) + r"\s", m[b:b_end])
                b_end, words = (b + k.start(), words[:joint]) if k else (b_end, words)
            if words and all(w[:1].isupper() or self._honorific(w) for w in words) and len(words) <= 5 \
                    and not self._honorific(words[-1]) and not all(
                        w.lower().strip("()") in self.lex.date_words for w in words):
                return (b, b_end)  # but "kata juru bicara kepolisian, Senin.": a date, no name
        return (a, end)

    def _title_end(self, pos: int) -> int | None:
        """The end of the title chain (the entity rules' title spans) that `pos` lies inside."""
        spans = (self.doc.user_data.get("warta_entity_titles") or {}).get("spans") or ()
        return next((e for s, e in spans if s < pos < e), None)

    def _honorific(self, w: str) -> bool:
        """A lower-case title abbreviation that is part of a name ("dr. Lestari Siregar")."""
        return bool(re.fullmatch(r"[a-z]{1,4}\.", w)) and w.lower() in self.lex.abbreviations

    def _fronted(self, m: str, s: int, b: int) -> bool:
        """The comma segment ending at `b` opens with a preposition ("On the railways, the SMAQ
        union said"): a phrase fronted before the subject, not a name the subject stands beside."""
        first = TOKEN.search(m, self._clause_start(m, s, b), b)
        return first is not None and first.group(0).lower() in self.lex.fronted

    def _subject(self, m: str, s: int, seg_start: int, verb_start: int,
                 subordinate: bool = True) -> tuple[int, int] | None:
        """The subject phrase of a verb: the clause before it, walking back over an appositive."""
        lex = self.lex
        rel = self._relative_epithet(m, s, verb_start)
        if rel is not None:
            return rel  # "Aktor yang lahir di Jakarta, 12 Februari 1983 itu menegaskan": the epithet
        a, b = seg_start, verb_start
        for _ in range(4):
            words = [(t.start(), t.end(), t.group(0)) for t in TOKEN.finditer(m, a, b)]
            while words and (words[-1][2].lower().strip(".") in lex.adverbs
                             or words[-1][2].lower() in lex.date_words or DATE_PAREN.fullmatch(words[-1][2])):
                if self._closes_noun_phrase(words):
                    break  # "Politikus Partai Karya Bangsa itu menyebut": the demonstrative refers back
                words.pop()
            if words and words[0][2][:1].islower() and words[0][2].lower() not in lex.demonstratives \
                    and words[0][2].lower() not in lex.pronouns and a > s and b != verb_start \
                    and not self._honorific(words[0][2]) and words[0][2].lower() not in lex.joints:
                words = []  # "Andriy Kovalenko, head of …, said": the role, not the name
            elif words and a > s and b == verb_start and words[0][2].lower() in lex.stopwords \
                    and words[0][2][:1].islower() and words[0][2].lower() not in lex.joints \
                    and words[0][2].lower() not in lex.connectors \
                    and words[0][2].lower() not in getattr(lex.res, "SUBORDINATORS", ()):  # "…, as a union said"
                words = []  # "Welly Salam, dalam keterangan tertulis mengklaim": an adjunct, not the subject
            elif words and a > s and (words[0][2] in lex.articles or (
                    POSSESSIVE.search(words[0][2]) and len(words) > 1 and words[1][2][:1].islower())) \
                    and self._name_before(m, s, a - 1) and not self._fronted(m, s, a - 1):
                # "Cal-Maine Foods, the largest U.S. producer, denied", "Tasman, Australia's
                # third-largest mobile operator, said": the appositive
                words = []
            elif words and a > s and all(w[2].strip("()").isdigit() for w in words):
                words = []  # "Sarah Nwosu, 34, said": an age
            elif words and a > s and self._intermediary_before(m, s, a - 1):
                words = []  # "Pihak perusahaan, melalui … kuasa hukumnya, Robert Sianturi, menyatakan": the relay
            if words:
                break
            # empty segment: "Direktur …, Fajar Nurhadi, mengatakan" -> previous comma segment
            if a <= s:
                return None
            b = a - 1
            a = self._clause_start(m, s, b)
        else:
            return None
        # "sehari setelah Angkatan Udara mengumumkan": the subject of the subordinate clause
        subs = getattr(lex.res, "SUBORDINATORS", ()) if subordinate else ()
        head_rel = next((i for i, w in enumerate(words) if i > 0 and w[2].lower() in self._relatives), len(words))
        k = max((i for i, w in enumerate(words[:head_rel - 1]) if w[2].lower() in subs), default=-1)
        if k >= 0:  # not inside a relative clause: "A spokesperson who … because of agency policy said"
            words = words[k + 1:]
        # a discourse connective opening the sentence ("Lebih lanjut politisi … itu"), then
        # leading conjunctions and adverbs
        for opener in lex.discourse_openers:
            n = len(opener)
            if len(words) > n and tuple(w[2].lower() for w in words[:n]) == opener:
                words = words[n:]
                break
        while words and (words[0][2].lower() in lex.adverbs or words[0][2].lower() in lex.connectors
                         or words[0][2].lower() in lex.joints or lex.comp_re.fullmatch(words[0][2])):
            words.pop(0)
        if not words:
            return None
        # cut at a stop word that follows the head ("Kantor berita Yonhap pada Jumat"), but not
        # inside an anonymous head ("Analysts at Northgate Securities")
        anon = lex.anon_re.match(m, words[0][0], words[-1][1])
        first = 0
        if anon:
            first = next((i for i, w in enumerate(words) if w[0] >= anon.end()), len(words))
        rel = next((i for i, w in enumerate(words) if i > first and w[2].lower() in self._relatives), None)
        if rel is not None:
            words = words[:rel]  # "Sareh Wiyono yang merupakan mantan hakim membantah": before the clause
        cut = len(words)
        for i, (_, _, w) in enumerate(words):
            if i > first and w.lower() in lex.stopwords:
                cut = i
                break
        if cut < len(words) and rel is not None:
            c = self._cluster_in(words[cut][0], words[-1][1])
            if c is not None and c.type == "PERSON" and any(
                    mt.end == words[-1][1] and len(mt.text.split()) >= 2 for mt in c.mentions):
                cut = len(words)  # "Anggota Komisi II dari Fraksi Gerindra Sareh Wiyono": the person ends it
        words = words[:cut]
        if not words:
            return None
        return (words[0][0], words[-1][1])

    def _closes_noun_phrase(self, words: list[tuple[int, int, str]]) -> bool:
        """Whether the last word is a demonstrative that closes the noun phrase before it, in a
        language whose demonstratives follow their noun ("politikus itu", not "saat ini" or
        "baru-baru ini", where the word before is an adverb too)."""
        lex = self.lex
        closers = lex.noun_closers
        if not 2 <= len(words) <= 7 or words[-1][2].lower() not in closers:
            return False
        low = [w[2].lower() for w in words]
        if any(w in closers for w in low[:-1]) or low[0] in lex.stopwords or low[0] in lex.adverbs:
            return False  # "Selain itu bos Persib itu": a fronted adjunct, not one noun phrase
        if lex.anon_re.fullmatch(" ".join(low[:-1])):
            return False  # "Sumber tersebut menyebut": an unnamed source stays one
        before = low[-2]
        return before.isalpha() and before not in lex.adverbs and before not in lex.stopwords \
            and before not in lex.demonstratives and before not in lex.number_words  # "uang Rp 2 miliar itu"

    def _intermediary_before(self, m: str, s: int, comma: int) -> bool:
        """Whether the comma segment ending at `comma` ends with a person the speaker spoke through
        ("… kuasa hukumnya,"); `quote_relays.RelayFinder` knows the frames."""
        return False

    def _clause_subject(self, m: str, s: int, end: int) -> tuple[int, int] | None:
        """The subject of a sentence whose verb is not a reporting verb ("The senator spoke in Ohio,
        telling …", "Gubernur Anies menghadiri rapat itu, seraya …"): the subject phrase, cut before
        the first verb-like word (a lower-case word followed by a function word in English, a verb
        form in Indonesian)."""
        sp = self._subject(m, s, s, end, subordinate=False)
        if sp is None:
            return None
        lex = self.lex
        toks = list(TOKEN.finditer(m, sp[0], end))
        if toks and toks[0].group(0).lower() in lex.pronouns | lex.body_pronouns | lex.first_person:
            return (toks[0].start(), toks[0].end())  # "He declined later to …, saying": the pronoun
        for i, t in enumerate(toks[1:], 1):
            w = t.group(0)
            if w.lower() in lex.auxiliaries or (w.lower() in lex.adverbs and w[:1].islower()
                                                and w.lower() not in lex.demonstratives):
                return (sp[0], toks[i - 1].end())  # "Health care providers have protested …"
            if not w[:1].islower() or w.lower() in lex.articles:
                continue
            nxt = toks[i + 1].group(0).lower() if i + 1 < len(toks) else ""
            verb_like = (lex.verb_form_re is not None and lex.verb_form_re.fullmatch(w.lower())) if lex.lang == "id" \
                else (nxt in lex.stopwords or nxt in lex.articles or nxt in lex.demonstratives) \
                and nxt not in lex.auxiliaries  # "providers have protested": the head noun, then the verb
            if verb_like:
                return (sp[0], toks[i - 1].end()) if toks[i - 1].end() <= sp[1] else sp
        return sp

    @property
    def _relatives(self) -> tuple[str, ...]:
        """Relative pronouns ("yang", "who"): a relative clause's subject is the name before it."""
        return getattr(self.lex.res, "RELATIVE_PRONOUNS", ())

    def _relative_epithet(self, m: str, s: int, verb_start: int) -> tuple[int, int] | None:
        """An epithet opening the sentence with a relative clause closed by a demonstrative before
        the verb, commas and all: the epithet's span."""
        lead = len(m[s:verb_start]) - len(m[s:verb_start].lstrip())
        first = TOKEN.match(m, s + lead, verb_start)
        if first is None or first.group(0).lower() not in self.lex.epithets:
            return None
        if self.lex.relative_epithet_re.match(m, first.end(), verb_start) is None:
            return None
        return (first.start(), first.end())

    def _sentence_at(self, pos: int) -> int:
        """Index of the last sentence that starts at or before `pos` (-1: none), by bisection:
        sentences are appended in text order and never overlap."""
        starts = self.__dict__.setdefault("_sent_starts", [])
        if len(starts) < len(self.sentences):
            starts.extend(a for a, _, _ in self.sentences[len(starts):])
        return bisect_right(starts, pos) - 1

    def _starts_sentence(self, pos: int) -> bool:
        i = self._sentence_at(pos)
        start = self.sentences[i][0] if i >= 0 else None
        return start is not None and not self.text[start:pos].strip()

    def _name_before(self, m: str, s: int, a: int) -> bool:
        """Whether m[s:a] (up to the comma before an appositive) is a short capitalised name
        opening its sentence."""
        words = m[s:a].strip().rstrip(",").split()
        return 0 < len(words) <= 6 and words[0][:1].isupper() and "," not in m[s:a].strip().rstrip(",") \
            and not any(self.lex.verb_re.fullmatch(w) for w in words)

    def _last_run(self, m: str, a: int, b: int, skip_after_prep: bool = False) -> tuple[int, int] | None:
        runs = self._name_runs(m, a, b, skip_after_prep=skip_after_prep)
        return runs[-1] if runs else None

    def _name_runs(self, m: str, a: int, b: int, skip_after_prep: bool = False) -> list[tuple[int, int]]:
        """Maximal runs of capitalised words in m[a:b]; a parenthesised acronym ends the name."""
        lex = self.lex
        runs: list[tuple[int, int]] = []
        cur: list[int] | None = None
        cut = False
        prev_word = ""
        pending_conn = None
        for t in TOKEN.finditer(m, a, b):
            w = t.group(0)
            gap = m[cur[1]:t.start()] if cur else ""
            if cur and any(ch in gap for ch in ",;:.\n"):
                runs.append((cur[0], cur[1]))
                cur, cut = None, False
            if w.startswith("(") and w.endswith(")"):
                if cur and w[1:-1].isupper():
                    cut = True
                    continue
                if cur:
                    runs.append((cur[0], cur[1]))
                    cur, cut = None, False
                continue
            wl = w.rstrip(".")
            capital = wl[:1].isupper()
            if capital and not (skip_after_prep and cur is None and prev_word in lex.stopwords):
                if cur is None:
                    cur = [t.start(), t.start() + len(wl)]
                elif not cut:
                    cur[1] = t.start() + len(wl)
                pending_conn = None
                if wl.endswith(("'s", "’s")):
                    cur[1] -= 2
                    runs.append((cur[0], cur[1]))
                    cur, cut = None, False
            elif cur and w.lower() in lex.connectors and pending_conn is None:
                pending_conn = w
            else:
                if cur:
                    runs.append((cur[0], cur[1]))
                cur, cut, pending_conn = None, False, None
            prev_word = w.lower()
        if cur:
            runs.append((cur[0], cur[1]))
        return runs

    # ---- speakers

    def _resolve_all(self) -> None:
        last: tuple | None = None
        last_person: tuple | None = None
        by_para: dict[int, list[Item]] = {}
        for it in self.items:
            by_para.setdefault(it.para, []).append(it)
        for it in self.items:
            checkpoint()  # the page budget (warta.budget)
            if it.follow is not None or it.same_as_prev:
                continue
            if it.sp is None:
                continue
            r = self._speaker(it, last, last_person)
            if r is not None and it.role == "relay":
                r = (self.text[it.sp[0]:it.sp[1]].strip(), r[1], *it.sp, False)  # the outlet as written
            unnamed = self._unnamed_person(*it.sp)
            if (r is None or unnamed) and it.relay_fallback is not None:
                # "Antara, mengutip petugas di lokasi, melaporkan …": the citing outlet speaks
                r = self.resolve(*it.relay_fallback)
                it.via_sp = [v for v in it.via_sp if v != it.relay_fallback and not self._overlaps(v, it.sp)]
            elif unnamed and it.outlet_sp is not None:
                # "a local health official told Tolo News that …": the outlet speaks
                r = self.resolve(*it.outlet_sp, relay=True) or r
                it.via_sp = [v for v in it.via_sp if not self._overlaps(v, it.outlet_sp)]
            if r is None and self.lex.anon_re.fullmatch(self.text[it.sp[0]:it.sp[1]].strip()):
                # "the department said Monday, and officials predicted …": that body's officials
                body = next((o.speaker for o in reversed(by_para[it.para]) if o is not it and o.sent == it.sent
                             and o.speaker is not None and not o.speaker[4]
                             and (o.cue_start or 0) < (it.cue_start or 0)), None)
                r = body
            if r is None:
                r = self._anonymous(*it.sp)
            it.speaker = r
            if r is not None:
                last = r
                if r[4]:
                    last_person = r
        # statements that take their speaker from a neighbour
        prev_stmt: Item | None = None
        for i, it in enumerate(self.items):
            if it.same_as_prev:
                # items come paragraph by paragraph: look back within this one only
                back = (self.items[k] for k in range(i - 1, -1, -1))
                src = next((o for o in takewhile(lambda o, p=it.para: o.para == p, back) if o.sent == it.sent
                            and o.speaker is not None), prev_stmt)
                own = self.resolve(*it.sp_fallback) if it.sp_fallback is not None and (
                    src is None or src.sent != it.sent) else None
                if own is not None:
                    it.speaker = own
                elif src is not None and src.speaker is not None:  # "She …, saying …": who has been speaking
                    it.speaker = src.speaker
                    it.via_sp = it.via_sp or list(src.via_sp)
            elif it.follow is not None and it.follow.speaker is not None:
                it.speaker = it.follow.speaker
                it.via_sp = list(it.follow.via_sp)
            if it.speaker is not None and it.kind != "report":
                prev_stmt = it
        # unattributed directs: next paragraph's attribution (open-ended), else the last speaker
        directs = [it for it in self.items if it.kind == "direct"]
        for i, d in enumerate(directs):
            if d.speaker is not None:
                continue
            nxt = directs[i + 1] if i + 1 < len(directs) else None
            if d.mark and not d.mark.closed and nxt is not None and nxt.para == d.para + 1:
                src = nxt if nxt.speaker is not None else None
                if src is None and nxt.follow is not None:
                    src = nxt.follow
                if src is not None and src.speaker is not None:
                    d.speaker, d.cue, d.via_sp = src.speaker, src.cue, list(src.via_sp)
                    continue
            # items of later paragraphs start after d: this and the previous paragraph hold them all
            near = by_para.get(d.para - 1, []) + by_para.get(d.para, [])
            prevs = [it for it in near if it.speaker is not None and (it.kind != "report" or it.intro)
                     and it.role != "relay" and (it.cue_start or it.start) < d.start]
            if prevs:
                src = prevs[-1]
                d.speaker, d.cue, d.via_sp = src.speaker, src.cue, list(src.via_sp)
        # nested speech takes its relay from the quote it sits in
        for it in self.items:
            if it.kind == "direct" and it.speaker is None:
                it.dropped = True

    @staticmethod
    def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    def _speaker(self, it: Item, last, last_person):
        s, e = it.sp
        phrase = self.text[s:e].strip()
        low = phrase.lower()
        if not phrase:
            return None
        if low in self.lex.pronouns:
            return self._gendered(low, self._speaker_pronoun(s, last, last_person), s)
        if low in self.lex.epithets and it.cue_start is not None and e < it.cue_start:
            # "Pria yang akrab disapa Kang Deden itu menyebut …": the relative clause closed by a
            # demonstrative is part of the subject; a person named in it, else the person speaking
            rel = self.text[e:it.cue_start]
            if self.lex.relative_epithet_re.match(rel):
                c = self._cluster_in(e, it.cue_start)
                speaking = self._speaker_pronoun(s, last, last_person)
                if c is not None and c.type == "PERSON" and not (
                        speaking is not None and set(c.name.split()[1:] or c.name.split()) & set(speaking[0].split())):
                    return (self._written(c), c.id, s, it.cue_start, True)
                return speaking  # "Kang Deden" is the Deden Rusmana who has been speaking
        if low in self.lex.body_pronouns:  # "It said": the body that has been speaking, else the last one named
            body = next((it.speaker for it in reversed(self.items) if it.speaker is not None
                         and not it.speaker[4] and (it.cue_start or 0) < s), None)
            if body is None:
                from warta.components.coref import nearest_fitting

                c = nearest_fitting(self._clusters, s, "ORG")
                body = (self._written(c), c.id, s, e, False) if c is not None else None
            return body or self.resolve(s, e)
        if low in self.lex.first_person:
            return last
        words = phrase.split()
        if len(words) > 1 and any(w.lower() in self.lex.pronouns for w in words) and \
                all(w[:1].islower() for w in words[1:]) and self._cluster_in(s, e) is None:
            # "Lebih jauh ia", "Enam jam kemudian ia": adverbs around a pronoun subject
            return self._speaker_pronoun(s, last, last_person)
        return self.resolve(s, e)

    def resolve(self, s: int, e: int, relay: bool = False):
        """Resolve a speaker phrase to (name, id, start, end, is_person) or None.

        A named phrase gives its entity (or its last run of capitalised words); a description
        ("the state's civil defense agency", "otoritas kesehatan Gaza", "kementerian itu") gives a
        fitting entity where one exists, else the description itself. An anonymous head with no
        body after it ("an official") gives None: the caller falls back to a relay or the head.
        """
        lex, text = self.lex, self.text
        raw = text[s:e]
        lead = len(raw) - len(raw.lstrip())
        s += lead
        e = s + len(raw.strip())
        phrase = text[s:e]
        if not phrase:
            return None
        first = phrase.split()[0]
        if first.lower() in lex.openers and len(phrase.split()) > 1:
            s = text.index(phrase.split()[1], s + len(first))  # "demikian AFP melaporkan": AFP
            phrase = text[s:e]
        elif len(phrase.split()) > 1 and first[:1].islower() and lex.document_re.fullmatch(first) \
                and phrase.split()[1][:1].isupper():
            s = text.index(phrase.split()[1], s + len(first))  # "Menurut rincian NDRRMC": NDRRMC
            phrase = text[s:e]
        anon = lex.anon_re.match(phrase)
        if anon:
            if not phrase[anon.end():].strip():
                return None
            s += anon.end()
            phrase = text[s:e]
        words = phrase.split()
        while len(words) > 1 and self._honorific(words[0]):
            s = text.index(words[1], s + len(words[0]))  # "dr. Lestari Siregar": the name
            phrase, words = text[s:e], words[1:]
        low_words = [w.lower() for w in words]
        if low_words[-1] in lex.first_person or (len(words) == 1 and low_words[0] in lex.pronouns):
            return None
        c = self._cluster_in(s, e)
        if relay and c is not None and c.type == "ORG" and words[0][:1].islower() \
                and any(mt.start >= s and e - mt.end <= 1 for mt in c.mentions):
            # "kantor berita Yonhap", "televisi pemerintah MRTV": the outlet by its name
            return (self._written(c), c.id, s, e, False)
        described = self._is_description(words, c, s, e)
        if described:
            return self._description(s, e, words, relay=relay)
        if c is None:
            c = self._coref(s, e)
        runs = [r for r in self._name_runs(text, s, e)  # a title in single marks is no name
                if not any(a <= r[0] and r[1] <= b for a, b in self._titles)]
        if c is not None and c.type in ("GPE", "LOC") and runs:
            # "Militer Israel", "Pemerintah Korea Selatan": a body named after the place
            rs, re_ = runs[-1]
            inner = [mt for mt in c.mentions if rs <= mt.start and mt.end <= re_]
            if inner and len(text[rs:re_].split()) > max(len(mt.text.split()) for mt in inner):
                return (text[rs:re_], None, rs, re_, False)
        if c is not None:
            return (self._written(c), c.id, s, e, c.type == "PERSON")
        if len(words) >= 2 and words[0][:1].isupper() and all(w[:1].islower() for w in words[1:]) \
                and low_words[1] not in lex.stopwords and self._starts_sentence(s):
            return (phrase, None, s, e, False)  # "Majelis hakim" opening its sentence: a description
        if not runs:
            return self._description(s, e, words, relay=relay)
        if relay and words[0][:1].islower():
            return (phrase, None, s, e, False)  # "kantor kepresidenan Korea Selatan"
        rs, re_ = runs[-1]
        name = text[rs:re_]
        if name.lower() in lex.first_person or name.lower() in lex.pronouns:
            return None
        return (name, None, rs, re_, True)  # without entity types any named speaker may be 'dia'

    def _written(self, c: EntityCluster) -> str:
        """The entity's name as the article writes it: its name, or where that is an expansion the
        text never uses ("Agence France-Presse" for "AFP"), its longest written name."""
        if c.name in self.text:
            return c.name
        forms = [mt.text for mt in c.mentions if mt.kind in ("name", "alias") and mt.text]
        return max(forms, key=len) if forms else c.name

    def _cluster_in(self, s: int, e: int) -> EntityCluster | None:
        """The entity cluster mentioned in [s, e): the last PERSON/ORG mention, else the last."""
        if not self._clusters:
            return None
        best = best_any = None
        inside = mention_index(self._clusters, self.doc.user_data).within(s, e)
        for mt, c in inside:
            if c.type in ("PERSON", "ORG") and (best is None or mt.end > best[0]):
                best = (mt.end, c)
            if best_any is None or mt.end > best_any[0]:
                best_any = (mt.end, c)
        if best is not None and best[1].type == "ORG":
            # "Karen Ode of Ridgeline Research", "Priya Raman dari Core": the person, of a body
            for mt, c in inside:
                if c.type == "PERSON" and self.lex.affiliation_re.match(self.text, mt.end, e) \
                        and any(om.start >= mt.end and om.end == best[0] for om, oc in inside if oc is best[1]):
                    return c
        if best is not None:
            return best[1]
        return best_any[1] if best_any else None
