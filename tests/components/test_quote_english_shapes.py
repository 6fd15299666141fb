"""English attribution shapes from real political news: "telling", promises with an infinitive,
clauses without "that", a speaker introduced by a relative clause, a statement reported twice."""

from __future__ import annotations

import pytest

from warta.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp("en")


def out(nlp, text):
    return [(q.kind, q.speaker, q.cue, q.text) for q in nlp(text)._.warta_quotes]


def test_telling_after_a_sentence_with_no_statement(nlp):
    text = "The mayor defended the budget, telling reporters that the city would not raise taxes."
    assert out(nlp, text) == [("indirect", "mayor", "telling", "the city would not raise taxes.")]


def test_telling_with_a_pronoun_subject_is_the_person_speaking(nlp):
    text = ("Mayor Karen Bass said crime had fallen in every district.\n"
            "She defended the budget, telling reporters that the city would not raise taxes.")
    assert [(sp, cue) for _, sp, cue, _ in out(nlp, text)] == [("Karen Bass", "said"), ("Karen Bass", "telling")]


def test_vowed_to_is_indirect_speech(nlp):
    text = "Governor Mike Dunleavy vowed to veto any budget that cut the dividend below two thousand dollars."
    assert out(nlp, text) == [("indirect", "Mike Dunleavy", "vowed",
                               "to veto any budget that cut the dividend below two thousand dollars.")]


def test_announced_without_that(nlp):
    text = "The carmaker announced it would cut 2,000 jobs by the end of the year."
    assert out(nlp, text) == [("indirect", "carmaker", "announced", "it would cut 2,000 jobs by the end of the year.")]


@pytest.mark.parametrize("name", ["Senator Tom Reed", "Tom Reed, a senator from New York"])
def test_speaker_introduced_by_a_relative_clause(nlp, name):
    text = f"The plan drew criticism from {name}, who describes the plan as a giveaway to the oil companies."
    assert [(sp, cue) for _, sp, cue, _ in out(nlp, text)] == [("Tom Reed", "describes")]


def test_statement_reported_twice_is_one_quote(nlp):
    text = "\"We will not back down from this fight,\" Jones said, adding that we will not back down from this fight."
    assert out(nlp, text) == [("direct", "Jones", "said", "We will not back down from this fight")]
