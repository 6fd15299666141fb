"""Indonesian words that say what a figure measures, where it was measured and how exact it is.

The corpus layer reads these (the union over languages: an Indonesian "korban meninggal" figure
and an English "death toll" figure answer one question). A word matches as a whole word; one
ending in "*" matches the start of a word ("mengungsi*" matches "mengungsikan"). Measure ids are
language-independent (warta.corpus.questions.MEASURES gives each its dimension and whether it is
counted as of a date); an id's words here need not cover every measure.
"""

from __future__ import annotations

MEASURES: dict[str, tuple[str, ...]] = {
    # a toll that counts both is one figure, not a death count ("tewas dan luka")
    "casualties": ("korban tewas dan luka", "tewas dan luka*", "tewas atau luka*", "meninggal atau luka*",
                   "tewas atau terluka", "tewas dan terluka", "korban jiwa dan luka*"),
    "dead": ("meninggal*", "tewas", "wafat", "korban jiwa", "kematian", "menewaskan", "merenggut nyawa",
             "tak bernyawa", "tidak bernyawa", "jenazah", "mayat", "jasad"),
    "missing": ("hilang", "belum ditemukan", "masih dicari", "dalam pencarian"),
    "injured": ("luka*", "terluka", "cedera"),
    "hospitalised": ("dirawat inap", "rawat inap", "dirawat di rumah sakit", "menjalani perawatan", "dirawat",
                     "merawat", "dilarikan ke rumah sakit", "dilarikan ke puskesmas", "dibawa ke rumah sakit"),
    "outpatients": ("rawat jalan", "berobat jalan"),  # not those kept in ("rawat inap")
    "sick": ("keracunan", "mual", "sakit perut"),
    "displaced": ("meninggalkan rumah", "pusat evakuasi", "pusat-pusat evakuasi", "tempat evakuasi", "mengungsi*", "pengungsi*", "kehilangan tempat tinggal", "dievakuasi"),  # warga dievakuasi: the displaced head count
    "rescued": ("selamat", "diselamatkan", "berhasil dievakuasi"),
    "affected": ("terdampak",),
    "trapped": ("tertimbun", "terjebak", "terperangkap"),
    "on_board": ("penumpang", "di atas kapal", "mengangkut", "membawa", "manifes*", "awak kapal", "anak buah kapal"),
    "capacity": ("kapasitas", "daya angkut", "daya tampung"),
    "arrested": ("ditangkap", "diamankan", "penangkapan", "ditahan"),
    "participants": ("peserta", "massa", "hadir", "yang datang", "demonstran", "pengunjuk rasa", "massa aksi", "turun ke jalan", "berunjuk rasa"),
    "strikers": ("mogok*", "tidak masuk kerja"),
    # labour: workers laid off, wages owed
    "laid_off": ("terkena phk", "di-phk", "diphk", "phk", "pemutusan hubungan kerja"),
    "arrears": ("tunggakan", "menunggak*", "ditunggak", "belum dibayar", "belum dibayarkan", "utang upah"),
    # works and supplies: construction progress, allocations and quotas
    "progress": ("progres", "kemajuan pembangunan", "kemajuan proyek", "progres konstruksi"),
    "allocation": ("alokasi", "kuota", "jatah"),
    "cancelled": ("dibatalkan", "pembatalan", "tidak beroperasi", "batal berangkat"),
    "houses": ("rumah", "bangunan"),
    "troops": ("tentara", "pasukan", "prajurit", "serdadu", "personel militer"),
    "personnel": ("personel", "relawan"),
    "magnitude": ("magnitudo", "skala richter"),
    "burned": ("terbakar", "hangus"),
    "released": ("terlepas", "bocor", "tumpah", "tumpahan", "mencemari"),
    "cases": ("kasus", "positif", "terinfeksi"),
    "recalled": ("ditarik", "penarikan"),
    "loss": ("kerugian", "merugikan", "rugi"),
    "damage": ("kerusakan",),
    "bribe": ("menyerahkan uang", "menyerahkan", "suap", "gratifikasi", "menerima uang", "aliran dana", "uang pelicin"),
    "fine": ("denda",),
    # what an operation seized: cash, drugs, goods ("uang yang disita", "KPK mengamankan uang")
    # a bribe as a share of a contract ("komitmen fee 15 persen dari nilai proyek")
    "fee_share": ("komitmen fee", "fee proyek*", "meminta fee", "jatah proyek"),  # not "fee based income"
    "seized": ("disita", "sitaan", "penyitaan", "menyita", "mengamankan uang", "uang yang diamankan"),
    "price": ("harga", "het", "dijual"),
    "vote_share": ("suara", "perolehan", "elektabilitas"),
    "turnout": ("partisipasi", "tingkat kehadiran"),
    "growth": ("pertumbuhan",),
    "inflation": ("inflasi",),
    "interest_rate": ("suku bunga", "bunga acuan"),
    "wave_height": ("gelombang", "ombak"),
    "ash_column": ("kolom abu", "tinggi kolom", "abu vulkanik setinggi", "letusan setinggi"),
    "wind_speed": ("kecepatan angin", "angin"),
    "rainfall": ("curah hujan",),
}

