"""Indonesian name cues: role titles, organisation heads, known organisations and outlets,
capitalised words that are not names, speech cues that mark a person."""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS as _STOP_WORDS

from warta.lang.base import read_list

# Role titles that stand before a person's name ("Presiden Yoon", "juru bicara Kremlin Dmitry
# Peskov"). Lowercase; matched case-insensitively, the longest first. A title is not part of a name.
ROLE_TITLES: tuple[str, ...] = (
    "presiden", "wakil presiden", "perdana menteri", "menteri", "wakil menteri", "menko",
    "menteri koordinator", "sekretaris jenderal", "sekjen", "sekretaris", "wakil sekretaris jenderal",
    "direktur", "direktur jenderal", "dirjen", "direktur utama", "dirut", "direktur eksekutif",
    "direktur pelaksana", "kepala", "wakil kepala", "ketua", "wakil ketua", "ketua umum", "ketum",
    "anggota", "juru bicara", "jubir", "wakil juru bicara", "duta besar", "dubes", "gubernur",
    "wakil gubernur", "bupati", "wakil bupati", "penjabat bupati", "penjabat gubernur",
    "penjabat wali kota", "pj bupati", "pj gubernur", "pj wali kota", "wali kota", "walikota",
    "wakil wali kota", "camat", "lurah", "kepala desa", "kades", "kapolri", "kapolda", "kapolres",
    "kapolsek", "dandim", "danrem", "pangdam", "kajari", "kajati", "wakapolri", "wakapolda", "kabareskrim", "kasatreskrim", "panglima", "jenderal",
    "letnan jenderal", "mayor jenderal", "brigadir jenderal", "brigjen", "mayjen", "letjen",
    "kolonel", "letkol", "kapten", "irjen", "irjen pol", "brigjen pol", "komjen", "komjen pol",
    "kombes", "kombes pol", "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "laksamana",
    "marsekal", "jenderal tni", "jenderal polisi", "komandan", "komisaris", "komisioner", "hakim", "hakim ketua",
    "ketua majelis hakim", "jaksa", "jaksa agung", "jaksa penuntut umum", "raja", "ratu",
    "pangeran", "paus", "kanselir", "senator", "anggota parlemen", "anggota dpr", "peneliti",
    "peneliti senior", "pengamat", "ekonom", "kepala ekonom", "analis", "profesor", "prof",
    "guru besar", "rektor", "dekan", "kuasa hukum", "pengacara", "advokat", "asisten",
    "staf khusus", "penasihat", "koordinator", "pejabat", "pendiri", "ceo", "manajer",
    "kepala bidang", "kabid", "kadis", "kepala pelaksana", "kalaksa", "pemimpin", "pemimpin tertinggi", "wakil perdana menteri",
    "kepala staf", "kepala negara", "ketua tim", "ketua tim pemenangan", "pelatih",
    "kapten tim", "uskup", "kardinal", "plt", "plh", "deputi", "asisten deputi", "kepala pusat",
    "kepala biro", "kepala bagian", "kabag", "kabiro", "kapus", "kasat", "kasi", "kasubdit",
    "kasubbag", "kanit", "dirreskrimum", "dirreskrimsus", "dirresnarkoba", "kabid humas",
    "direktur operasional", "direktur keuangan", "direktur pemasaran", "sekretaris perusahaan",
    "corporate secretary", "wakil direktur", "komisaris utama", "presiden direktur", "presdir",
    "kapuspen", "kapuspenkum", "kepala seksi", "kepala kantor", "kepala balai",
    "kepala stasiun", "prakirawan", "dosen", "ahli", "pakar", "aktivis", "koordinator lapangan",
    "korlap", "wasit", "kiper", "striker", "kepala divisi", "kepala departemen", "kepala subbagian",
    "kepala urusan", "kepala subbidang", "kepala satuan kerja",
)

# Units inside an organisation that a title can run through ("Kepala Bagian Hubungan Masyarakat
# dan Protokol PT Kereta Api", "Kepala Divisi Kredit Bank X"): the capitalised words after one,
# up to the organisation, name the unit and belong to the title, not to a person.
TITLE_UNITS: tuple[str, ...] = (
    "bagian", "subbagian", "biro", "divisi", "seksi", "bidang", "subbidang", "departemen",
    "direktorat", "subdirektorat", "urusan", "satuan kerja", "satker",
)

