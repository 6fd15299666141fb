"""Descriptions, epithets and pronouns as speakers, for `speakers.SpeakerResolver`.

"the ministry", "kata politikus Partai Gerindra itu", "ujarnya", "an official": a phrase with no
name of its own is resolved to a fitting entity (coreference, the latest name with its head noun),
the person who has been speaking, or the description itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from warta.components.quote_lexicon import TOKEN, Lexicon
from warta.nlp.annotations import EntityCluster
from warta.nlp.spans import mention_index

WORD_CHAR = re.compile(r"\w")

try:  # the entities engineer's API; guarded until it lands
    from warta.components.coref import resolve_span as _resolve_span
except ImportError:  # pragma: no cover - depends on the coref module's progress
    _resolve_span = None


class _DocView:
    """The doc as coref's `resolve_span` reads it, with `text` computed once (a Doc rebuilds it)."""

    __slots__ = ("_", "_doc", "lang", "text", "user_data")

    def __init__(self, doc, text: str):
        self._doc, self.text = doc, text
        self._, self.lang, self.user_data = doc._, doc.lang, doc.user_data

    def __getattr__(self, name):
        return getattr(self._doc, name)

    def __len__(self) -> int:  # doc_text() keys its cache on the token count; dunders skip __getattr__
        return len(self._doc)


