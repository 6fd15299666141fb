"""Single-line classification (warta.page.boilerplate)."""

from __future__ import annotations

import pytest

from warta.page import boilerplate as bp


@pytest.mark.parametrize(
    "line",
    [
        "Presiden mengatakan bahwa pemerintah akan berlangganan data satelit untuk memantau kebakaran hutan.",
        "Harga cabai naik.",
        "Kronologi kejadian",
        "Korea Utara",
    ],
)
def test_body_lines_are_not_chrome(line):
    assert bp.classify(line) is None


def test_long_prose_is_never_chrome_even_with_chrome_words():
    line = " ".join(["Pemerintah"] + ["berlangganan newsletter cookie"] * 15) + "."
    assert bp.classify(line) is None


@pytest.mark.parametrize(
    "line,tags",
    [("Tags", []), ("Tag: a b c", ["a", "b", "c"]), ("Kata kunci: ekonomi; pangan", ["ekonomi", "pangan"])],
)
def test_parse_tags(line, tags):
    assert bp.parse_tags(line)[0] == tags


def test_tag_word_in_a_sentence_is_not_a_tag_line():
    assert bp.parse_tags("Topik ini dibahas dalam rapat kabinet pada Senin.") is None


@pytest.mark.parametrize(
    "line,author,editor",
    [
        ("Reporter: Galang Saputro, Editor: Bayu Samudra", "Galang Saputro", "Bayu Samudra"),
        ("By Hana Cho | Atlas Newswire", "Hana Cho", None),
        ("Edited by Mark Ellery", None, "Mark Ellery"),
    ],
)
def test_parse_byline(line, author, editor):
    assert bp.parse_byline(line) == bp.Byline(author, editor)


@pytest.mark.parametrize(
    "line", ["Oleh karena itu, pemerintah menunda rencana itu.", "By the way", "Editor's note"]
)
def test_not_a_byline(line):
    assert bp.parse_byline(line) is None


@pytest.mark.parametrize(
    "line", ["Berita Terkait", "BERITA TERKAIT", "Berita Terkait:", "Related Coverage", "Most Read"]
)
def test_related_headings(line):
    assert bp.is_related_heading(line)
