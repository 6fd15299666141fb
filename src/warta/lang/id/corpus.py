"""Indonesian words the corpus layer reads when it lines up claims across articles: the unit
words a claim's written unit is recognised by, future-target and special-forces markers,
fallback denial and refusal cues, sub-national place words, and the words that make a claim
"source" extraction debris. The corpus is cross-lingual: it uses the union over languages."""

from __future__ import annotations

# Unit words that say what a claim's figure counts, matched as the start of the written unit
# ("tentara Korea Utara") or as one of its words. Each word's category comes from units.UNITS
# (or, for a currency sign, from the unit units.CURRENCIES names), save CLAIM_UNIT_OVERRIDES.
CLAIM_UNITS: tuple[str, ...] = (
    "tentara", "pasukan", "prajurit", "personel", "brigade", "serdadu",
    "persen", "%",
    "rupiah", "rp",
    "orang", "warga", "jiwa", "pekerja", "penduduk",
)
# On a claim, "1.500 personel" (of an army) is a troop count; units.txt counts personel as people.
CLAIM_UNIT_OVERRIDES: dict[str, str] = {"personel": "troops"}

# A figure for a future target is a different thing from a figure for now ("paling lambat Desember").
PLANNED_MARKERS: tuple[str, ...] = (
    "rencana", "berencana", "paling lambat", "akhir tahun", "hingga akhir", "akan merampungkan",
)
# Words that mark an elite unit: "1.500 pasukan khusus" is not the same figure as "12.000 tentara".
# A space matches any one character ("pasukan-khusus").
SPECIAL_UNIT_WORDS: tuple[str, ...] = ("pasukan khusus",)

# A quote cue starting with one of these denies ("membantah", "dibantah", "menepisnya").
DENY_CUE_PREFIXES: tuple[str, ...] = ("bantah", "membantah", "dibantah", "menepis", "menampik", "menyangkal")
# A quote or cue containing one of these declines to confirm.
REFUSE_CUES: tuple[str, ...] = (
    "enggan", "menolak berkomentar", "menolak untuk berkomentar", "menolak mengonfirmasi",
    "menolak untuk mengonfirmasi", "menolak mengkonfirmasi", "menolak untuk mengkonfirmasi",
)

# A name starting with one of these is a place below country level ("Kabupaten Sigi").
PLACE_HEAD_WORDS: tuple[str, ...] = (
    "kecamatan", "kabupaten", "kota", "desa", "kelurahan", "dusun", "provinsi", "sungai", "gunung",
    "pulau", "jalan",
)
# ...or ending with one of these.
PLACE_TAIL_WORDS: tuple[str, ...] = ()

# A claim source made only of these words is not a source ("yang", "namun").
FUNCTION_WORDS: tuple[str, ...] = (
    "dan", "tetapi", "tapi", "namun", "atau", "yang", "itu", "ini", "dia", "ia", "mereka", "kami",
    "kita", "saya", "anda", "di", "ke", "dari", "pada", "untuk", "dengan", "juga", "bahwa", "karena",
    "sehingga", "jika", "kalau", "oleh", "para", "sang", "lalu", "kemudian", "sementara", "meski",
    "walau", "sebelumnya",
)
# A source ending with one of these is a clause cut short ("Rusia telah").
AUXILIARIES: tuple[str, ...] = (
    "telah", "sudah", "akan", "sedang", "masih", "belum", "pernah", "harus", "dapat", "bisa", "boleh",
    "adalah", "ialah", "merupakan",
)

# Leading words that do not change which entity a name means ("pihak Kremlin", "sang presiden").
NAME_LEADING_WORDS: tuple[str, ...] = ("pihak", "sang")

# Words that do not tell two entities apart in a cross-article key ("PT Sinar Logam Abadi" =
# "Sinar Logam Abadi", "Kabupaten Morowali" = "Morowali"): legal forms and administrative levels.
KEY_NOISE_WORDS: tuple[str, ...] = ("pt", "tbk", "persero", "kabupaten", "kab", "kota", "provinsi", "kecamatan", "desa", "kelurahan")
