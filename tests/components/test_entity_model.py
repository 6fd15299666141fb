"""The trained entity model under the rules: cleaning of its mentions, merge policies, and the
rule fixes for organisation-plus-name runs."""

from __future__ import annotations

import pytest

from warta.components.entity_clusters import Found
from warta.components.entity_model import clean, merge
from warta.components.gazetteer import lexicon
from warta.nlp.pipeline import build_nlp

COMPONENTS = ("warta_sentences", "warta_entities")


@pytest.fixture(scope="module")
def lex():
    return lexicon("id")


@pytest.fixture(scope="module")
def nlp_id():
    return build_nlp("id", components=COMPONENTS, ner="rules")


def with_ents(nlp, text, ents):
    """Run the pipeline as if a trained NER had put `ents` ((form, label)) in doc.ents."""
    doc = nlp.make_doc(text)
    spans = []
    for form, label in ents:
        start = text.index(form)
        spans.append(doc.char_span(start, start + len(form), label=label))
    doc.ents = spans
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return {m.text: c.type for c in doc._.warta_entities for m in c.mentions}


def test_clean_drops_titles_and_dates(lex):
    f = clean(10, "Ketua Umum Budi Hartono", "PERSON", lex)
    assert (f.start, f.end, f.text) == (21, 33, "Budi Hartono")
    assert clean(0, "Senin", "PERSON", lex) is None
    assert clean(0, "Januari", "PERSON", lex) is None


def test_clean_strips_lowercase_nouns_in_front(lex):
    f = clean(0, "wilayah Bicol", "GPE", lex)
    assert f.text == "Bicol" and f.start == 8


def test_merge_policies(lex):
    rule = [Found(0, 12, "Budi Hartono", "PERSON", "Budi Hartono")]
    model = [Found(0, 4, "Budi", "ORG", "Budi"), Found(20, 26, "Sleman", "GPE", "Sleman")]
    assert [f.text for f in merge(rule, model, lex, "gap")] == ["Budi Hartono", "Sleman"]
    assert [f.text for f in merge(rule, model, lex, "model")] == ["Budi", "Sleman"]
    assert [f.text for f in merge(rule, model, lex, "none")] == ["Budi", "Sleman"]
    # the rule person has no guessed type (weak is False): "refine" keeps it
    assert [f.text for f in merge(rule, model, lex, "refine")] == ["Budi Hartono", "Sleman"]


def test_refine_guesses_yield_to_the_model(lex):
    guess = Found(0, 16, "Pinggiran Zorbu", "PERSON", "Pinggiran Zorbu", weak=True)
    sure = Found(20, 32, "Budi Hartono", "PERSON", "Budi Hartono", title="Ketua")
    model = [Found(10, 16, "Zorbu", "GPE", "Zorbu"), Found(20, 24, "Budi", "ORG", "Budi")]
    out = merge([guess, sure], model, lex, "refine")
    assert [(f.text, f.type) for f in out] == [("Budi Hartono", "PERSON"), ("Zorbu", "GPE")]


def test_refine_keeps_a_guess_the_model_shortens_with_the_same_type(lex):
    guess = Found(0, 12, "Paulus Ringo", "PERSON", "Paulus Ringo", weak=True)
    out = merge([guess], [Found(0, 6, "Paulus", "PERSON", "Paulus")], lex, "refine")
    assert [f.text for f in out] == ["Paulus Ringo"]


def test_refine_drops_guesses_the_model_does_not_see_unless_named_elsewhere(lex):
    band = Found(0, 17, "Epileptic Seizure", "PERSON", "Epileptic Seizure", weak=True)
    named = Found(30, 42, "Yopi Kwarta", "PERSON", "Yopi Kwarta", weak=True)
    later = Found(60, 64, "Yopi", "PERSON", "Yopi", cue=True)
    out = merge([band, named, later], [], lex, "refine")
    assert [f.text for f in out] == ["Yopi Kwarta", "Yopi"]
    assert [f.text for f in merge([band], [], lex, "refine-keep")] == ["Epileptic Seizure"]


