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


def test_said_before_the_name(nlp):
    text = ("One reporting station has not seen a measurable drop of rain since mid-September, the first "
            "time that has happened since 1905, said Scott Strenfel, the utility's principal meteorologist.")
    assert [(k, sp, cue) for k, sp, cue, _ in out(nlp, text)] == [("indirect", "Scott Strenfel", "said")]


@pytest.mark.parametrize("text,speaker", [
    # the subject stands before an appositive or a relative clause: no inversion
    ("Another lawmaker, Lee Seong-kweun, said Russian instructors were teaching the soldiers to fly drones.",
     "Lee Seong-kweun"),
    ("Israeli settlers, who form part of the prime minister's constituency, said the policy change paved "
     "the way for annexation.", "Israeli settlers"),
])
def test_no_inversion_after_an_appositive(nlp, text, speaker):
    assert [sp for _, sp, _, _ in out(nlp, text)] == [speaker]


def test_continuation_subject_ends_at_the_auxiliary(nlp):
    text = ("Health care providers have protested longer detention periods for migrants, warning that "
            "children would face more serious health risks.")
    assert [sp for _, sp, _, _ in out(nlp, text)] == ["Health care providers"]


def test_continuation_after_a_pronoun_subject_is_the_person_speaking(nlp):
    text = ("\"We will keep bidding,\" said Brent Sherwood, a vice president at the company.\n"
            "He declined later to state when the lander would be ready, saying it would depend on each task order.")
    assert [sp for _, sp, _, _ in out(nlp, text)] == ["Brent Sherwood", "Brent Sherwood"]


def test_subject_after_a_joint_and_before_a_relative_clause(nlp):
    text = ("Police estimated the crowd at about 28,000 people, while the CGTP union confederation, which "
            "organised the march, said 150,000 people had taken part in the capital.")
    assert [sp for _, sp, _, _ in out(nlp, text)] == ["CGTP union confederation"]


def test_said_before_a_title_and_name(nlp):
    text = ("Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said "
            "study co-author Anezina Solomonidou, a European Space Agency research fellow.")
    assert [sp for _, sp, _, _ in out(nlp, text)] == ["Anezina Solomonidou"]


def test_subordinator_inside_a_relative_clause_keeps_the_head(nlp):
    text = ("A spokesperson who did not wish to be named because of agency policy said in a statement that "
            "the agency never has administered vaccines.")
    assert [sp for _, sp, _, _ in out(nlp, text)] == ["spokesperson"]


@pytest.mark.parametrize("text", [
    "If he is holding a poorly described article of great significance to himself, it is a New Yorker story.",
    "The ensemble then performed a court dance which describes the blooming of flowers in spring.",
    "Officers had earlier threatened to use live fire if petrol bombs were thrown at them again.",
])
def test_describe_without_as_and_threats_are_no_statements(nlp, text):
    assert out(nlp, text) == []


def test_she_and_he_pick_the_person_of_their_gender(nlp):
    # the man quoted last is not who "she" is; the given names' genders come from name_genders.txt
    text = ("Governor Maria Lopez visited the shelter on Monday. Fire chief John Reed said crews had "
            "rescued 40 people overnight.\n"
            "\"We are doing everything we can for these families,\" she said.\n"
            "\"The water is still rising,\" he added.")
    assert [(sp, cue) for _, sp, cue, _ in out(nlp, text)] == [
        ("John Reed", "said"), ("Maria Lopez", "said"), ("John Reed", "added")]


def test_a_pronoun_with_no_person_of_its_gender_keeps_the_speaker(nlp):
    text = ("Fire chief John Reed said crews had rescued 40 people overnight.\n"
            "\"The water is still rising,\" she said.")
    assert [sp for _, sp, _, _ in out(nlp, text)] == ["John Reed", "John Reed"]


def test_possessive_appositive_is_not_the_speaker(nlp):
    text = ("Kestrel Mobile, Canada's third-largest mobile operator with about 6 million subscribers, said its "
            "US subsidiary was not affected.")
    assert [sp for _, sp, _, _ in out(nlp, text)] == ["Kestrel Mobile"]


def test_reiterated_is_a_cue_and_a_coordinated_said_keeps_its_subject(nlp):
    text = ("Kestrel Mobile reiterated that about 1.2 million customers were affected and said it had begun "
            "emailing them on Tuesday.")
    assert [(sp, cue) for _, sp, cue, _ in out(nlp, text)] == [
        ("Kestrel Mobile", "reiterated"), ("Kestrel Mobile", "said")]


def test_middle_initial_keeps_the_name_whole(nlp):
    text = "Lyndon B. Johnson said the war would end soon, according to the records."
    assert [sp for _, sp, _, _ in out(nlp, text)] == ["Lyndon B. Johnson"]


def test_subject_after_a_subordinator_speaks(nlp):
    # "…, as a labour union said …": the union speaks, not the subject of the clause before
    text = ("Seven workers were confirmed dead, the regional police said on Thursday, as a labour union "
            "said the operator was understating how many people had been trapped.")
    assert [sp for _, sp, _, _ in out(nlp, text)] == ["regional police", "labour union"]
