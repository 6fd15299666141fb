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
