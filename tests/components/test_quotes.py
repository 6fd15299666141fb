"""warta_quotes: direct and indirect quotes with speaker, cue, relays and stance, both languages."""

from __future__ import annotations

import pytest

from warta.components.quotes import QuoteFinder, find_marks
from warta.nlp.pipeline import build_nlp

LEAN = ("warta_sentences", "warta_quotes")


@pytest.fixture(scope="module")
def lean_id():
    return build_nlp("id", components=LEAN)


@pytest.fixture(scope="module")
def lean_en():
    return build_nlp("en", components=LEAN)


def annotate(nlp, text: str, *, title: bool = False, body_from: int = 0, mask_after: int | None = None):
    """Run the pipeline on `text` whose first `body_from` lines are headline/dateline."""
    lines = text.split("\n")
    if mask_after is not None:
        lines = lines[:mask_after] + [" " * len(x) for x in lines[mask_after:]]
    text = "\n".join(lines)
    doc = nlp.make_doc(text)
    if title:
        doc._.warta_title_span = (0, len(lines[0]))
    doc._.warta_body_start = sum(len(x) + 1 for x in lines[:body_from])
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc


def quotes(nlp, text, **kw):
    return [(q.kind, q.text, q.speaker, q.cue, q.via) for q in annotate(nlp, text, **kw)._.warta_quotes]


# --------------------------------------------------------------------------- the seed page


@pytest.fixture(scope="module")
def seed_quotes(nlp_id, seed_page):
    doc = annotate(nlp_id, seed_page, title=True, body_from=2, mask_after=18)
    return doc._.warta_quotes


def _find(qs, fragment):
    hits = [q for q in qs if fragment in q.text]
    assert hits, fragment
    return hits[0]


def test_seed_headline_is_not_a_source(seed_quotes, seed_page):
    title_end = seed_page.index("\n")
    assert all(q.start > title_end for q in seed_quotes)


def test_seed_peskov_direct_quotes(seed_quotes):
    a = _find(seed_quotes, "Ada banyak informasi")
    assert (a.kind, a.text, a.speaker, a.cue, a.via) == (
        "direct", "Ada banyak informasi yang saling bertentangan", "Dmitry Peskov", "kata", [])
    b = _find(seed_quotes, "Korea Selatan mengklaim satu hal")
    assert (b.kind, b.speaker, b.cue) == ("direct", "Dmitry Peskov", "pungkas")
    assert b.text.endswith("atas pernyataan tersebut")


def test_seed_pentagon_unconfirmed_via_peskov(seed_quotes):
    q = [q for q in seed_quotes if q.kind == "indirect" and q.text.startswith("mereka tidak memiliki")][0]
    assert (q.text, q.speaker, q.cue, q.via, q.stance) == (
        "mereka tidak memiliki konfirmasi atas pernyataan tersebut", "Pentagon", "mengatakan",
        ["Dmitry Peskov"], "unconfirmed")


def test_seed_yoon_via_kyodonews(seed_quotes):
    q = _find(seed_quotes, "akan menandai peningkatan yang signifikan")
    assert (q.kind, q.speaker, q.cue, q.via) == ("direct", "Yoon Suk Yeol", "kata", ["Kyodonews"])


def test_seed_rutte_warning_and_quoted_fragment(seed_quotes):
    w = _find(seed_quotes, "pengiriman pasukan untuk mendukung Rusia")
    assert (w.kind, w.speaker, w.cue, w.stance) == ("indirect", "Mark Rutte", "memposting", "warns")
    ind = _find(seed_quotes, "dia berbicara dengan Yoon")
    assert ind.kind == "indirect" and ind.speaker == "Mark Rutte"
    frag = [q for q in seed_quotes if q.kind == "direct" and q.text.startswith("keamanan yang saling")]
    assert [q.speaker for q in frag] == ["Mark Rutte"]
    # "kemitraan erat" has fewer than five words: part of the indirect quote only
    assert not [q for q in seed_quotes if q.text == "kemitraan erat"]
    assert not [q for q in seed_quotes if "Rutte berbicara dengan" in q.text]


def test_seed_ministry_speaks_for_kim_and_relays_kim(seed_quotes):
    d = _find(seed_quotes, "sangat mendesak penarikan")
    assert (d.kind, d.speaker, d.cue) == ("direct", "Kementerian Luar Negeri Korea Selatan", "kata")
    i = _find(seed_quotes, "hubungan militer antara Korea Utara")
    assert (i.speaker, i.cue, i.via) == ("Kim Hong Kyun", "menekankan", ["Kementerian Luar Negeri Korea Selatan"])


