"""The extract / eval / schema commands, run the way a user runs them."""

from __future__ import annotations

import json
import re

import pytest
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
    assert by_name["a.txt"]["schema_version"] == "1.1"
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
    assert "14.500" in out  # the Indonesian convention


def test_extract_unknown_format_is_a_usage_error(tmp_path):
    page = _write(tmp_path, "a.txt", PAGE_ID)
    result = runner.invoke(app, ["extract", str(page), "--format", "xml"])
    assert result.exit_code == 2
    assert "'xml' is not one of 'jsonl', 'json', 'table'" in plain(result.stderr)


def plain(text: str) -> str:
    """Output with Rich's box drawing removed and whitespace collapsed."""
    return " ".join(re.sub(r"[│┃╭╮╰╯─━┏┓┗┛┡┩└┘]", " ", text).split())


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


COMMANDS = ["extract", "eval", "schema", "ingest", "stories", "claims", "conflicts", "search", "entity",
            "export", "batch", "serve"]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_shows_no_python_types_or_internal_words(command):
    result = runner.invoke(app, [command, "--help"] if command else ["--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    out = result.stdout
    for bad in ("<bool>", "<str>", "<int>", "<list[str]>", "<path>", "{paths}", "shared scorer"):
        assert bad not in out, (command, bad)
    if command in ("extract", "ingest", "batch"):
        assert "PATH..." in out and "--lang [auto|id|en]" in plain(out)
    if command in ("stories", "claims", "conflicts", "search", "entity"):
        assert "--format -f [table|jsonl]" in plain(out) and "--db URL" in plain(out)


def test_lang_accepts_only_auto_and_supported_languages(tmp_path, monkeypatch):
    import warta
    from warta.errors import UnsupportedLanguageError

    page = _write(tmp_path, "a.txt", PAGE_ID)
    bad = runner.invoke(app, ["extract", str(page), "--lang", "fr"])
    assert bad.exit_code == 2 and "'fr' is not one of 'auto', 'id', 'en'" in plain(bad.stderr)
    assert bad.stdout == ""
    with pytest.raises(UnsupportedLanguageError, match="language 'fr' is not supported: use auto, id, en"):
        warta.extract(PAGE_ID, lang="fr")
    assert warta.extract(PAGE_ID, lang="id").language == "id"
    monkeypatch.setenv("WARTA_LANG", "xyz")
    env = runner.invoke(app, ["extract", str(page)])
    assert env.exit_code == 2 and "language 'xyz' is not supported" in env.stderr


def test_no_text_leaves_the_field_out(tmp_path):
    page = _write(tmp_path, "a.txt", PAGE_ID)
    (line,) = runner.invoke(app, ["extract", str(page), "--no-text"]).stdout.splitlines()
    assert "text" not in json.loads(line) and json.loads(line)["title"] == "Harga Beras Naik di Pasar Induk"
    (record,) = json.loads(runner.invoke(app, ["extract", str(page), "--no-text", "--format", "json"]).stdout)
    assert "text" not in record
    (full,) = runner.invoke(app, ["extract", str(page)]).stdout.splitlines()
    assert json.loads(full)["text"].startswith("Harga Beras Naik")


LONG_QUOTE_PAGE = """Warga Tolak Rencana Relokasi Pasar
BANDUNG, Warta Pagi — Ratusan pedagang menolak rencana relokasi Pasar Kosambi pada Senin.
“Kami sudah berjualan di sini selama tiga puluh tahun dan tidak pernah diajak bicara oleh pemerintah kota soal rencana pemindahan ini,” kata Dedi Mulyadi, ketua paguyuban pedagang.
Pemerintah kota belum memberikan tanggapan.
"""


def test_extract_table_cuts_long_quotes_at_a_word_and_wide_shows_them(tmp_path):
    page = _write(tmp_path, "a.txt", LONG_QUOTE_PAGE)
    quote = ("Kami sudah berjualan di sini selama tiga puluh tahun dan tidak pernah diajak bicara oleh "
             "pemerintah kota soal rencana pemindahan ini")
    wide = runner.invoke(app, ["extract", str(page), "--format", "table", "--wide"], env={"COLUMNS": "400"})
    assert quote in plain(wide.stdout)
    narrow = runner.invoke(app, ["extract", str(page), "--format", "table"], env={"COLUMNS": "400"})
    assert quote in plain(narrow.stdout)  # 160 characters fit: nothing is cut below that
    from warta.render import cut

    assert cut(quote, 60) == "Kami sudah berjualan di sini selama tiga puluh tahun dan…"
    assert cut("satu dua", 60) == "satu dua"


def test_figures_are_written_in_the_page_language(tmp_path):
    from warta.render import format_number

    assert format_number(12000, "id") == "12.000" and format_number(12000, "en") == "12,000"
    assert format_number(1.5, "id") == "1,5" and format_number(1234567.25, "en") == "1,234,567.25"
    assert format_number(3, None) == "3"
    page_id = _write(tmp_path, "a.txt", PAGE_ID)
    page_en = _write(tmp_path, "b.txt", PAGE_EN)
    out_id = plain(runner.invoke(app, ["extract", str(page_id), "--format", "table"]).stdout)
    out_en = plain(runner.invoke(app, ["extract", str(page_en), "--format", "table"]).stdout)
    assert "14.500" in out_id and "14,500" not in out_id
    assert "2,000" in out_en and "2.000" not in out_en
