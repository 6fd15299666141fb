"""What a new user meets first in the corpus commands: validated choices, a missing database,
empty results that say why, tables as wide as the output, figures in the page's convention."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.store.db import Store

_spec = importlib.util.spec_from_file_location("_small_corpus", Path(__file__).with_name("small_corpus.py"))
small = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(small)

runner = CliRunner()
LONG = ("Juru bicara itu mengatakan bahwa sebanyak dua belas ribu tentara telah dikirim melalui pelabuhan "
        "Vladivostok sejak awal Oktober menurut dokumen intelijen yang dilihat wartawan pada hari Kamis malam")


def plain(text: str) -> str:
    """Output with Rich's box drawing removed and whitespace collapsed."""
    return " ".join(re.sub(r"[│┃╭╮╰╯─━┏┓┗┛┡┩┣┫┳┻╇╋└┘┌┐├┤┬┴┼]", " ", text).split())


@pytest.fixture
def db(tmp_path, make_article):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    arts = list(small.corpus(make_article).values())
    arts.append(make_article(
        "id-long.txt", "Dokumen Intelijen Pengiriman Tentara", [LONG + "."], published="2024-10-20",
        entities=[("Korea Utara", "GPE", [])],
        claims=[{"source": "Juru bicara", "subject": "Korea Utara", "predicate": "send_troops", "object": "Rusia",
                 "stance": "warns", "evidence": LONG}]))
    with Store(url) as store:
        store.add_articles(arts)
        store.rebuild_corpus()
    return url


def test_stance_is_validated_and_listed(db):
    bad = runner.invoke(app, ["claims", "--db", db, "--stance", "deny"])
    assert bad.exit_code == 2
    assert "'deny' is not one of 'asserts', 'denies', 'unconfirmed', 'refuses_to_confirm', 'warns'" in plain(
        bad.stderr)
    helped = plain(runner.invoke(app, ["claims", "--help"], env={"COLUMNS": "200"}).stdout)
    assert "--stance [asserts|denies|unconfirmed|refuses_to_confirm|warns]" in helped
    assert runner.invoke(app, ["claims", "--db", db, "--stance", "denies"]).exit_code == 0


@pytest.mark.parametrize("cmd", [["stories"], ["claims"], ["conflicts"], ["search", "tentara"],
                                 ["entity", "NIS"], ["export"], ["serve"]])
def test_read_commands_refuse_a_missing_database(tmp_path, cmd):
    typo = tmp_path / "typo.db"
    out = runner.invoke(app, [*cmd, "--db", f"sqlite:///{typo}"])
    assert out.exit_code == 2
    assert f"no database at {typo}" in out.stderr and "warta ingest" in out.stderr
    assert not typo.exists()


def test_ingest_of_nothing_exits_2_like_extract(tmp_path):
    empty = tmp_path / "emptydir"
    empty.mkdir()
    ingest = runner.invoke(app, ["ingest", str(empty), "--db", f"sqlite:///{tmp_path / 'n.db'}"])
    extract = runner.invoke(app, ["extract", str(empty)])
    assert ingest.exit_code == extract.exit_code == 2
    assert ingest.stderr == extract.stderr == (
        "warta: no input pages found: give files, directories, globs or - for stdin\n")


def test_empty_results_say_why(db, tmp_path):
    def out(*args):
        result = runner.invoke(app, [*args, "--db", db])
        assert result.exit_code == 0, result.output
        assert "┏" not in result.stdout  # no bare table borders
        return result.stdout.strip()

    assert out("claims", "--stance", "refuses_to_confirm", "--source", "Pentagon") == (
        "claims: no matches for --source 'Pentagon' --stance 'refuses_to_confirm' among 11 claims")
    assert out("claims", "--about", "Atlantis") == (
        "claims: no entity named 'Atlantis' in the store (try `warta search 'Atlantis'`)")
    assert out("search", "zzzqqq") == "search: zzzqqq: no articles match (searched 8)"
    assert out("conflicts", "--story", "999") == "conflicts: story 999 does not exist"
    jsonl = runner.invoke(app, ["search", "zzzqqq", "--db", db, "--format", "jsonl"])
    assert jsonl.stdout == "" and "no articles match" in jsonl.stderr
    empty = f"sqlite:///{tmp_path / 'empty.db'}"
    Store(empty).close()
    none = runner.invoke(app, ["stories", "--db", empty])
    assert none.stdout.strip() == "stories: none yet: the store has no articles; add some with `warta ingest PATH...`"


