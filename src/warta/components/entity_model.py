"""The trained entity model's mentions under warta's rules: the model proposes, the rules refine.

`model_mentions` reads the spans a trained NER put in `doc.ents` and cleans them with the
language's lexicon: a weekday, month or other not-a-name word is never an entity, and a person
never swallows a role title in front of it ("Ketua Umum ... Budi Hartono" → "Budi Hartono").
`merge` combines them with the rule mentions under one of the measured policies (see
bench/bench_ner.py and docs/id_ner_model.md for the figures):
  "refine" (default) a rule mention with evidence (title, cue, gazetteer, known given name,
           acronym definition) keeps its span and type; one typed from capitals alone (a
           "guess") yields to the model mentions it overlaps, and is dropped where the model
           saw no name unless the document names it elsewhere
  "refine-keep" as "refine", but guesses the model did not see are kept
  "gap"    the rules win every overlap; model mentions fill the gaps
  "vouched" as "gap", but a rule person with no title, cue or known given name needs the model
  "model"  the model's span and type win every overlap; rule mentions fill the gaps
  "known"  as "model", but only rule mentions the gazetteers vouch for fill the gaps
  "none"   the model's mentions alone (cleaned)
"""

from __future__ import annotations

import os
from collections import Counter

from warta.components.entity_clusters import UPSTREAM_LABELS, Found
from warta.components.gazetteer import Lexicon, tokenize
from warta.nlp.annotations import doc_text

POLICIES = ("refine", "refine-keep", "gap", "vouched", "model", "known", "none")
# A tuning knob for bench/bench_ner.py; the default is the policy that won on both test sets
# and the dev pages.
POLICY = os.environ.get("WARTA_NER_MERGE", "refine")


def model_mentions(doc, lex: Lexicon) -> list[Found]:
    """The model's entities as Found mentions, cleaned by the lexicon."""
    if not doc.has_annotation("ENT_IOB"):
        return []
    out: list[Found] = []
    title = doc._.warta_title_span or (-1, -1)
    lower = lowercase_words(doc)
    text = doc_text(doc)
    for ent in doc.ents:
        label = UPSTREAM_LABELS.get(ent.label_)
        if label is None or title[0] <= ent.start_char < title[1]:
            continue  # headline capitals are no evidence of a name
        if cuts_a_run(doc, text, ent, lex):
            continue  # "Kantor Pencarian | dan Pertolongan": the model cut a longer name
        start, words = ent.start_char, ent
        if len(ent) > 1 and opens_sentence(doc, ent.start) and sentence_word(ent.text, lex):
            # "Pernyataan Kapolda itu …": a common noun capitalised by the sentence is no name
            start, words = ent[1].idx, ent[1:]
        f = clean(start, words.text, label, lex, lower)
        if f is not None and is_title(f.text, lex):
            continue  # "Juru Bicara", "Kapolda": a role, not a name
        if f is not None and " " not in f.text and opens_sentence(doc, ent.start) and \
                not lex.person_name(f.text) and not known(f, lex):
            continue  # one capitalised word opening a sentence ("Sehari", "Badan") is no evidence
        if f is not None:
            out.append(f)
    return out


def lowercase_words(doc) -> set[str]:
    """The words the text writes in lowercase (read from the doc's word ids: no Token objects)."""
    strings = doc.vocab.strings
    return {w for w in map(strings.__getitem__, set(doc.to_array("ORTH").tolist())) if w[:1].islower()}


def sentence_word(span: str, lex: Lexicon) -> bool:
    """Whether the span's first word is one a sentence capitalises that is no name: a function
    word or a derived common noun ("Pernyataan", "Kebijakan"), and no head of a listed name
    ("Kabupaten Sigi", "Kementerian Keuangan"). (A word the text writes lowercase elsewhere can
    still open a name: "bandar udara" … "Bandar Udara Warukin".)"""
    toks = tokenize(span)
    word, low = toks[0].text, toks[0].low
    if lex.person_name(word) or lex.lookup(toks, 0, len(toks), ("prefix", "head", "org", "place", "title"))[1]:
        return False
    return low in lex.stop or bool(lex.common_re and lex.common_re.match(low))


