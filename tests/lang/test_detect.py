"""detect_language: py3langid restricted to news languages, offline."""

from __future__ import annotations

import pytest

from warta.lang.detect import detect_language


@pytest.mark.parametrize(
    "text,code",
    [
        ("Presiden mengatakan bahwa pemerintah akan menaikkan harga bahan bakar minyak bulan depan.", "id"),
        ("Kementerian Luar Negeri memanggil duta besar Rusia untuk mengajukan protes keras.", "id"),
        ("The central bank unexpectedly cut its benchmark interest rate on Thursday.", "en"),
        ("Die Regierung hat am Montag neue Maßnahmen gegen die Inflation angekündigt.", "de"),
    ],
)
def test_detects_language(text, code):
    got, prob = detect_language(text)
    assert got == code
    assert 0.5 < prob <= 1.0


@pytest.mark.parametrize("text", ["", "Halo", "12345 67890", "OK ok"])
def test_very_short_text_is_undetermined(text):
    assert detect_language(text) == ("und", 0.0)


def test_indonesian_is_not_labelled_malay():
    text = (
        "Pemerintah daerah telah menetapkan status tanggap darurat selama tujuh hari setelah banjir bandang."
    )
    assert detect_language(text)[0] == "id"
