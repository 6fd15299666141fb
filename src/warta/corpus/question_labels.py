"""Yes/no questions in words: what a "whether" conflict asks, in each language of its answers.

Built from the proposition its statements share (predicate, subject, object) with the verb phrases
and templates of warta.lang.<code>.measures (PROPOSITION_VERBS, QUESTION_TEMPLATE), else around
the clause a denial disputes (TRUE_TEMPLATE). Used by warta.corpus.questions.question_view.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from warta.corpus.figures import _measures_module, _pattern
from warta.corpus.questions import _subject_pronouns, anaphoric, content_words
from warta.lang.base import get_resources, supported_languages, union

LABEL_WORDS = 14  # a disputed clause longer than this is cut


def proposition_label(claims: list, lang: str | None) -> str:
    """A yes/no question in `lang`'s words (warta.lang.<code>.measures QUESTION_TEMPLATE,
    PROPOSITION_VERBS): "Did North Korea send troops to Russia?" from the claims' predicate,
    subject and object, those of `lang`'s claims first; where they have no predicate with a verb
    phrase, "Is it true that ...?" around the clause a denial or non-confirmation disputes (its
    stance words and negation taken out, "pihaknya" read as its source), or the assertion it
    answers where the denial only points back ("membantah tudingan tersebut")."""
    mod = _measures_module(lang)
    verbs = getattr(mod, "PROPOSITION_VERBS", {})
    mine = sorted(claims, key=lambda c: (c.language or "") != (lang or ""))
    preds = Counter(c.predicate for c in mine if c.predicate in verbs)  # generic speech predicates have no verb phrase there
    if preds:
        pred = preds.most_common(1)[0][0]
        with_pred = [c for c in mine if c.predicate == pred]
        subj = _first_common([c.subject for c in with_pred if (c.language or "") == (lang or "")]
                             or [c.subject for c in with_pred])
        obj = _first_common([c.object for c in with_pred if (c.language or "") == (lang or "") and c.object != subj]
                            or [c.object for c in with_pred if c.object != subj])
        if subj:
            return mod.QUESTION_TEMPLATE.format(subject=subj, verb=verbs[pred], object=f" {obj}" if obj else "")
    clause = _disputed_clause(mine, lang)
    if not clause:
        return f"{mod.WHETHER} …"
    return mod.TRUE_TEMPLATE.format(clause=clause)


def _first_common(values: list) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


@cache
def _stance_cue_re() -> re.Pattern:
    """Stance words and what may follow them before the disputed clause ("belum bisa memastikan
    apakah", "denied that", "could not confirm reports that")."""
    cues = [v for code in supported_languages()
            for stance, vs in getattr(get_resources(code).reporting, "REPORTING_VERBS", {}).items()
            if stance != "asserts" for v in vs]
    cues += [c + suffix for c in cues if " " not in c for suffix in union("measures", "CLITICS")]  # "menepisnya"
    comps = list(union("reporting", "COMPLEMENTIZERS")) + list(union("reporting", "STANCE_COMPLEMENTS"))
    return re.compile(rf"(?:{_pattern(cues)})(?:\s+(?:{_pattern(comps)}))*\s*", re.IGNORECASE)


def _disputed_clause(claims: list, lang: str | None) -> str:
    mod = _measures_module(lang)
    order = {"denies": 0, "unconfirmed": 1, "asserts": 2}  # what is denied is most often the proposition
    for c in sorted(claims, key=lambda c: order.get(c.stance, 3)):
        text = (c.evidence or "").strip().strip("“”\"'")
        cue = _stance_cue_re().search(text)
        if cue is not None and cue.start() < 80:
            text = text[cue.end():]
            if len(text.split()) < 2:
                continue  # "Peskov menepisnya": the cue alone
        elif c.stance != "asserts" and _stance_cue_re().search(text + " ") is None and len(text.split()) < 3:
            continue
        words = text.split()
        low = [w.lower().strip(",") for w in words]
        # "pihaknya tidak pernah menginstruksikan ...": the source, not a pronoun; no negation
        if low and low[0] in _subject_pronouns() and c.source:
            words, low = [c.source, *words[1:]], [c.source.lower(), *low[1:]]
        negs = sorted(getattr(mod, "NEGATION_WORDS", ()), key=lambda n: -len(n.split()))
        for k in range(min(4, len(low))):
            hit = next((n for n in negs if low[k:k + len(n.split())] == n.split()), None)
            if hit:
                del words[k:k + len(hit.split())]
                break
        if len(content_words(" ".join(words), c.source, lang)) <= 2 or anaphoric(" ".join(words[:4])):
            continue  # "membantah tudingan tersebut": what it denies is said elsewhere
        if words and words[0].lower() in union("corpus", "FUNCTION_WORDS"):
            words[0] = words[0].lower()  # "What we will do ..." inside a question
        out = " ".join(words[:LABEL_WORDS]).rstrip(".,;:")
        return out + (" …" if len(words) > LABEL_WORDS else "")
    return ""