# Unit nouns that count households, not people: "1.240 jiwa dari 386 kepala keluarga".
HOUSEHOLD_UNITS: tuple[str, ...] = ("kepala keluarga", "kk", "keluarga", "rumah tangga")

# Unit nouns that count groups, not their members: "empat brigade, atau sekitar 12.000 tentara".
GROUP_UNITS: tuple[str, ...] = ("brigade", "batalion", "kompi", "regu", "kelompok", "unit", "tim", "posko", "titik")

# A place named after one of these is where something happened, not who did it ("killed 12 workers
# on Indonesia's Sulawesi island": Sulawesi is no object of "killed").
PLACE_PREPOSITIONS: tuple[str, ...] = ("di", "dekat", "sekitar", "wilayah", "kawasan")

# A sentence opening with one of these places what it says ("Di depan Gedung Grahadi, Surabaya, ...").
LOCATIVES: tuple[str, ...] = ("di",)

# Words by a figure that make it part of an earlier one ("sembilan pekerja, yakni lima karyawan").
SUBSET_WORDS: tuple[str, ...] = ("yakni", "di antaranya", "termasuk", "antara lain")
# Words before a figure that make it the whole a part is taken from ("dari total 11.800 karyawan").
BASE_WORDS: tuple[str, ...] = ("dari total", "dari sekitar total")
# Words before a figure that make it the total of the figures before it ("total 76 orang").
TOTAL_WORDS: tuple[str, ...] = ("total", "totalnya", "jumlah total", "seluruhnya")
# Words that may stand between a figure and the place it is tied to ("40,000 in Porto").
PLACE_LINKS: tuple[str, ...] = ("di", "dengan", "sebanyak")

# Limit words before a count of people on board: the figure is then the capacity.
CAPACITY_LIMITS: tuple[str, ...] = ("maksimal", "maksimum", "berkapasitas", "hanya boleh")

# Possessive resident nouns after a figure ("11 warganya"): the people of the place named before.
RESIDENT_POSSESSIVES: tuple[str, ...] = ("warganya", "penduduknya", "warga kami", "penduduk kami")

# A figure after one of these restates the one before ("214,500 people, or about 62,300 families").
APPOSITIONS: tuple[str, ...] = ("atau",)

# Compass words in place names, to a language-independent id: "Konawe Utara" and "North Konawe",
# "Sulawesi Tenggara" and "Southeast Sulawesi" are one place.
COMPASS: dict[str, str] = {"utara": "north", "selatan": "south", "timur": "east", "barat": "west", "tengah": "central", "tenggara": "southeast", "barat daya": "southwest", "barat laut": "northwest", "timur laut": "northeast"}

# A denial naming what it denies only with one of these ("membantah tudingan tersebut", "rejected
# the criticism") denies the statement before it.
# Nouns by which a denial points back at a figure rather than a statement ("membantah angka
# tersebut"): it answers the figure's question, not a yes/no one.
FIGURE_NOUNS: tuple[str, ...] = ("angka", "data", "jumlah", "hitungan")
ANAPHORIC_WORDS: tuple[str, ...] = ("tersebut", "itu", "ini", "tudingan", "tuduhan", "klaim", "kabar", "laporan", "pernyataan", "kritik", "informasi")

# Nouns by a figure that count the security forces ("tiga personel polisi terluka", "seven officers
# were injured"): their casualties are a question apart from the protesters' or residents'.
SECURITY_NOUNS: tuple[str, ...] = ("polisi", "aparat", "petugas")

# A figure joined to another by one of these corrects it ("61 anak, bukan 96 anak"): both answer
# one measure.
CORRECTIONS: tuple[str, ...] = ("bukan", "alih-alih")

# Words before a weekday that make it the day a figure is counted as of ("hingga Selasa").
AS_OF_WORDS: tuple[str, ...] = ("hingga", "sampai", "per", "hingga pukul")

# Words before a day that make it the day something began, not a day a figure counts as of.
SINCE_WORDS: tuple[str, ...] = ("sejak", "semenjak")