def opens_sentence(doc, i: int) -> bool:
    """A token that starts its sentence, or a quotation or bracket inside one ("“Pulang …")."""
    return doc[i].is_sent_start or (i > 0 and doc[i - 1].text in "“\"‘'(«[—–-")


def cuts_a_run(doc, text: str, ent, lex: Lexicon) -> bool:
    """Whether the span stops inside a run of capitalised words: a capitalised word (or a
    connector and one) right after it."""
    def joined(a, b) -> bool:  # two tokens with only spaces between them
        return text[a.idx + len(a.text):b.idx].strip(" ") == "" and not b.is_sent_start

    if ent.end < len(doc) and joined(ent[-1], doc[ent.end]):
        nxt = doc[ent.end]
        if (nxt.lower_ in lex.org_connectors or nxt.lower_ in lex.conjunctions) and \
                ent.end + 1 < len(doc) and joined(nxt, doc[ent.end + 1]):
            nxt = doc[ent.end + 1]
        if nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.ent_iob_ != "B":
            return True  # (a name of its own right after it is no cut: "KPK Agus Rahardjo")
    # the word before may be a title or an organisation ("Presiden Joko Widodo"): no cut
    return False


def is_title(text: str, lex: Lexicon) -> bool:
    toks = tokenize(text)
    n, _kind, _ = lex.lookup(toks, 0, len(toks), ("title",))
    return bool(toks) and n == len(toks)


def clean(start: int, text: str, label: str, lex: Lexicon, lower: set[str] = frozenset()) -> Found | None:
    toks = tokenize(text)
    if not toks:
        return None
    i, j = 0, len(toks)
    if label == "PERSON":
        # role titles and honorifics in front belong to the title chain, not to the name
        while i < j:
            n, _kind, _ = lex.lookup(toks, i, j, ("title",))
            if n and i + n < j:
                i += n
            elif toks[i].low in lex.honorifics and i + 1 < j:
                i += 1
            else:
                break
    while i < j and (toks[i].low in lex.stop or not toks[i].cap):
        i += 1  # "wilayah Bicol", "jalan Putussibau": the lowercase noun is not part of the name
    while j > i and (toks[j - 1].low in lex.stop or toks[j - 1].low in lex.cues_after):
        j -= 1
    if i >= j:
        return None
    words = toks[i:j]
    if any(not t.cap and t.low not in lex.org_connectors and t.low not in lex.name_connectors
           for t in words):
        return None  # "SMP sebesar Rp 10.000": a name has no lowercase words inside
    if all(t.low in lex.not_names for t in words):
        return None  # "Senin", "Januari": dates are never names
    if all(common(t, lex, lower) for t in words):
        return None  # "Warga Meninggal", "TPS": common words capitalised, common acronyms
    s, e = start + words[0].start, start + words[-1].end
    span = text[words[0].start:words[-1].end]
    return Found(s, e, span, label, span)


def common(t, lex: Lexicon, lower: set[str]) -> bool:
    if t.upper:
        return t.text in lex.common_acronyms or t.low in lex.common_acronyms
    return not lex.person_name(t.text) and (t.low in lower or t.low in lex.stop)


def merge(found: list[Found], model: list[Found], lex: Lexicon, policy: str | None = None) -> list[Found]:
    """Rule and model mentions under `policy` (see the module docstring)."""
    policy = policy or POLICY
    if policy == "none":
        return model
    if policy.startswith("refine"):
        return refine(found, model, lex, drop_guesses=policy == "refine")
    if policy in ("gap", "vouched"):
        taken = [(m.start, m.end) for m in model]
        if policy == "vouched":
            # a person the rules guessed from capitals alone, where the model saw no name
            found = [f for f in found if not (
                f.type == "PERSON" and f.kind == "name" and not f.title and not f.cue
                and not any(lex.person_name(w) for w in f.text.split())
                and not any(f.start < e and s < f.end for s, e in taken))]
        taken = [(f.start, f.end) for f in found]
        return found + [m for m in model if not any(m.start < e and s < m.end for s, e in taken)]
    spans = [(m.start, m.end) for m in model]
    kept = [f for f in found if not any(f.start < e and s < f.end for s, e in spans)]
    if policy == "known":
        kept = [f for f in kept if known(f, lex)]
    return kept + model


