"""Indonesian reporting language: reporting verbs by stance, cue words and frames, relays, hedges,
speaker-phrase words and the predicate lexicon used by the quote and claim components."""

from __future__ import annotations

# Verbs that introduce reported content ("X mengatakan bahwa ..."), by the stance they carry.
# Forms as written; an attached "-nya" ("menepisnya") is allowed by the component.
REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    "asserts": (
        "mengatakan", "menyatakan", "menjelaskan", "menegaskan", "menekankan", "melaporkan",
        "menyebut", "menyebutkan", "mengklaim", "memperkirakan", "menambahkan", "mengungkapkan",
        "mengungkap", "menyampaikan", "mengaku", "mengakui", "menilai", "mencatat", "menuding",
        "menuduh", "mengonfirmasi", "mengkonfirmasi", "membenarkan", "meyakini", "berpendapat",
        "mengumumkan", "memposting", "mengunggah", "menulis", "menuturkan", "memaparkan",
        "menerangkan", "mengemukakan", "menyimpulkan", "berkata", "bilang", "menandaskan",
        "memastikan", "mengisyaratkan", "menduga", "menganggap", "berujar", "bercerita", "membeberkan",
        "berharap", "memprediksi", "memprediksikan", "meramalkan", "merinci", "memerinci", "mengimbau",
    ),
    "denies": ("membantah", "menepis", "menyangkal", "menampik", "menolak", "membantahnya"),
    "unconfirmed": (
        "belum dapat memastikan", "tidak dapat memastikan", "belum bisa memastikan",
        "tidak bisa memastikan", "belum dapat mengonfirmasi", "belum dapat mengkonfirmasi",
    ),
    "refuses_to_confirm": (
        "menolak untuk mengkonfirmasi", "menolak untuk mengonfirmasi", "menolak mengkonfirmasi",
        "menolak mengonfirmasi", "menolak berkomentar", "enggan berkomentar", "enggan mengomentari",
        "tidak membantah", "tidak mau berkomentar", "tetap bungkam", "memilih bungkam",
        "tidak membenarkan maupun membantah", "tidak membenarkan atau membantah",
        "tidak membantah maupun membenarkan", "belum bersedia berkomentar", "tidak bersedia berkomentar",
        "enggan menjawab",
    ),
    "warns": ("memperingatkan", "mengingatkan"),
}

# Cue words that follow a quote or clause and precede the speaker ("…,” kata Peskov").
POSTPOSED_CUES: tuple[str, ...] = (
    "kata", "ujar", "ucap", "tutur", "pungkas", "tambah", "jelas", "imbuh", "sebut", "tulis",
    "lanjut", "terang", "papar", "ungkap", "tegas", "katanya", "ujarnya", "ucapnya", "tuturnya",
    "pungkasnya", "tambahnya", "jelasnya", "imbuhnya", "sebutnya", "tulisnya", "lanjutnya",
    "terangnya", "paparnya", "ungkapnya", "tegasnya",
)

# Words that continue a sentence with a further statement by the same speaker
# ("…, seraya menambahkan bahwa …").
CONTINUATION_CUES: tuple[str, ...] = ("seraya menambahkan", "sambil menambahkan", "seraya mengatakan",
                                      "sembari menambahkan", "sembari mengatakan", "sambil mengatakan")

# "menurut X, …" / "…, menurut X."
# "Menurutnya" carries its speaker as the pronoun "-nya".
ACCORDING_TO: tuple[str, ...] = ("menurut", "menurutnya", "berdasarkan keterangan")

# Cues that open a sentence with the speaker after them, like "menurut": "Kata dia, …",
# "Dikatakannya, …" (the "-nya" is the pronoun). Only at a sentence start.
INVERTED_CUES: tuple[str, ...] = (
    "kata", "ujar", "tutur", "dikatakannya", "diungkapkannya", "dijelaskannya", "ditambahkannya",
    "disampaikannya", "ditegaskannya", "diakuinya", "disebutkannya", "katanya", "ujarnya",
)