def test_refine_retypes_a_guess_on_the_same_words_and_its_aliases(lex):
    name = Found(0, 23, "Susilo Bambang Yudhoyono", "ORG", "Susilo Bambang Yudhoyono", weak=True)
    alias = Found(25, 28, "SBY", "ORG", "Susilo Bambang Yudhoyono", "alias")
    model = [Found(0, 23, "Susilo Bambang Yudhoyono", "PERSON", "Susilo Bambang Yudhoyono")]
    out = merge([name, alias], model, lex, "refine")
    assert [(f.text, f.type) for f in out] == [("Susilo Bambang Yudhoyono", "PERSON"), ("SBY", "PERSON")]


def test_refine_takes_the_models_cut_of_a_run_into_titles_or_people(lex):
    person = Found(0, 22, "Mensesneg Hatta Rajasa", "PERSON", "Mensesneg Hatta Rajasa")
    org = Found(30, 55, "Partai Golkar Jusuf Kalla", "ORG", "Partai Golkar Jusuf Kalla")
    model = [Found(10, 22, "Hatta Rajasa", "PERSON", "Hatta Rajasa"),
             Found(30, 43, "Partai Golkar", "ORG", "Partai Golkar"),
             Found(44, 55, "Jusuf Kalla", "PERSON", "Jusuf Kalla")]
    out = merge([person, org], model, lex, "refine")
    assert [f.text for f in out] == ["Hatta Rajasa", "Partai Golkar", "Jusuf Kalla"]
    # a known given name in front is part of the name, whatever the model cut
    full = Found(0, 16, "Joko Sri Hartono", "PERSON", "Joko Sri Hartono")
    out = merge([full], [Found(5, 16, "Sri Hartono", "PERSON", "Sri Hartono")], lex, "refine")
    assert [f.text for f in out] == ["Joko Sri Hartono"]


def test_rules_mark_capitals_only_names_as_guesses(nlp_id):
    text = ("Lagu itu dibawakan Zorbu Kwantel di panggung. Joko Hartono datang. "
            "Kata Mirto Zelvan, acara itu ramai. Warga menyebut GHX sering datang.")
    doc = nlp_id(text)
    from warta.components.entities import EntityRecognizer

    found, _ = EntityRecognizer("id").find_mentions(doc)
    weak = {f.text: f.weak for f in found}
    assert weak["Zorbu Kwantel"] is True
    assert weak["Joko Hartono"] is False  # a known given name
    assert weak["Mirto Zelvan"] is False  # a speech cue before it
    assert weak["GHX"] is True  # an acronym nothing defines


def test_model_fills_gaps_but_not_with_common_words(nlp_id):
    text = "Warga Zzyzx mengungsi. Sehari kemudian, banjir surut di kawasan Qwert sehari penuh."
    out = with_ents(nlp_id, text, [("Zzyzx", "GPE"), ("Sehari", "ORG"), ("Qwert", "GPE")])
    assert out.get("Qwert") == "GPE"
    assert "Sehari" not in out  # opens a sentence and is written in lowercase elsewhere


def test_company_then_spokesperson_is_cut_where_the_company_stands_alone(nlp_id):
    text = ("Longsor terjadi di tambang milik PT Sinar Logam Abadi di Morowali. Juru bicara "
            "PT Sinar Logam Abadi Hendra Wijaya membantah angka itu.")
    out = with_ents(nlp_id, text, [])
    assert out["PT Sinar Logam Abadi"] == "ORG"
    assert out["Hendra Wijaya"] == "PERSON"
    assert "Abadi Hendra Wijaya" not in out


def test_city_after_an_organisation_is_its_branch_not_a_first_name(nlp_id):
    out = with_ents(nlp_id, "Kepala Basarnas Palu Andi Sultan mengatakan pencarian dilanjutkan.", [])
    assert out["Andi Sultan"] == "PERSON"
    assert "Palu Andi Sultan" not in out


def test_english_pt_company_before_a_title():
    nlp = build_nlp("en", components=COMPONENTS)
    doc = nlp("PT Sinar Logam Abadi spokesman Hendra Wijaya denied the figure. Trading opens at "
              "9 a.m. PT on Monday.")
    out = {m.text: c.type for c in doc._.warta_entities for m in c.mentions}
    assert out["PT Sinar Logam Abadi"] == "ORG" and out["Hendra Wijaya"] == "PERSON"
    assert "PT" not in out


def test_rules_mode_has_no_model_pipes():
    assert "ner" not in build_nlp("id", ner="rules").pipe_names




