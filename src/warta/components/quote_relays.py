"""Relays between a speaker and the article, for the quote finder.

`RelayFinder` sits between `speakers.SpeakerResolver` and `quote_frames.FrameFinder`. A relay is
whoever passed the words on: an outlet quoted ("seperti dikutip AFP", "dilansir Kompas.com dari
Reuters": the first relays the second), an outlet the speaker told ("told Reuters", "kata seorang
sumber kepada majalah Tempo", "the minister told the broadcaster": the outlet named before), an
interview ("dalam wawancara dengan Lentera TV", later "dalam wawancara tersebut"), or a person the
speaker spoke through ("melalui kuasa hukumnya, Daniel Simatupang"). Words come from
`lang/<code>/reporting.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.components.quote_lexicon import TOKEN, Lexicon, _alt
from warta.components.quote_marks import QUOTE_CHARS
from warta.components.speakers import Item, SpeakerResolver


@dataclass(frozen=True)
class RelayWords:
    citing: frozenset[str]  # active frames: the subject cites the source, who speaks ("mengutip", "citing")
    chain_re: re.Pattern  # "dilansir Kompas.com dari Reuters": the next link of a relay chain
    intermediary_re: re.Pattern  # "melalui kuasa hukumnya, X": a person the speaker spoke through
    interview_anaphor_re: re.Pattern  # "dalam wawancara tersebut": the interview named before
    agent_re: re.Pattern  # "a report by Bloomberg": the author of a document
    infinitive_cues: frozenset[str]  # "vowed to …": the promise itself is the content
    infinitive_markers: frozenset[str]
    as_cues: frozenset[str]  # "described X as Y": the cue reports only with its marker
    as_markers: frozenset[str]


_WORDS: dict[str, RelayWords] = {}


def relay_words(lex: Lexicon) -> RelayWords:
    """The relay words of `lex`'s language, compiled once per language."""
    if lex.lang not in _WORDS:
        _WORDS[lex.lang] = _compile(lex.res)
    return _WORDS[lex.lang]


def _compile(rep) -> RelayWords:
    e = r"(?![\w\-–])"

    def rx(words, pre=r"(?<![\w\-–])", post=e):
        return re.compile(pre + "(?:" + _alt(words) + ")" + post, re.I) if words else re.compile("(?!)")

    return RelayWords(
        citing=frozenset(x.lower() for x in getattr(rep, "CITING_FRAMES", ())),
        chain_re=rx(getattr(rep, "RELAY_CHAIN_PREPS", ()), pre=r"\s+", post=e + r"\s+"),
        intermediary_re=rx(getattr(rep, "INTERMEDIARY_FRAMES", ()), post=e + r"[\s,]*"),
        interview_anaphor_re=rx(getattr(rep, "INTERVIEW_ANAPHORS", ())),
        agent_re=rx(getattr(rep, "DOCUMENT_AGENT_PREPS", ()), pre=r"\s", post=e + r"\s+"),
        infinitive_cues=frozenset(getattr(rep, "INFINITIVE_CUES", ())),
        infinitive_markers=frozenset(getattr(rep, "INFINITIVE_MARKERS", ())),
        as_cues=frozenset(getattr(rep, "AS_CUES", ())),
        as_markers=frozenset(getattr(rep, "AS_MARKERS", ())),
    )