# Words by a figure that make it a count of the speaker's own institution ("sekolah kami 61
# anak", "hanya 61 siswanya"): it answers the question of the institution named in their title.
OWN_SCOPE_WORDS: tuple[str, ...] = ("sekolah kami", "siswa kami", "murid kami", "siswanya", "muridnya", "karyawan kami", "karyawannya", "pekerja kami", "pekerjanya", "anggota kami", "anggotanya", "perusahaan kami")

# What state a count of houses is of: damaged, destroyed, flooded and buried houses are different
# counts (a state id, schema, -> its words; the longest match near the figure wins).
HOUSE_STATES: dict[str, tuple[str, ...]] = {
    "destroyed": ("rusak berat", "hancur", "rata dengan tanah", "roboh", "ambruk", "hanyut", "luluh lantak"),
    "damaged": ("rusak", "rusak ringan", "rusak sedang"),
    "flooded": ("terendam", "kebanjiran", "tergenang", "direndam"),
    "buried": ("tertimbun", "tertimbun longsor"),
    "burned": ("terbakar", "hangus"),
}

# A figure after one of these and before a target word ("dari enam orang menjadi sembilan") is
# the figure a change started from, not the answer.
FROM_WORDS: tuple[str, ...] = ("dari",)
# Words by a figure that make it an increment ("dua jenazah kembali ditemukan"), beside the
# reporting module's INCREMENT_MARKERS.
INCREMENT_WORDS: tuple[str, ...] = ("kembali",)

# Words before a figure that make it a bound ("lebih dari 10.000" allows 11.000) or an estimate.
APPROX_LOWER: tuple[str, ...] = (
    "lebih dari", "sedikitnya", "setidaknya", "paling sedikit", "paling tidak", "tidak kurang dari",
    "tak kurang dari", "minimal", "melebihi", "melampaui", "di atas",
)
APPROX_UPPER: tuple[str, ...] = (
    "hampir", "nyaris", "kurang dari", "maksimal", "paling banyak", "mendekati", "sebanyak-banyaknya",
)
APPROX_ABOUT: tuple[str, ...] = ("sekitar", "sekira", "kira-kira", "kurang lebih", "lebih kurang", "±", "ditaksir",
                                 "diperkirakan")
# Words after a figure that make it a lower bound: "700 lebih korban".
APPROX_LOWER_AFTER: tuple[str, ...] = ("lebih",)

# Words that join two clauses: a measure word across one belongs to the figure on its side.
CLAUSE_JOINS: tuple[str, ...] = ("dan", "serta", "sedangkan", "sementara", "adapun", "namun", "tetapi", "sebanyak")

# Weekday names (Monday = 0) for "hingga Senin (17/11/2025)", "per Selasa".
WEEKDAYS: dict[str, int] = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
                            "sabtu": 5, "minggu": 6, "ahad": 6}

# Words a statement's content is not matched on (beside function words and speech verbs): whether
# two statements answer one proposition is read from the rest.
PROPOSITION_STOPWORDS: tuple[str, ...] = (
    "pihak", "pihaknya", "hal", "tersebut", "adalah", "akan", "telah", "sudah", "belum", "masih", "bisa",
    "dapat", "tidak", "tak", "bukan", "kami", "kita", "saat", "ini", "itu", "ada", "saja", "lebih", "oleh",
    "para", "secara", "terkait", "soal", "bahwa", "jika", "bila", "mereka", "dia", "beliau", "kepada",
    "sejumlah", "semua", "seluruh", "setelah", "sebelum", "hari", "waktu", "tahun", "bulan", "pekan",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "pukul", "wib", "wita", "data", "angka",
    "lain", "lainnya", "termasuk", "seperti", "sebagian", "sekitar", "tampak",
)
# Affixes stripped before two statements' words are compared ("ditangkap" = "penangkapan").
STEM_PREFIXES: tuple[str, ...] = ("meng", "meny", "mem", "men", "me", "di", "ber", "ter", "peng", "pen", "pem",
                                  "pe", "per", "ke")
# Initials a prefix's nasal replaces ("menangkap" / "ditangkap"): dropped from every stem.
NASAL_INITIALS: tuple[str, ...] = ("t", "p", "k", "s")
STEM_SUFFIXES: tuple[str, ...] = ("kannya", "annya", "nya", "kan", "an", "lah")

