"""The "warta_quantities" component: numbers that count or measure something in the body.

A quantity is a number (digits in the language's convention, number words, or a vague
amount such as "ribuan"/"dozens"), an optional multiplier ("juta", "million"), an optional
currency sign before it ("Rp", "$"), an optional range ("10-15", "10 to 15",
"Rp16.500 hingga Rp17.000") and a unit after it: a known unit noun ("tentara", "persen",
"soldiers"), "%", or, for plain counts, the noun that follows ("7 laporan", "two sides").
A hedge before it ("sekitar", "at least") or after it ("700 lebih") makes it approximate and
is kept in the text. A number with no unit counts the noun named just before it when the text
shows it counts something ("kasus terbanyak, yakni 4.215", "injured more than 300").
Dates, times, years, ages, article numbers and ordinals are not quantities; they are told
apart by the words around the number (see the language's numbers/units resources); so are
ages written as durations ("remaja 17 tahun", "40 years old").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from warta.budget import checkpoint
from warta.lang.base import LanguageResources, get_resources
from warta.nlp.annotations import QuantityFound, doc_text

# Two numbers joined in one token: "10-15", "2021–2022", "2-1" (a score: lower > upper).
RANGE_TOKEN_RE = re.compile(r"^([+\-]?\d[\d.,]*)[-–]([\d][\d.,]*)$")
# A number glued to its unit: "25-basis-point", "5-day".
HYPHEN_UNIT_RE = re.compile(r"^(\d[\d.,]*)-([^\W\d_][\w-]*)$")
# Four bare digits that read as a year ("2024"): a quantity only before a known unit.
YEAR_RE = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")
ACRONYM_RE = re.compile(r"^[A-Z]{2,5}$")
# Tokens after which a capitalised word is expected: sentence ends, quotes, brackets, dashes.
SENTENCE_OPENERS = frozenset({".", "!", "?", "…", "...", "“", '"', "‘", "'", "(", "[", "—", "–", "-", ":", ";"})


@dataclass(slots=True)
class _Number:
    start: int  # first token of the number (or of the currency sign)
    end: int  # token after the number and its multiplier
    value: float
    approx: bool = False
    upper: float | None = None
    currency: str | None = None
    weak: bool = False  # "satu", "one": counts only before a known unit
    year: bool = False
    has_multiplier: bool = False
    glued_unit: tuple[str, str] | None = None  # ("basis-point", "percent") from "25-basis-point"


@Language.factory("warta_quantities", assigns=["doc._.warta_quantities"])
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder(name, resources=get_resources(nlp.lang))


class QuantityFinder:
    """Finds quantities with the number and unit knowledge of one language."""

    def __init__(self, name: str = "warta_quantities", *, resources: LanguageResources | None) -> None:
        self.name = name
        self.enabled = bool(resources and resources.numbers and resources.units)
        if not self.enabled:
            return
        nums, units = resources.numbers, resources.units
        self.parse_number = nums.parse_number
        self.parse_words = nums.parse_number_words
        self.number_words = frozenset(nums.NUMBER_WORDS)
        self.word_parts = (frozenset(nums.NUMBER_WORDS) | frozenset(nums.TEEN_WORDS)
                           | frozenset(nums.SMALL_MULTIPLIERS) | frozenset(nums.MULTIPLIERS))
        self.multipliers = dict(nums.MULTIPLIERS)
        self.currency_only = frozenset(getattr(nums, "CURRENCY_ONLY_MULTIPLIERS", ()))
        self.scale_words = frozenset(nums.SMALL_MULTIPLIERS) | frozenset(nums.MULTIPLIERS)
        self.vague = {tuple(k.split()): v for k, v in nums.VAGUE_AMOUNTS.items()}
        self.vague_first = frozenset(k[0] for k in self.vague)
        # hedge markers by their last word, longest first: "lebih dari" before "dari"
        self.approx: dict[str, list[tuple[str, ...]]] = {}
        for marker in sorted((tuple(m.split()) for m in nums.APPROX_MARKERS), key=len, reverse=True):
            self.approx.setdefault(marker[-1], []).append(marker)
        self.connectors = frozenset(nums.RANGE_CONNECTORS)
        self.between = frozenset(nums.BETWEEN_WORDS)
        self.joiners = frozenset(nums.BETWEEN_JOINERS)
        self.weak = frozenset(nums.WEAK_NUMBER_WORDS)
        self.blocking = frozenset(nums.BLOCKING_WORDS)
        self.prefix_units = dict(nums.PREFIX_UNITS)
        self.prefix_nouns = dict(getattr(nums, "PREFIX_UNIT_NOUNS", {}))
        self.postfix_approx = [tuple(m.split()) for m in getattr(nums, "POSTFIX_APPROX_MARKERS", ())]
        self.age_nouns = frozenset(getattr(nums, "AGE_NOUNS", ()))
        self.age_after = [tuple(m.split()) for m in getattr(nums, "AGE_AFTER", ())]
        self.ellipsis_cues = frozenset(getattr(nums, "ELLIPSIS_CUES", ()))
        self.framed_cues = {k: frozenset(v) for k, v in getattr(nums, "ELLIPSIS_FRAMED_CUES", {}).items()}
        self.collective = dict(getattr(nums, "COLLECTIVE_UNITS", {}))
        self.part_cues = frozenset(getattr(nums, "PART_CUES", ()))
        self.list_joins = frozenset(getattr(nums, "LIST_JOINS", ()))
        self.ellipsis_followers = [tuple(m.split()) for m in getattr(nums, "ELLIPSIS_FOLLOWERS", ())]
        self.range_breakers = frozenset(getattr(nums, "RANGE_BREAKERS", ()))
        self.units = {tuple(k.split()): v for k, v in units.UNITS.items()}
        self.unit_len = max(len(k) for k in self.units)
        self.currencies = dict(units.CURRENCIES)
        self.non_units = frozenset(units.NON_UNITS)
        self.per_words = frozenset(units.PER_WORDS)
        self.window = units.UNIT_WINDOW
        self.possessives = tuple(getattr(units, "POSSESSIVE_SUFFIXES", ()))
        self.of_words = frozenset(units.OF_WORDS)
        self.determiners = frozenset(units.DETERMINERS)
        self.verb_prefixes = tuple(units.VERB_PREFIXES)
        self.plural_suffixes = tuple(units.PLURAL_SUFFIXES)
        dates = resources.dates
        self.months = frozenset(getattr(dates, "MONTHS", ()) or ())
        self.timezones = frozenset(getattr(dates, "TIMEZONES", ()) or ())
        words = sorted(self.number_words | self.vague_first | self.scale_words, key=len, reverse=True)
        # Where a quantity may start: a digit, a number word, a vague amount or a scale word
        # ("a dozen"); everything else in the text is skipped at regex speed.
        self.anchor_re = re.compile(
            r"(?<![\d.,])\d|(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE
        )

    def __call__(self, doc: Doc) -> Doc:
        doc._.warta_quantities = self.find(doc)
        return doc

    # -- finding --------------------------------------------------------------------------

    def find(self, doc: Doc) -> list[QuantityFound]:
        """All quantities in the body of `doc` (text before `doc._.warta_body_start` is the
        headline and page chrome and is skipped), in text order."""
        if not self.enabled or not len(doc):
            return []
        body_start = doc._.warta_body_start or 0
        out: list[QuantityFound] = []
        spans: list[tuple[int, int]] = []  # token span of each quantity's number and unit
        free = 0  # first token not yet used by a quantity
        seen = -1  # last token tried ("23/10/2024" has several digit runs)
        text = doc_text(doc)
        for m in self.anchor_re.finditer(text, body_start):
            checkpoint()  # the page budget (warta.budget)
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.start < free or span.start == seen:
                continue
            seen = span.start
            found = self._quantity_at(doc, text, span.start, body_start, free, out, spans)
            if found is not None:
                q, end = found
                free = max(free, end)
                if q is not None:
                    out.append(q)
                    spans.append((span.start, end))
        return out

    def _quantity_at(
        self, doc: Doc, text: str, i: int, body_start: int, free: int,
        found: list[QuantityFound], spans: list[tuple[int, int]],
    ) -> tuple[QuantityFound | None, int] | None:
        """The quantity at token i and the token after it; (None, end) for a number that is
        not a quantity but whose tokens are used up (an age range); None for no number."""
        num = self._number(doc, i)
        if num is None:
            return None
        if doc[num.start].idx < body_start:
            return None
        n = len(doc)
        # A date ("23 Oktober", "Oct. 23"), a time ("21.30 WIB"), or a number that names
        # something ("Pasal 4", "nomor urut 1", "berusia 40 tahun"). A blocking word that
        # ends the quantity before ("4 tahun 6 bulan") does not block.
        before = _lower(doc[num.start - 1]) if num.start > 0 else ""
        if (before in self.blocking and num.start - 1 >= free) or before.rstrip(".") in self.months:
            self._range(doc, num)  # "berusia 5 hingga 14 tahun": the range goes with it
            return None, num.end
        if num.end < n:
            after = _lower(doc[num.end]).rstrip(".")
            if after in self.months or after in self.timezones:
                return None
        self._range(doc, num)
        postfix = self._postfix_approx(doc, num.end)
        if postfix:
            num.approx = True
            num.end += postfix
        unit = self._unit(doc, num)
        start = num.start
        marker = self._approx_marker(doc, start)
        if unit is None:
            unit = self._elliptical(doc, num, marker is not None, found, spans)
            if unit is None:
                return None
        unit_text, category, end = unit
        if category == "duration" and self._is_age(doc, num, end):
            return None, end
        approx = num.approx
        if marker is not None:
            start, approx = marker, True
        start_char = doc[start].idx
        end_char = doc[end - 1].idx + len(doc[end - 1])
        q = QuantityFound(
            start=start_char, end=end_char, text=text[start_char:end_char], value=num.value,
            unit=unit_text, category=category, approx=approx, upper=num.upper,
        )
        return q, end

    def _number(self, doc: Doc, i: int) -> _Number | None:
        """The number starting at token i (with a currency sign before it and a multiplier
        after it), or None."""
        tok = doc[i]
        text = tok.text
        low = text.lower()
        num: _Number | None = None
        if text[0].isdigit() or (len(text) > 1 and text[0] in "+-−" and text[1].isdigit()):
            value = self.parse_number(text)
            if value is not None:
                num = _Number(i, i + 1, value, year=bool(YEAR_RE.match(text)))
            else:
                m = RANGE_TOKEN_RE.match(text)
                if m is None:
                    return self._glued(text, i)
                lo, hi = self.parse_number(m.group(1)), self.parse_number(m.group(2))
                if lo is None or hi is None or hi <= lo or YEAR_RE.match(m.group(1)):
                    return None
                num = _Number(i, i + 1, lo, approx=True, upper=hi)
        elif low in self.vague_first:
            for key in sorted((k for k in self.vague if k[0] == low), key=len, reverse=True):
                if _words_at(doc, i, key):
                    num = _Number(i, i + len(key), self.vague[key], approx=True)
                    break
            if num is None:
                return None
        elif low in self.word_parts:
            start = i
            if low in self.scale_words and i > 0 and _lower(doc[i - 1]) in ("a", "an"):
                start = i - 1  # "a dozen", "a million"
            elif low not in self.number_words:
                return None
            j = i
            while j < len(doc) and _lower(doc[j]) in self.word_parts:
                j += 1
            if tok.is_title and not _sentence_initial(doc, start):
                return None  # a name: "Lima Puluh Kota", "Dua Sisi Institute"
            words = [_lower(t) for t in doc[start:j]]
            value = self.parse_words(words)
            if value is None:
                return None
            num = _Number(start, j, value, weak=(j - start == 1 and low in self.weak))
        else:
            return None
        self._multiplier(doc, num)
        self._currency(doc, num)
        return num

    def _glued(self, text: str, i: int) -> _Number | None:
        """A number glued to a known unit by a hyphen: "25-basis-point", "5-day"."""
        m = HYPHEN_UNIT_RE.match(text)
        if m is None:
            return None
        value = self.parse_number(m.group(1))
        unit = m.group(2)
        low = unit.lower()
        category = self.units.get((low,)) or self.units.get(tuple(low.split("-"))) or self.prefix_units.get(low)
        if value is None or category is None:
            return None
        return _Number(i, i + 1, value, glued_unit=(unit, category))

    def _multiplier(self, doc: Doc, num: _Number) -> None:
        if num.end < len(doc):
            word = _lower(doc[num.end])
            if word in self.multipliers and (word not in self.currency_only or self._currency_before(doc, num.start)):
                num.value *= self.multipliers[word]
                if num.upper is not None:
                    num.upper *= self.multipliers[word]
                num.end += 1
                num.has_multiplier = True
                num.year = False

    def _currency_before(self, doc: Doc, i: int) -> str | None:
        return self.currencies.get(_lower(doc[i - 1])) if i > 0 else None

    def _currency(self, doc: Doc, num: _Number) -> None:
        cur = self._currency_before(doc, num.start)
        if cur is not None:
            num.currency = cur
            num.start -= 1
            num.year = False

    def _range(self, doc: Doc, num: _Number) -> None:
        """Widen `num` to a range: "10 hingga 15", "Rp16.500 hingga Rp17.000",
        "antara 10 dan 15", "10 to 15". The lower bound is the value; `upper` is set."""
        j = num.end
        n = len(doc)
        if num.upper is not None or j + 1 >= n:
            return
        sign = doc[j].text == "%"  # "18% to 22%": the sign is written after both numbers
        if sign:
            j += 1
            if j + 1 >= n:
                return
        word = _lower(doc[j])
        before = _lower(doc[num.start - 1]) if num.start > 0 else ""
        between = before in self.between
        if not (word in self.connectors or (between and word in self.joiners)):
            return
        if word.isalpha() and before in self.range_breakers:
            return  # "climbed $1.64 to $82.75"
        k = j + 1
        if num.currency is not None and self._currency_before(doc, k + 1) == num.currency:
            k += 1
        if not doc[k].text[:1].isdigit() and _lower(doc[k]) not in self.number_words:
            return
        other = self._number(doc, k)
        if other is None or (other.currency not in (None, num.currency)):
            return
        if sign and (other.end >= n or doc[other.end].text != "%"):
            return
        upper = other.value
        if other.has_multiplier and not num.has_multiplier:
            num.value *= upper / self._bare_value(doc, other)
        if upper <= num.value:
            return
        num.upper, num.approx, num.end, num.year = upper, True, other.end, False
        if between:
            num.start -= 1

    def _bare_value(self, doc: Doc, num: _Number) -> float:
        """The value of `num` without its multiplier."""
        return num.value / self.multipliers[_lower(doc[num.end - 1])]

    def _unit(self, doc: Doc, num: _Number) -> tuple[str, str, int] | None:
        """(unit as reported, category, token after the quantity) or None."""
        n = len(doc)
        j = num.end
        if num.glued_unit is not None:
            (unit, category), end = num.glued_unit, j
        elif num.currency is not None:
            unit, category, end = num.currency, "money", j
        elif j < n and doc[j].text == "%":
            unit, category, end = "percent", "percent", j + 1
        else:
            # "12.000 tentara", "25 basis points", "3,000 North Korean soldiers"
            found = self._known_unit(doc, j, num)
            if found is None and j + 1 < n and _lower(doc[j]) in self.of_words and (num.approx or num.value > 1):
                k = j + 1  # "12,000 of its members", "thousands of people"
                if k < n and _lower(doc[k]) in self.determiners:
                    k += 1
                found = self._known_unit(doc, k, num) or self._plain_noun(doc, k, num)
            if found is None:
                found = self._plain_noun(doc, j, num)
            if found is None:
                return self._bare_rate(doc, j) or self._prefix_unit(doc, num)
            unit, category, end = found
            if unit.lower() in ("%",):
                unit = "percent"
        # "Rp17.000/liter", "4.800 ringgit per ton", "$5,000 per worker"
        if end + 1 < n and category not in ("percent",) and _lower(doc[end]) in self.per_words:
            per_tok = doc[end + 1]
            per = _lower(per_tok)
            if per_tok.is_alpha and per not in self.non_units:
                sep = "/" if doc[end].text == "/" else " per "
                unit = f"{unit}{sep}{per_tok.text}"
                if category == "money" and (self.units.get((per,)) == "money" or per in self.currencies):
                    category = "other"  # an exchange rate: "won per dollar"
                end += 2
        return unit, category, end

    def _known_unit(self, doc: Doc, j: int, num: _Number) -> tuple[str, str, int] | None:
        """A known unit noun at j, or within the language's window of words after j."""
        n = len(doc)
        for k in range(j, min(j + self.window, n)):
            tok = doc[k]
            if not (tok.is_alpha or tok.text == "%" or "-" in tok.text) or (k > j and _lower(tok) in self.non_units):
                return None
            for size in range(min(self.unit_len, n - k), 0, -1):
                key = tuple(_lower(t) for t in doc[k:k + size])
                category = self.units.get(key)
                if category is None and size == 1:  # "11 warganya": a unit noun with a possessive clitic
                    category = next((self.units.get((key[0][:-len(x)],)) for x in self.possessives
                                     if key[0].endswith(x) and len(key[0]) > len(x) + 2
                                     and self.units.get((key[0][:-len(x)],))), None)
                if category is not None:
                    if num.year and category == "duration":
                        return None
                    end = k + size
                    return doc[k:end].text, category, end
            if _lower(tok) in self.non_units:
                return None
        return None

    def _plain_noun(self, doc: Doc, j: int, num: _Number) -> tuple[str, str, int] | None:
        """An unknown counted noun: "7 laporan", "400 lembar", "2.130 TPS", "two sides"."""
        if num.weak or num.year or j >= len(doc):
            return None
        if self.plural_suffixes:
            # English: adjectives may come first; the noun is the first plural in a short run
            # of words ("three assembly plants"); "12,000 walked out" has none.
            if num.value <= 1 and not num.approx:
                return None
            for k in range(j, min(j + self.window, len(doc))):
                tok = doc[k]
                low = _lower(tok)
                if not tok.is_alpha or low in self.non_units:
                    return None
                if tok.is_lower and len(low) >= 4 and low.endswith(self.plural_suffixes):
                    return tok.text, "count", k + 1
            return None
        tok = doc[j]
        low = _lower(tok)
        if not tok.is_alpha or low in self.non_units or low in self.months:
            return None
        if tok.is_lower:
            if len(low) < 3 or low.startswith(self.verb_prefixes):
                return None
        elif not ACRONYM_RE.match(tok.text):
            return None
        return tok.text, "count", j + 1

    def _bare_rate(self, doc: Doc, j: int) -> tuple[str, str, int] | None:
        """An exchange rate with the currency left out before "per": "154.8 per dollar"."""
        if j + 1 < len(doc) and _lower(doc[j]) in self.per_words:
            per = _lower(doc[j + 1])
            if self.units.get((per,)) == "money" or per in self.currencies:
                return doc[j:j + 2].text, "other", j + 2
        return None

    def _prefix_unit(self, doc: Doc, num: _Number) -> tuple[str, str, int] | None:
        """A unit written before the number: "magnitudo 5,6", "bermagnitudo 5,6"."""
        if num.start > 0 and not num.weak and not num.year:
            word = _lower(doc[num.start - 1])
            if word in self.prefix_units:
                num.start -= 1
                return self.prefix_nouns.get(word, doc[num.start].text), self.prefix_units[word], num.end
        return None

    def _postfix_approx(self, doc: Doc, j: int) -> int:
        """Length of a hedge written after the number ("700 lebih", "300 or more"), or 0."""
        for marker in self.postfix_approx:
            if _words_at(doc, j, marker):
                return len(marker)
        return 0

    def _is_age(self, doc: Doc, num: _Number, end: int) -> bool:
        """Whether a duration is an age: "remaja 17 tahun", "40 years old"."""
        if num.start > 0 and _lower(doc[num.start - 1]) in self.age_nouns:
            return True
        return any(_words_at(doc, end, words) for words in self.age_after)

    def _elliptical(
        self, doc: Doc, num: _Number, hedged: bool, found: list[QuantityFound],
        spans: list[tuple[int, int]],
    ) -> tuple[str, str, int] | None:
        """The unit of a number written without one, taken from the noun it counts named just
        before: "kasus terbanyak, yakni 4.215", "killed 83 people and injured more than 300".

        Only a number that visibly counts something qualifies (a hedge or a cue word before
        it, a partitive after it: "tiga di antaranya"), and only when nothing follows it that
        could be its own noun. The unit is the nearest known counted noun before it in the
        sentence that is not already part of a quantity, else the unit of the quantity before
        it in the same paragraph."""
        if num.weak or num.year or num.glued_unit is not None:
            return None
        n = len(doc)
        j = num.end
        follower = next((len(w) for w in self.ellipsis_followers if _words_at(doc, j, w)), 0)
        if not follower and j < n:
            nxt = doc[j]
            if nxt.is_alpha and not nxt.is_lower:
                return None  # "mencapai 12 Desa ...", a name or a unit we do not know
            if nxt.text[:1].isdigit():
                return None
        before = _lower(doc[num.start - 1]) if num.start > 0 else ""
        framed = before in self.framed_cues and any(
            _lower(t) in self.framed_cues[before] for t in doc[max(0, num.start - 14):num.start - 1])
        part = self._part_unit(doc, num, before, found, spans, j)
        if part is not None:
            return part
        if not (hedged or num.approx or follower or before in self.ellipsis_cues or framed):
            return None
        end = j + follower if follower and _lower(doc[j]) not in self.of_words else j
        # the nearest counted noun before the number, in its sentence
        k = num.start - 1
        used = {t for a, b in spans[-4:] for t in range(a, b)}
        while k >= 0 and num.start - k <= 40:
            tok = doc[k]
            if tok.is_space and "\n" in tok.text:
                break
            # "put the crowd at 28,000": after a frame verb the noun it sets is named with "the"
            if k not in used and tok.is_alpha and (framed or k == 0 or _lower(doc[k - 1]) not in self.determiners):
                for size in range(min(self.unit_len, n - k), 0, -1):
                    category = self.units.get(tuple(_lower(t) for t in doc[k:k + size]))
                    if category in ("people", "troops", "count") and k + size <= num.start:
                        unit = doc[k:k + size].text
                        return self.collective.get(unit.lower(), unit), category, end
            if tok.is_sent_start:
                break
            k -= 1
        # else the quantity before it in the same paragraph
        if found and spans[-1][1] <= num.start:
            a, b = spans[-1]
            prev = found[-1]
            gap = doc[b:num.start]
            if prev.category in ("people", "troops", "count", "percent") and num.start - b <= 60 \
                    and not any(t.is_space and "\n" in t.text for t in gap):
                return prev.unit or "", prev.category, end
        return None

    def _part_unit(self, doc: Doc, num: _Number, before: str, found: list[QuantityFound],
                   spans: list[tuple[int, int]], end: int) -> tuple[str, str, int] | None:
        """The unit of a bare number that is a part of a head count before it in its sentence
        ("including 150,000 in Lisbon"): the nearest such count at least as large; and of a bare
        number listed right after such a part ("and 40,000 in Porto")."""
        if before in self.part_cues:
            k = len(found) - 1
            while k >= 0 and num.start - spans[k][1] <= 40:
                q = found[k]
                if q.category in ("people", "troops") and q.value >= num.value \
                        and not any(t.is_sent_start for t in doc[spans[k][1]:num.start]):
                    return q.unit or "", q.category, end
                k -= 1
            return None
        if before in self.list_joins and found and 0 < num.start - spans[-1][1] <= 4 \
                and spans[-1][1] - spans[-1][0] == 1 and spans[-1][0] > 0 and _lower(doc[spans[-1][0] - 1]) in self.part_cues:
            return found[-1].unit or "", found[-1].category, end
        return None

    def _approx_marker(self, doc: Doc, start: int) -> int | None:
        """Token where a hedge before `start` begins ("sekitar", "at least"), or None."""
        if start == 0:
            return None
        for marker in self.approx.get(_lower(doc[start - 1]), ()):
            size = len(marker)
            if start - size >= 0 and _words_at(doc, start - size, marker):
                return start - size
        return None


def _sentence_initial(doc: Doc, i: int) -> bool:
    """Whether token i starts a sentence, a line or a quotation (so a capital is expected)."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space or prev.text in SENTENCE_OPENERS


def _lower(tok: Token) -> str:
    return tok.lower_


def _words_at(doc: Doc, i: int, words: tuple[str, ...]) -> bool:
    """Whether the tokens from i read `words` (lowercased)."""
    if i + len(words) > len(doc):
        return False
    return all(doc[i + k].lower_ == w for k, w in enumerate(words))