def test_tables_use_the_full_width_when_piped(db):
    # CliRunner's output is not a terminal: it used to get Rich's 80 columns, one word per line
    wide = runner.invoke(app, ["stories", "--db", db], env={"COLUMNS": None}).stdout
    assert 120 < max(len(line) for line in wide.splitlines()) <= 160
    titles = [line.split('"title": "')[1].split('"')[0] for line in runner.invoke(
        app, ["stories", "--db", db, "--format", "jsonl"]).stdout.splitlines()]
    assert all(any(t in line for line in wide.splitlines()) for t in titles)  # each on one line
    narrow = runner.invoke(app, ["stories", "--db", db], env={"COLUMNS": "100"}).stdout
    assert 90 < max(len(line) for line in narrow.splitlines()) <= 100


def test_claims_cut_evidence_at_a_word_and_wide_shows_it_all(db):
    cut = plain(runner.invoke(app, ["claims", "--db", db, "--stance", "warns"]).stdout)
    assert "dikirim melalui pelabuhan Vladivostok sejak… timeline" in cut  # a whole word, then …
    assert "awal Oktober" not in cut
    full = plain(runner.invoke(app, ["claims", "--db", db, "--stance", "warns", "--wide"]).stdout)
    assert "wartawan pada hari Kamis malam" in full and "…" not in full


def test_figures_follow_the_page_language_in_claims_and_conflicts(db):
    claims = plain(runner.invoke(app, ["claims", "--db", db, "--about", "Korut"]).stdout)
    assert "12.000" in claims and "12000" not in claims and "3.000" in claims
    assert "10,000" in claims and "2024-10-30 10,000" in claims  # the English article, table and timeline
    conflicts = runner.invoke(app, ["conflicts", "--db", db]).stdout
    header = next(line for line in conflicts.splitlines() if "story" in line and "evidence" in line)
    assert header.split("┃")[-2].strip() == "evidence" and len(header) <= 160
    flat = plain(runner.invoke(app, ["conflicts", "--db", db], env={"COLUMNS": "400"}).stdout)  # no wrapping
    assert "12.000" in flat and "mengirim 12.000 tentara ke Rusia" in flat


def test_search_numbers_or_and_malformed_queries(db):
    def sources(q):
        result = runner.invoke(app, ["search", q, "--db", db, "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        return [line.split('"source": "')[1].split('"')[0] for line in result.stdout.splitlines()]

    assert "id-nk-1.txt" in sources("12,000") and sources("12,000") == sources("12.000")
    assert "id-nk-2.txt" in sources("tentara")
    assert "id-nk-2.txt" not in sources("12.000 tentara")  # 3.000 and 1.500, not 12.000
    assert set(sources('"juru bicara kremlin" OR "kremlin spokesman"')) >= {"id-nk-1.txt", "en-nk-1.txt"}
    bad = runner.invoke(app, ["search", '"juru bicara', "--db", db])
    assert bad.exit_code == 2
    assert "a quote is not closed" in bad.stderr and "how to search:" in bad.stderr
    helped = runner.invoke(app, ["search", "--help"]).stdout
    assert "Query syntax:" in helped and "12.000, 12,000 and 12000" in helped and "a OR b" in helped


def test_conflicts_table_shows_a_question_answered_in_two_languages_once(db):
    # the store also keeps one conflict per language for such a question; the table folds them
    out = runner.invoke(app, ["conflicts", "--db", db], env={"COLUMNS": "300"}).stdout
    rows = [line.split("│")[1:4] for line in out.splitlines() if line.startswith("│ ") and line.split("│")[1].strip()]
    # a story's id is its earliest article's: the second story starts at the fifth article stored
    assert [(s.strip(), k.strip()) for s, k, _q in rows] == [
        ("1", "numeric_divergence"), ("1", "confirm_vs_deny"), ("5", "numeric_divergence")]
    assert "conflicts (5), 2 per-language copies folded" in out
    jsonl = runner.invoke(app, ["conflicts", "--db", db, "--format", "jsonl"]).stdout
    assert len(jsonl.splitlines()) == 5  # the scored records keep every conflict