# Question wording for labels: a measure id's phrase, "how many/much" and "whether".
MEASURE_LABELS: dict[str, str] = {
    "casualties": "korban tewas dan luka", "dead": "korban meninggal",
    "missing": "korban hilang", "injured": "korban luka", "hospitalised": "dirawat", "outpatients": "rawat jalan", "released": "terlepas", "sick": "korban sakit",
    "displaced": "pengungsi", "rescued": "korban selamat",
    "affected": "warga terdampak", "trapped": "korban tertimbun", "on_board": "orang di atas kapal",
    "capacity": "kapasitas", "arrested": "orang ditangkap", "participants": "peserta", "strikers": "peserta mogok",
    "cancelled": "dibatalkan", "houses": "rumah", "troops": "tentara", "personnel": "personel",
    "magnitude": "magnitudo", "burned": "luas terbakar", "cases": "kasus", "recalled": "ditarik",
    "loss": "kerugian", "damage": "kerusakan", "bribe": "uang diterima", "fine": "denda", "seized": "disita", "laid_off": "pekerja terkena PHK", "arrears": "tunggakan",
    "progress": "progres", "allocation": "alokasi", "fee_share": "fee proyek", "price": "harga", "vote_share": "perolehan suara",
    "turnout": "partisipasi", "growth": "pertumbuhan", "inflation": "inflasi", "interest_rate": "suku bunga",
    "wave_height": "tinggi gelombang", "wind_speed": "kecepatan angin", "rainfall": "curah hujan",
    "ash_column": "tinggi kolom abu",
}
# Verbs by which a named body states a figure for what follows ("IMF memproyeksikan pertumbuhan
# 2,0 persen"): a claim of that body's, though no speech verb introduces it; relative pronouns
# after a name ("BPS, yang memproyeksikan ...") are skipped back over to find it.
FIGURE_FRAMES: tuple[str, ...] = (
    "memproyeksikan", "memproyeksi", "memprediksi", "memprakirakan", "menaksir", "mematok",
    "menurunkan proyeksi", "menaikkan proyeksi", "merevisi proyeksi", "memangkas proyeksi",
)
FRAME_RELATIVES: tuple[str, ...] = ("yang",)
# Words that open an adjunct between a speech verb and its "bahwa" clause ("mengatakan usai rapat
# bahwa ..."); weekdays open one too.
FRAME_ADJUNCTS: tuple[str, ...] = ("usai", "seusai", "setelah", "sebelum", "saat", "ketika", "dalam", "di", "pada",
                                   "kepada", "kemarin", "hari", "sore", "pagi", "malam", "siang", "kembali")
# Words that name the year a rate is for, relative to the article's day ("tahun depan").
THIS_YEAR: tuple[str, ...] = ("tahun ini",)
NEXT_YEAR: tuple[str, ...] = ("tahun depan",)
LAST_YEAR: tuple[str, ...] = ("tahun lalu",)
IN_YEAR = "pada"

STATE_LABELS: dict[str, str] = {"destroyed": "rusak berat", "damaged": "rusak", "flooded": "terendam", "buried": "tertimbun", "burned": "terbakar"}
# Words that end the clause a house count's state is read in ("50 rumah rusak dan 3 terendam").
STATE_CLAUSE_JOINS: tuple[str, ...] = ("dan", "serta", "sedangkan")
HOW_MANY = "Berapa"
WHETHER = "Apakah"
AS_OF = "per"
IN = "di"

# A yes/no question in words: a proposition's predicate id (warta.lang.<code>.reporting PREDICATES,
# "_troops" forms included) -> its verb phrase, put in QUESTION_TEMPLATE with the proposition's
# subject and object; a proposition with no such predicate is asked with TRUE_TEMPLATE around what
# is disputed, its negation words (NEGATION_WORDS) taken out.
PROPOSITION_VERBS: dict[str, str] = {
    "send_troops": "mengirim pasukan ke", "deploy_troops": "mengerahkan pasukan ke",
    "present_troops": "menempatkan pasukan di", "train_troops": "melatih pasukan di",
    "plan_send_troops": "berencana mengirim pasukan ke", "engage_in_combat": "bertempur di",
    "suffer_casualties": "menderita korban", "money_politics": "membagikan uang kepada", "win": "menang",
    "lead": "unggul",
}
QUESTION_TEMPLATE = "Apakah {subject} {verb}{object}?"
TRUE_TEMPLATE = "Apakah benar {clause}?"
# Clitics a verb may carry ("menepisnya"), for reading stance words in a statement.
CLITICS: tuple[str, ...] = ("nya",)
NEGATION_WORDS: tuple[str, ...] = ("tidak", "tak", "bukan", "belum", "tidak pernah", "tak pernah", "belum pernah", "tidak ada", "tak ada")