# Denial verbs that deny a fact only when their object is an assertion ("menolak tuduhan itu",
# "menolak bahwa …", "menolak disebut gagal"); with another object they oppose or refuse
# ("menolak RUU Ketenagakerjaan", "menolak hadir"), which reports nothing about a fact.
ASSERTION_DENIALS: tuple[str, ...] = ("menolak",)
# What such an object starts with (within its first three words): a noun of what was said, or a
# passive verb of being said to be something.
ASSERTION_OBJECTS: tuple[str, ...] = (
    "tuduhan", "tudingan", "klaim", "laporan", "kabar", "isu", "informasi", "rumor", "spekulasi",
    "anggapan", "berita", "pemberitaan", "dugaan", "pernyataan", "hasil", "hoaks", "desas-desus",
    "sangkaan", "dakwaan", "versi", "data", "angka", "kritik", "kritikan",
    "penilaian",
    "disebut", "dituding", "dituduh", "dikatakan", "dianggap", "dinilai", "disangka",
)

# Verbs of refusal right before a reporting verb: "enggan membeberkan secara rinci …" reports
# nothing ("tidak mau", "tidak bersedia" are matched as two words).
REFUSALS: tuple[str, ...] = ("enggan", "ogah", "menolak", "tidak mau", "tak mau", "tidak bersedia",
                             "tak bersedia", "belum bersedia", "belum mau")

# Words that open an attribution placed after a quote and are no part of its speaker
# ("…,” demikian AFP melaporkan"; "…,” begitu kata Ani").
ATTRIBUTION_OPENERS: tuple[str, ...] = ("demikian", "begitu", "seperti")

# Discourse connectives that may open a sentence without a comma before its subject ("Lebih lanjut
# politisi Partai Gerindra itu mengatakan …"): no part of the subject.
DISCOURSE_OPENERS: tuple[str, ...] = ("lebih lanjut", "selain itu", "sementara itu", "di sisi lain",
                                      "oleh karena itu", "oleh sebab itu", "di samping itu", "dengan demikian",
                                      "meski demikian", "namun demikian", "kendati demikian")

# Person nouns that make an epithet refer back to a named person: "kata politikus Partai
# Gerindra itu", "ujar sang pelatih", "kata pria berusia 45 tahun itu".
PERSON_EPITHETS: tuple[str, ...] = (
    "politikus", "politisi", "pria", "wanita", "perempuan", "lelaki", "laki-laki", "pelatih",
    "penyanyi", "pemain", "aktor", "aktris", "artis", "model", "pengacara", "kuasa hukum", "pejabat",
    "jenderal", "perwira", "legislator", "senator", "pengusaha", "ekonom", "pengamat",
    "akademisi", "ibu", "bapak", "remaja", "pemuda", "gadis", "kakek", "nenek", "mantan",
    "sosok", "purnawirawan", "kader", "tokoh", "atlet", "petenis", "pebulu tangkis", "pesepak bola",
    "selebritas", "presenter", "musisi", "komedian", "sutradara", "penulis", "ulama", "kiai",
    "eks", "bintang", "superstar", "megabintang", "gelandang", "penyerang", "bek", "kiper", "kapten",
    "juara", "pembalap", "petinju", "pegolf", "perenang", "pesepeda", "pedangdut", "rapper",
)

# A verb form or copula that makes reported content a clause, not a noun phrase ("memaparkan
# perkembangan penyelidikan" reports a topic; "mengatakan data menunjukkan …" and "menyebut
# laporan itu sebagai kebohongan" make statements).
VERB_FORM_PATTERN = r"(?:me|mem|men|meng|meny|di|ber|ter|per)[a-z]{3,}|sebagai|adalah|merupakan|yakni|yaitu|ialah"

# Frames naming a relay between the speaker and the article.
RELAY_FRAMES: tuple[str, ...] = (
    "seperti dikutip dari", "seperti dikutip oleh", "seperti dikutip", "sebagaimana dikutip dari",
    "sebagaimana dikutip", "sebagaimana diungkapkan", "sebagaimana disampaikan", "dikutip dari",
    "dikutip oleh", "yang dikutip oleh", "mengutip", "melansir", "dilansir dari", "dilansir",
    "dalam wawancara dengan", "demikian dilaporkan", "seperti dilaporkan", "sebagaimana dilaporkan",
    "seperti dilansir dari", "seperti dilansir", "sebagaimana dilansir", "dikutip", "diberitakan",
    "seperti diberitakan",
)

# Complementiser introducing the reported clause.
COMPLEMENTIZERS: tuple[str, ...] = ("bahwa",)