def test_seed_postposed_kata_and_menurut_relay(seed_quotes):
    q = _find(seed_quotes, "Korea Selatan memanggil duta besar")
    assert (q.kind, q.speaker, q.cue, q.via) == ("indirect", "Kementerian Luar Negeri Korea Selatan", "kata", [])
    assert q.text.endswith("pengiriman pasukan Korea Utara")
    y = _find(seed_quotes, "akan mengambil")
    assert (y.speaker, y.cue) == ("Yoon Suk Yeol", "mengatakan")
    assert len(y.via) == 1 and y.via[0].endswith("Korea Selatan")


def test_seed_zelenskyy_quotes_only_direct(seed_quotes):
    qs = [q for q in seed_quotes if q.speaker == "Volodymyr Zelenskyy"]
    assert [q.kind for q in qs] == ["direct", "direct"]
    assert qs[0].text == "bukti jelas bahwa sejumlah orang dipasok ke Rusia dari Korea Utara"


def test_seed_refusal_is_not_a_quote(seed_quotes):
    assert not [q for q in seed_quotes if "menolak untuk mengkonfirmasi" in q.text]


# --------------------------------------------------------------------------- marks


@pytest.mark.parametrize("text,inner", [
    ("kata dia “satu dua tiga” lalu", "satu dua tiga"),
    ('he said "one two three" then', "one two three"),
    ("‘Ini palsu,’ katanya", "Ini palsu,"),
    ("'It is fake,' he said", "It is fake,"),
    ("«Nous verrons» dit-il", "Nous verrons"),
])
def test_marks_pair(text, inner):
    (m,) = find_marks(text, 0, len(text))
    assert text[m.open + 1:m.close] == inner and m.closed


def test_apostrophes_are_not_marks():
    text = "Korea’s central bank and Verdant Motors' plants said I’m fine"
    assert find_marks(text, 0, len(text)) == []


def test_open_quote_runs_to_paragraph_end():
    text = "“Kalimat pertama tanpa penutup."
    (m,) = find_marks(text, 0, len(text))
    assert not m.closed and m.close == len(text)


# --------------------------------------------------------------------------- Indonesian patterns


@pytest.mark.parametrize("text,expected", [
    ("“Kami siap menghadapi semua kemungkinan,” kata Budi Santoso.",
     [("direct", "Kami siap menghadapi semua kemungkinan", "Budi Santoso", "kata", [])]),
    ("Budi Santoso mengatakan, “Kami siap menghadapi semua kemungkinan.”",
     [("direct", "Kami siap menghadapi semua kemungkinan.", "Budi Santoso", "mengatakan", [])]),
    ("Menteri Keuangan Sri Mulyani mengatakan bahwa inflasi akan turun tahun depan.",
     [("indirect", "inflasi akan turun tahun depan.", "Menteri Keuangan Sri Mulyani", "mengatakan", [])]),
    ("Menurut Budi Santoso, harga beras naik di semua pasar.",
     [("indirect", "harga beras naik di semua pasar.", "Budi Santoso", "Menurut", [])]),
    ("Harga beras naik di semua pasar, kata Budi Santoso.",
     [("indirect", "Harga beras naik di semua pasar", "Budi Santoso", "kata", [])]),
    ("Budi Santoso menambahkan, pasokan dari gudang cukup sampai akhir tahun.",
     [("indirect", "pasokan dari gudang cukup sampai akhir tahun.", "Budi Santoso", "menambahkan", [])]),
    ("Kantor berita Yonhap melaporkan, mengutip Badan Intelijen Nasional, bahwa ribuan tentara telah dikirim.",
     [("indirect", "ribuan tentara telah dikirim.", "Badan Intelijen Nasional", "melaporkan", ["Yonhap"])]),
    ("“Kami sudah menerima laporan itu,” ujar Rusdin seperti dikutip dari Antara.",
     [("direct", "Kami sudah menerima laporan itu", "Rusdin", "ujar", ["Antara"])]),
])
def test_id_patterns(lean_id, text, expected):
    assert quotes(lean_id, text) == expected


def test_id_split_quote_is_two_entries(lean_id):
    text = "“Semua korban sudah ditemukan,” kata Andi Sultan. “Pencarian kami hentikan hari ini.”"
    assert quotes(lean_id, text) == [
        ("direct", "Semua korban sudah ditemukan", "Andi Sultan", "kata", []),
        ("direct", "Pencarian kami hentikan hari ini.", "Andi Sultan", "kata", []),
    ]


