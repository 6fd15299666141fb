"""The per-page budget stops work on a page that runs too long or grows too large, and the
batch goes on: the page becomes an error record (extract, batch) or a skip (ingest)."""

from __future__ import annotations

import contextlib
import sys
import threading
import time

import pytest
from typer.testing import CliRunner

import warta.extraction
from warta.budget import checkpoint, excluded, page_budget
from warta.cli import app
from warta.errors import BudgetExceededError
from warta.extraction import bound_paragraphs, extract, extract_pages
from warta.io.readers import RawPage
from warta.models import ExtractError
from warta.options import load_options

GOOD = ("Banjir Bandang Melanda Sigi\nSIGI - Banjir bandang melanda Kabupaten Sigi pada Senin pagi dan "
        "merendam ratusan rumah warga, kata Kepala BPBD Sigi Budi Santoso kepada wartawan.")
STALL = "LAMBAT"  # a page with this word makes the patched stage below loop forever


def _spin() -> None:
    while True:  # a stage that never ends, like a quadratic step on a huge page
        sum(range(1000))


@pytest.fixture
def stalling_structure(monkeypatch, seed_article):
    """parse_structure loops forever on pages containing STALL (the pipelines are built already)."""
    real = warta.extraction.parse_structure

    def parse(text, **kw):
        if STALL in text:
            _spin()
        return real(text, **kw)

    monkeypatch.setattr(warta.extraction, "parse_structure", parse)


def test_budget_stops_a_busy_loop_in_the_main_thread():
    t0 = time.monotonic()
    with pytest.raises(BudgetExceededError, match="over the time budget of 0.2 s"), page_budget(0.2):
        _spin()
    assert time.monotonic() - t0 < 5


def test_budget_stops_a_worker_thread_at_its_next_checkpoint_despite_exception_guards():
    caught: list[BaseException] = []

    def work():
        try:
            with page_budget(0.2):
                while True:  # a component's loop: a checkpoint per item, a guard around its work
                    checkpoint()
                    with contextlib.suppress(Exception):
                        sum(range(1000))
        except BudgetExceededError as exc:
            caught.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join(10)
    assert not t.is_alive()
    assert len(caught) == 1 and "over the time budget of 0.2 s" in str(caught[0])


def test_budget_in_the_main_thread_does_not_raise_in_a_finaliser(monkeypatch):
    lost: list = []
    monkeypatch.setattr(sys, "unraisablehook", lost.append)

    class Finalised:
        def __del__(self):
            time.sleep(0.3)  # ticks land here: raising would lose the exception (and the finaliser)

    with pytest.raises(BudgetExceededError), page_budget(0.1):
        Finalised()  # dropped at once: __del__ runs inside the budget
        _spin()
    assert lost == []


def test_excluded_work_neither_counts_nor_is_interrupted():
    with page_budget(0.3):
        with excluded():
            time.sleep(0.5)  # loading a pipeline: longer than the whole budget
        time.sleep(0.1)
    with pytest.raises(BudgetExceededError), page_budget(0.3):
        with excluded():
            time.sleep(0.1)
        _spin()


def test_memory_budget_stops_a_page_that_grows():
    hold = []
    with pytest.raises(BudgetExceededError, match="over the memory budget of 50 MB"), page_budget(0, 50):
        while True:
            hold.append(bytearray(5_000_000))
    hold.clear()


def test_no_budget_and_a_finished_page_raise_nothing():
    with page_budget(0, 0):
        pass
    with page_budget(5):
        total = sum(range(100))
    time.sleep(0.3)  # no interrupt arrives after the block
    assert total == 4950


def test_extract_with_a_tiny_budget_is_a_budget_error(seed_article):
    with pytest.raises(BudgetExceededError):
        extract(GOOD, options=load_options(time_budget_s=1e-9))


def test_extract_pages_turns_a_stalled_page_into_an_error_record_and_goes_on(stalling_structure):
    pages = [RawPage("a.txt", GOOD, "text"), RawPage("big.txt", f"{STALL}\n{GOOD}", "text"),
             RawPage("b.txt", GOOD.replace("Sigi", "Palu"), "text")]
    records = list(extract_pages(pages, load_options(time_budget_s=2)))
    assert [type(r).__name__ for r in records] == ["Article", "ExtractError", "Article"]
    assert records[1].error_type == "BudgetExceededError"
    assert "over the time budget of 2 s" in records[1].error


def test_ingest_stores_the_pages_around_a_stalled_one(tmp_path, stalling_structure):
    from warta.corpus.ingest import ingest
    from warta.store.db import Store

    for name, text in (("good1.txt", GOOD), ("big.txt", f"{STALL}\n{GOOD}"), ("good2.txt", GOOD.replace("Sigi", "Palu"))):
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = Store("sqlite://")
    try:
        summary = ingest(store, [str(tmp_path / n) for n in ("good1.txt", "big.txt", "good2.txt")],
                         load_options(time_budget_s=2), rebuild=False)
    finally:
        store.close()
    assert summary.ingested == 2
    ((source, reason),) = summary.skipped
    assert source == str(tmp_path / "big.txt") and "over the time budget" in reason


def test_cli_time_budget_option(tmp_path, seed_article):
    page = tmp_path / "p.txt"
    page.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(page), "--time-budget", "0.000000001"])
    assert result.exit_code == 1
    assert "over the time budget" in result.output


def test_long_lines_are_split_at_sentence_ends_outside_quotes():
    sentence = "Banjir melanda kota itu pada Senin pagi dan merendam rumah warga. "
    quote = "“Kami sudah mengungsi sejak pagi. Air naik dengan cepat,” kata Budi. "
    text = (sentence * 40 + quote) * 40
    paragraphs, breaks = bound_paragraphs(text, [(0, len(text.rstrip()))], limit=3000)
    assert len(paragraphs) > 1 and all(e - s <= 3000 for s, e in paragraphs)
    assert breaks == [e for (_, e) in paragraphs[:-1]]
    for s, e in paragraphs:
        piece = text[s:e]
        assert piece.count("“") == piece.count("”")  # no quotation cut from its attribution
        assert piece.endswith(".") and not piece[0].isspace()
    # short paragraphs are left alone
    assert bound_paragraphs("Satu.\nDua.", [(0, 5), (6, 10)]) == ([(0, 5), (6, 10)], [])


def test_a_run_together_page_keeps_offsets_into_its_text(seed_article):
    sentence = "Hujan deras membuat Sungai Ciliwung meluap dan merendam ratusan rumah warga di Jakarta. "
    text = "Banjir Jakarta\n" + sentence * 300
    article = extract(text, lang="id")
    assert len(article.paragraphs) >= 3
    for (s, e), para in zip(article.paragraph_spans, article.paragraphs, strict=True):
        assert text[s:e] == para and len(para) <= 10_000
    for entity in article.entities:
        for s, e in entity.mentions:
            assert "\n" not in text[s:e]
    assert not isinstance(article, ExtractError)