# Phrases inside a statement that set its stance.
STANCE_PHRASES: dict[str, tuple[str, ...]] = {
    "denies": ("membantah", "menepis", "menyangkal", "tidak benar", "kabar palsu", "berita palsu",
               "kebohongan", "tak berdasar", "tidak berdasar", "hoaks"),
    "unconfirmed": ("tidak memiliki konfirmasi", "belum memiliki konfirmasi", "belum dapat memastikan",
                    "tidak dapat memastikan", "belum bisa memastikan", "tidak bisa memastikan",
                    "belum mengonfirmasi", "belum mengkonfirmasi", "tidak dapat mengonfirmasi",
                    "tidak dapat mengkonfirmasi", "belum ada konfirmasi", "tidak ada konfirmasi",
                    "informasi yang saling bertentangan"),
    "refuses_to_confirm": ("menolak untuk mengkonfirmasi", "menolak untuk mengonfirmasi",
                           "menolak mengkonfirmasi", "menolak mengonfirmasi", "enggan berkomentar",
                           "menolak berkomentar", "tidak membantah", "bungkam",
                           "tidak membenarkan maupun membantah", "bersedia berkomentar"),
    "warns": ("memperingatkan", "peringatan", "mengingatkan"),
}

# Negations near a statement's start that make its source deny doing it ("Saya tidak pernah …",
# "the mayor had never …"): the claim's stance is denies.
DENIAL_NEGATIONS: tuple[str, ...] = ("tidak pernah", "tak pernah", "belum pernah", "tidak ada rencana", "tak ada rencana",
                                     # "Tidak ada korban meninggal akibat keracunan ini": no one died
                                     "tidak ada korban", "tak ada korban")

HEDGES: tuple[str, ...] = ("diduga", "dilaporkan", "disebut-sebut", "kabarnya", "konon", "ditengarai",
                           "diperkirakan", "diyakini", "kemungkinan")

# Pronouns that stand for the speaker in an attribution ("kata dia", "Ia menyebut", "ujarnya").
SPEAKER_PRONOUNS: tuple[str, ...] = ("dia", "ia", "beliau", "nya", "dirinya")
FIRST_PERSON: tuple[str, ...] = ("kami", "saya", "kita", "aku", "pihaknya")

# Determiners that make a common noun refer back ("kementerian itu", "lembaga tersebut").
DEMONSTRATIVES: tuple[str, ...] = ("itu", "tersebut", "ini")
# An article that makes an epithet refer back like a demonstrative ("ujar sang pelatih").
EPITHET_ARTICLES: tuple[str, ...] = ("sang",)
# Words between a stance cue and the clause it disputes ("membantah adanya laporan bahwa ...").
STANCE_COMPLEMENTS: tuple[str, ...] = ("apakah", "laporan", "adanya")
# Relative pronouns of an epithet's clause ("Pria yang akrab disapa Kang Deden itu menyebut …").
RELATIVE_PRONOUNS: tuple[str, ...] = ("yang",)

# Heads of a speaker phrase that name nobody; the speaker is the body that follows
# ("seorang pejabat NIS" -> NIS); with no body, the relay speaks.
ANONYMOUS_HEADS: tuple[str, ...] = (
    "seorang pejabat", "pejabat", "seorang sumber", "sumber", "narasumber", "pengamat", "analis",
    "para analis", "seorang juru bicara", "juru bicara", "perwakilan", "seorang diplomat",
    "sumber-sumber", "para pejabat", "pejabat-pejabat", "sejumlah pejabat", "sejumlah sumber",
)

# Heads of an unnamed source that is a person, not a body ("petugas di lokasi", "seorang warga"):
# with no body named after the head, the outlet that quotes it speaks ("Antara, mengutip petugas
# di lokasi, melaporkan …" -> Antara).
UNNAMED_PERSON_HEADS: tuple[str, ...] = (
    "petugas", "pejabat", "sumber", "warga", "saksi", "relawan", "pegawai", "staf", "narasumber",
    "aparat", "polisi", "dokter", "tenaga", "personel", "karyawan", "penduduk",
)
# Words that make what follows such a head a body ("seorang pejabat kementerian", "sumber intelijen").
BODY_WORDS: tuple[str, ...] = (
    "intelijen", "kementerian", "badan", "dinas", "militer", "pemerintah", "kedutaan", "kepolisian",
    "tentara", "istana", "komisi", "lembaga",
)