def test_id_multi_paragraph_quote(lean_id):
    text = ("Ketua Bawaslu, Yuli Astuti, menyebut pihaknya meneruskan tujuh laporan.\n"
            "“Ada pembagian amplop menjelang hari pemungutan suara.\n"
            "“Kami masih mendalami siapa yang menyuruh,” kata Yuli.")
    got = quotes(lean_id, text)
    assert [(k, t, s) for k, t, s, _, _ in got] == [
        ("indirect", "pihaknya meneruskan tujuh laporan.", "Yuli Astuti"),
        ("direct", "Ada pembagian amplop menjelang hari pemungutan suara.", "Yuli"),
        ("direct", "Kami masih mendalami siapa yang menyuruh", "Yuli"),
    ]


def test_id_pronoun_attribution(lean_id):
    text = ("Pengamat Dewi Anggraeni mengingatkan bahwa semua angka sulit diverifikasi.\n"
            "‘Setiap pihak punya kepentingan sendiri,’ katanya. Ia menilai metode penghitungan berbeda-beda.")
    got = quotes(lean_id, text)
    assert [(k, s, c) for k, _, s, c, _ in got] == [
        ("indirect", "Dewi Anggraeni", "mengingatkan"),
        ("direct", "Dewi Anggraeni", "katanya"),
        ("indirect", "Dewi Anggraeni", "menilai"),
    ]


def test_id_parenthetical_kata_dia(lean_id):
    text = "Wiryo Hadinoto menuding relawan membagikan uang. Pihaknya, kata dia, sudah melaporkan temuan itu ke Bawaslu."
    got = quotes(lean_id, text)
    assert got[1] == ("indirect", "sudah melaporkan temuan itu ke Bawaslu.", "Wiryo Hadinoto", "kata", [])


def test_id_appositive_speaker(lean_id):
    text = "Kepala BPBD Sulawesi Tengah, Yasin Tondo, mengatakan pihaknya masih memverifikasi data korban."
    assert quotes(lean_id, text) == [
        ("indirect", "pihaknya masih memverifikasi data korban.", "Yasin Tondo", "mengatakan", [])]


def test_id_denial_stance(lean_id):
    doc = annotate(lean_id, "Ketua tim, Darmanto, membantah relawan pihaknya membagikan uang kepada pemilih.")
    (q,) = doc._.warta_quotes
    assert (q.text, q.speaker, q.cue, q.stance) == (
        "relawan pihaknya membagikan uang kepada pemilih.", "Darmanto", "membantah", "denies")


def test_id_relative_clause_speaker(lean_id):
    text = "Data itu berbeda dengan laporan BNPB pada Selasa pagi yang menyebut tujuh orang meninggal dunia."
    assert quotes(lean_id, text) == [("indirect", "tujuh orang meninggal dunia.", "BNPB", "menyebut", [])]


@pytest.mark.parametrize("text", [
    "Rutte berbicara dengan Yoon melalui telepon pada hari Senin.",
    "Tentara menggelar operasi ‘Badai Gurun’ di perbatasan.",
    "Film “Laskar Pelangi” diputar ulang di bioskop.",
    "Korea Utara sendiri sebelumnya menolak tuduhan tersebut.",
    "Direktur NIS menyampaikan hal itu dalam rapat tertutup.",
    "Juru bicara Kremlin Dmitry Peskov menolak untuk mengkonfirmasi pengerahan pasukan itu.",
])
def test_id_not_quotes(lean_id, text):
    assert quotes(lean_id, text) == []


def test_body_start_excludes_headline(lean_id):
    text = "“Kami menang,” kata Hermawan di judul\n“Kami menang telak hari ini,” kata Hermawan Susilo."
    got = quotes(lean_id, text, title=True, body_from=1)
    assert [t for _, t, _, _, _ in got] == ["Kami menang telak hari ini"]


# --------------------------------------------------------------------------- English patterns