# Titles usually followed by the region they govern ("Bupati Sigi Rusdin Lamakarate").
REGIONAL_TITLES: tuple[str, ...] = (
    "bupati", "wakil bupati", "penjabat bupati", "pj bupati", "gubernur", "wakil gubernur",
    "penjabat gubernur", "pj gubernur", "wali kota", "walikota", "wakil wali kota",
    "penjabat wali kota", "pj wali kota", "kapolda", "kapolres", "camat", "kepala desa", "kades",
    "lurah", "kapolsek", "dandim", "danrem", "pangdam", "kajari", "kajati",
)

# Sports roles: a city right before one names its club ("Liverpool captain").
SPORTS_TITLES: tuple[str, ...] = ("pelatih", "kapten", "kapten tim", "kiper", "striker",
                                  "manajer")

# Short forms of titles, for matching a title-only reference to the person it introduced.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sekjen": "sekretaris jenderal", "dirjen": "direktur jenderal", "dirut": "direktur utama",
    "jubir": "juru bicara", "dubes": "duta besar", "ketum": "ketua umum", "menko": "menteri koordinator",
    "brigjen": "brigadir jenderal", "mayjen": "mayor jenderal", "letjen": "letnan jenderal",
    "pj bupati": "penjabat bupati", "pj gubernur": "penjabat gubernur", "walikota": "wali kota",
    "prof": "profesor",
}

# Words that complete a title ("Menteri Luar Negeri Pertama", "Direktur Jenderal Perdagangan
# Dalam Negeri"); they are not names.
TITLE_DOMAIN: tuple[str, ...] = (
    "luar", "negeri", "dalam", "pertama", "kedua", "ketiga", "eksekutif", "utama", "umum",
    "senior", "khusus", "tertinggi", "pelaksana", "harian", "tugas", "tinggi", "muda", "madya",
    "besar", "agung", "negara", "hukum", "keuangan", "pertahanan", "perdagangan", "keamanan",
    "kesehatan", "pendidikan", "perhubungan", "pertanian", "perindustrian", "kehutanan",
    "kelautan", "perikanan", "ketenagakerjaan", "sosial", "agama", "energi", "esdm", "bumn",
    "investasi", "pariwisata", "komunikasi", "informatika", "kominfo", "politik", "koordinator",
    "bidang", "operasional", "narkoba", "reskrim", "lantas", "intelkam", "binmas", "humas",
    "sabhara", "pemasaran", "produksi", "teknik", "operasi",
)

# First words of organisation names ("Kementerian Luar Negeri", "Badan Intelijen Nasional").
ORG_HEADS: tuple[str, ...] = (
    "kementerian", "kemenko", "badan", "lembaga", "komisi", "komite", "dewan", "majelis",
    "mahkamah", "pengadilan", "kejaksaan", "kejari", "kejati", "kepolisian", "polda", "polres",
    "polsek", "partai", "pt", "cv", "bank", "perum", "perumda", "yayasan", "universitas",
    "institute", "university", "center", "centre", "foundation",
    "institut", "sekolah", "klub", "rumah sakit", "rs", "rsud", "dinas", "direktorat", "kantor",
    "kantor berita", "pusat", "angkatan", "pemerintah", "pemerintahan", "pemkab", "pemkot",
    "pemprov", "satuan", "satgas", "kodam", "korem", "kodim", "balai", "biro", "asosiasi",
    "himpunan", "ikatan", "persatuan", "serikat", "federasi", "koalisi", "aliansi", "gerakan",
    "organisasi", "uni", "pakta", "sentra", "grup", "koperasi", "sekretariat", "inspektorat",
    "otoritas", "markas besar", "mabes", "pasukan khusus", "tentara nasional", "fakultas",
    "parlemen", "kongres", "senat", "forum", "konsorsium", "perhimpunan", "front", "laboratorium",
    "bursa", "puskesmas", "rsup", "rsu", "klinik", "polrestabes", "lantamal",
)

