"""Reporting frames in narrative sentences, for the quote finder.

`FrameFinder` sits between `speakers.SpeakerResolver` and `quotes.Analysis`: over a sentence of
the masked text (quotation-mark interiors blanked) it finds according-to frames ("Menurut X, …"),
postposed cues ("…, kata X"), reporting-verb frames ("X mengatakan bahwa …", "X said …") and
continuations (", adding that …"), with their relays, hearers and stance.
"""

from __future__ import annotations

import re

from warta.components.quote_lexicon import TOKEN, WORD
from warta.components.quote_marks import OPEN_DOUBLE, QUOTE_CHARS
from warta.components.quote_relays import RelayFinder
from warta.components.speakers import Item

MAX_PARENTHETICAL_LEAD = 4
MAX_AS_DISTANCE = 10  # words between "described" and its "as"  # words before ", kata X," for the cue to be parenthetical


class FrameFinder(RelayFinder):
    """Frame matching over `self.text` / the masked copy `m`; mixed into `quotes.Analysis`."""

    # ---- frames in narrative sentences

    def _according(self, m: str, s: int, e: int):
        """According-to cues, and sentence-opening inverted cues ("Kata dia, …") flagged True."""
        out = [(x, False) for x in self.lex.according_re.finditer(m, s, e)]
        if self.lex.inverted_re is not None:
            x = self.lex.inverted_re.match(m, s + len(m[s:e]) - len(m[s:e].lstrip()))
            if x is not None and x.end() <= e:
                out.append((x, True))
        return out

    def _frames(self, s: int, e: int, pi: int, si: int, raw: bool = False) -> list[Item]:
        lex, m = self.lex, (self.text if raw else self._masked)
        items: list[Item] = []
        # 1. according-to frames: "Menurut X, …" / "…, menurut X."
        for x, inverted in self._according(m, s, e):
            before = m[s:x.start()].strip()
            np_end = self._phrase_end(m, x.end(), e, stop_at_words=False)
            sp = (x.end(), np_end)
            if x.group(1).lower().endswith("nya"):  # "Menurutnya, …": the pronoun "-nya"
                np_end, sp = x.end(), (x.end() - 3, x.end())
            if inverted and (before or m[np_end:np_end + 1] != "," or not m[sp[0]:sp[1]].strip()):
                continue  # "Kata dia, …" opens its sentence and closes the speaker with a comma
            elif m[x.end():np_end].split()[:1]:
                # "Menurut jaksa penuntut umum KPK, Wawan Yunarwanto, terdakwa …", "Menurut Ahli Gizi,
                # Jansen Ongko, …": the name in apposition after a description or a title
                lower_head = m[x.end():np_end].split()[0][:1].islower()
                app = re.match(r",\s*", m[np_end:e])
                if app and m[x.end():np_end].strip().lower() not in self.lex.pronouns:  # "Menurut dia, X …": content
                    b = np_end + app.end()
                    b_end = self._phrase_end(m, b, e, stop_at_words=False)
                    words = m[b:b_end].split()
                    c = self._cluster_in(b, b_end)
                    person = c is not None and c.type == "PERSON" and len(words) >= 2
                    if (lower_head or person) and words and len(words) <= 5 and \
                            all(w[:1].isupper() for w in words) and m[b_end:b_end + 1] == ",":
                        np_end, sp = b_end, (b, b_end)
            if not before or before.endswith(":") or self._only_adverbs(before.rstrip(",")):
                cs = np_end + 1 if np_end < e and m[np_end] == "," else np_end
                it = Item("indirect", cs, e, cue=x.group(1), cue_start=x.start(), cue_end=x.end(),
                          sp=sp, para=pi, sent=si, role="acc_pre")
                if not self._has_content(cs, e):
                    it.kind = "report"
                items.append(it)
            elif before.endswith(",") and not inverted:
                comma = m.rfind(",", s, x.start())
                if self._is_document(m[sp[0]:sp[1]]):
                    # "…, according to a report by Bloomberg citing Reuters": the cited source;
                    # "…, according to a statement released after the meeting": nobody
                    src = self._document_source(m, sp[0], np_end)
                    if src is None:
                        continue
                    sp, relays = src
                    items.append(Item("indirect", s, comma, cue=x.group(1), cue_start=x.start(), cue_end=x.end(),
                                      sp=sp, via_sp=relays, para=pi, sent=si, role="post", lead_comma=comma))
                    continue
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
                hearer = self._post_hearer(m, sp, e)  # "kata seorang sumber kepada majalah Tempo"
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
                if hearer is not None:
                    items[-1].via_sp.append(hearer)
        # 3. reporting verbs
        for x in lex.verb_re.finditer(m, s, e):
            it = self._verb_frame(m, x, s, e, pi, si)
            if it is not None:
                items.append(it)
        # 4. continuation cues (", adding that …") take the same speaker
        for x in lex.cont_re.finditer(m, s, e):
            it = Item("indirect", x.end(), e, cue=x.group(1), cue_start=x.start(1), cue_end=x.end(1),
                      para=pi, sent=si, same_as_prev=True, role="cont", lead_comma=x.start())
            # "The senator spoke in Ohio, telling reporters that …": with no statement before it in
            # the sentence, the continuation has the sentence subject's voice; a short hearer is skipped
            it.sp_fallback = self._clause_subject(m, s, x.start())
            comp = lex.comp_re.search(m, x.end(), min(e, x.end() + 40))
            if comp is not None and len(m[x.end():comp.start()].split()) <= 3 \
                    and not lex.verb_re.search(m, x.end(), comp.start()):
                hearer = self._hearer_relay(m, x.end(), comp.start())
                if hearer is not None:
                    it.via_sp.append(hearer)
                it.start = comp.end()
            items.append(it)
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
        if not final and not raw:
            only = self._relay_only(m, s, e, pi, si)
            return [only] if only is not None else []
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
        if verb in lex.assertion_denials and not self._assertion_object(m, x, e):
            return None  # "menolak RUU Ketenagakerjaan", "rejected the offer": opposes, reports nothing
        seg_start = self._clause_start(m, s, x.start())
        pre = m[seg_start:x.start()]
        pre_words = pre.split()
        if pre_words and x.group(1)[:1].islower() and (pre_words[-1].lower() in lex.articles
                                                      or pre_words[-1].lower() in lex.verb_stance):
            return None  # "rejected claims that …", "the reports": a noun, not a cue
        role = "pre"
        coord = None
        if lex.lang != "id" and not pre_words and seg_start > s and m[seg_start - 1] == "," \
                and verb in lex.post_cues and len(m[s:seg_start - 1].split()) >= 4:
            inv = self._inverted(m, x, s, seg_start - 1, e, pi, si, stance)
            if inv is not None:
                return inv  # "…, said Scott Strenfel, PG&E's principal meteorologist."
        if pre_words and pre_words[-1].lower() in self._relatives:
            # relative clause: "laporan BNPB … yang menyebut …", "Senator Tom Reed, who describes …"
            yang = m.rfind(pre_words[-1], seg_start, x.start())
            sp = self._last_run(m, seg_start, yang, skip_after_prep=True)
            b = seg_start - 1
            while sp is None and len(pre_words) == 1 and b > s:
                a = self._clause_start(m, s, b)
                first = TOKEN.search(m, a, b)
                if a > s and first is not None and (first.group(0)[:1].islower() or first.group(0).lower() in lex.articles):
                    b = a - 1  # "Erik Lund, an analyst at Skagen Markets, who …": the name, not the appositive
                    continue
                sp = self._last_run(m, a, b)
                break
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
        if pre_words and (pre_words[-1].lower() in lex.refusals
                          or " ".join(pre_words[-2:]).lower() in lex.refusals):
            return it  # "enggan membeberkan secara rinci …": a refusal reports nothing
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
            if r is not None and sp is not None and r.group(1).lower() in self._rw.citing:
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
            if r and r.group(1).lower() in self._rw.citing:
                np_end = self._phrase_end(m, r.end(), e)
                if sp is not None and not lex.document_re.match(m[r.end():np_end].strip()):
                    it.relay_fallback = sp
                    it.via_sp = [sp]
                    it.sp = (r.end(), np_end)
                cs = np_end
        comp = lex.comp_re.search(m, cs, e)
        has_comp = False
        heard = self._object_hearer(m, cs, e) if verb in lex.object_verbs else None
        if verb in self._rw.as_cues and not any(
                w.lower() in self._rw.as_markers for w in m[cs:self._tail_end(m, cs, e)].split()[:MAX_AS_DISTANCE]):
            return it  # "a poorly described article": no "describe X as Y", no statement
        inf = self._infinitive(m, verb, cs, e)
        if inf is not None:
            it.kind, it.start, it.end = "indirect", inf, e  # "vowed to veto any budget that …"
            return it
        if heard is not None:
            # "told Reuters the company had seen no evidence that …": the hearer, then the clause
            hearer = self._hearer_relay(m, *heard)
            if hearer is not None:
                it.via_sp.append(hearer)
            it.outlet_sp = self._hearer_relay(m, *heard, own_ok=True)
            cs, has_comp, comp = heard[1], True, None
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
                after = self._after_adjunct(m, cs, e, words)
                if after is None:
                    return it  # "said in his nightly video address"
                cs = after  # "mengatakan dalam pernyataannya, FAA telah …": the clause after the adjunct
                content = self.text[cs:e].strip().lower()
                words = content.split()
            if first in lex.noun_objects and (stance == "denies" or (
                    len(words) <= 5 and len(words) > 1 and words[1] in lex.stopwords)):
                return it  # "menampik klaim kelangkaan pasokan", "menyebut angka yang lebih besar"
            if first in lex.noun_objects and lex.verb_form_re is not None and not any(
                    lex.verb_form_re.fullmatch(w.strip(".,").lower()) or w.lower() in lex.auxiliaries
                    or w.lower() in lex.negations for w in words[1:]):
                return it  # "memaparkan perkembangan penyelidikan kasus itu": a topic, no statement
            if stance == "denies" and any(w.strip(".,").lower() in lex.demonstratives for w in words[1:4]):
                return it  # "menolak hasil tersebut dan …": a noun object
            ce_words = m[cs:self._tail_end(m, cs, e)].split()
            if len(ce_words) <= 5 and ce_words and ce_words[-1].strip(".").lower() in lex.demonstratives \
                    and not (len(ce_words) >= 4 and ce_words[-2].strip(",.").lower() in lex.time_nouns
                             and not (ce_words[0][:1].isdigit() or ce_words[0].lower() in lex.number_words)):
                # noun object: "menolak tuduhan tersebut", "mencatat tujuh assist musim ini" (not
                # "penjualan naik tahun ini")
                return it
        it.kind = "indirect"
        it.start, it.end = cs, e
        return it

    def _assertion_object(self, m: str, x: re.Match, e: int) -> bool:
        """Whether a denial verb's object is something said: a complementiser, or a noun of what
        was said (or a passive "being called") among its first three words."""
        if x.group(2):
            return False  # "menolaknya": what "-nya" stands for is not known to be an assertion
        rest = m[x.end():e].lstrip(" ,")
        if self.lex.comp_re.match(rest):
            return True
        words = [w.strip(",.;:!?\"“”‘’'()").lower() for w in rest.split()[:3]]
        return any(w in self.lex.assertion_objects for w in words)

    def _inverted(self, m: str, x: re.Match, s: int, comma: int, e: int, pi: int, si: int, stance: str) -> Item | None:
        """"…, said Scott Strenfel, …" / "…, said the ministry.": the speaker after the verb (the
        Indonesian "…, kata X" is found with the postposed cues)."""
        if any(ch in QUOTE_CHARS for ch in m[max(s, comma - 2):comma]) \
                or " ".join(x.group(1).lower().split()) in self.lex.object_verbs:
            return None  # "“…,” said X": the quote's attribution; "…, told the BBC": a hearer
        seg = TOKEN.search(m, self._clause_start(m, s, comma), comma)
        if seg is not None and seg.group(0).lower() in self._relatives:
            return None  # "Israeli settlers, who …, said the …": the subject before the relative clause
        first = TOKEN.match(m, x.end() + len(m[x.end():e]) - len(m[x.end():e].lstrip()), e)
        if first is None:
            return None
        sp = self._cue_speaker(m, x, e)
        words = m[sp[0]:sp[1]].split()
        after = m[sp[1]:e].strip()
        if not words or (after and after[0] not in ",.;") or len(words) > 6:
            return None  # "Lee Seong-kweun, said Russian instructors were …": a clause, no inversion
        if not (first.group(0)[:1].isupper() or first.group(0).lower() in self.lex.articles or words[-1][:1].isupper()):
            return None  # a name, "the ministry", or a title before a name ("says financial planner Eric Roberge")
        return Item("indirect", s, comma, cue=x.group(0), cue_start=x.start(), cue_end=x.end(), sp=sp,
                    para=pi, sent=si, stance=stance, role="post", lead_comma=comma)

    # ---- stance

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

    def _after_adjunct(self, m: str, cs: int, e: int, words: list[str]) -> int | None:
        """Where the reported clause starts after an adjunct that opens the content ("mengatakan
        dalam pernyataannya, FAA telah …", "mengatakan saat ini perseroan telah melimpahkan …"),
        or None when the content is the adjunct alone ("said in a statement on Monday")."""
        lex = self.lex
        if not getattr(lex.res, "CLAUSE_AFTER_ADJUNCT", False):
            return None  # English: "didn't say when …", "claims in the South China Sea"
        k = m.find(",", cs, e)
        if k != -1 and 1 <= len(m[cs:k].split()) <= 8 and len(m[k + 1:e].split()) >= 4 \
                and not lex.verb_re.search(m, cs, k):
            return k + 1
        if len(words) >= 6 and any(w in lex.auxiliaries for w in words[2:10]):
            return cs  # no comma: the adjunct stays in the quote, the clause follows it
        return None

    def _coordinated(self, m: str, a: int, verb_start: int) -> int:
        """Start of "and"/"dan" right before a reporting verb (adverbs between), or -1."""
        words = [(t.start(), t.group(0).lower()) for t in TOKEN.finditer(m, max(a, verb_start - 40), verb_start)]
        while words and words[-1][1] in self.lex.adverbs and words[-1][1] not in self.lex.joints:
            words.pop()
        if len(words) >= 2 and words[-1][1] in self.lex.coordinators:
            return words[-1][0]
        return -1

    def _subject_aux(self, m: str, a: int, e: int) -> bool:
        """A clause without "that": a short subject, then an auxiliary ("predicted the count would
        keep climbing", "confirmed the deal had collapsed"), not a noun object ("reported 38 deaths")."""
        if getattr(self.lex.res, "BARE_SUBJECTS", False) and m[a:a + 1] == ",":
            a += 1  # "mengumumkan, ia akan keliling Eropa": the comma sets off the clause
        words = [t.group(0) for t in TOKEN.finditer(m, a, min(e, a + 80))][:6]
        if any(ch in m[a:a + 1] for ch in ",;:"):
            return False
        for i, w in enumerate(words):
            if w.lower() in self.lex.auxiliaries:
                head = words[:i]
                if i == 1 and head[0].lower() in self.lex.pronouns | self.lex.body_pronouns | self.lex.first_person:
                    return True  # "announced it would cut 2,000 jobs"
                determined = head and (head[0].lower() in self.lex.articles | self.lex.demonstratives
                                       | self.lex.possessives
                                       or (getattr(self.lex.res, "BARE_SUBJECTS", False) and i <= 3))
                return 1 <= i <= 4 and bool(determined) \
                    and not any(x.lower() in self.lex.stopwords or self.lex.verb_re.fullmatch(x) for x in head)
        return False

    def _quote_opens(self, m: str, a: int, b: int) -> bool:
        return any(ch in OPEN_DOUBLE or ch in "\"‘'" for ch in m[a:b]) and any(
            ch in OPEN_DOUBLE or ch in "\"‘" for ch in m[a:b].strip()[:1])

    def _has_content(self, a: int, b: int) -> bool:
        return len(WORD.findall(self.text[a:b])) >= 2

    def _only_adverbs(self, s: str) -> bool:
        words = [w.strip(",").lower() for w in s.split()]
        return all(w in self.lex.adverbs for w in words)