@pytest.mark.parametrize("text,expected", [
    ('"We are ready for anything," said John Kirby.',
     [("direct", "We are ready for anything", "John Kirby", "said", [])]),
    ('"We are ready for anything," Kirby said.',
     [("direct", "We are ready for anything", "Kirby", "said", [])]),
    ('Denise Caron told reporters: "Every line is down today."',
     [("direct", "Every line is down today.", "Denise Caron", "told", [])]),
    ("Lloyd Austin said there was evidence that troops were in Russia.",
     [("indirect", "there was evidence that troops were in Russia.", "Lloyd Austin", "said", [])]),
    ("Verdant Motors said in a statement that 4,600 workers had not reported for their shifts.",
     [("indirect", "4,600 workers had not reported for their shifts.", "Verdant Motors", "said", [])]),
    ("Some 11,000 soldiers are now in the Kursk region, President Volodymyr Zelenskiy said.",
     [("indirect", "Some 11,000 soldiers are now in the Kursk region", "President Volodymyr Zelenskiy",
       "said", [])]),
    ("According to the Korean Central News Agency, Choe Son Hui told Sergei Lavrov that Pyongyang would stand with Russia.",
     [("indirect", "Pyongyang would stand with Russia.", "Choe Son Hui", "told",
       ["Korean Central News Agency"])]),
    ("Defence Minister Rustem Umerov said in an interview with broadcaster KBS that forces had fought battles.",
     [("indirect", "forces had fought battles.", "Defence Minister Rustem Umerov", "said", ["broadcaster KBS"])]),
    ("Analysts at Northgate Securities estimated that the shutdown would cost $45 million a day.",
     [("indirect", "the shutdown would cost $45 million a day.", "Northgate Securities", "estimated", [])]),
])
def test_en_patterns(lean_en, text, expected):
    assert quotes(lean_en, text) == expected


def test_en_he_said_adding_that(lean_en):
    text = ('Lloyd Austin said there was evidence of troops. "That is a very serious matter," he said, '
            "adding that the consequences would be felt in Europe.")
    assert quotes(lean_en, text)[1:] == [
        ("direct", "That is a very serious matter", "Lloyd Austin", "said", []),
        ("indirect", "the consequences would be felt in Europe.", "Lloyd Austin", "adding", []),
    ]


def test_en_denied_then_saying(lean_en):
    text = "Osei denied that the company had locked workers out, saying staff had volunteered to work."
    doc = annotate(lean_en, text)
    got = [(q.text, q.speaker, q.cue, q.stance) for q in doc._.warta_quotes]
    assert got == [("the company had locked workers out", "Osei", "denied", "denies"),
                   ("staff had volunteered to work.", "Osei", "saying", "asserts")]


def test_en_reported_citing_and_postposed_relay(lean_en):
    text = ("Peskov said questions should be addressed to the Defence Ministry, state news agency TASS reported.")
    assert quotes(lean_en, text) == [
        ("indirect", "questions should be addressed to the Defence Ministry", "Peskov", "said",
         ["state news agency TASS"])]


def test_en_speaker_relayed_by_lawmaker(lean_en):
    text = ("Director Cho Tae-yong told the committee that the troops had not yet been sent into battle, "
            "lawmaker Park Sun-won told reporters.")
    ((kind, text_, speaker, cue, via),) = quotes(lean_en, text)
    assert (kind, speaker, cue) == ("indirect", "Director Cho Tae-yong", "told")
    assert text_ == "the troops had not yet been sent into battle" and via == ["lawmaker Park Sun-won"]


@pytest.mark.parametrize("text", [
    "The Kremlin again declined to comment.",
    "Moscow and Pyongyang have both dismissed the reports.",
    "Kyiv's defence minister reported the first small-scale clashes.",
    "Russia calls it the so-called 'special military operation' in Ukraine.",
    'The film "Crash Landing on You" was a hit.',
])
def test_en_not_quotes(lean_en, text):
    assert quotes(lean_en, text) == []


def test_finder_is_pure(lean_id):
    doc = annotate(lean_id, "“Kami siap menghadapi semua kemungkinan,” kata Budi Santoso.")
    finder = QuoteFinder(lang="id")
    assert finder.find(doc) == finder.find(doc) == doc._.warta_quotes


# --------------------------------------------------------------------------- unseen page shapes


def test_en_trailing_description_with_time_adjunct(lean_en):
    text = ("Torrential rains in the state have killed at least 56 people and forced more than 24,000 from "
            "their homes, the state's civil defense agency said on Saturday.")
    assert quotes(lean_en, text) == [
        ("indirect", "Torrential rains in the state have killed at least 56 people and forced more than 24,000 "
         "from their homes", "civil defense agency", "said", [])]


def test_en_description_subject_is_not_the_last_person(lean_en):
    text = ("\"We are going to need a kind of Marshall Plan,\" Eduardo Leite told reporters.\n"
            "The civil defense agency said 67 people were still missing.\n"
            "According to the presidential palace, the government will release emergency funds.")
    assert quotes(lean_en, text)[1:] == [
        ("indirect", "67 people were still missing.", "civil defense agency", "said", []),
        ("indirect", "the government will release emergency funds.", "presidential palace", "According to", []),
    ]