# Heads after which the proper name is one word and a following place is not part of the
# name ("Kantor Berita Yonhap Korea Selatan" -> "Kantor Berita Yonhap").
OUTLET_HEADS: tuple[str, ...] = ("kantor berita",)

# Heads of government used for the country itself ("Pemerintah Korea Selatan").
GOVERNMENT_HEADS: tuple[str, ...] = ("pemerintah", "pemerintahan")

# Heads of a building or seat: "Kantor Kemendag" is a mention of Kemendag.
FACILITY_HEADS: tuple[str, ...] = ("kantor", "gedung", "markas", "wisma")

# First words of event names: a capitalised run that starts with one is never a person
# ("Konferensi Pers Bandung Health Summit", "Festival Danau Toba").
EVENT_HEADS: tuple[str, ...] = (
    "konferensi", "kongres", "festival", "pekan", "forum", "seminar", "lokakarya", "muktamar",
    "musyawarah", "rapat", "sidang", "pameran", "expo", "piala", "liga", "olimpiade", "kejuaraan",
    "turnamen", "upacara", "peringatan", "perayaan", "hari", "summit", "konser", "lomba",
    "munas", "rakernas", "rakor", "pemilu", "pilkada", "pilpres", "debat",
)

# First words of venues: a run that starts with one names a place, never a speaker.
VENUE_HEADS: tuple[str, ...] = (
    "hotel", "gedung", "wisma", "stadion", "balai", "aula", "istana", "auditorium", "convention",
    "graha", "lapangan", "masjid", "gereja", "kampus", "rumah", "kantor", "mal", "plaza",
)

# Pronouns and group words that can stand where a speaker's name should be.
SPEAKER_PRONOUNS: tuple[str, ...] = ("dia", "ia", "beliau", "mereka", "kami", "kita", "saya", "aku",
                                     "nya", "pihaknya")

# Facility heads that, before anything but a bare organisation name, make a place (LOC):
# "Gedung Merah Putih KPK", "Wisma Atlet" (while "Gedung KPK" is a mention of the KPK).
FACILITY_PLACE_HEADS: tuple[str, ...] = ("gedung", "wisma")

# Last words of organisation names (mostly borrowed English ones).
ORG_TAILS: tuple[str, ...] = (
    "institute", "group", "corporation", "corp", "inc", "ltd", "tbk", "foundation", "center",
    "centre", "securities", "motors", "airlines", "association", "council", "agency", "bank",
    "university", "fund", "party", "union", "board", "commission", "committee", "service",
    "watch", "united", "airways", "holdings", "energy", "capital", "sekuritas",
    "network", "alliance", "trust", "partners", "international", "nickel", "mining", "resources",
    "minerals", "coal", "steel", "finance", "insurance", "properti", "property", "land",
    "persero", "fc", "economics", "research", "consulting",
)

# Words that belong to organisation names, never to a person's name.
ORG_VOCAB: tuple[str, ...] = (
    "nasional", "internasional", "daerah", "regional", "provinsi", "kabupaten", "kota", "pusat",
    "data", "intelijen", "keamanan", "pertahanan", "survei", "studi", "kajian", "riset", "umum",
    "negeri", "republik", "rakyat", "indonesia", "tinggi", "agung", "konstitusi", "perwakilan",
    "pemilihan", "pengawas", "pemilu", "bencana", "tipikor", "militer", "strategis", "ekonomi",
    "sosial", "politik", "hukum", "kesehatan", "pendidikan", "media", "informasi", "berita",
    "cabang", "wilayah", "sektor", "gabungan", "staf", "utama", "khusus", "luar", "dalam",
    "tim", "pemenangan", "kerja", "sama", "bersama", "persero", "tbk", "holding", "global",
)

# Words joining a branch to its parent organisation ("BPKP Perwakilan Kalimantan Barat").
BRANCH_WORDS: tuple[str, ...] = ("perwakilan", "cabang", "wilayah", "daerah")

