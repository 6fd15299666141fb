"""Indonesian page chrome: phrases that mark a raw line as site furniture, not article text.

Every entry is lowercase. `warta.page.boilerplate` merges these tables with the English ones and
applies both to every page (Indonesian sites carry English chrome and the other way round).
"""

from __future__ import annotations

# reason -> phrases a chrome line starts with ("Baca juga: ...", "Bagikan ke: ...")
PREFIXES: dict[str, list[str]] = {
    "read_more": [
        "baca juga",
        "baca pula",
        "simak juga",
        "lihat juga",
        "baca selengkapnya",
        "simak selengkapnya",
        "baca artikel",
        "artikel terkait",
        "berita terkait",
        "jangan lewatkan",
        "baca selanjutnya",
        "baca berikutnya",
        "simak video",
        "tonton video",
        "tonton juga",
        "saksikan juga",
        "saksikan video",
        "baca artikel selengkapnya",
    ],
    "share": ["bagikan", "sebarkan"],
    "follow": [
        "ikuti kami",
        "ikuti juga",
        "ikuti berita",
        "ikuti saluran",
        "simak berita lainnya",
        "simak informasi",
        "simak update",
        "simak breaking news",
        "dapatkan update",
        "dapatkan berita",
        "dapatkan informasi",
        "download aplikasi",
        "unduh aplikasi",
        "gabung di",
        "gabung grup",
        "gabung ke",
    ],
    "subscribe": ["berlangganan", "langganan", "baca berita tanpa iklan", "daftar newsletter"],
    "copyright": [
        "hak cipta",
        "dilarang keras",
        "dilarang mengambil",
        "dilarang mengutip",
        "dilarang memperbanyak",
        "dilarang menyalin",
    ],
    "caption": [
        "foto:",
        "ilustrasi:",
        "keterangan foto",
        "sumber foto",
        "keterangan gambar",
        "sumber gambar",
    ],
    "credit": [
        "penerjemah:",
        "alih bahasa:",
        "diterjemahkan oleh",
        "artikel ini telah tayang",
        "artikel ini sudah tayang",
        "artikel ini pertama kali tayang",
        "artikel ini telah dimuat",
        "tulisan ini telah tayang",
    ],
    "read_time": ["waktu baca", "estimasi baca", "lama baca"],
    "date": ["terakhir diperbarui", "diperbarui", "diterbitkan", "dipublikasikan"],
    # the outlet's own promotion, a full sentence ("Dapatkan update berita pilihan dan breaking
    # news setiap hari dari Kompas.com.")
    "promo": ["dapatkan update berita pilihan", "dapatkan berita pilihan", "dapatkan berita terbaru"],
}

# reason -> whole lines (compared lowercase, without trailing ':' or a count like "(57)")
LINES: dict[str, list[str]] = {
    "advertisement": [
        "iklan",
        "konten bersponsor",
        "scroll untuk melanjutkan",
        "gulir untuk melanjutkan",
        "lanjutkan membaca",
        "lanjut membaca",
        "lanjut baca",
        "memuat",
        "dengarkan artikel ini",
        "dengarkan berita ini",
    ],
    "comments": [
        "komentar",
        "komentar anda",
        "tulis komentar",
        "lihat komentar",
        "berikan komentar",
        "kirim komentar",
        "komentari",
        "komentar pembaca",
    ],
    "cookie": ["setuju", "saya setuju", "terima", "tolak"],
    "footer": [
        "pedoman media siber",
        "kebijakan privasi",
        "tentang kami",
        "redaksi",
        "susunan redaksi",
        "kontak",
        "hubungi kami",
        "karier",
        "karir",
        "kembali ke atas",
        "indeks berita",
        "syarat dan ketentuan",
    ],
    "navigation": [
        "beranda",
        "indeks",
        "cari",
        "masuk",
        "daftar",
        "terbaru",
        "terpopuler",
        "lewati ke konten",
        "intinya sih",
        "baca lainnya",
        "konten premium",
    ],
    "pagination": [
        "halaman selanjutnya",
        "halaman berikutnya",
        "halaman sebelumnya",
        "selanjutnya",
        "sebelumnya",
    ],
    "share": ["bagikan", "bagikan artikel ini", "bagikan berita ini", "salin link", "salin tautan"],
    "subscribe": ["berlangganan", "langganan sekarang"],
}

# reason -> phrases anywhere in a short line (up to 12 words, no closing full stop)
PHRASES: dict[str, list[str]] = {
    "follow": ["google news", "whatsapp channel", "saluran whatsapp"],
    "subscribe": ["berlangganan", "newsletter"],
    "footer": ["kebijakan privasi", "pedoman media siber", "syarat dan ketentuan"],
}

# reason -> phrases anywhere in a line of up to 40 words, even one that ends like a sentence
STRONG_PHRASES: dict[str, list[str]] = {
    "cookie": ["menggunakan cookie", "kebijakan cookie"],
    # a reaction poll under the article ("Bagaimana perasaan Anda setelah membaca artikel ini?")
    "poll": ["perasaan anda setelah membaca", "perasaanmu setelah membaca"],
    "copyright": ["hak cipta dilindungi", "tanpa izin tertulis dari"],
}

# reason -> endings of a credit line
SUFFIXES: dict[str, list[str]] = {}

# a line that is only one of these headings starts a list of other articles
RELATED_HEADINGS: list[str] = [
    "berita terkait",
    "artikel terkait",
    "berita lainnya",
    "berita lain",
    "berita terkini",
    "berita terbaru",
    "berita pilihan",
    "berita populer",
    "terpopuler",
    "terpopuler hari ini",
    "populer",
    "paling banyak dibaca",
    "banyak dibaca",
    "terbanyak dibaca",
    "berita terpopuler",
    "berita terkini lainnya",
    "pilihan editor",
    "pilihan redaksi",
    "rekomendasi",
    "rekomendasi untuk anda",
    "baca juga",
    "lihat juga",
    "artikel lainnya",
    "artikel menarik lainnya",
    "jangan lewatkan",
    "video terkait",
    "topik terkait",
    "terkait",
]

