"""Indonesian number knowledge: number words, multipliers, hedges, and digit parsing.

Indonesian writes "." for thousands and "," for decimals ("1.500" = 1500, "1,5 juta" =
1500000); pages that copy English style ("3.5 persen") are read as decimals when the digits
after the point cannot be a thousands group.
"""

from __future__ import annotations

import re

# Words that are a number on their own ("se-" forms included: "seratus" = 100).
NUMBER_WORDS: dict[str, float] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
    "sejuta": 1_000_000, "setengah": 0.5, "separuh": 0.5,
}
# "dua belas" = 2 + 10: "belas" adds ten to the word before it.
TEEN_WORDS: dict[str, float] = {"belas": 10}
# Inside a number phrase: "tiga puluh" = 30, "dua ratus" = 200.
SMALL_MULTIPLIERS: dict[str, float] = {"puluh": 10, "ratus": 100}
# After digits or number words: "12 ribu", "1,5 juta", "Rp 1,2 triliun".
MULTIPLIERS: dict[str, float] = {
    "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9,
    "triliun": 1e12, "trilyun": 1e12,
}
# Vague amounts take their lower bound and are approximate ("ribuan warga" -> 1000).
VAGUE_AMOUNTS: dict[str, float] = {
    "puluhan": 10, "belasan": 11, "ratusan": 100, "ribuan": 1e3, "puluhan ribu": 1e4,
    "ratusan ribu": 1e5, "jutaan": 1e6, "puluhan juta": 1e7, "ratusan juta": 1e8,
    "miliaran": 1e9, "triliunan": 1e12,
}
# Words that make the number after them approximate; the hedge is kept in the quantity text.
APPROX_MARKERS: tuple[str, ...] = (
    "sekitar", "sekira", "kira-kira", "kurang lebih", "lebih kurang", "lebih dari",
    "kurang dari", "tidak kurang dari", "tak kurang dari", "hampir", "nyaris", "setidaknya",
    "sedikitnya", "paling sedikit", "paling tidak", "minimal", "maksimal", "melampaui",
    "melebihi", "mendekati", "lebih", "±",
)
# Words after the number that make it approximate: "700 lebih korban", "mencapai 700 lebih".
POSTFIX_APPROX_MARKERS: tuple[str, ...] = ("lebih",)
# Between two numbers they make a range: "10 hingga 15 orang", "Rp16.500 hingga Rp17.000".
RANGE_CONNECTORS: tuple[str, ...] = ("hingga", "sampai", "s.d.", "s/d", "sd", "-", "–", "—")
# "antara 10 dan 15 orang"
BETWEEN_WORDS: tuple[str, ...] = ("antara",)
BETWEEN_JOINERS: tuple[str, ...] = ("dan",)
# Number words that count only before a known unit ("satu liter", not "satu hal").
WEAK_NUMBER_WORDS: frozenset[str] = frozenset({"satu", "setengah", "separuh"})
# A number right after one of these names something, it does not count: "Pasal 4",
# "nomor urut 1", "berusia 40 tahun" (ages), "pukul 21.30" (times), "salah satu".
BLOCKING_WORDS: frozenset[str] = frozenset({
    "pasal", "ayat", "nomor", "no", "no.", "nomer", "urut", "bab", "huruf", "butir", "halaman",
    "hlm", "hlm.", "edisi", "jilid", "volume", "vol", "vol.", "seri", "tipe", "model", "versi",
    "kode", "grup", "pukul", "jam", "usia", "berusia", "umur", "berumur", "salah", "tahun",
    "periode", "angkatan", "gelombang", "putaran", "tahap", "kelas", "rt", "rw", "lantai",
    "gedung", "ruang", "pintu", "jalur", "koridor", "tanggal", "tgl", "tgl.", "menit",
})
# A unit written before the number it measures: "magnitudo 5,6", "bermagnitudo 5,6".
PREFIX_UNITS: dict[str, str] = {"magnitudo": "other", "skala": "other", "bermagnitudo": "other"}
# The unit noun reported for a prefix unit written as another word form.
PREFIX_UNIT_NOUNS: dict[str, str] = {"bermagnitudo": "magnitudo"}
# A person noun right before "<number> tahun/bulan" makes it an age, not a duration:
# "remaja 17 tahun", "bocah 5 tahun", "pria 40 tahun", "bayi 8 bulan".
AGE_NOUNS: frozenset[str] = frozenset({
    "remaja", "bocah", "anak", "balita", "bayi", "pria", "wanita", "perempuan", "laki-laki",
    "lelaki", "gadis", "pemuda", "pemudi", "kakek", "nenek", "ibu", "bapak", "ayah", "siswa",
    "siswi", "pelajar", "mahasiswa", "mahasiswi", "korban", "warga", "lansia", "janda", "duda",
    "putra", "putri", "cucu", "adik", "kakak", "abg",
})
# ... or a word after the duration: "17 tahun ke atas" is not an age; none in Indonesian.
AGE_AFTER: frozenset[str] = frozenset()
# Elliptical numbers: a number with no unit after it counts the noun named just before
# ("kasus terbanyak, yakni 4.215", "Kemarin masih 15.000") when a hedge, one of these cue
# words before it, or a partitive word after it ("tiga di antaranya", "ratusan lainnya")
# shows that it counts something.
ELLIPSIS_CUES: frozenset[str] = frozenset({
    "mencapai", "sebanyak", "yakni", "yaitu", "masih", "menjadi", "tinggal", "berjumlah",
    "total", "totalnya", "bertambah", "berkurang", "tercatat", "sejumlah",
})
ELLIPSIS_FOLLOWERS: frozenset[str] = frozenset({"lainnya", "di antaranya", "di antara"})
# Words before a bare number that make it a part of a figure before it ("termasuk 150.000 di
# Lisbon dan 40.000 di Porto"); a bare number listed right after such a part counts the same.
PART_CUES: frozenset[str] = frozenset({"termasuk"})
LIST_JOINS: frozenset[str] = frozenset({"dan", ","})
# A "to"-style connector after these words joins a change and a level, not a range; none in
# Indonesian ("naik Rp500 menjadi Rp12.500" uses "menjadi").
RANGE_BREAKERS: frozenset[str] = frozenset()

