"""Person-name word lists (built by scripts/build_person_names.py): well formed, and free of
calendar words and function words that a capitalised sentence start would turn into a name."""

from __future__ import annotations

from importlib import resources

import pytest

from warta.lang import get_resources
from warta.lang.base import read_list

LANGS = ("id", "en")

# Common function words, capitalised at a sentence start; none may count as a person name.
FUNCTION_WORDS = {
    "id": {"dan", "yang", "di", "ke", "dari", "ini", "itu", "untuk", "dengan", "pada", "dalam",
           "atau", "juga", "akan", "tidak", "ada", "adalah", "oleh", "karena", "saat", "sudah",
           "bahwa", "kata", "para", "serta", "namun", "tetapi", "jika", "kami", "kita", "mereka",
           "dia", "ia", "saya", "anda", "sebagai", "bagi", "hingga", "sejak", "lalu", "masih"},
    "en": {"the", "and", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as", "but",
           "or", "not", "this", "that", "these", "those", "he", "she", "it", "we", "they", "you",
           "his", "her", "their", "our", "was", "were", "is", "are", "be", "has", "had", "have",
           "will", "would", "after", "before", "when", "while", "if", "an", "a"},
}


def words(lang: str) -> list[str]:
    return read_list(f"warta.lang.{lang}", "person_names.txt")


def raw_lines(lang: str) -> list[str]:
    text = resources.files(f"warta.lang.{lang}").joinpath("person_names.txt").read_text(encoding="utf-8")
    return text.splitlines()


def full_names(entries) -> set[str]:
    """Full month/day names: entries that are no abbreviation (prefix) of another one."""
    entries = [e.lower() for e in entries]
    return {e for e in entries if not any(o != e and o.startswith(e) for o in entries)}


def calendar_words() -> set[str]:
    out: set[str] = set()
    for lang in LANGS:
        dates = get_resources(lang).dates
        out |= full_names(dates.MONTHS) | full_names(dates.DAYS)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_list_is_not_empty_and_says_how_to_rebuild(lang):
    lines = raw_lines(lang)
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert "scripts/build_person_names.py" in header
    assert len(words(lang)) > 1000


@pytest.mark.parametrize("lang", LANGS)
def test_entries_unique_stripped_one_word(lang):
    body = [line for line in raw_lines(lang) if not line.startswith("#")]
    assert all(line and line == line.strip() for line in body), [x for x in body if x != x.strip() or not x]
    assert all(len(line.split()) == 1 for line in body)
    assert len(body) == len(set(body)), sorted({x for x in body if body.count(x) > 1})


@pytest.mark.parametrize("lang", LANGS)
def test_entries_capitalised_words(lang):
    bad = [w for w in words(lang) if not (w[0].isupper() and w.isalpha() and not w.isupper())]
    assert not bad, bad


@pytest.mark.parametrize("lang", LANGS)
def test_entries_sorted(lang):
    assert words(lang) == sorted(words(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_no_month_or_day_names(lang):
    # both lists serve every language (gazetteer.person_names), so check both calendars
    bad = [w for w in words(lang) if w.lower() in calendar_words()]
    assert not bad, bad


@pytest.mark.parametrize("lang", LANGS)
def test_no_function_words(lang):
    banned = FUNCTION_WORDS["id"] | FUNCTION_WORDS["en"] | set(get_resources(lang).titles.STOP_WORDS)
    bad = [w for w in words(lang) if w.lower() in banned]
    assert not bad, bad


def test_examples():
    assert {"Joko", "Agus", "Siti"} <= set(words("id"))
    assert {"John", "Maria"} <= set(words("en"))
    for w in ("Dan", "Yang", "The", "Senin", "Juli", "May", "Monday"):
        assert w not in set(words("id")) | set(words("en")), w
