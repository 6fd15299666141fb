"""The extract / eval / schema commands, run the way a user runs them."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from warta.cli import app

runner = CliRunner()

PAGE_ID = """Harga Beras Naik di Pasar Induk
JAKARTA, Warta Pagi — Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 14.500 per kilogram pada Senin, menurut pedagang setempat yang ditemui di lokasi.
“Pasokan dari daerah berkurang sejak awal bulan,” kata Sutrisno, seorang pedagang beras.
Baca juga: Harga Cabai Turun
KOMENTAR
"""

PAGE_EN = """Port workers strike over pay
ROTTERDAM — About 2,000 dock workers walked off the job on Monday, the union said, halting container traffic at Europe's largest port for the first time in a decade.
"We will not go back until the offer improves," union leader Anna de Vries told reporters.
Read more: Shipping rates climb
"""


def _write(tmp_path, name, content, mode="w"):
    path = tmp_path / name
    if mode == "wb":
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_extract_jsonl_directory_with_one_bad_file(tmp_path):
    _write(tmp_path, "a.txt", PAGE_ID)
    _write(tmp_path, "b.txt", PAGE_EN)
    _write(tmp_path, "broken.txt", b"\x00\x01\x02binary\x00", mode="wb")
    _write(tmp_path, "empty.txt", "")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    by_name = {r["source"].rsplit("/", 1)[-1]: r for r in records}
    assert set(by_name) == {"a.txt", "b.txt", "broken.txt", "empty.txt"}
    assert by_name["a.txt"]["title"] == "Harga Beras Naik di Pasar Induk"
    assert by_name["a.txt"]["schema_version"] == "1.0"
    assert by_name["b.txt"]["language"] == "en"
    assert "error" in by_name["broken.txt"] and "error" in by_name["empty.txt"]
    assert "broken.txt" in result.stderr and "empty.txt" in result.stderr


def test_extract_exit_code_nonzero_when_nothing_processed(tmp_path):
    bad = _write(tmp_path, "x.bin", b"\x00\xff\x00\xfe" * 10, mode="wb")
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]


def test_extract_missing_path_is_an_error_record(tmp_path):
    good = _write(tmp_path, "a.txt", PAGE_ID)
    result = runner.invoke(app, ["extract", str(good), str(tmp_path / "nope.txt")])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2 and "error" in records[1]


def test_extract_stdin():
    result = runner.invoke(app, ["extract", "-", "--format", "json"], input=PAGE_EN)
    assert result.exit_code == 0
    (record,) = json.loads(result.stdout)
    assert record["title"] == "Port workers strike over pay"
    assert record["dateline"]["place"] == "ROTTERDAM"


def test_extract_table_shows_headline_removed_lines_and_quantities(tmp_path):
    page = _write(tmp_path, "a.txt", PAGE_ID)
    result = runner.invoke(app, ["extract", str(page), "--format", "table"])
    assert result.exit_code == 0
    out = result.stdout
    assert "Harga Beras Naik di Pasar Induk" in out
    assert "Baca juga: Harga Cabai Turun" in out
    assert "removed" in out and "quantities" in out
    assert "14,500" in out or "14.500" in out


def test_extract_unknown_format_is_a_usage_error(tmp_path):
    page = _write(tmp_path, "a.txt", PAGE_ID)
    result = runner.invoke(app, ["extract", str(page), "--format", "xml"])
    assert result.exit_code == 2
    assert "'xml' is not one of 'jsonl', 'json', 'table'" in " ".join(result.stderr.split())


def test_eval_scores_a_gold_directory(tmp_path):
    _write(tmp_path, "a.txt", PAGE_ID)
    gold = {
        "id": "a",
        "language": "id",
        "title": "Harga Beras Naik di Pasar Induk",
        "dateline": {"place": "JAKARTA", "outlet": "Warta Pagi"},
        "published": None,
        "author": None,
        "tags": [],
        "boilerplate": ["Baca juga: Harga Cabai Turun", "KOMENTAR"],
        "entities": [],
        "quotes": [],
        "claims": [],
        "quantities": [
            {"text": "Rp 14.500", "value": 14500, "unit": "rupiah", "category": "money", "approx": False}
        ],
    }
    _write(tmp_path, "a.gold.json", json.dumps(gold))
    result = runner.invoke(app, ["eval", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.stderr
    metrics = json.loads(result.stdout)
    assert metrics["cases"] == 1 and metrics["missing"] == []
    assert metrics["title"]["acc"] == 1.0
    assert metrics["dateline_place"]["acc"] == 1.0
    assert metrics["body"]["f1"] > 0.95
    assert metrics["quantities"]["tp"] == 1


def test_schema_command_prints_the_committed_schema():
    from warta.contract import article_schema_json

    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == article_schema_json()