def test_en_who_clause_and_anonymous_official(lean_en):
    text = ("Sheriff Jim Fryhoff, who lost track of the rescues, said some residents had refused to leave.\n"
            "An official, who spoke on condition of anonymity, said investigators were looking at a downed line.")
    assert quotes(lean_en, text) == [
        ("indirect", "some residents had refused to leave.", "Sheriff Jim Fryhoff", "said", []),
        ("indirect", "investigators were looking at a downed line.", "official", "said", []),
    ]


def test_en_two_speakers_joined_by_while(lean_en):
    text = ("Ukraine's air force said on Sunday it had shot down 38 of 47 drones, while Russian officials "
            "said Moscow had repelled a large attack.")
    assert quotes(lean_en, text) == [
        ("indirect", "it had shot down 38 of 47 drones", "air force", "said", []),
        ("indirect", "Moscow had repelled a large attack.", "Russian officials", "said", []),
    ]


def test_en_said_it_would_is_a_clause(lean_en):
    text = "The Electoral Commission said it would announce official results within 72 hours."
    assert quotes(lean_en, text) == [
        ("indirect", "it would announce official results within 72 hours.", "Electoral Commission", "said", [])]


def test_en_noun_object_and_coordinated_estimate_are_not_quotes(lean_en):
    text = ("Striking machinists on Wednesday rejected a contract offer that would have given them raises.\n"
            "The company declined to say how much the strike cost, but analysts estimated the figure at "
            "$50 million.")
    assert [q for q in quotes(lean_en, text) if q[0] != "report"] == []


def test_id_date_between_subject_and_verb(lean_id):
    text = ("Juru bicara KPK Tessa Mahardhika dalam keterangan tertulisnya, Selasa (5/11), menyebut RS ditahan "
            "selama 20 hari pertama.")
    assert quotes(lean_id, text) == [
        ("indirect", "RS ditahan selama 20 hari pertama.", "KPK Tessa Mahardhika", "menyebut", [])]


def test_id_colon_introduces_next_paragraph_quote(lean_id):
    text = ("Gubernur BI Perry Warjiyo menuturkan:\n"
            "“Keputusan ini konsisten dengan upaya menjaga stabilitas nilai tukar.\n"
            "“Kami akan terus memperkuat intervensi di pasar valas.”")
    assert quotes(lean_id, text) == [
        ("direct", "Keputusan ini konsisten dengan upaya menjaga stabilitas nilai tukar.", "Gubernur BI Perry Warjiyo",
         "menuturkan", []),
        ("direct", "Kami akan terus memperkuat intervensi di pasar valas.", "Gubernur BI Perry Warjiyo",
         "menuturkan", []),
    ]


def test_id_time_adjunct_before_content(lean_id):
    text = ("Kepala BMKG Daryono menuturkan gempa dipicu sesar lokal. Ia mengatakan hingga pukul 09.00 WIB "
            "tercatat 12 gempa susulan.")
    got = quotes(lean_id, text)  # without the entities component titles stay in the name
    assert got[-1] == ("indirect", "tercatat 12 gempa susulan.", "Kepala BMKG Daryono", "mengatakan", [])


def test_id_denial_with_noun_object_is_not_a_quote(lean_id):
    text = "Tim pemenangan pasangan Andika menolak hasil tersebut dan berencana mengajukan gugatan."
    assert quotes(lean_id, text) == []


def test_id_relays_before_and_after(lean_id):
    text = ("Dilansir dari Reuters, juru bicara Pertahanan Sipil Gaza Mahmoud Basal mengatakan banyak korban "
            "masih tertimbun reruntuhan.\n"
            "“Tim kami tidak bisa menjangkau daerah itu,” kata Basal seperti dikutip Al Jazeera.")
    assert quotes(lean_id, text) == [
        ("indirect", "banyak korban masih tertimbun reruntuhan.", "Pertahanan Sipil Gaza Mahmoud Basal",
         "mengatakan", ["Reuters"]),
        ("direct", "Tim kami tidak bisa menjangkau daerah itu", "Basal", "kata", ["Al Jazeera"]),
    ]


# --------------------------------------------------------------------------- held-out patterns (round 2)


def test_en_postposed_said_citing_gives_cited_speaker(lean_en):
    qs = quotes(lean_en, "North Korean soldiers have suffered casualties in their first clashes, South Korean "
                         "lawmakers said on Wednesday, citing the National Intelligence Service.")
    assert qs == [("indirect", "North Korean soldiers have suffered casualties in their first clashes",
                   "National Intelligence Service", "said", ["South Korean lawmakers"])]