# first words of a line that tells readers how to reach the writer; chrome when the line also
# gives an address, a link or a handle ("Hubungi penulis di nama@contoh.id")
CONTACT_PREFIXES: list[str] = ["hubungi", "kontak redaksi", "kirim surel", "surel"]

# labels of a tag line ("TAG#a, #b", "Tags: a, b", "Topik: ...")
TAG_LABELS: list[str] = ["tag", "tags", "topik", "topik terkait", "kata kunci", "label", "tagar"]

# labels of a byline ("Penulis: X | Editor: Y", "Oleh: X", "Reporter: X")
BYLINE_LABELS: list[str] = [
    "redaktur & reporter",
    "rep:",
    "penulis",
    "oleh",
    "reporter",
    "laporan",
    "pewarta",
    "wartawan",
    "kontributor",
    "jurnalis",
    "koresponden",
]

# labels of an editor credit ("Editor: X") -- the line itself is boilerplate
# labels ending in ':' only count with the colon ("Rep: X/ Red: Y" on Republika; "Red Cross" is no credit)
EDITOR_LABELS: list[str] = ["editor", "penyunting", "redaktur", "penyunting bahasa", "red:"]

# labels after which a comma list is several writers, not a writer and an outlet
# ("Penulis: Azzis Zilkhairil, Debbie Sutrisno")
MULTI_AUTHOR_LABELS: list[str] = ["penulis", "reporter", "oleh", "pewarta", "laporan", "tim penulis"]

# section names that a category line under the headline shows ("Nasional"); never a writer's name
SECTION_NAMES: list[str] = [
    "nasional",
    "internasional",
    "ekonomi",
    "ekbis",
    "bisnis",
    "politik",
    "hukum",
    "olahraga",
    "daerah",
    "regional",
    "metro",
    "megapolitan",
    "dunia",
    "teknologi",
    "tekno",
    "otomotif",
    "hiburan",
    "gaya hidup",
    "kesehatan",
    "pendidikan",
    "peristiwa",
    "berita",
    "opini",
    "finansial",
    "keuangan",
    "investasi",
    "wisata",
    "kuliner",
    "sepak bola",
]

# words that make a name after a byline comma an outlet ("Penulis: X, Jurnal Pagi Online")
OUTLET_WORDS: list[str] = [
    "news",
    "online",
    "media",
    "pos",
    "post",
    "times",
    "tv",
    "harian",
    "koran",
    "radar",
    "tribun",
    "antara",
    "kompas",
    "detik",
    "jurnal",
    "warta",
    "kabar",
    "berita",
    "suara",
    "sinar",
    "portal",
    "com",
    "id",
]

# words of a promotion for the outlet's channels: a "follow"/"subscribe" line naming one of these
# is chrome however long it runs ("Simak breaking news ... WhatsApp Channel : https://...")
CHANNEL_WORDS: list[str] = [
    "saluran",
    "grup telegram",
    "aplikasi",
    "notifikasi",
    "klik link",
    "klik di sini",
    "klik disini",
]

# role words between a byline label and the name ("Penulis Kontributor Yogyakarta, Wijaya Kusuma",
# "Laporan Wartawan Tribunnews.com, Bambang"), or after the name ("Putra Astyawan , Jurnalis")
BYLINE_ROLES: list[str] = ["wartawan", "kontributor", "jurnalis", "reporter", "koresponden", "pewarta"]

# words of a pagination line ("Halaman 2", "Hal. 2 dari 3")
PAGE_WORDS: list[str] = ["halaman", "hal"]
PAGE_OF_WORDS: list[str] = ["dari"]

# labels of a one-line source note ("Sumber: Antara")
SOURCE_LABELS: list[str] = ["sumber"]

# a line that is only this announces a photo whose caption is the next line
CAPTION_MARKERS: list[str] = ["lihat foto", "foto", "galeri foto", "lihat galeri"]

# first words of a photo credit in brackets closing a caption ("(Dok. JawaPos.com)", "(Istimewa)")
CAPTION_CREDIT_WORDS: list[str] = ["dok", "dok.", "dokumentasi", "ist", "ist.", "istimewa", "foto", "ilustrasi"]

# words of a view counter ("Dibaca 3.105 kali")
VIEW_WORDS: list[str] = ["dibaca", "dilihat", "kali", "pembaca", "dibagikan"]

# words of a reading-time note ("Waktu baca: 3 menit", "3 menit membaca")
READ_TIME_WORDS: list[str] = ["menit", "mnt", "baca", "membaca"]

# share targets that fill a share bar ("Facebook Twitter WhatsApp")
SOCIAL_NAMES: list[str] = ["salin link", "salin tautan", "cetak", "bagikan", "bagikan ke", "sebarkan"]

# Byline "names" that are no writer ("Diposting ... oleh redaksi").
NOT_WRITERS: tuple[str, ...] = ("redaksi", "tim redaksi")
# Lowercase words inside a person's name on a byline line ("Lalu Hendra bin Ahmad").
BYLINE_NAME_PARTICLES: tuple[str, ...] = ("bin", "binti", "dan")
# Lowercase words a writer's-name header line may hold between capitalised words.
NAME_LINE_PARTICLES: tuple[str, ...] = ("di", "dan")
# Words joining a share prompt to the networks it names ("Bagikan ke Facebook").
SHARE_CONNECTORS: tuple[str, ...] = ("ke", "via")
