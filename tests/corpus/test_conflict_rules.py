"""Conflict detection rules on hand-built claim dicts: junk sources, folding of subset conflicts."""

from __future__ import annotations

import pytest

from warta.corpus.conflicts import detect, junk_source
from warta.corpus.questions import Question


def claim(cid, article, source, *, value=None, stance="asserts", subject="n:korea", measure="send:troops",
          obj="n:russia", language="id", story=1, question=None):
    """A claim row as conflicts._load gives it; a figure answers the measure question `question`
    (a Question key; troops, by default) unless the claim has no figure or its measure is unknown."""
    row = {"id": cid, "article_id": article, "source": source, "source_key": None, "value": value,
           "stance": stance, "measure": measure, "topic_key": f"{subject}|{measure.split(':')[0]}",
           "about_key": f"{subject}|{measure}|{obj}", "about": "about", "language": language,
           "published_day": f"2024-10-{10 + article:02d}", "story": story, "subject": subject, "object": obj,
           "voice": source.lower(), "own": False, "question_kind": "proposition"}
    if value is not None and not measure.startswith("states"):  # a bare speech verb: no measure known
        q = question or Question("measure", "troops", "people").key
        row.update(question_kind="measure", about_key=q, measure=Question.from_key(q).what)
    return row


@pytest.mark.parametrize("source", ["but", "It", "yang", "United States had", "Rusia telah", "the Pentagon was"])
def test_junk_sources(source):
    assert junk_source(source)


@pytest.mark.parametrize("source", ["Pentagon", "US", "spy agency", "agen mata-mata negaranya", "WHO",
                                    "Badan Intelijen Nasional", None, "Korea Utara"])
def test_real_sources(source):
    assert not junk_source(source)


def test_claims_with_junk_sources_make_no_conflict():
    claims = [claim(1, 1, "Pentagon", value=10000), claim(2, 2, "but", value=12000),
              claim(3, 3, "United States had", value=3000)]
    assert detect(claims) == []
    claims.append(claim(4, 4, "NIS", value=3000))
    (cf,) = detect(claims)
    assert sorted(cf.claims) == [1, 4]


def test_a_conflict_inside_a_larger_one_of_the_same_kind_is_folded():
    # numeric: two questions whose answers say the same thing (one repeated as a second row)
    other = Question("measure", "troops", "people", place="n:ukraine").key
    big = [claim(3, 1, "NIS", value=12000), claim(5, 2, "Pentagon", value=10000), claim(6, 3, "Kirby", value=3000)]
    small = [claim(15, 2, "Pentagon", value=10000, question=other), claim(16, 3, "Kirby", value=3000, question=other)]
    found = detect(big + small)
    numeric = [c for c in found if c.kind == "numeric_divergence"]
    assert [sorted(c.claims) for c in numeric] == [[3, 5, 6]]


def test_confirm_vs_deny_subsets_fold_but_other_stories_and_kinds_do_not():
    a = [claim(1, 1, "NIS"), claim(2, 2, "Peskov", stance="denies"), claim(3, 3, "Pentagon")]
    b = [claim(11, 1, "NIS", measure="deploy:troops"), claim(12, 2, "Peskov", stance="denies", measure="deploy:troops")]
    other_story = [claim(21, 5, "NIS", story=2), claim(22, 6, "Peskov", stance="denies", story=2)]
    found = detect(a + b + other_story)
    assert sorted(sorted(c.claims) for c in found) == [[1, 2, 3], [21, 22]]


def test_language_facets_are_kept_and_fold_only_among_their_language():
    other = Question("measure", "troops", "people", place="n:ukraine").key
    claims = [claim(1, 1, "NIS", value=12000), claim(2, 2, "Budanov", value=11000),
              claim(3, 3, "Pentagon", value=10000, language="en"), claim(4, 4, "Kirby", value=3000, language="en"),
              # the same figures again under another question: folded, with its facets
              claim(5, 3, "Pentagon", value=10000, language="en", question=other),
              claim(6, 4, "Kirby", value=3000, language="en", question=other),
              claim(7, 1, "NIS", value=12000, question=other)]
    found = detect(claims)
    assert [(c.language, sorted(c.claims)) for c in found] == [
        (None, [1, 2, 3, 4]), ("en", [3, 4]), ("id", [1, 2])]


def test_a_storys_count_is_of_the_questions_its_page_shows():
    from warta.corpus.conflicts import ConflictFound, disputed_counts

    found = [ConflictFound(1, "a", "k1", "numeric_divergence", [1, 2, 3]),
             ConflictFound(1, "a", "k1", "numeric_divergence", [1, 2], language="id"),  # a language facet
             ConflictFound(1, "b", "k2", "confirm_vs_deny", [4, 5]),
             ConflictFound(2, "c", "k3", "numeric_divergence", [6, 7])]
    assert disputed_counts(found) == {1: 2, 2: 1}