class RelayFinder(SpeakerResolver):
    """Relay spans over `self.text` / the masked copy `m`; mixed into `quote_frames.FrameFinder`."""

    @property
    def _rw(self) -> RelayWords:
        return relay_words(self.lex)

    def _relays(self, m: str, s: int, e: int) -> list[tuple[int, int]]:
        """Relays named in m[s:e]: after a relay frame (with its chain), and intermediaries."""
        out = []
        for r in self.lex.relay_re.finditer(m, s, e):
            np_end = self._phrase_end(m, r.end(), e)
            phrase = m[r.end():np_end].strip()
            if not phrase or self._is_document(phrase) or self._no_source(phrase):
                continue
            out.append((r.end(), np_end))
            out.extend(self._chain(m, np_end, e))
        for r in self._rw.intermediary_re.finditer(m, s, e):
            np_end = self._phrase_end(m, r.end(), e)
            words = m[r.end():np_end].split()
            if words and all(w[:1].isupper() for w in words):
                out.append((r.end(), np_end))
        return out

    def _intermediary_before(self, m: str, s: int, comma: int) -> bool:
        a = self._clause_start(m, s, comma)
        return any(not m[r.end():comma].strip(" ,") for r in self._rw.intermediary_re.finditer(m, a, comma + 1))

    def _chain(self, m: str, a: int, e: int) -> list[tuple[int, int]]:
        """"… Kompas.com dari Reuters", "… by Bloomberg from Reuters": the next named links."""
        out = []
        while True:
            c = self._rw.chain_re.match(m, a, e)
            if c is None:
                return out
            end = self._phrase_end(m, c.end(), e)
            words = m[c.end():end].split()
            place = self._cluster_in(c.end(), end)
            if not words or not words[0][:1].isupper() or (place is not None and place.type in ("GPE", "LOC")):
                return out  # "dilaporkan kantor berita Antara dari Manila": where, not who
            out.append((c.end(), end))
            a = end

    def _no_source(self, phrase: str) -> bool:
        """A cited phrase that names nobody ("citing internal emails", "mengutip catatan lama"): no
        capitalised word, no person head ("officials", "sumber") and no medium ("local media")."""
        lex = self.lex
        words = [w.strip(",.") for w in phrase.split()]
        words = [w for w in words if w and w.lower() not in lex.articles]
        if len(words) < 2 or any(w[:1].isupper() or "." in w for w in words):
            return False  # "detik.com", "kumparan": outlets written in lower case
        if lex.anon_re.match(phrase) or (lex.outlet_re is not None and lex.outlet_re.search(phrase)):
            return False
        return not any(w.lower() in lex.unnamed_heads for w in words)

    def _relay_only(self, m: str, s: int, e: int, pi: int, si: int) -> Item | None:
        """A sentence whose only attribution is a relay frame: "Dikutip CNBC Indonesia dari
        Bloomberg, harga …" / "…, seperti dilansir Kompas.com dari Reuters.": the last link of the
        chain speaks and the links before it relay."""
        lead = len(m[s:e]) - len(m[s:e].lstrip())
        for r in self.lex.relay_re.finditer(m, s, e):
            opening = r.start() == s + lead
            closing = not opening and m[s:r.start()].rstrip().endswith(",")
            if not (opening or closing) or r.group(1).lower() in self._rw.citing and closing:
                continue
            np_end = self._phrase_end(m, r.end(), e)
            phrase = m[r.end():np_end].strip()
            if not phrase or not phrase[:1].isupper() or self._is_document(phrase):
                continue
            links = [(r.end(), np_end), *self._chain(m, np_end, e)]
            tail = links[-1][1]
            if opening:
                comma = re.match(r"[^,.;:]*,\s*", m[tail:e])
                if comma is None:
                    continue
                cs, ce = tail + comma.end(), e
                if not self._only_dates(m, tail, cs):
                    continue
                nxt = re.match(r"[^,.;:]*,\s*", m[cs:e])  # "Melansir Reuters, Kamis (11/5/2017), …"
                if nxt is not None and self._only_dates(m, cs, cs + nxt.end()):
                    cs += nxt.end()
            else:
                rest = m[tail:e].strip(" .,")
                if rest and len(rest.split()) > 3:
                    continue
                cs, ce = s + lead, m.rfind(",", s, r.start())
            if len(m[cs:ce].split()) < 4 or any(ch in QUOTE_CHARS for ch in m[cs:ce]) \
                    or self.lex.verb_re.search(m, cs, ce) or self.lex.post_re.search(m, cs, ce):
                continue  # "“…,” ujar X, seperti dikutip dari Antara": the quote's own relay
            return Item("indirect", cs, ce, cue=r.group(1), cue_start=r.start(), cue_end=r.end(), sp=links[-1],
                        via_sp=links[:-1], para=pi, sent=si, role="relay")
        return None

    def _only_dates(self, m: str, a: int, b: int) -> bool:
        """Nothing but dates between the last link and the comma ("Dilansir Soompi, Kamis (11/5/2017), …")."""
        words = [w for w in m[a:b].split() if w.strip(",")]
        return all(w.lower().strip("(),") in self.lex.date_words or re.fullmatch(r"\(?[\d/]+\)?,?", w)
                   for w in words)

    def _post_hearer(self, m: str, sp: tuple[int, int], e: int) -> tuple[int, int] | None:
        """"…, kata seorang sumber kepada majalah Tempo": the outlet the speaker told."""
        lead = re.match(r"\s*", m[sp[1]:e])
        first = TOKEN.match(m, sp[1] + lead.end(), e)
        if first is None or first.group(0).lower() not in self.lex.hearer_preps:
            return None
        return self._hearer_relay(m, first.start(), e)

    def _object_hearer(self, m: str, a: int, e: int) -> tuple[int, int] | None:
        """"told Reuters the company had seen no evidence": a named hearer, then a clause without
        "that"; the hearer's span."""
        lead = re.match(r"\s*", m[a:e])
        runs = self._name_runs(m, a + lead.end(), min(e, a + lead.end() + 60))
        if not runs or runs[0][0] != a + lead.end():
            return None
        h = runs[0][1]
        return runs[0] if self._subject_aux(m, h + len(m[h:e]) - len(m[h:e].lstrip()), e) else None

    def _document_source(self, m: str, a: int, b: int) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
        """"according to a report by Bloomberg citing Reuters": the cited source speaks and the
        document's author relays (without a citation the author speaks)."""
        g = self._rw.agent_re.search(m, a, b)
        if g is None:
            return None
        end = self._phrase_end(m, g.end(), b)
        words = m[g.end():end].split()
        if not words or not words[0][:1].isupper():
            return None
        author = (g.end(), end)
        c = self.lex.relay_re.match(m, end + len(m[end:b]) - len(m[end:b].lstrip()), b)
        if c is not None and c.group(1).lower() in self._rw.citing:
            cend = self._phrase_end(m, c.end(), b)
            cited = m[c.end():cend].split()
            if cited and cited[0][:1].isupper():
                return (c.end() + len(m[c.end():cend]) - len(m[c.end():cend].lstrip()), cend), [author]
        return author, []

    def _infinitive(self, m: str, verb: str, a: int, e: int) -> int | None:
        """"vowed to veto …": where the infinitive content starts, for a cue of promise or threat."""
        if verb not in self._rw.infinitive_cues:
            return None
        t = TOKEN.match(m, a + len(m[a:e]) - len(m[a:e].lstrip()), e)
        if t is None or t.group(0).lower() not in self._rw.infinitive_markers or len(m[t.end():e].split()) < 2:
            return None
        return t.start()

    def _outlet_antecedent(self, s: int, e: int) -> tuple[int, int] | None:
        """"told the broadcaster", "kepada stasiun televisi itu": the outlet named before with that
        medium word ("public broadcaster RTP", "Skai television")."""
        lex, text = self.lex, self.text
        words = [w.strip(",.") for w in text[s:e].split()]
        content = [w for w in words if w and w.lower() not in lex.articles and w.lower() not in lex.demonstratives]
        if not content or any(w[:1].isupper() for w in content) or lex.outlet_re is None \
                or not lex.outlet_re.search(" ".join(content)):
            return None
        head = content[0] if lex.lang == "id" else content[-1]
        hits = list(re.finditer(r"(?<!\w)" + re.escape(head) + r"(?!\w)", text[:s], re.I))
        for h in reversed(hits):
            after = self._name_runs(text, h.end(), min(s, h.end() + 60))
            if after and not text[h.end():after[0][0]].strip():
                return after[0]
            before = self._name_runs(text, max(0, h.start() - 60), h.start())
            if before and not text[before[-1][1]:h.start()].strip():
                return before[-1]
        return None

    def _inherit_interview_vias(self) -> None:
        """"ujar Sarmiento dalam wawancara tersebut": the relays of the interview named before,
        by the same speaker."""
        rx = self._rw.interview_anaphor_re
        carried: Item | None = None  # the last item given an interview's relays: its paragraph goes on
        for i, it in enumerate(self.items):
            if it.via_sp or it.speaker is None or it.cue_start is None:
                continue
            who = it.speaker[1] or it.speaker[0]
            k = self._sentence_at(it.cue_start)
            if k < 0 or not rx.search(self._masked, self.sentences[k][0], self.sentences[k][1]):
                if carried is not None and carried.para == it.para and (carried.speaker[1] or carried.speaker[0]) == who:
                    it.via_sp = list(carried.via_sp)  # "Menurut dia, …" later in that paragraph
                continue
            prev = next((o for o in reversed(self.items[:i]) if o.via_sp and o.speaker is not None
                         and (o.speaker[1] or o.speaker[0]) == who), None)
            if prev is not None:
                it.via_sp = list(prev.via_sp)
                carried = it

    def _is_document(self, phrase: str) -> bool:
        """A document, page or data set ("a statement released …", "court documents", "laman
        resminya", "wholesale data from …"): where words stand, not who relays them."""
        words = phrase.split()[:3]
        for i in range(len(words)):
            # a common noun: "Intelligence" in "the National Intelligence Service" is a name
            if words[i][:1].islower() and self.lex.document_re.match(" ".join(words[i:])):
                return True
        return False

    def _hearer_relay(self, m: str, a: int, b: int, own_ok: bool = False) -> tuple[int, int] | None:
        """The hearer in "told Reuters that" / "mengatakan kepada Yonhap bahwa", when it is a
        news outlet (not this article's own outlet, unless `own_ok`): a relay."""
        lead = re.match(r"[\s,]*", m[a:b])
        a += lead.end()
        first = TOKEN.match(m, a, b)
        if first is not None and first.group(0).lower() in self.lex.hearer_preps:
            a = first.end() + len(m[first.end():b]) - len(m[first.end():b].lstrip())
        end = self._phrase_end(m, a, b)
        poss = re.search(r"['’]s(?!\w)", m[a:end])
        if poss is not None and m[a:a + poss.start()].strip():
            end = a + poss.start()  # "BBC Radio 4's Today programme": the outlet owns the show
        phrase = m[a:end].strip()
        if not phrase or len(phrase.split()) > 6:
            return None
        if self.lex.outlet_re.search(phrase) is None and not self._interviewer(m, phrase, end, b):
            return None
        if not own_ok and self._own_outlet(phrase):
            return None
        return (a, end)

    def _cited_between(self, m: str, sp: tuple[int, int], verb_start: int) -> tuple[int, int] | None:
        """The source cited between a subject and its verb: "X, citing Y, said" / "X, mengutip Y,
        melaporkan"."""
        g = re.match(r"\s*,\s*", m[sp[1]:verb_start])
        if g is None:
            return None
        r = self.lex.relay_re.match(m, sp[1] + g.end(), verb_start)
        if r is None or r.group(1).lower() not in self._rw.citing:
            return None  # "PNA, seperti dikutip AFP, melaporkan": AFP relays the subject
        a = r.end() + len(m[r.end():verb_start]) - len(m[r.end():verb_start].lstrip())
        end = self._phrase_end(m, a, verb_start)
        phrase = m[a:end].strip()
        if not phrase or self._is_document(phrase) or not m[end:verb_start].rstrip().endswith(","):
            return None
        return (a, end)

    def _own_outlet(self, phrase: str) -> bool:
        """Whether `phrase` names this article's own outlet ("CNN" on a "CNN Business" page, "The
        Associated Press" on an "(AP)" page)."""
        own = getattr(self.doc._, "warta_outlet", None)
        if not own:
            return False
        ow = set(re.findall(r"\w+", own.lower()))
        pw = [w for w in re.findall(r"\w+", phrase.lower()) if w not in self.lex.articles]
        if pw and (set(pw) <= ow or ow <= set(pw)):
            return True
        return len(pw) >= 2 and own.isupper() and "".join(w[0] for w in pw) == own.lower()

    def _interviewer(self, m: str, phrase: str, end: int, b: int) -> bool:
        """A capitalised name heard "dalam wawancara" / "in an interview": an outlet not on the list
        ("told the Valley Courier in an interview")."""
        words = phrase.split()
        if words and words[0].lower() in self.lex.articles:
            words = words[1:]
        if not words or not all(w[:1].isupper() for w in words):
            return False
        frames = getattr(self.lex.res, "INTERVIEW_FRAMES", ())
        tail = " ".join(m[end:min(len(m), end + 40)].lower().split())
        return any(tail.startswith(f) for f in frames)


    def _vias(self, it: Item, speaker: str) -> tuple[list[str], list[str | None]]:
        via, ids = [], []
        spans = list(it.via_sp)
        for s, e in spans:
            s, e = self._outlet_antecedent(s, e) or (s, e)
            r = self.resolve(s, e, relay=True)
            if r is None:
                continue
            name, cid = r[0], r[1]
            written = self.text[s:e].strip()
            if name != written and name in written and all(w[:1].isupper() or w.isdigit() for w in written.split()):
                name = written  # "BBC Radio 4" as the article writes it, not the entity's "BBC Radio"
            elif name != written and name.endswith(" " + written) and written[:1].isupper():
                name = written  # an entity that swallowed the frame word before it ("Dilansir Soompi")
            if name.lower() in self.lex.non_relays or name == speaker or name in via:
                continue
            via.append(name)
            ids.append(cid)
        if it.inner_via is not None and it.inner_via.speaker is not None:
            name = it.inner_via.speaker[0]
            if name != speaker and name not in via:
                via.insert(0, name)
                ids.insert(0, it.inner_via.speaker[1])
        return via, ids