# Prepositions between a person and the body they belong to ("Karen Ode of Ridgeline Research"):
# the person speaks.
AFFILIATIONS: tuple[str, ...] = ("dari", "di")

# Articles left out of a description or an anonymous head when it stands as the speaker.
ARTICLES: tuple[str, ...] = ("seorang", "para", "sang")

# Words of a date or time that may close a subject phrase ("X dalam keterangan tertulisnya,
# Selasa (5/11), menyebut …").
DATE_WORDS: tuple[str, ...] = (
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret",
    "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
    "pagi", "siang", "sore", "malam", "kemarin", "lalu",
)

# Nouns of time that a demonstrative makes an adverbial ("naik tahun ini", "pekan lalu itu"): content
# ending so is a statement, not a noun object like "menolak tuduhan tersebut".
TIME_NOUNS: tuple[str, ...] = ("tahun", "bulan", "pekan", "minggu", "hari", "pagi", "siang", "sore",
                               "malam", "saat", "kali", "musim", "periode", "semester", "kuartal", "triwulan")

# Adjuncts of the reporting verb that may stand before its content ("mengatakan hingga pukul
# 09.00 WIB tercatat …"); regular expressions, matched case-insensitively right after the verb.
LEAD_ADJUNCTS: tuple[str, ...] = (
    r"(?:hingga|sampai|pada) pukul \S+(?: (?:WIB|WITA|WIT))?",
    r"(?:pada )?(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)(?: \([\d/]+\))?",
)

# Words that end a speaker phrase ("kata Arif dalam keterangan tertulis").
SPEAKER_STOPWORDS: tuple[str, ...] = (
    "pada", "di", "dalam", "saat", "usai", "ketika", "kepada", "seperti", "sebagaimana", "sambil",
    "seraya", "dengan", "tanpa", "setelah", "sebelum", "melalui", "lewat", "sejak", "hingga", "yang",
    "kemarin", "tadi", "mengutip", "dikutip", "bahwa", "soal", "terkait", "tentang", "atas",
    "pekan", "bulan", "tahun", "hari", "seusai", "selepas", "dari", "termasuk", "sembari",
)

# Words opening a subordinate clause inside a subject phrase: "sehari setelah Angkatan Udara
# mengumumkan …" -- the verb's subject is what follows the last of them.
SUBORDINATORS: tuple[str, ...] = ("setelah", "sebelum", "ketika", "sejak", "sehingga", "karena", "hingga")

# Words that may sit between a subject and its verb ("NIS kini memperkirakan").
ADVERBS: tuple[str, ...] = (
    "juga", "pun", "bahkan", "kini", "hanya", "sendiri", "belakangan", "sebelumnya", "kemudian", "lalu",
    "telah", "sudah", "tetap", "justru", "sempat", "pernah", "akhirnya", "lagi", "sekali", "masih",
    "pula", "namun", "tetapi", "sementara", "itu", "secara", "terpisah", "langsung", "turut", "ikut",
    "baru", "segera", "tak", "tidak", "saat", "ini", "pagi", "siang", "sore", "malam",
    # "… malah membantah", "belum lama ini mengumumkan", modals before the verb ("harus menyatakan")
    "malah", "belum", "lama", "akan", "harus", "bisa", "dapat", "sedang", "memang", "kembali",
    "baru-baru",  # "Mereka baru-baru ini mengungkap"
    "berulang", "kali", "berkali-kali",  # "polisi telah berulang kali memperingatkan"
)

# Auxiliaries after a short subject make a clause: "mengumumkan ia akan pensiun" reports one,
# "mengumumkan kerja sama baru" does not.
AUXILIARIES: tuple[str, ...] = ("akan", "bakal", "telah", "sudah", "sedang", "tengah", "masih", "belum",
                                "tidak", "tak", "harus", "bisa", "dapat", "pernah")
# A subject needs no article or determiner in front ("mengumumkan Rusia akan menarik pasukan").
BARE_SUBJECTS = True
# A reported clause may follow an adjunct of the verb with no "bahwa": "mengatakan dalam
# pernyataannya, FAA telah …", "mengatakan saat ini perseroan telah melimpahkan …".
CLAUSE_AFTER_ADJUNCT = True

# Verbs whose object is mostly a thing posted or announced ("mengunggah foto", "memposting video",
# "mengumumkan akuisisi"): they report only a clause ("bahwa …", "ia akan …") or a quotation.
NEEDS_COMPLEMENTIZER: tuple[str, ...] = ("mengunggah", "memposting", "mengumumkan")