def test_unknown_ner_mode_is_a_clear_error(monkeypatch):
    from warta.errors import ConfigError
    from warta.options import load_options

    monkeypatch.setenv("WARTA_NER", "neural")
    with pytest.raises(ConfigError, match="ner must be one of model, rules"):
        load_options()
    monkeypatch.setenv("WARTA_NER", "rules")
    assert load_options().ner == "rules"


class Recorder:
    """Stands in for the trained model: records the words it reads and tags each given name
    with the word after it as a PERSON."""

    def __init__(self, vocab, names=("Joko",)):
        self.vocab, self.read, self.names = vocab, [], names

    def __call__(self, doc):
        from spacy.tokens import Span

        words = [t.text for t in doc]
        self.read.append(words)
        doc.ents = [Span(doc, k, k + 2, label="PERSON") for k, w in enumerate(words) if w in self.names]
        return doc


def test_entity_model_reads_only_sentences_that_can_hold_a_name():
    from warta.nlp.ner import EntityModel

    nlp = build_nlp("id", components=("warta_sentences",), ner="rules")
    doc = nlp("Hujan turun deras sejak pagi. Presiden Joko Widodo tiba di lokasi.")
    fake = Recorder(nlp.vocab)
    EntityModel(fake)(doc)
    # the first sentence has no capital after its first word; of the second, the words within
    # three of a capital ("." is four after "Widodo")
    assert fake.read == [["Presiden", "Joko", "Widodo", "tiba", "di", "lokasi"]]
    assert [(e.text, e.label_) for e in doc.ents] == [("Joko Widodo", "PERSON")]


def test_entity_model_reads_stretches_around_capitals_with_a_gap_between():
    from warta.nlp.ner import GAP, EntityModel, model_tokens

    nlp = build_nlp("id", components=("warta_sentences",), ner="rules")
    text = ("Menurut Budi Santoso harga beras di pasar tradisional naik sejak awal bulan lalu "
            "karena pasokan dari daerah berkurang kata Siti Aminah kemarin.")
    doc = nlp(text)
    words = [t.text for t in doc]
    index = model_tokens(doc)
    assert -1 in index  # two stretches, not adjacent in the text
    gap = index.index(-1)
    assert [words[i] for i in index[:gap]] == ["Menurut", "Budi", "Santoso", "harga", "beras", "di"]
    assert [words[i] for i in index[gap + 1:]] == ["daerah", "berkurang", "kata", "Siti", "Aminah", "kemarin", "."]
    assert index == sorted(index[:gap]) + [-1] + sorted(index[gap + 1:])

    fake = Recorder(nlp.vocab, names=("Budi", "Siti"))
    EntityModel(fake)(doc)
    assert fake.read[0][gap] == GAP
    # the model's spans map back onto the doc's own tokens across the gap
    assert [(e.text, e.start_char) for e in doc.ents] == [("Budi Santoso", 8), ("Siti Aminah", text.index("Siti"))]


def test_entity_model_drops_a_span_over_a_gap():
    from warta.nlp.ner import EntityModel, model_tokens

    nlp = build_nlp("id", components=("warta_sentences",), ner="rules")
    doc = nlp("Kemarin Ani pergi ke pasar lalu membeli sayur dan buah segar untuk makan malam bersama Ibu Sari.")
    index = model_tokens(doc)
    gap = index.index(-1)
    words = [t.text for t in doc]
    last_before_gap = words[index[gap - 1]]
    # a model that tags the word before the gap and the gap itself as one name
    fake = Recorder(nlp.vocab, names=(last_before_gap,))
    EntityModel(fake)(doc)
    assert list(doc.ents) == []


def test_headline_is_not_read_by_the_model():
    from warta.nlp.ner import model_tokens

    nlp = build_nlp("id", components=("warta_sentences",), ner="rules")
    text = "Presiden Tiba Di Lokasi Banjir\nWarga Desa Sukamaju menyambut Presiden Joko Widodo."
    doc = nlp.make_doc(text)
    doc._.warta_title_span = (0, text.index("\n"))
    doc = nlp.get_pipe("warta_sentences")(doc)
    read = {doc[i].text for i in model_tokens(doc) if i >= 0}
    assert "Banjir" not in read and "Sukamaju" in read