def test_id_anonymous_plural_source_falls_back_to_relay(lean_id):
    qs = quotes(lean_id, "Badan Intelijen Nasional (NIS) melaporkan, mengutip sumber-sumber di lapangan, bahwa "
                         "Korea Utara telah mengirim tambahan 3.000 tentara ke Rusia.")
    assert [(q[2], q[4]) for q in qs] == [("Badan Intelijen Nasional", [])]


def test_id_menurutnya_is_pronoun_attribution(lean_id):
    qs = quotes(lean_id, "Slamet Riyadi membantah klaim perusahaan. Menurutnya, hampir seluruh pekerja shift "
                         "pagi meninggalkan mesin.")
    assert qs == [("indirect", "hampir seluruh pekerja shift pagi meninggalkan mesin.", "Slamet Riyadi",
                   "Menurutnya", [])]


def test_id_denial_of_a_claim_noun_is_not_a_quote(lean_id):
    assert quotes(lean_id, "Kementerian Perdagangan menampik klaim kelangkaan pasokan.") == []
    assert quotes(lean_id, "Rusia membantah laporan bahwa pasukan Korea Utara ikut bertempur di Kursk.") == []


def test_id_negated_verb_reports_nothing(lean_id):
    assert quotes(lean_id, "Kantor berita KCNA tidak menyebut pengiriman pasukan sama sekali.") == []


def test_id_according_to_role_then_name_in_apposition(lean_id):
    qs = quotes(lean_id, "Menurut jaksa penuntut umum KPK, Wawan Yunarwanto, terdakwa seharusnya dihukum "
                         "delapan tahun penjara karena tidak mengakui perbuatannya.")
    assert qs == [("indirect", "terdakwa seharusnya dihukum delapan tahun penjara karena tidak mengakui "
                               "perbuatannya.", "Wawan Yunarwanto", "Menurut", [])]


def test_id_adjunct_before_verb_is_not_the_subject(lean_id):
    qs = quotes(lean_id, "Corporate Secretary PT Maju Tekstil, Welly Salam, dalam keterangan tertulis mengklaim "
                         "hanya sekitar 600 pekerja yang ikut mogok.")
    assert [(q[0], q[2], q[3]) for q in qs] == [("indirect", "Welly Salam", "mengklaim")]


def test_en_appositive_after_name_is_not_the_subject(lean_en):
    qs = quotes(lean_en, "Cal-Maine Foods, the largest U.S. producer, said it sells at market prices like "
                         "everyone else.")
    assert [(q[2], q[3]) for q in qs] == [("Cal-Maine Foods", "said")]


def test_id_hearer_outlet_is_a_relay(lean_id):
    qs = quotes(lean_id, "Seorang pejabat NIS mengatakan kepada Yonhap bahwa pasukan Korea Utara dilatih "
                         "menggunakan drone buatan Rusia.")
    assert [(q[2], q[4]) for q in qs] == [("NIS", ["Yonhap"])]
    qs = quotes(lean_id, "Kyrylo Budanov mengatakan kepada kantor berita Ukrinform, pasukan Korea Utara akan "
                         "dikerahkan ke garis depan.")
    assert qs == [("indirect", "pasukan Korea Utara akan dikerahkan ke garis depan.", "Kyrylo Budanov",
                   "mengatakan", ["kantor berita Ukrinform"])]


def test_en_hearer_that_is_not_an_outlet_is_no_relay(lean_en):
    qs = quotes(lean_en, "Cho Tae-yong told lawmakers that the troops had not yet been sent into battle.")
    assert [(q[2], q[4]) for q in qs] == [("Cho Tae-yong", [])]


def test_en_document_is_not_a_relay(lean_en):
    qs = quotes(lean_en, "A spokeswoman for the National Grocers Association, citing wholesale data from Urner "
                         "Barry, said wholesale prices had fallen 20% in two weeks.")
    assert [(q[2], q[4]) for q in qs] == [("National Grocers Association", [])]
    qs = quotes(lean_en, "Thomas Greer argued the bank should have cut by a quarter point, according to a "
                         "statement released after the meeting.")
    assert [(q[2], q[4]) for q in qs] == [("Thomas Greer", [])]


def test_en_coordinated_reporting_verb_ends_the_statement(lean_en):
    qs = quotes(lean_en, "Union president Harold Daggett said the workers would stay out for weeks and accused "
                         "the carriers of making record profits.")
    assert qs == [("indirect", "the workers would stay out for weeks", "Harold Daggett", "said", [])]