# Words that open a person's name in some regions although they are common words elsewhere:
# Sasak "Lalu" (men) and "Baiq"/"Lale" (women) in Lombok ("Kepala Dinas Kesehatan NTB, Lalu Hamdi
# Putra"), Buton and Muna "La Ode"/"Wa Ode" in Southeast Sulawesi ("La Ode Hamzah"; a bare "La"
# is no prefix: "La Liga", "La Nina"). Capitalised before a capitalised name word they belong to
# the name.
NAME_PREFIXES: tuple[str, ...] = ("Lalu", "Baiq", "Lale", "La Ode", "Wa Ode")
# ... except in fixed compounds ("Satuan Lalu Lintas": traffic).
NAME_PREFIX_COMPOUNDS: tuple[str, ...] = ("lalu lintas",)

# Lowercase words allowed inside a name ("Osama bin Laden", "Kantor Pencarian dan Pertolongan").
# "dan" joins only inside organisation names.
NAME_CONNECTORS: tuple[str, ...] = ("bin", "binti", "van", "von", "de", "der", "den", "da", "dos", "do", "das",
                                   "al", "el", "la", "le", "du", "del", "dela", "della", "ten", "ter")
ORG_CONNECTORS: tuple[str, ...] = ("dan", "untuk", "of", "for", "and")

# Honorifics before a name ("Pak Hermawan"): kept in the mention, not in the name.
# Military corps marks after a rank ("Letkol Inf Rudi Hartono") are skipped the same way.
HONORIFICS: tuple[str, ...] = ("pak", "bu", "bapak", "ibu", "mas", "mbak", "bung", "kak", "tuan",
                               "nyonya", "inf", "kav", "czi", "arm", "pnb", "haji", "hj", "h", "dr", "ir", "drs", "sdr", "saudara")

# Words right before a name that say it is a person ("kata Sumarni", "ujar Darmanto").
PERSON_CUES_BEFORE: tuple[str, ...] = (
    "kata", "ujar", "tutur", "ucap", "ungkap", "jelas", "tegas", "imbuh", "lanjut", "tambah",
    "sebut", "pungkas", "papar", "terang", "kata dia", "warga", "pedagang", "petani", "nelayan",
    "sopir", "pengungsi", "relawan", "guru", "bidan", "perawat", "dokter", "pemain", "penyerang",
    "bek", "gelandang", "pengunjuk rasa", "peserta", "penumpang", "pemilik", "karyawan", "pekerja", "buruh", "pengemudi", "siswa", "mahasiswa", "korban", "tersangka", "terdakwa",
    "saksi", "pelaku", "istri", "suami", "anak", "ayah", "ibunda", "ayahanda", "putra", "putri",
)
# Common nouns right before an unknown name that make it an organisation ("maskapai Saudia",
# "perusahaan Freeport", "emiten Harita").
ORG_CUES_BEFORE: tuple[str, ...] = (
    "perusahaan", "maskapai", "emiten", "perseroan", "pabrikan", "produsen", "operator",
    "konsultan", "startup", "lembaga", "organisasi", "yayasan", "ormas", "regulator", "raksasa",
    "penyedia", "platform", "aplikasi", "distributor", "pengembang",
)
# Words right after a name that say it is a person ("Sumarni mengaku ...").
PERSON_CUES_AFTER: tuple[str, ...] = (
    "mengatakan", "menyatakan", "mengaku", "menilai", "menyebut", "menambahkan", "menegaskan",
    "menjelaskan", "mengklaim", "menuturkan", "berkata", "mengungkapkan", "memperingatkan",
    "membantah", "menuding", "menduga", "berharap", "meminta", "mendesak", "bercerita",
)

# Locative prepositions: a capital after one is a place, not its government.
LOCATIVES: tuple[str, ...] = ("di", "ke", "dari", "dekat", "menuju", "sekitar", "kawasan", "kota")

# A one-word unknown name right after one of these is a place ("in Brantwood").
PLACE_CUES_BEFORE: tuple[str, ...] = ("di", "ke", "menuju", "kawasan", "wilayah")
# Words joining the items of a list ("Brantwood, Windsor and Cambridge").
LIST_CONJUNCTIONS: tuple[str, ...] = ("dan", "atau", "serta")
# Words before a capital that make it the city, not the government ("ambassador to Seoul").
DIPLOMATIC_WORDS: tuple[str, ...] = ("kedutaan", "dubes", "duta")