# Demonstratives follow their noun: a quotation right before one was part of a noun phrase
# ("bintang film ‘Surat dari Praha’ tersebut malah membantah …"), not a quote then its speaker.
NOUN_FINAL_DEMONSTRATIVES: tuple[str, ...] = DEMONSTRATIVES

# Lowercase words allowed inside a name ("Kantor Pencarian dan Pertolongan Palu").
NAME_CONNECTORS: tuple[str, ...] = ("dan", "untuk", "bin", "binti", "van", "de", "al")

# Anaphoric objects: "menyampaikan hal itu" reports nothing new.
ANAPHORIC_OBJECTS: tuple[str, ...] = ("hal itu", "hal ini", "hal tersebut", "hal serupa", "itu", "ini")

# Platforms and documents are where a statement was made, not who relayed it.
NON_RELAYS: tuple[str, ...] = ("X", "Twitter", "Facebook", "Instagram", "siaran pers", "media sosial",
                               "keterangan tertulis", "pernyataan")

# Nouns naming a document rather than an entity: "citing a report" is not a relay.
DOCUMENT_NOUNS: tuple[str, ...] = ("laporan", "data", "dokumen", "keterangan", "pernyataan", "rilis", "rincian",
                                   "catatan", "rekapitulasi",
                                   "informasi", "hasil", "laman", "situs", "akun", "kanal", "unggahan")

# Nouns that make a denial's object a noun phrase, not reported content: "menampik klaim
# kelangkaan pasokan", "membantah laporan bahwa …" (the report's content is not the speaker's).
NOUN_OBJECTS: tuple[str, ...] = ("laporan", "tuduhan", "tudingan", "klaim", "kabar", "isu", "informasi",
                                 "rumor", "spekulasi", "anggapan", "angka", "berita", "dugaan", "data",
                                 "perkembangan", "kronologi", "rincian", "detail", "identitas", "hasil")

# Conjunctions that coordinate a second reporting verb with the same subject ("… and accused …").
COORDINATORS: tuple[str, ...] = ("dan", "serta")

# Prepositions that introduce the hearer of a reporting verb ("mengatakan kepada Yonhap").
HEARER_PREPS: tuple[str, ...] = ("kepada",)

# Negation right before a reporting verb: "tidak menyebut pengiriman pasukan" reports nothing.
NEGATIONS: tuple[str, ...] = ("tidak", "tak", "belum", "bukan")

# A hearer that relays ("mengatakan kepada Yonhap", "told Reuters"): news outlets by name and the
# words that make a hearer a medium ("kantor berita", "stasiun radio").
NEWS_OUTLETS: tuple[str, ...] = (
    "Reuters", "AFP", "AP", "Associated Press", "Yonhap", "TASS", "RIA Novosti", "Interfax", "Kyodo",
    "Kyodonews", "NHK", "BBC", "CNN", "Bloomberg", "Antara", "Xinhua", "Al Jazeera", "KCNA", "Sputnik",
    # words of a newspaper's or site's name ("Kyiv Independent", "Jakarta Post")
    "Times", "News", "Post", "Herald", "Tribune", "Journal", "Independent", "Pos",
)
MEDIA_WORDS: tuple[str, ...] = ("kantor berita", "media", "stasiun televisi", "stasiun radio", "radio",
                                "televisi", "harian", "surat kabar", "koran", "majalah", "portal berita",
                                "laman berita", "situs berita")

# Verbs of knowing: in "X menjelaskan bahwa Y telah mengetahui bahwa Z", Y is the claim's source.
# Frames after a hearer that make it an outlet interviewing the speaker, even when the outlet is
# not listed ("told the Valley Courier in an interview").
INTERVIEW_FRAMES: tuple[str, ...] = ("dalam wawancara", "dalam sebuah wawancara", "saat diwawancarai", "ketika diwawancarai", "dalam wawancara khusus")

KNOWING_VERBS: tuple[str, ...] = ("mengetahui", "menemukan", "mendeteksi", "memastikan", "meyakini",
                                  "memperkirakan", "menyimpulkan", "mengonfirmasi", "mengkonfirmasi")