def test_en_title_before_name_after_quote(lean_en):
    qs = quotes(lean_en, "\"We cannot rule out that the number will rise further,\" regional president Carlos "
                         "Mazón said at a briefing.")
    assert [(q[0], q[2], q[3]) for q in qs] == [("direct", "Carlos Mazón", "said")]


def test_en_name_in_apposition_after_quote(lean_en):
    qs = quotes(lean_en, "The American Egg Board said the outbreaks had killed 30 million hens. \"Supply will not "
                         "recover overnight,\" the board's chief executive, Emily Metz, said.")
    assert [(q[0], q[2]) for q in qs] == [("indirect", "American Egg Board"), ("direct", "Emily Metz")]


def test_id_sentence_initial_description_keeps_its_noun(lean_id):
    qs = quotes(lean_id, "Majelis hakim juga menyatakan kerugian negara akibat proyek jalan tersebut mencapai "
                         "Rp8,7 miliar.")
    assert [(q[2], q[3]) for q in qs] == [("Majelis hakim", "menyatakan")]


# --------------------------------------------------------------------------- hearers after direct quotes


def _quotes_on(nlp, text, outlet):
    doc = nlp.make_doc(text)
    doc._.warta_body_start = 0
    doc._.warta_outlet = outlet
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return [(q.kind, q.text, q.speaker, q.via) for q in doc._.warta_quotes]


def test_id_direct_quote_hearer_outlet_is_a_relay(lean_id):
    text = "\u201cKami mendengar suara dari bawah beton,\u201d kata seorang relawan, Ko Aung, kepada AFP."
    (q,) = _quotes_on(lean_id, text, "Dunia Kini")
    assert q[0] == "direct" and "Ko Aung" in q[2] and q[3] and "AFP" in q[3][0]


def test_en_unlisted_outlet_in_an_interview_is_a_relay(lean_en):
    text = "\u201cEvery dollar we save goes into AI,\u201d Patel told the Harbor Ledger in an interview."
    (q,) = _quotes_on(lean_en, text, "TechLedger")
    assert q[2] == "Patel" and q[3] and "Harbor Ledger" in q[3][0]


@pytest.mark.parametrize("outlet", ["CNN Business", None])
def test_en_own_or_unknown_outlet_after_a_quote_is_no_relay(lean_en, outlet):
    text = "\u201cA trade war has no winners,\u201d Kaellenius told CNN in an interview."
    (q,) = _quotes_on(lean_en, text, outlet)
    assert q[3] == []


def test_id_own_outlet_in_an_interview_is_no_relay(lean_id):
    text = "\u201cSebagian besar pasien datang sudah syok,\u201d kata Lestari kepada Harian Sumut dalam wawancara."
    (q,) = _quotes_on(lean_id, text, "Harian Sumut Online")
    assert q[3] == []


@pytest.mark.parametrize("verb", ["membeberkan", "berharap"])
def test_id_more_reporting_verbs(lean_id, verb):
    qs = quotes(lean_id, f"Direktur RSUD Pirngadi, Hendra Tarigan, {verb} rumah sakitnya kini merawat 86 pasien DBD.")
    assert [(k, sp) for k, _, sp, *_ in qs] == [("indirect", "Hendra Tarigan")]


# --------------------------------------------------------------------------- fresh-page patterns


def _full(nlp, text, outlet=None):
    doc = nlp.make_doc(text)
    doc._.warta_body_start = 0
    doc._.warta_outlet = outlet
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return [(q.kind, q.text, q.speaker, q.via) for q in doc._.warta_quotes]


def test_en_person_of_a_body_speaks(nlp_en):
    text = "Industry analyst Karen Ode of Ridgeline Research estimated that tech companies have cut 40,000 jobs."
    (q,) = [q for q in _full(nlp_en, text) if q[0] == "indirect"]
    assert q[2] == "Karen Ode"


def test_id_honorific_name_in_apposition_speaks(lean_id):
    text = "Kepala Dinas Kesehatan Kota Medan, dr. Lestari Siregar, menerangkan bahwa tujuh pasien meninggal dunia."
    (q,) = quotes(lean_id, text)
    assert q[0] == "indirect" and q[2] == "Lestari Siregar"


def test_en_name_then_role_after_quote(lean_en):
    text = ("\u201cWe have recovered nine bodies so far,\u201d Rajan Thapa, the district's chief administrator, "
            "told Khabar Daily by phone.")
    qs = _quotes_on(lean_en, text, "Khabar Daily")
    assert qs == [("direct", "We have recovered nine bodies so far", "Rajan Thapa", [])]