def known(f: Found, lex: Lexicon) -> bool:
    """A rule mention the lexicon vouches for: a listed place or organisation, or an alias."""
    if f.kind != "name":
        return True
    toks = tokenize(f.text)
    n, _kind, _ = lex.lookup(toks, 0, len(toks), ("place", "org"))
    return n == len(toks)


def refine(found: list[Found], model: list[Found], lex: Lexicon, drop_guesses: bool = True) -> list[Found]:
    """The model proposes, the rules refine: a rule mention with evidence (a title, a cue, a
    gazetteer entry, a known name, an acronym definition) keeps its span and type; one typed
    from capitals alone gives way to the model mentions it overlaps, unless the model found a
    shorter piece of it with the same type ("Paulus" in "Paulus Ringo"). Where the rules ran a
    name into its neighbours, the model's cut wins (`split_run`)."""
    out = list(found)
    vouched: set[int] = set()
    for m in model:
        over = [f for f in out if f.start < m.end and m.start < f.end]
        if not over:
            out.append(m)
            continue
        vouched.update(id(f) for f in over)
        if not all(f.weak for f in over):
            continue
        f = over[0]
        if len(over) == 1 and f.type == m.type and f.start <= m.start and m.end <= f.end:
            continue
        if len(over) == 1 and (f.start, f.end) == (m.start, m.end):
            retype(out, f, m.type)  # same words, the model's type: keep the rule's key and aliases
            continue
        out = [f for f in out if all(f is not o for o in over)]
        out.append(m)
    out = split_run(out, model, lex)
    if drop_guesses:
        # a guess the model does not share is dropped, unless the document names it elsewhere:
        # a word of it in a model mention or an evidenced rule mention of the same type
        # ("Paulus Ringo" ... "ujar Paulus"), or the same words again
        seen = {(f.type, w) for f in out if not f.weak for w in f.text.split()}
        # a name of several words the text repeats is a name of something ("KM Mutiara Buru")
        again = Counter(f.text for f in out if f.weak and " " in f.text)
        out = [f for f in out if not f.weak or id(f) in vouched or again[f.text] > 1 or
               any((f.type, w) in seen for w in f.text.split())]
    return out


def retype(found: list[Found], f: Found, typ: str) -> None:
    old = f.type
    for g in found:
        if g is f or (g.key == f.key and g.type == old and g.kind == "alias"):
            g.type, g.weak = typ, False


def split_run(found: list[Found], model: list[Found], lex: Lexicon) -> list[Found]:
    """A rule mention the model cuts into a name and its neighbours takes the model's cut:
    a person that swallowed the title words before it ("Mensesneg Hatta Rajasa" → "Hatta
    Rajasa"), an organisation that ran on into a person ("Partai Golkar Jusuf Kalla")."""
    out: list[Found] = []
    for f in found:
        inner = [m for m in model if f.start <= m.start and m.end <= f.end and
                 (m.start, m.end) != (f.start, f.end)]
        if not inner or f.kind != "name":
            out.append(f)
            continue
        head = text_before(f, inner[0])
        if f.type == "PERSON" and not f.title and len(inner) == 1 and inner[0].type == "PERSON" and \
                inner[0].end == f.end and not any(lex.person_name(w) for w in head.split()):
            out.append(inner[0])  # the words before the model's name are no part of a name
            continue
        if f.type == "ORG" and inner[0].start == f.start and inner[0].type == "ORG" and \
                any(m.type == "PERSON" for m in inner[1:]):
            out.extend(inner)
            continue
        out.append(f)
    return out


def text_before(f: Found, m: Found) -> str:
    return f.text[:m.start - f.start]