# Quantity markers that give a change, not a total ("tambahan 1.500 tentara").
INCREMENT_MARKERS: tuple[str, ...] = ("tambahan", "lagi", "bertambah")
# Markers before the figure a change ends at ("dari 3.000 menjadi 10.000").
TARGET_MARKERS: tuple[str, ...] = ("menjadi", "jadi")

# Clause joints inside one statement: each side may carry its own claim.
CLAUSE_JOINTS: tuple[str, ...] = ("dan", "serta", "tetapi", "namun", "sementara", "sedangkan", "kemudian",
                                  "lalu")

# Verb stems (and a few nouns) -> predicate names for claims; the first match in the evidence wins.
PREDICATES: tuple[tuple[str, str], ...] = (
    ("tewas atau terluka", "suffer_casualties"),
    ("tewas dan terluka", "suffer_casualties"),
    ("meninggal dunia", "death_toll"),
    ("tewas", "killed"),
    ("terluka", "wounded"),
    ("luka-luka", "wounded"),
    ("hilang", "missing"),
    ("mengungsi", "displaced"),
    ("mengirimkan", "send"),
    ("mengirim", "send"),
    ("dikirim", "send"),
    ("pengiriman", "send"),
    ("dikerahkan", "deploy"),
    ("pengerahan", "deploy"),
    ("mengerahkan", "deploy"),
    ("diterjunkan", "deploy"),
    ("dipindahkan", "deploy"),
    ("diangkut", "deploy"),
    ("berada di", "present"),
    ("berlatih", "train"),
    ("kehadiran", "present"),
    ("menang", "win"),
    ("unggul", "lead"),
    ("memperoleh", "vote_share"),
    ("meraih", "vote_share"),
    ("partisipasi", "turnout"),
    ("kerugian", "loss"),
    ("merugikan", "loss"),
    ("menerima", "receive"),
    ("vonis", "sentence"),
    ("menuntut", "demand"),
    ("mendesak", "demand"),
    ("stok", "stock"),
    ("harga", "price"),
    ("membagikan uang", "money_politics"),
    ("politik uang", "money_politics"),
)
# Nouns that make a predicate about troops ("send" + "pasukan" -> "send_troops").
TROOP_NOUNS: tuple[str, ...] = ("pasukan", "tentara", "prajurit", "personel", "brigade", "serdadu")

# Verbs whose object (the hearer) may stand before the complementiser ("told the committee that").
OBJECT_VERBS: tuple[str, ...] = ("memberi tahu", "memberitahu", "memberitahukan", "mengingatkan", "memperingatkan")

# Words that open a phrase fronted before the speaker, up to a comma ("Di tempat terpisah, Kepala Dinas Kesehatan mengatakan …"):
# the speaker is what follows the comma.
FRONTED_PREPOSITIONS: tuple[str, ...] = ("di", "pada", "dalam", "dari", "sementara", "sebelumnya", "selain", "terpisah", "secara")

# Relay frames in which the subject cites its source, who speaks ("Antara, mengutip petugas di
# lokasi, melaporkan …"); in the other RELAY_FRAMES ("seperti dikutip AFP") the named one relays.
CITING_FRAMES: tuple[str, ...] = ("mengutip",)

# "dilansir Kompas.com dari Reuters": the preposition to the next link of a relay chain.
RELAY_CHAIN_PREPS: tuple[str, ...] = ("dari",)

# A person the speaker spoke through ("melalui kuasa hukumnya, Daniel Simatupang, …"): a relay.
INTERMEDIARY_FRAMES: tuple[str, ...] = (
    "melalui kuasa hukumnya", "melalui pengacaranya", "melalui juru bicaranya", "lewat kuasa hukumnya",
    "lewat pengacaranya", "lewat juru bicaranya", "melalui kuasa hukum", "melalui juru bicara",
    # "Pihak perusahaan, melalui keterangan yang dibagikan kuasa hukumnya, Robert Sianturi, menyatakan …"
    "kuasa hukumnya", "pengacaranya", "juru bicaranya",
)

# The interview named before ("ujar Sarmiento dalam wawancara tersebut"): its relays again.
INTERVIEW_ANAPHORS: tuple[str, ...] = ("dalam wawancara tersebut", "dalam wawancara itu", "dalam wawancara ini",
                                       "dalam wawancara yang sama")

# The author of a document ("menurut laporan oleh Bloomberg").
DOCUMENT_AGENT_PREPS: tuple[str, ...] = ("oleh",)