@pytest.mark.parametrize("text, outlet", [
    ("A local health official told Tolo News in an interview that the hospital had run out of blood.", None),
    ("A local police officer told the Himalayan Times that the main highway had been blocked.", None),
    ("A U.S. official told Reuters that Pyongyang could send more troops in the coming months.", "Reuters"),
])
def test_en_unnamed_person_falls_back_to_the_outlet(lean_en, text, outlet):
    (q,) = _quotes_on(lean_en, text, outlet)
    assert q[0] == "indirect" and q[2] in ("Tolo News", "Himalayan Times", "Reuters") and q[3] == []


def test_en_body_official_keeps_the_body(lean_en):
    text = "A Ukrainian military intelligence official told Reuters that the units were being integrated."
    (q,) = _quotes_on(lean_en, text, "Daily Star")
    assert q[2] != "Reuters" and q[3] == ["Reuters"]


def test_id_citing_an_unnamed_officer_falls_back_to_the_outlet(lean_id):
    text = ("Kantor berita Antara, mengutip petugas di lokasi, melaporkan bahwa alat berat baru bisa masuk "
            "pada Kamis sore.")
    (q,) = _quotes_on(lean_id, text, "JurnalDaerah.com")
    assert q[0] == "indirect" and "Antara" in q[2] and q[3] == []


def test_id_citing_a_named_source_between_subject_and_verb(lean_id):
    text = "Kantor berita Antara, mengutip Basarnas Padang, melaporkan bahwa alat berat baru bisa masuk sore ini."
    (q,) = _quotes_on(lean_id, text, "JurnalDaerah.com")
    assert q[2] == "Basarnas Padang" and q[3] and "Antara" in q[3][0]


@pytest.mark.parametrize("text, speaker", [
    ("Survivors complained, however, that help had taken too long to arrive.", "Survivors"),
    ("Network Rail said, however, that freight services would run as normal.", "Network Rail"),
])
def test_en_however_after_the_verb(lean_en, text, speaker):
    (q,) = quotes(lean_en, text)
    assert q[0] == "indirect" and q[1].startswith(("help", "freight")) and q[2] == speaker


def test_en_predicted_with_a_clause_and_no_that(lean_en):
    (q,) = quotes(lean_en, "Election officials predicted the count would not be finished before the weekend.")
    assert q[0] == "indirect" and q[1].startswith("the count would")
    assert quotes(lean_en, "The ministry reported 38 deaths on Sunday.") == []


def test_en_bare_officials_after_a_body_in_the_sentence(nlp_en):
    text = ("The number of cases has risen to 146, the Texas Department of State Health Services said Monday, "
            "and officials predicted the count would keep climbing.")
    qs = _full(nlp_en, text)
    assert [q[2] for q in qs] == ["Texas Department of State Health Services"] * 2


def test_en_age_in_apposition_is_not_the_speaker(lean_en):
    (q,) = quotes(lean_en, "Commuter Sarah Nwosu, 34, said she would have to work from home this week.")
    assert "Sarah Nwosu" in q[2]


def test_en_programme_of_an_outlet_relays_as_the_outlet(lean_en):
    text = "\u201cOur members have not had a proper pay rise,\u201d Whelan told BBC Radio 4's Today programme."
    (q,) = _quotes_on(lean_en, text, "Northern Daily")
    assert q[3] == ["BBC Radio 4"]


def test_en_own_outlet_by_initials_is_no_relay(lean_en):
    text = "\u201cWe are going to count every valid ballot,\u201d Adeyemi told The Associated Press."
    (q,) = _quotes_on(lean_en, text, "AP")
    assert q[3] == []


def test_id_relay_written_as_the_outlet_name(nlp_id):
    text = ("Badan Intelijen Nasional (NIS) Korea Selatan menyebut sekitar 300 tentara Korut tewas, demikian "
            "dilaporkan kantor berita Yonhap, Senin (13/1).")
    (q,) = _full(nlp_id, text, "KabarGlobal.id")
    assert q[3] == ["Yonhap"]


@pytest.mark.parametrize("verb", ["memprediksi", "meramalkan"])
def test_id_prediction_verbs(lean_id, verb):
    qs = quotes(lean_id, f"Lembaga Survei Indikator {verb} partisipasi pemilih hanya sekitar 68 persen.")
    assert [k for k, *_ in qs] == ["indirect"]