class DescriptionResolver:
    """Speakers without a name of their own; mixed into `SpeakerResolver` (which supplies
    `resolve`, `_cluster_in`, `_name_runs`, `_written`, `_sentence_at`)."""

    doc: object
    text: str
    lex: Lexicon
    items: list
    sentences: list[tuple[int, int, int]]
    _masked: str
    _clusters: list[EntityCluster]

    def _unnamed_person(self, s: int, e: int) -> bool:
        """An unnamed person with no body named ("a local health official", "A U.S. official",
        "petugas di lokasi"), not "a Ukrainian military intelligence official" or "an NIS source"."""
        lex = self.lex
        if not lex.unnamed_heads:
            return False
        words = [t.group(0).strip(".") for t in TOKEN.finditer(self.text, s, e)]
        words = [w for w in words if w and w.lower() not in lex.articles]
        if not words:
            return False
        low = [w.lower() for w in words]
        if lex.lang == "id":
            # head first: "petugas pemadam kebakaran di Mandalay"; a body after it names the source
            if low[0] not in lex.unnamed_heads:
                return False
            mods = words[1:]
        else:
            # head last, before any prepositional tail: "a local police officer (in Gorkha)"
            cut = next((i for i, w in enumerate(low) if i > 0 and w in lex.stopwords), len(low))
            if low[cut - 1] not in lex.unnamed_heads or cut < len(low):
                return False
            mods = words[:cut - 1]
        cut = next((i for i, w in enumerate(mods) if w.lower() in lex.stopwords), len(mods))
        if any(w.lower() in lex.body_words for w in mods[:cut]):
            return False
        c = self._cluster_in(s, e)
        if c is not None and c.type in ("PERSON", "ORG"):
            return False
        # a capitalised modifier that is no place names a body ("an NIS source")
        return all(not w[:1].isupper() or "." in w or c is not None for w in mods[:cut])

    def _anonymous(self, s: int, e: int):
        """"An official, who spoke on condition of anonymity, said": with no body and no relay the
        anonymous head itself ("official") is the speaker."""
        phrase = self.text[s:e].strip()
        x = self.lex.anon_re.match(phrase)
        if x is None or phrase[x.end():].strip():
            return None
        words = self._description_words(phrase[:x.end()].split())
        words = [w for w in words if w.lower() not in self.lex.articles]
        return (" ".join(words), None, s, e, False) if words else None

    def _speaker_pronoun(self, s: int, last, last_person):
        """A pronoun subject: the person who has been speaking, or a person named as a subject
        since, unless the speaker was talking about that person."""
        cand = last_person or last
        person = self._person_before(s, cand)
        if person is not None and cand is not None and cand[4] and self._spoken_of(person[1], cand[1]):
            return cand
        return person or cand

    def _gendered(self, pronoun: str, found, s: int):
        """"she said" after a man was quoted: the latest woman named before it, if any (and "he"
        the other way round; a limit to nearby paragraphs lost more right attributions on real
        text than it saved); a speaker whose given name says nothing of gender is kept."""
        want = self.lex.pronoun_genders.get(pronoun)
        if want is None or found is None or not found[4] or self._gender(found[0]) in (None, want):
            return found
        best = None
        for c in self._clusters:
            if c.type != "PERSON" or self._gender(c.name) != want:
                continue
            for mt in c.mentions:
                if mt.start < s and mt.kind in ("name", "alias") and (best is None or mt.start > best[0]) \
                        and self._masked[mt.start:mt.end].strip():  # not named inside a quotation
                    best = (mt.start, c)
        return (self._written(best[1]), best[1].id, None, None, True) if best else found

    def _gender(self, name: str) -> str | None:
        words = name.split()
        return self.lex.name_genders.get(words[0]) if words else None

    def _is_description(self, words: list[str], c: EntityCluster | None, s: int, e: int) -> bool:
        """A common-noun phrase: "the ministry", "kementerian itu", "Russian officials",
        "otoritas kesehatan Gaza" — its head is lower-case, whatever place it names."""
        lex = self.lex
        low = [w.lower() for w in words]
        if low[-1] in lex.demonstratives or low[0] in lex.demonstratives:
            # coref may link a description to any earlier body; _description checks the fit
            return c is None or c.type not in ("PERSON", "ORG") or not self._mention_at_edge(c, s, e, names=True)
        head = words[0] if lex.lang == "id" else words[-1]
        if not head[:1].islower() or head.lower() in lex.stopwords or len(self._description_words(words)) > 5:
            return False  # a clause, not a noun phrase: "South Korea's central bank cut …"
        return c is None or c.type in ("GPE", "LOC") or not self._mention_at_edge(c, s, e)

    def _mention_at_edge(self, c: EntityCluster, s: int, e: int, names: bool = False) -> bool:
        """Whether a mention of `c` covers the phrase's head end (EN: its end; ID: its start)."""
        id_lang = self.lex.lang == "id"
        index = mention_index(self._clusters, self.doc.user_data)
        inside = [mt for mt, oc in index.within(s, e) if oc is c] if id(c) in index.cluster_ids else c.mentions
        return any(mt.start >= s and mt.end <= e and (not names or mt.kind in ("name", "alias", "title"))
                   and ((id_lang and mt.start - s <= 1) or (not id_lang and e - mt.end <= 1))
                   for mt in inside)

    def _coref(self, s: int, e: int) -> EntityCluster | None:
        if _resolve_span is None:
            return None
        try:
            return _resolve_span(self._doc_view(), s, e)
        except Exception:  # noqa: BLE001 - the coref API is young; never lose the quote
            return None

    def _doc_view(self):
        view = getattr(self, "_view", None)
        if view is None:
            view = self._view = _DocView(self.doc, self.text)
        return view

    def _description(self, s: int, e: int, words: list[str], relay: bool = False):
        """A description's speaker: a fitting entity (coref, or the latest name containing the
        head noun), else the description text itself — never an unrelated earlier speaker."""
        lex = self.lex
        content = self._description_words(words)
        if not content:
            return None
        head = content[0] if lex.lang == "id" else content[-1]
        if head.lower() in lex.pronouns or head.lower() in lex.first_person:
            return None
        first = words[0].lower()
        if (first in lex.stopwords or first in lex.connectors) and first not in lex.demonstratives \
                and first not in lex.articles:
            # not a noun phrase ("termasuk mewajibkan distributor melaporkan …"): the statement
            # goes on in the voice of the latest speaker
            prev = next((it.speaker for it in reversed(self.items)  # the last one: from the end
                         if it.speaker is not None and (it.cue_start or 0) < s), None)
            return (prev[0], prev[1], s, e, False) if prev else None
        c = self._coref(s, e)
        if c is not None:
            fits = head.lower() in c.name.lower() or any(head.lower() in mt.text.lower() for mt in c.mentions if mt.kind in ("name", "alias"))
            if fits or len(content) == 1:
                return (self._written(c), c.id, s, e, c.type == "PERSON")
        best = self._last_word_before(head[:1].upper() + head[1:].lower(), s)
        if best is not None:
            a = self.text.rfind("\n", 0, best[0]) + 1
            for rs, re_ in self._name_runs(self.text, a, min(len(self.text), best[1] + 80)):
                if rs <= best[0] < re_:
                    return (self.text[rs:re_], None, s, e, False)
        epithet = self._epithet(s, words)
        if epithet is not None:
            return (epithet[0], epithet[1], s, e, True)
        if len(content) == 1:
            low = head.lower()
            prev = next((it.speaker for it in reversed(self.items) if it.speaker is not None
                         and (it.cue_start or 0) < s and low in it.speaker[0].lower()), None)
            if prev:
                return (prev[0], prev[1], s, e, False)
        return (" ".join(content), None, s, e, False)

    def _last_word_before(self, word: str, s: int) -> tuple[int, int] | None:
        """The last whole-word occurrence of `word` in text[:s], as `finditer(text, 0, s)` finds
        it (a word cut at s counts): by bisection in the word's occurrences, found once per word."""
        hits = self.__dict__.setdefault("_word_hits", {}).get(word)
        if hits is None:
            rx = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
            hits = self._word_hits[word] = [x.start() for x in rx.finditer(self.text)]
        n = len(word)
        if n <= s and self.text.startswith(word, s - n) and not (s > n and WORD_CHAR.match(self.text, s - n - 1)):
            return (s - n, s)
        k = bisect_right(hits, s - n) - 1
        return (hits[k], hits[k] + n) if k >= 0 else None

    def _description_words(self, words: list[str]) -> list[str]:
        """The description without determiners and possessor ("the state's civil defense agency")."""
        lex = self.lex
        out = [w.strip(",.") for w in words if w.lower() not in lex.demonstratives]
        for i in range(len(out) - 1, -1, -1):
            if out[i].endswith(("'s", "’s", "s'")) and i < len(out) - 1:
                out = out[i + 1:]
                break
        return [w for w in out if w]

    def _person_before(self, pos: int, cand):
        """The latest PERSON named at a sentence start before `pos`, if later than `cand`'s mention."""
        best = None
        limit = cand[3] if cand and cand[3] is not None else -1
        verb_form = self.lex.verb_form_re if self.lex.lang == "id" else None
        for c in self._clusters:
            if c.type != "PERSON" or self._common_word(c.name):
                continue
            for mt in c.mentions:
                if not self._masked[mt.start:mt.end].strip():
                    continue  # named inside a quotation: not an antecedent of the attribution
                if limit < mt.start < pos and mt.kind in ("name", "alias") and (best is None or mt.start > best[0]):
                    i = self._sentence_at(mt.start)
                    sent_start = self.sentences[i][0] if i >= 0 else None
                    lead = self._masked[sent_start:mt.start].split() if sent_start is not None else None
                    # the sentence's subject: near its start, or after a title chain
                    # ("Ketua KPU Jawa Barat Rudi Hartono hadir …")
                    if lead is not None and (len(lead) <= 3 or all(w[:1].isupper() for w in lead)) \
                            and not (verb_form is not None and any(w[:1].islower() and verb_form.fullmatch(w) for w in lead)):
                        best = (mt.start, c)  # not the object of a verb ("Insiden itu dialami Endang …")
                    elif lead and lead[-1].endswith(",") and verb_form is not None and \
                            verb_form.fullmatch((self._masked[mt.end:mt.end + 30].split() or [""])[0]):
                        best = (mt.start, c)  # after fronted adjuncts: "Meski …, Rabu (11/10), Kaka menolak …"
        return (best[1].name, best[1].id, None, None, True) if best else None

    def _common_word(self, name: str) -> bool:
        """A one-word "name" the article also writes in lower case ("Kesepakatan" opening a
        sentence, typed PERSON): a common noun, no antecedent."""
        if " " in name.strip() or not name[:1].isupper():
            return False
        cache = self.__dict__.setdefault("_common_words", {})
        if name not in cache:
            cache[name] = re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", self.text) is not None
        return cache[name]

    def _spoken_of(self, person_id: str | None, speaker_id: str | None) -> bool:
        """Whether `person_id` is named inside what `speaker_id` said ("… mengatakan tersangka
        Budi Santoso ditangkap"): then "ujarnya" after Budi's sentence is still the speaker."""
        if person_id is None or speaker_id is None:
            return False
        c = next((c for c in self._clusters if c.id == person_id), None)
        if c is None:
            return False
        spans = [(o.start, o.end) for o in self.items
                 if o.speaker is not None and o.speaker[1] == speaker_id and o.kind != "report"]
        return any(a <= mt.start < b for mt in c.mentions for a, b in spans)

    def _epithet(self, s: int, words: list[str]):
        """"kata politikus Partai Gerindra itu", "ujar sang pelatih": an epithet with a
        demonstrative or "sang" refers back to the person who has been speaking, else to the
        latest person named before it."""
        lex = self.lex
        low = [w.lower().strip(",.") for w in words]
        if not lex.epithets or not (low[-1] in lex.demonstratives or low[0] in lex.epithet_articles):
            return None
        content = [w for w in low if w not in lex.articles and w not in lex.demonstratives]
        if not content or not (content[0] in lex.epithets or " ".join(content[:2]) in lex.epithets):
            return None
        prev = [it.speaker for it in self.items if it.speaker is not None and it.speaker[4]
                and (it.cue_start or it.start) < s]
        if prev:
            return (prev[-1][0], prev[-1][1], None, None, True)
        person = self._person_before(s, None)
        return person