_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")  # 1.500 / 1.153.330 / 1.500,5
_DECIMAL_COMMA = re.compile(r"^\d+(?:,\d+)?$")  # 1,5 / 12
_DECIMAL_POINT = re.compile(r"^\d+\.(?:\d{1,2}|\d{4,})$")  # 3.5 (English style, not 3.500)


def parse_number(text: str) -> float | None:
    """The value of a digit string written the Indonesian way, or None.

    Args:
        text: one token such as "1.500", "1,5", "-2,3" or "12".
    """
    sign = 1.0
    if text[:1] in "+-−":
        sign = -1.0 if text[0] != "+" else 1.0
        text = text[1:]
    if not text or not text[0].isdigit():
        return None
    if _GROUPED.match(text) or _DECIMAL_COMMA.match(text):
        return sign * float(text.replace(".", "").replace(",", "."))
    if _DECIMAL_POINT.match(text):
        return sign * float(text)
    return None


def parse_number_words(words: list[str]) -> float | None:
    """The value of a run of Indonesian number words ("dua ratus lima puluh" -> 250), or None
    when a word is not part of a number.

    Args:
        words: lowercased words, in order.
    """
    total, current, last, seen = 0.0, 0.0, 0.0, False
    for w in words:
        if w in NUMBER_WORDS:
            last = NUMBER_WORDS[w]
            current += last
        elif w in TEEN_WORDS and seen:
            current += TEEN_WORDS[w]
            last = 0.0
        elif w in SMALL_MULTIPLIERS and seen:
            current += last * (SMALL_MULTIPLIERS[w] - 1)
            last = 0.0
        elif w in MULTIPLIERS and seen:
            total += (current or 1.0) * MULTIPLIERS[w]
            current = last = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None