# "X, yang sebelumnya dikenal sebagai Y": Y is another name of X.
ALIAS_CUES: tuple[str, ...] = (
    "yang sebelumnya dikenal sebagai", "yang dulu dikenal sebagai", "yang dahulu dikenal sebagai",
    "yang sebelumnya bernama", "yang dulu bernama", "yang dahulu bernama", "sebelumnya dikenal sebagai",
    "yang juga dikenal sebagai", "alias", "atau yang dikenal sebagai", "yang dikenal sebagai",
)

# Capitalised words that are never (part of) a name: page chrome, events, time words.
NOT_NAMES: tuple[str, ...] = (
    "baca", "juga", "tag", "tags", "editor", "penulis", "pewarta", "reporter", "laporan",
    "pilkada", "pemilu", "pilpres", "pilgub", "pileg", "pilwalkot", "pilbup", "rp", "wib",
    "wita", "wit", "idul", "fitri", "adha", "ramadan", "lebaran", "natal", "imlek", "tahun",
    "baru", "hari", "kemerdekaan", "covid-19", "covid", "simak", "lihat", "foto", "video",
    "advertisement", "scroll", "terkait", "komentar", "bagikan", "ikuti", "eks",
    "mantan", "pukul", "jam", "kabar", "update", "breaking", "news", "artikel", "halaman",
    "undang-undang", "pasal", "perppu", "perpres", "permen", "perda", "keppres",
)

# Upper-case words that are not entities ("TPS", "HET", "WIB").
COMMON_ACRONYMS: tuple[str, ...] = (
    "het", "tps", "cpo", "sar", "abk", "gt", "spb", "wib", "wita", "wit", "pdb", "gdp", "ceo", "phk", "bbm", "apbn",
    "apbd", "uu", "kuhp", "kuhap", "asn", "pns", "umkm", "ott", "dpo", "tkp", "nik", "ktp", "sim",
    "rt", "rw", "ai", "it", "tv", "id", "ok", "rp", "usd", "idr", "km", "kg", "cm", "mm", "ha",
    "sd", "smp", "sma", "smk", "s1", "s2", "s3", "pilkada", "covid", "hut", "ri", "pk", "am", "pm",
    "ham", "kkn", "lpg", "lng", "tbs", "dbd", "ispa", "c1", "jkn",
    "dki", "ntt", "ntb", "diy", "lsm", "ormas", "gb", "mb", "wni", "wna", "tki", "pmi", "utc",
    "klb", "umk", "ump", "umr", "pph", "ppn", "ppkm", "psbb", "sktm", "stnk", "dpt", "paslon",
    "blt", "bansos", "pkh", "kur", "mbg", "pltu", "plts", "spbu", "ihsg", "sbn", "ori", "imb",
    "pbb-p2", "rapbn", "rapbd", "hgu", "iup", "amdal", "k3", "tpa", "tpst", "rtlh",
)

STOP_WORDS: frozenset[str] = frozenset(_STOP_WORDS)

# Word shapes that are common nouns, never names (derived nouns: "Pertahanan", "Komunikasi").
COMMON_WORD_PATTERN = r"^(?:ke|pe|per|pen|pem|peng|peny|pel|pes)\w{3,}an$|^\w{3,}(?:isasi|asi|itas)$"

# Known organisations, news outlets and platforms: "Name" or "Name = Canonical name".
KNOWN_ORGS: tuple[str, ...] = tuple(read_list("warta.lang.id", "orgs.txt"))

# Heads of a hospital name, after which "dr." belongs to the name ("RSUD dr. Soetomo").
HOSPITAL_HEADS: tuple[str, ...] = ("rs", "rsud", "rsup", "rsu", "sakit")
# Words before initials that name a person ("berinisial AS").
INITIALS_CUES: tuple[str, ...] = ("berinisial", "inisial")
# Lowercase words before a place that name its residents ("warga Tarogong, Nani Suryani").
RESIDENT_CUES: tuple[str, ...] = ("warga", "penduduk")
