"""The warta_quotes component: who said what in the body, with cue word, relays and stance.

Works on character offsets over the doc text (from `doc._.warta_body_start` on), paragraph by
paragraph. Quotation marks are paired first; their interiors are blanked in a working copy so
reporting frames ("X mengatakan bahwa …", "…, kata X", "according to X, …") are found in the
narrative around them (`quote_frames.FrameFinder`), and the direct quotes here take their
attribution from the text after a closing mark or from those frames. All language knowledge
comes from `lang/<code>/reporting.py`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from warta.budget import checkpoint
from warta.components.quote_frames import FrameFinder
from warta.components.quote_lexicon import TOKEN, WORD, Lexicon, _alt, lexicon
from warta.components.quote_marks import CLOSE_DOUBLE, Mark, find_marks, is_bare_title
from warta.components.speakers import Item
from warta.nlp.annotations import QuoteFound, doc_text

__all__ = ["ANALYSIS_KEY", "CLOSE_DOUBLE", "TOKEN", "WORD", "Analysis", "Item", "Lexicon", "QuoteFinder",
           "_alt", "find_marks", "lexicon"]

# A sentence ends at .!? followed by space and an upper-case letter, digit or opening mark.
SENT_END = re.compile(r"[.!?]+[”’\"]?(?=\s+(?:[“\"‘«(\[]|[A-Z0-9\u00C0-\u024F]))")
LAST_WORD = re.compile(r"(\S+)$")
NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d)")  # "4,600" / "52,4" are not clause breaks
ANALYSIS_KEY = "warta_quote_analysis"
MIN_DIRECT_IN_INDIRECT = 5  # words: shorter quoted fragments belong to the indirect quote
MAX_DESCRIBED_SPEAKER = 14  # words of "a person who …" before the verb after a quote
REPEATED_SHARE = 0.8  # of a statement's words already in the speaker's earlier quote: reported twice
DOMINANT_QUOTED = 0.75  # share of quoted words above which "X said “…”" is only the direct quotes


class QuoteFinder:
    """Finds direct and indirect quotes with speaker, cue, relays and stance."""

    def __init__(self, name: str = "warta_quotes", *, lang: str = "id"):
        self.name = name
        self.lang = lang
        self.lex = lexicon(lang)

    def __call__(self, doc: Doc) -> Doc:
        if self.lex is None:
            doc._.warta_quotes = []
            return doc
        analysis = Analysis(doc, self.lex)
        doc._.warta_quotes = analysis.quotes()
        # the claims component reuses this pass and removes it from the doc
        doc.user_data[ANALYSIS_KEY] = analysis
        return doc

    def find(self, doc: Doc) -> list[QuoteFound]:
        """All quotes in the body of `doc`, in text order."""
        if self.lex is None:
            return []
        return Analysis(doc, self.lex).quotes()


@Language.factory("warta_quotes", assigns=["doc._.warta_quotes"])
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(name, lang=nlp.lang)


# --------------------------------------------------------------------------- analysis


class Analysis(FrameFinder):
    """One pass over a doc: marks, frames, speakers. Reused by the claims component."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lex
        self.items: list[Item] = []
        self.sentences: list[tuple[int, int, int]] = []  # (start, end, paragraph)
        self._masked = ""
        self._titles: list[tuple[int, int]] = []
        self._index = None
        self._clusters = doc._.warta_entities or []
        self._run()

    # ---- public results

    def quotes(self) -> list[QuoteFound]:
        out = []
        for it in self.items:
            if it.kind == "report" or it.dropped or it.speaker is None:
                continue
            s, e = it.start, it.end
            raw = self.text[s:e]
            stripped = raw.rstrip()
            while stripped.endswith((",", ";")):
                stripped = stripped[:-1].rstrip()
            lead = len(raw) - len(raw.lstrip())
            s, e = s + lead, s + len(stripped)
            if e <= s:
                continue
            name, sid, ss, se = it.speaker[:4]
            via, via_ids = self._vias(it, name)
            out.append(QuoteFound(
                kind=it.kind, start=s, end=e, text=self.text[s:e], cue=it.cue, cue_start=it.cue_start,
                cue_end=it.cue_end, speaker=name, speaker_id=sid, speaker_start=ss, speaker_end=se,
                via=via, via_ids=via_ids, stance=it.stance, hedged=it.hedged))
        out.sort(key=lambda q: q.start)
        return self._once(out)

    def _once(self, quotes: list[QuoteFound]) -> list[QuoteFound]:
        """A statement reported twice by the same speaker in one paragraph ("“…,” Jones said,
        adding that …" with the same words) is one quote: the first report."""
        keep: list[QuoteFound] = []
        seen: dict[tuple, list[tuple[str, set[str]]]] = {}  # (speaker, paragraph) -> (kind, words)
        for q in quotes:
            key = (q.speaker, self.text.rfind("\n", 0, q.start))
            words = {w.lower() for w in WORD.findall(q.text)}
            earlier = seen.setdefault(key, [])
            twice = len(words) >= MIN_DIRECT_IN_INDIRECT and any(
                kind != q.kind and len(words & kw) >= REPEATED_SHARE * max(len(words), len(kw))
                for kind, kw in earlier)
            if not twice:
                keep.append(q)
                earlier.append((q.kind, words))
        return keep

    # ---- pipeline

    def _run(self) -> None:
        doc, text = self.doc, self.text
        body = doc._.warta_body_start or 0
        title = doc._.warta_title_span
        if title and title[1] > body:
            body = title[1]
        masked = list(text)
        paragraphs = []
        pos = body
        for line in text[body:].split("\n"):
            s, e = pos, pos + len(line)
            pos = e + 1
            if line.strip():
                paragraphs.append((s, e))
        marks_by_para: list[list[Mark]] = []
        for s, e in paragraphs:
            # a title in single marks is part of its noun phrase ("Pelantun ‘Mari Bercinta’ ini
            # mengaku …"): not a quotation
            marks, titles = [], []
            for mk in find_marks(text, s, e):
                (titles if is_bare_title(text, mk) else marks).append(mk)
            for mk in titles:  # one common word to the parsers: never a name, never a speaker
                masked[mk.open + 1:mk.close] = "_" * (mk.close - mk.open - 1)
                self._titles.append((mk.open + 1, mk.close))
            marks_by_para.append(marks)
            for m in marks:
                for k in range(m.open + 1, m.close):
                    if text[k] != "\n":
                        masked[k] = " "
        self._masked = NUMBER_COMMA.sub("_", "".join(masked))
        for pi, ((s, e), marks) in enumerate(zip(paragraphs, marks_by_para, strict=True)):
            checkpoint()  # the page budget (warta.budget)
            self._paragraph(pi, s, e, marks)
        self._resolve_all()
        self._inherit_interview_vias()

    def _split_sentences(self, s: int, e: int) -> list[tuple[int, int]]:
        m = self._masked
        out, cur = [], s
        abbrev = self.lex.abbreviations
        for x in SENT_END.finditer(m, s, e):
            w = LAST_WORD.search(m, max(s, x.start() - 12), x.start())
            word = w.group(1) if w else ""
            if (len(word) == 1 and word.isupper()) or (word + ".").lower() in abbrev:
                continue  # "Maj. Gen. Pat Ryder", "U.S. tariffs"
            out.append((cur, x.end()))
            cur = x.end()
        if cur < e:
            out.append((cur, e))
        return [(a, b) for a, b in out if m[a:b].strip()]

    def _paragraph(self, pi: int, ps: int, pe: int, marks: list[Mark]) -> None:
        items: list[Item] = []
        sents = self._split_sentences(ps, pe)
        for s, e in sents:
            self.sentences.append((s, e, pi))
            items.extend(self._frames(s, e, pi, len(self.sentences) - 1))
        directs = self._directs(pi, ps, pe, marks, items)
        items.extend(directs)
        # nested speech inside direct quotes ("…Pentagon mengatakan mereka tidak …," pungkas X)
        for d in directs:
            if d.dropped:
                continue
            for inner in self._frames(d.start, d.end, pi, -1, raw=True):
                if inner.kind != "indirect" or inner.sp is None:
                    continue
                words = self.text[inner.sp[0]:inner.sp[1]].split()
                if not words or not words[-1][:1].isupper() or words[-1].lower() in self.lex.first_person:
                    continue
                inner.inner_via = d
                items.append(inner)
        items.sort(key=lambda it: (it.cue_start if it.cue_start is not None else it.start, it.start))
        self.items.extend(items)


    def _directs(self, pi: int, ps: int, pe: int, marks: list[Mark], items: list[Item]) -> list[Item]:
        text, m = self.text, self._masked
        out: list[Item] = []
        for mk in marks:
            cs, ce = mk.open + 1, mk.close
            inner = text[cs:ce]
            n_words = len(WORD.findall(inner))
            if n_words == 0:
                continue
            d = Item("direct", cs, ce, para=pi, mark=mk, sent=self._sent_of(mk.open))
            after = mk.close + 1 if mk.closed else pe
            att = self._after_quote(m, after, pe) if mk.closed else None
            if att is not None:
                d.cue, d.cue_start, d.cue_end, d.sp = att
                for it in items:
                    if it.cue_start == att[1] and it.kind == "indirect":
                        it.dropped = True  # "…," X, the district's administrator, told Khabar Daily
                k = self._sentence_at(att[1])
                sent = self.sentences[k][:2] if k >= 0 and att[1] < self.sentences[k][1] else None
                if sent is not None:
                    d.via_sp = [v for v in self._relays(m, *sent) if v != d.sp]
                # "…,” kata X kepada Harian Sumut dalam wawancara" / "…,” X told Bloomberg …"
                hearer = self._trailing_hearer(m, att, sent[1] if sent is not None else pe)
                if hearer is not None and hearer not in d.via_sp:
                    d.via_sp.append(hearer)
                d.outlet_sp = self._trailing_hearer(m, att, sent[1] if sent is not None else pe, own_ok=True)
                out.append(d)
                continue
            pre = next((it for it in items if it.kind == "preposed" and abs(it.start - mk.open) <= 2), None)
            if pre is not None:
                d.cue, d.cue_start, d.cue_end, d.sp = pre.cue, pre.cue_start, pre.cue_end, pre.sp
                d.via_sp = list(pre.via_sp)
                pre.dropped = True
                out.append(d)
                continue
            host = self._enclosing(items, mk)
            if host is not None:
                if n_words >= MIN_DIRECT_IN_INDIRECT:
                    d.follow = host
                    d.cue, d.cue_start, d.cue_end = host.cue, host.cue_start, host.cue_end
                    out.append(d)
                continue
            before = m[ps:mk.open].rstrip()
            standalone = not before or before[-1] in ".!?”’\"»:"
            if standalone and n_words >= 2:
                d.follow = None  # resolved later from neighbours
                out.append(d)
        # split / continued quotes take the speaker of an attributed neighbour
        for i, d in enumerate(out):
            if d.sp is not None or d.follow is not None:
                continue
            prev = next((o for o in reversed(out[:i]) if o.sp is not None or o.follow is not None), None)
            if prev is not None:
                d.follow = prev
                d.cue, d.cue_start, d.cue_end = prev.cue, prev.cue_start, prev.cue_end
        # "X said “…” and that “…”": when quoted words dominate, keep only the direct quotes
        for host in items:
            if host.kind != "indirect":
                continue
            inside = [d for d in out if d.follow is host]
            if not inside:
                continue
            total = len(WORD.findall(text[host.start:host.end]))
            quoted = sum(len(WORD.findall(text[d.start:d.end])) for d in inside)
            if total and quoted / total >= DOMINANT_QUOTED:
                host.dropped = True
                for d in inside:
                    d.follow = None
                    d.sp = host.sp
                    d.via_sp = list(host.via_sp)
        for it in items:
            if it.kind == "preposed":
                it.kind = "report"
        return out

    def _enclosing(self, items: list[Item], mk: Mark) -> Item | None:
        for it in items:
            if it.kind == "indirect" and it.start <= mk.open and mk.close <= it.end + 1:
                return it
        return None

    def _after_quote(self, m: str, pos: int, pe: int):
        """Attribution right after a closing mark: "…,” kata X" / "…," X said / "…," said X."""
        lex = self.lex
        seg = m[pos:pe]
        lead = re.match(r"'?\s*[,.]?\s*", seg)  # "'": the second mark of a typewriter close ('')
        p = pos + lead.end()
        x = lex.post_re.match(m, p, pe) or lex.verb_re.match(m, p, pe)
        if x is not None and (lex.lang == "id" or x.group(1).lower() in lex.post_cues):
            sp = self._cue_speaker(m, x, pe)
            return x.group(0), x.start(), x.end(), sp
        # "…," Park said / he said / the ministry said
        stop = self._tail_end(m, p, pe)
        window = m[p:stop]
        y = lex.post_re.search(window) or lex.verb_re.search(window)
        if y is not None and y.start() > 0:
            np = window[:y.start()].strip()
            words = np.split()
            if words and words[0].lower() in lex.noun_closers:
                return None  # "film ‘Surat dari Praha’ tersebut malah membantah": a title in a noun phrase
            described = words and words[0].lower() in lex.articles and y.group(1).lower() in lex.post_cues \
                and any(w.lower() in lex.res.RELATIVE_PRONOUNS for w in words[1:3]) if lex.lang != "id" else False
            # "…," a person who identified themselves as a member of the Kuroneko group told Reuters
            if 0 < len(words) <= (MAX_DESCRIBED_SPEAKER if described else 7) and (
                    described or np[:1].isupper() or words[0].lower() in lex.pronouns
                                        or words[0].lower() in lex.demonstratives
                                        # "regional president Carlos Mazón said": a title, then the name
                                        or (words[0].lower() not in lex.stopwords
                                            and any(w[:1].isupper() for w in words[1:]))):
                return y.group(0), p + y.start(), p + y.end(), (p, p + len(window[:y.start()].rstrip()))
        if y is None and stop < pe and m[stop] == ",":
            # "…," the board's chief executive, Emily Metz, said: the name in apposition speaks
            b = m.find(",", stop + 1, pe)
            if b != -1:
                z = lex.verb_re.match(m, b + 1 + len(m[b + 1:pe]) - len(m[b + 1:pe].lstrip()), pe)
                name = m[stop + 1:b].strip()
                nw = name.split()
                if z is not None and z.group(1).lower() in lex.post_cues and 0 < len(nw) <= 5 \
                        and all(w[:1].isupper() for w in nw) and len(window.split()) <= 6:
                    k = stop + 1 + len(m[stop + 1:b]) - len(m[stop + 1:b].lstrip())
                    return z.group(0), z.start(), z.end(), (k, k + len(name))
                # "…," Dr. Alan Whitmore, the county's health authority, told …: the name speaks
                ww = window.split()
                role = name.split()
                if z is not None and z.group(1).lower() in lex.post_cues and 0 < len(ww) <= 5 \
                        and all(w[:1].isupper() for w in ww) and role and len(role) <= 8 \
                        and (role[0][:1].islower() or role[0].lower() in lex.articles):
                    return z.group(0), z.start(), z.end(), (p, p + len(window.rstrip()))
        return None

    def _trailing_hearer(self, m: str, att, e: int, own_ok: bool = False) -> tuple[int, int] | None:
        """The hearer after a quote's attribution: "kata X kepada AFP", "X told Bloomberg in an
        interview": a relay when it is an outlet (by name, media word, or an interview frame)."""
        _, cue_start, cue_end, sp = att
        if not own_ok and not getattr(self.doc._, "warta_outlet", None):
            return None  # "“…,” Kaellenius told CNN" on a CNN page whose outlet is unknown
        pos = max(cue_end, sp[1]) if sp is not None else cue_end
        rest = m[pos:e]
        lead = re.match(r"[\s,]*", rest)
        a = pos + lead.end()
        first = TOKEN.match(m, a, e)
        if first is None:
            return None
        verb = " ".join(m[cue_start:cue_end].lower().split())
        if first.group(0).lower() not in self.lex.hearer_preps and not (
                verb in self.lex.object_verbs and pos == cue_end):
            return None
        return self._hearer_relay(m, a, e, own_ok=own_ok)

    def _sent_of(self, pos: int) -> int:
        return max(self._sentence_at(pos), 0)
