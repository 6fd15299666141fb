"""The warta_quotes component: who said what in the body, with cue word, relays and stance.

Works on character offsets over the doc text (from `doc._.warta_body_start` on), paragraph by
paragraph. Quotation marks are paired first; their interiors are blanked in a working copy so
reporting frames ("X mengatakan bahwa …", "…, kata X", "according to X, …") are found in the
narrative around them. All language knowledge comes from `lang/<code>/reporting.py`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from warta.components.quote_lexicon import TOKEN, WORD, Lexicon, _alt, lexicon
from warta.components.quote_marks import CLOSE_DOUBLE, OPEN_DOUBLE, QUOTE_CHARS, Mark, find_marks
from warta.components.speakers import Item, SpeakerResolver
from warta.nlp.annotations import QuoteFound, doc_text

__all__ = ["ANALYSIS_KEY", "CLOSE_DOUBLE", "TOKEN", "WORD", "Analysis", "Item", "Lexicon", "QuoteFinder",
           "_alt", "find_marks", "lexicon"]

# A sentence ends at .!? followed by space and an upper-case letter, digit or opening mark.
SENT_END = re.compile(r"[.!?]+[”’\"]?(?=\s+(?:[“\"‘«(\[]|[A-Z0-9\u00C0-\u024F]))")
LAST_WORD = re.compile(r"(\S+)$")
NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d)")  # "4,600" / "52,4" are not clause breaks
ANALYSIS_KEY = "warta_quote_analysis"
MIN_DIRECT_IN_INDIRECT = 5  # words: shorter quoted fragments belong to the indirect quote
DOMINANT_QUOTED = 0.75  # share of quoted words above which "X said “…”" is only the direct quotes
MAX_PARENTHETICAL_LEAD = 4  # words before ", kata X," for the cue to be parenthetical


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


class Analysis(SpeakerResolver):
    """One pass over a doc: marks, frames, speakers. Reused by the claims component."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lex
        self.items: list[Item] = []
        self.sentences: list[tuple[int, int, int]] = []  # (start, end, paragraph)
        self._masked = ""
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
        return out

    def _vias(self, it: Item, speaker: str) -> tuple[list[str], list[str | None]]:
        via, ids = [], []
        spans = list(it.via_sp)
        for s, e in spans:
            r = self.resolve(s, e, relay=True)
            if r is None:
                continue
            name, cid = r[0], r[1]
            written = self.text[s:e].strip()
            if name != written and name in written and all(w[:1].isupper() or w.isdigit() for w in written.split()):
                name = written  # "BBC Radio 4" as the article writes it, not the entity's "BBC Radio"
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
            marks = find_marks(text, s, e)
            marks_by_para.append(marks)
            for m in marks:
                for k in range(m.open + 1, m.close):
                    if text[k] != "\n":
                        masked[k] = " "
        self._masked = NUMBER_COMMA.sub("_", "".join(masked))
        for pi, ((s, e), marks) in enumerate(zip(paragraphs, marks_by_para, strict=True)):
            self._paragraph(pi, s, e, marks)
        self._resolve_all()

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

    # ---- frames in narrative sentences

    def _frames(self, s: int, e: int, pi: int, si: int, raw: bool = False) -> list[Item]:
        lex, m = self.lex, (self.text if raw else self._masked)
        items: list[Item] = []
        # 1. according-to frames: "Menurut X, …" / "…, menurut X."
        for x in lex.according_re.finditer(m, s, e):
            before = m[s:x.start()].strip()
            np_end = self._phrase_end(m, x.end(), e, stop_at_words=False)
            sp = (x.end(), np_end)
            if x.group(1).lower().endswith("nya"):  # "Menurutnya, …": the pronoun "-nya"
                np_end, sp = x.end(), (x.end() - 3, x.end())
            elif m[x.end():np_end].split()[:1] and m[x.end():np_end].split()[0][:1].islower():
                # "Menurut jaksa penuntut umum KPK, Wawan Yunarwanto, terdakwa …": the name in apposition
                app = re.match(r",\s*", m[np_end:e])
                if app:
                    b = np_end + app.end()
                    b_end = self._phrase_end(m, b, e, stop_at_words=False)
                    words = m[b:b_end].split()
                    if words and len(words) <= 5 and all(w[:1].isupper() for w in words) and m[b_end:b_end + 1] == ",":
                        np_end, sp = b_end, (b, b_end)
            if not before or before.endswith(":") or self._only_adverbs(before.rstrip(",")):
                cs = np_end + 1 if np_end < e and m[np_end] == "," else np_end
                it = Item("indirect", cs, e, cue=x.group(1), cue_start=x.start(), cue_end=x.end(),
                          sp=sp, para=pi, sent=si, role="acc_pre")
                if not self._has_content(cs, e):
                    it.kind = "report"
                items.append(it)
            elif before.endswith(","):
                comma = m.rfind(",", s, x.start())
                if self._is_document(m[sp[0]:sp[1]]):
                    continue  # "…, according to a statement released after the meeting"
                items.append(Item("indirect", s, comma, cue=x.group(1), cue_start=x.start(), cue_end=x.end(),
                                  sp=sp, para=pi, sent=si, role="post", lead_comma=comma))
        # 2. postposed cue words ("…, kata X." / "…, kata X, …")
        if lex.lang == "id":
            for x in lex.post_re.finditer(m, s, e):
                cue = x.group(1)
                pre = m[s:x.start()].rstrip()
                if not pre.endswith(","):
                    continue  # after a closing mark: a direct quote's attribution
                comma = s + len(pre) - 1
                sp = self._cue_speaker(m, x, e)
                after = sp[1]
                rest_start = after + 1 if after < e and m[after] == "," else after
                lead_words = len(m[s:comma].split())
                rest = m[rest_start:e].split()
                paren = (m[after:after + 1] == "," and len(rest) >= 3 and (
                    lead_words <= MAX_PARENTHETICAL_LEAD
                    or (rest[0][:1].islower() and rest[0].lower() not in lex.stopwords)))
                if paren:
                    items.append(Item("indirect", rest_start, e, cue=cue, cue_start=x.start(), cue_end=x.end(),
                                      sp=sp, para=pi, sent=si, role="paren"))
                else:
                    items.append(Item("indirect", s, comma, cue=cue, cue_start=x.start(), cue_end=x.end(),
                                      sp=sp, para=pi, sent=si, role="post", lead_comma=comma))
        # 3. reporting verbs
        for x in lex.verb_re.finditer(m, s, e):
            it = self._verb_frame(m, x, s, e, pi, si)
            if it is not None:
                items.append(it)
        # 4. continuation cues (", adding that …") take the same speaker
        for x in lex.cont_re.finditer(m, s, e):
            items.append(Item("indirect", x.end(), e, cue=x.group(1), cue_start=x.start(1), cue_end=x.end(1),
                              para=pi, sent=si, same_as_prev=True, role="cont", lead_comma=x.start()))
        items.sort(key=lambda it: it.cue_start)
        # a statement ends where a postposed attribution, a continuation or a coordinated
        # reporting verb begins
        for i, it in enumerate(items):
            if it.role not in ("pre", "paren", "acc_pre", "cont") or it.kind != "indirect":
                continue
            for nxt in items[i + 1:]:
                if nxt.lead_comma is not None and it.start < nxt.lead_comma < it.end:
                    it.end = nxt.lead_comma
                    break
        # postposed attribution right after a preposed statement names a relay
        keep: list[Item] = []
        for it in items:
            if it.role == "post":
                host = next((o for o in reversed(keep) if o.kind == "indirect" and o.role != "post"
                             and o.end == it.lead_comma), None)
                if host is not None:
                    host.via_sp.append(it.sp)
                    continue
                # content of a postposed frame starts after any earlier statement in the sentence
                prev_end = max((o.end for o in keep if o.kind == "indirect" and o.end <= it.lead_comma),
                               default=None)
                if prev_end is not None:
                    it.start = prev_end + 1
            keep.append(it)
        # a verb inside another statement's content is part of it, except
        # "According to X, Y told Z that …" (X relays Y)
        final: list[Item] = []
        for it in keep:
            host = next((o for o in final if o.kind == "indirect" and o.role in ("pre", "paren", "acc_pre", "cont")
                         and o.start <= it.cue_start < o.end), None)
            if host is not None and it.role == "pre" and it.sp is not None:
                lead = m[host.start:it.sp[0]]
                k = lead.rfind(",")
                after = lead[k + 1:].lower().split()
                if k != -1 and (not after or after[0] in lex.joints):  # "A said X, while B said Y"
                    host.end = host.start + k  # "A mengatakan X, sementara B menyatakan Y"
                    final.append(it)
                    continue
            joint = self._coordinated(m, host.start, it.cue_start) if host is not None and it.role == "pre" else -1
            if joint != -1:
                # "X said Y and accused Z": the coordinated verb ends Y and has X's voice
                host.end = min(host.end, len(m[:joint].rstrip(" ,")))
                it.sp, it.same_as_prev, it.role, it.lead_comma = None, True, "coord", joint
                final.append(it)
                continue
            if host is not None and it.role == "pre":
                if host.role == "acc_pre" and it.sp is not None and it.sp[0] - host.start <= 3 \
                        and it.kind != "report" and len(m[host.start:it.cue_start].split()) <= 8:
                    it.via_sp.append(host.sp)
                    final.remove(host)
                    final.append(it)
                continue
            if host is not None and it.role == "coord":
                host.end = min(host.end, it.lead_comma)
            final.append(it)
        vias = self._relays(m, s, e)
        for it in final:
            it.via_sp.extend(v for v in vias if not it.sp or v != it.sp)
            self._set_stance(it, m)
            if it.kind == "indirect" and len(WORD.findall(self.text[it.start:it.end])) < 3:
                it.kind = "report"
        return final

    def _verb_frame(self, m: str, x: re.Match, s: int, e: int, pi: int, si: int) -> Item | None:
        lex = self.lex
        verb = " ".join(x.group(1).lower().split())
        stance = lex.verb_stance.get(verb, "asserts")
        seg_start = self._clause_start(m, s, x.start())
        pre = m[seg_start:x.start()]
        pre_words = pre.split()
        role = "pre"
        coord = None
        if pre_words and pre_words[-1].lower() == "yang":
            # relative clause: "laporan BNPB … yang menyebut …"
            yang = m.rfind("yang", seg_start, x.start())
            sp = self._last_run(m, seg_start, yang, skip_after_prep=True)
        elif pre_words and all(w.lower() in lex.connectors or w.lower() in lex.adverbs for w in pre_words) \
                and any(w.lower() in lex.connectors for w in pre_words) and seg_start > s:
            # coordinated verb ("…, dan mengatakan bahwa …" / "…, and warned that …")
            coord = seg_start - 1
            sp = None
        else:
            sp = self._subject(m, s, seg_start, x.start())
        if sp is None and coord is None and not x.group(2):
            return None
        cited = self._cited_between(m, sp, x.start()) if sp is not None else None
        it = Item("report", x.end(), x.end(), cue=x.group(0), cue_start=x.start(), cue_end=x.end(),
                  sp=sp, para=pi, sent=si, stance=stance, role=role)
        if cited is not None:
            # "Kantor berita Antara, mengutip petugas di lokasi, melaporkan …": the cited source
            # speaks and the subject relays it (an unnamed source falls back to the subject)
            it.relay_fallback, it.via_sp, it.sp = sp, [sp], cited
        if pre_words and pre_words[-1].lower() in lex.negations and stance == "asserts":
            return it  # "tidak menyebut pengiriman pasukan": nothing reported
        if coord is not None:
            it.role, it.lead_comma, it.same_as_prev = "coord", coord, True
            first = m.find(",", s, x.start())
            it.sp_fallback = self._subject(m, s, s, first if first != -1 else x.start())
        # after a closing mark: "“…,” Zelenskiy said in …" is the quote's attribution
        before_subj = m[s:seg_start if sp is None else sp[0]].rstrip(" ,")
        if before_subj and before_subj[-1] in "”’\"»":
            return it
        # postposed "…, X said." / "…, the ministry said, as …"
        seg_comma = seg_start - 1 if seg_start > s and m[seg_start - 1] == "," else -1
        tail_end = self._tail_end(m, x.end(), e)
        tail = m[x.end():tail_end]
        if (verb in lex.post_cues and seg_comma != -1 and len(m[s:seg_comma].split()) >= 4
                and (sp is None or sp[0] >= seg_start)  # not "X, who …, said …"
                and pre_words and pre_words[0].lower() not in lex.joints  # not "…, but analysts estimated …"
                and len(tail.split()) <= 6 and not lex.comp_re.search(tail)
                and not self._quote_opens(m, x.end(), tail_end)):
            it.kind, it.role, it.lead_comma = "indirect", "post", seg_comma
            it.start, it.end = s, seg_comma
            # "…, lawmakers said on Wednesday, citing the NIS": the cited body speaks
            cite = re.match(r"\s*,\s*", m[tail_end:e])
            r = lex.relay_re.match(m, tail_end + cite.end(), e) if cite else None
            if r is not None and sp is not None:
                np_end = self._phrase_end(m, r.end(), e)
                if m[r.end():np_end].strip() and not self._is_document(m[r.end():np_end]):
                    it.relay_fallback, it.via_sp, it.sp = sp, [sp], (r.end(), np_end)
            return it
        if stance in ("refuses_to_confirm", "unconfirmed"):
            it.start, it.end = x.end(), self._tail_end(m, x.end(), e, stop_comma=False)
            return it  # claims only
        cs = x.end()
        # "X reported, citing Y, that Z": Y speaks, X relays
        cite = re.match(r"\s*,\s*", m[cs:e])
        if cite:
            r = lex.relay_re.match(m, cs + cite.end(), e)
            if r:
                np_end = self._phrase_end(m, r.end(), e)
                if sp is not None and not lex.document_re.match(m[r.end():np_end].strip()):
                    it.relay_fallback = sp
                    it.via_sp = [sp]
                    it.sp = (r.end(), np_end)
                cs = np_end
        comp = lex.comp_re.search(m, cs, e)
        has_comp = False
        if comp and not any(ch in QUOTE_CHARS for ch in m[cs:comp.start()]):
            between = m[cs:comp.start()]
            bw = between.replace(",", " ").split()
            # skip only a non-clause: "said on Monday that", "told the committee that",
            # "mengatakan di X, …, bahwa" — not "said there was evidence that …"
            nonclause = not bw or bw[0].lower() in lex.stopwords or bw[0].lower() in lex.adverbs \
                or verb in lex.object_verbs
            if verb in lex.needs_comp and bw and bw[0].lower() not in lex.stopwords:
                nonclause = False  # "rejected a contract offer that would …": a noun object
            if nonclause and len(bw) <= 10 and not lex.verb_re.search(between):
                hearer = self._hearer_relay(m, cs, comp.start())
                if hearer is not None:
                    it.via_sp.append(hearer)
                it.outlet_sp = self._hearer_relay(m, cs, comp.start(), own_ok=True)
                cs, has_comp = comp.end(), True
        if not has_comp and verb in lex.needs_comp and not self._subject_aux(m, cs, e):
            return it
        lead = re.match(r"[\s,:]*", m[cs:e])
        cs += lead.end()
        first_tok = TOKEN.match(m, cs, e)
        if not has_comp and first_tok is not None and first_tok.group(0).lower() in lex.hearer_preps:
            # "mengatakan kepada The War Zone, pasukan …": the hearer, then the content
            k = m.find(",", cs, e)
            if k != -1 and len(m[cs:k].split()) <= 7 and len(m[k + 1:e].split()) >= 4 \
                    and not lex.verb_re.search(m, cs, k):
                hearer = self._hearer_relay(m, cs, k)
                if hearer is not None:
                    it.via_sp.append(hearer)
                it.outlet_sp = self._hearer_relay(m, cs, k, own_ok=True)
                cs = k + 1 + len(m[k + 1:e]) - len(m[k + 1:e].lstrip())
        if self._quote_opens(m, cs, min(e, cs + 2)):
            it.kind, it.start, it.end = "preposed", cs, cs  # introduces a direct quote
            return it
        colon = m.find(":", cs, e)
        if not has_comp and colon != -1 and self._quote_opens(m, colon + 1, min(e, colon + 3)):
            it.kind, it.start, it.end = "preposed", colon + 1, colon + 1
            return it
        if cs >= e or not self._has_content(cs, e):
            # "X menuturkan:" closing its paragraph introduces the quote in the next one
            if m[x.end():e].strip() == ":":
                it.intro = True
            return it
        if not has_comp:
            adj = lex.lead_adjunct_re.match(m, cs, e)
            if adj is not None and len(m[adj.end():e].split()) >= 4 \
                    and not lex.comp_re.match(m, adj.end(), e):
                cs = adj.end()  # "said on Saturday it had …"
        content = self.text[cs:e].strip().lower()
        words = content.split()
        if not has_comp:
            if any(content.rstrip(".") == a or (content.startswith(a + " ") and content[len(a) + 1:].split()[0]
                                                 in lex.stopwords and content[len(a) + 1:].split()[0]
                                                 not in lex.auxiliaries) for a in lex.anaphoric):
                return it  # "menyampaikan hal itu saat …" (but "said it would …" reports)
            first = words[0].strip(",.")
            if first in lex.stopwords:
                return it  # "said in his nightly video address"
            if first in lex.noun_objects and (stance == "denies" or (
                    len(words) <= 5 and len(words) > 1 and words[1] in lex.stopwords)):
                return it  # "menampik klaim kelangkaan pasokan", "menyebut angka yang lebih besar"
            if stance == "denies" and any(w.strip(".,").lower() in lex.demonstratives for w in words[1:4]):
                return it  # "menolak hasil tersebut dan …": a noun object
            ce_words = m[cs:self._tail_end(m, cs, e)].split()
            if len(ce_words) <= 5 and ce_words and ce_words[-1].strip(".").lower() in lex.demonstratives:
                return it  # noun object: "menolak tuduhan tersebut"
        it.kind = "indirect"
        it.start, it.end = cs, e
        return it


    # ---- direct quotes

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
                sent = next(((a, b) for a, b, _ in reversed(self.sentences) if a <= att[1] < b), None)
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
        lead = re.match(r"\s*[,.]?\s*", seg)
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
            if 0 < len(words) <= 7 and (np[:1].isupper() or words[0].lower() in lex.pronouns
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

    # ---- relays, stance

    def _relays(self, m: str, s: int, e: int) -> list[tuple[int, int]]:
        out = []
        for r in self.lex.relay_re.finditer(m, s, e):
            np_end = self._phrase_end(m, r.end(), e)
            phrase = m[r.end():np_end].strip()
            if not phrase or self._is_document(phrase):
                continue
            out.append((r.end(), np_end))
        return out

    def _set_stance(self, it: Item, m: str) -> None:
        if it.stance in (None, "asserts"):
            region = self.text[it.cue_start or it.start:it.end] if it.kind != "report" else ""
            for stance, rx in self.lex.stance_res:
                if stance != "warns" and rx.search(region):
                    it.stance = stance
                    break
            else:
                it.stance = it.stance or "asserts"
            # "sebuah peringatan kepada …" between subject and content
            if it.stance == "asserts" and it.cue_start is not None and it.kind == "indirect" \
                    and it.start > it.cue_end:
                lead = self.text[it.cue_start:it.start]
                for stance, rx in self.lex.stance_res:
                    if stance == "warns" and rx.search(lead):
                        it.stance = "warns"
        if it.kind != "report" and self.lex.hedge_re.search(self.text[it.start:it.end]):
            it.hedged = True

    # ---- text helpers

    def _coordinated(self, m: str, a: int, verb_start: int) -> int:
        """Start of "and"/"dan" right before a reporting verb (adverbs between), or -1."""
        words = [(t.start(), t.group(0).lower()) for t in TOKEN.finditer(m, max(a, verb_start - 40), verb_start)]
        while words and words[-1][1] in self.lex.adverbs and words[-1][1] not in self.lex.joints:
            words.pop()
        if len(words) >= 2 and words[-1][1] in self.lex.coordinators:
            return words[-1][0]
        return -1

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

    def _subject_aux(self, m: str, a: int, e: int) -> bool:
        """A clause without "that": a short subject, then an auxiliary ("predicted the count would
        keep climbing", "confirmed the deal had collapsed"), not a noun object ("reported 38 deaths")."""
        words = [t.group(0) for t in TOKEN.finditer(m, a, min(e, a + 80))][:6]
        if any(ch in m[a:a + 1] for ch in ",;:"):
            return False
        for i, w in enumerate(words):
            if w.lower() in self.lex.auxiliaries:
                head = words[:i]
                return 1 <= i <= 4 and head[0].lower() in self.lex.articles | self.lex.demonstratives | {"its", "his", "her", "their"} \
                    and not any(x.lower() in self.lex.stopwords or self.lex.verb_re.fullmatch(x) for x in head)
        return False

    def _cited_between(self, m: str, sp: tuple[int, int], verb_start: int) -> tuple[int, int] | None:
        """The source cited between a subject and its verb: "X, citing Y, said" / "X, mengutip Y,
        melaporkan"."""
        g = re.match(r"\s*,\s*", m[sp[1]:verb_start])
        if g is None:
            return None
        r = self.lex.relay_re.match(m, sp[1] + g.end(), verb_start)
        if r is None:
            return None
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

    def _sent_of(self, pos: int) -> int:
        for i in range(len(self.sentences) - 1, -1, -1):
            if self.sentences[i][0] <= pos:
                return i
        return 0

    def _quote_opens(self, m: str, a: int, b: int) -> bool:
        return any(ch in OPEN_DOUBLE or ch in "\"‘'" for ch in m[a:b]) and any(
            ch in OPEN_DOUBLE or ch in "\"‘" for ch in m[a:b].strip()[:1])

    def _has_content(self, a: int, b: int) -> bool:
        return len(WORD.findall(self.text[a:b])) >= 2

    def _clause_like(self, content: str) -> bool:
        return len(content.split()) >= 6

    def _only_adverbs(self, s: str) -> bool:
        words = [w.strip(",").lower() for w in s.split()]
        return all(w in self.lex.adverbs for w in words)
