"""Indonesian speaker shapes met on real news: dates, inverted cues, epithets, pronouns that
keep the floor, attributions after the quote, refusals and noun-object reports."""

from __future__ import annotations

import pytest

from warta.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp("id", ner="rules")


def speakers(nlp, text):
    doc = nlp(text)
    return [(q.kind, q.speaker, q.cue) for q in doc._.warta_quotes]


def test_weekday_after_the_cue_is_no_speaker(nlp):
    text = ("Kapolres Bantul AKBP Sugeng Riyadi memimpin operasi itu.\n"
            "“Kami sudah menangkap dua pelaku,” kata juru bicara kepolisian, Senin.")
    out = speakers(nlp, text)
    assert out and all(sp != "Senin" for _, sp, _ in out)


@pytest.mark.parametrize("opening,cue", [("Kata dia,", "Kata"), ("Dikatakannya,", "Dikatakannya")])
def test_inverted_cue_opens_an_indirect_quote(nlp, opening, cue):
    text = ("Ketua KPU Jawa Barat Rudi Hartono hadir dalam rapat itu.\n"
            f"{opening} logistik pemilu sudah tiba di semua kabupaten.")
    assert speakers(nlp, text) == [("indirect", "Rudi Hartono", cue)]


def test_epithet_with_demonstrative_is_the_person_speaking(nlp):
    text = ("Ketua DPP Partai Gerindra Ahmad Muzani menanggapi kritik itu.\n"
            "“Kami tetap solid,” kata politikus Partai Gerindra itu.")
    assert speakers(nlp, text) == [("direct", "Ahmad Muzani", "kata")]


def test_ujarnya_stays_with_the_speaker_not_the_suspect_he_named(nlp):
    text = ("Kapolres Sleman AKBP Yuswanto Ardi mengatakan tersangka Budi Santoso ditangkap di "
            "rumahnya. Budi Santoso sudah lama menjadi buronan.\n"
            "“Tersangka tidak melawan saat ditangkap,” ujarnya.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["Yuswanto Ardi", "Yuswanto Ardi"]


def test_attribution_opener_is_not_part_of_the_speaker(nlp):
    text = ("Sebuah kapal tenggelam di perairan Filipina.\n"
            "“Tiga orang hilang dan pencarian terus berlangsung,” demikian AFP melaporkan.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["AFP"]


def test_adverbs_around_a_pronoun_subject(nlp):
    text = ("Menteri Kesehatan Budi Gunadi Sadikin meninjau rumah sakit itu.\n"
            "Lebih jauh ia menjelaskan bahwa stok obat masih aman.")
    assert speakers(nlp, text) == [("indirect", "Budi Gunadi Sadikin", "menjelaskan")]


def test_refusal_and_noun_object_report_no_content(nlp):
    text = ("Kapolda Metro Jaya Irjen Karyoto hadir dalam konferensi pers.\n"
            "Polisi telah memaparkan perkembangan penyelidikan kasus itu kepada wartawan. "
            "Ia enggan membeberkan secara rinci identitas para saksi.")
    assert [k for k, _, _ in speakers(nlp, text)] == []


def test_name_in_apposition_after_a_capitalised_title(nlp):
    text = ("Banyak orang salah berdiet.\n"
            "Menurut Ahli Gizi dan Olahraga, Jansen Ongko, kesalahan diet dapat membuat orang sakit.")
    assert speakers(nlp, text) == [("indirect", "Jansen Ongko", "Menurut")]


def test_typewriter_quote_marks_and_new_english_cues():
    nlp = build_nlp("en", ner="rules")
    doc = nlp("``We will not give up,'' said Senator Jane Miller.\n"
              "Miller later clarified that the bill would not raise taxes.\n"
              "Officials say the bridge will reopen in May.")
    got = [(q.kind, q.text, q.speaker, q.cue) for q in doc._.warta_quotes]
    assert got[0] == ("direct", "We will not give up", "Jane Miller", "said")
    assert ("indirect", "the bill would not raise taxes.", "Jane Miller", "clarified") in got
    assert any(q[2] == "Officials" and q[3] == "say" for q in got)


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "On the railways, the SMAQ train drivers' union said 90% of trains did not run.", "SMAQ"),
    ("id", "Di tempat terpisah, Kepala Dinas Kesehatan Budi Santoso mengatakan 12 warga masih dirawat.",
     "Budi Santoso"),
])
def test_a_phrase_fronted_before_the_subject_is_not_the_speaker(lang, text, speaker):
    out = speakers(build_nlp(lang, ner="rules"), text)
    assert [sp for _, sp, _ in out] == [speaker]


def test_an_appositive_after_a_name_still_gives_the_name():
    text = "Andriy Kovalenko, the head of the centre, said 1,200 soldiers had arrived."
    assert [sp for _, sp, _ in speakers(build_nlp("en", ner="rules"), text)] == ["Andriy Kovalenko"]


def test_a_description_speaker_resolves_to_the_body_named_before():
    # resolve_span's description step read Doc.lang (a hash, not "en") and the speaker view had no
    # len(): "The agency said" stayed "agency" instead of the council the sentence before named
    text = ("The National Disaster Risk Reduction and Management Council (NDRRMC) raised its count to 23 "
            "dead on Tuesday. The agency said 214,500 people were staying in evacuation centres.")
    out = speakers(build_nlp("en", ner="rules"), text)
    assert [sp for _, sp, _ in out][-1] == "National Disaster Risk Reduction and Management Council"


def test_resolve_span_finds_the_nearest_fitting_body_for_a_description():
    from warta.components.coref import resolve_span

    nlp = build_nlp("id", ner="rules")
    text = "Kementerian Kesehatan mencatat 40 kasus baru. Kementerian itu meminta warga waspada."
    doc = nlp(text)
    k = text.index("Kementerian itu")
    hit = resolve_span(doc, k, k + len("Kementerian itu"))
    assert hit is not None and hit.name == "Kementerian Kesehatan"


def test_a_document_noun_before_a_name_is_not_part_of_the_speaker(nlp):
    text = ("Menurut rincian NDRRMC, korban meninggal terbanyak berada di Provinsi Albay.\n"
            "Menurut data BPBD Kabupaten Sigi, 12 rumah rusak berat.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["NDRRMC", "BPBD Kabupaten Sigi"]


def test_it_as_a_speaker_is_the_body_that_has_been_speaking():
    text = ("The Hellenic Coast Guard said 40 people were rescued on Monday. "
            "It said the search would continue overnight.")
    out = speakers(build_nlp("en", ner="rules"), text)
    assert [sp for _, sp, _ in out] == ["Hellenic Coast Guard", "Hellenic Coast Guard"]


def test_an_epithet_with_a_relative_clause_is_the_person_it_names(nlp):
    text = ("Kepala BPBD Garut Deden Rusmana mengatakan 120 rumah terendam.\n"
            "Pria yang akrab disapa Kang Deden itu juga menyebut sedikitnya 57 rumah rusak berat.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["Deden Rusmana", "Deden Rusmana"]


def test_apposition_of_two_names_gives_the_first(nlp):
    text = ("Blazer meninggal dunia pada Rabu.\n"
            "“Kami benar-benar sedih atas kepergian klien kami,” kata pengacaranya, Eric Corngold dan "
            "Mary Mulligan, seperti dilansir BBC.")
    doc = nlp(text)
    assert [(q.speaker, q.via) for q in doc._.warta_quotes] == [("Eric Corngold", ["BBC"])]


def test_person_named_as_an_object_does_not_take_the_pronoun(nlp):
    text = ("“Semua penerjun berhasil mendarat, namun terjadi dua insiden,” kata Joshua.\n"
            "Insiden selanjutnya dialami Endang Rahmawati, atlet dari kontingen Yogyakarta yang pingsan.\n"
            "“Dehidrasi sehingga jatuh pingsan dan dievakuasi ke pusat medis,” katanya.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["Joshua", "Joshua"]


def test_capitalised_common_word_is_no_antecedent(nlp):
    # NER on real text types a capitalised sentence opener ("Kesepakatan") PERSON; a one-word
    # name the article also writes in lower case is a common noun and never a pronoun's antecedent
    from warta.components.quote_lexicon import lexicon
    from warta.components.quotes import Analysis

    text = ("Ketua Organda Pekanbaru Agus Salim hadir dalam rapat itu.\n"
            "Kesepakatan belum ditandatangani. Menurut dia, kesepakatan itu harus dikawal DPRD.")
    analysis = Analysis(nlp(text), lexicon("id"))
    assert analysis._common_word("Kesepakatan") and not analysis._common_word("Agus")
    assert not analysis._common_word("Agus Salim")


def test_reflexive_pronoun_is_the_person_speaking(nlp):
    text = ("“Kami akan tampil lebih baik,” kata Budi Santoso.\n"
            "Dirinya menambahkan bahwa seluruh pemain sudah siap untuk laga berikutnya.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["Budi Santoso", "Budi Santoso"]


def test_epithet_model_with_demonstrative(nlp):
    text = ("Penyanyi Raisa Andriana akan merilis album barunya pada akhir bulan ini.\n"
            "“Saya tidak sabar membaginya dengan semua orang,” Model dan penyanyi 24 tahun itu menambahkan.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["Raisa Andriana"]


@pytest.mark.parametrize("sentence,speaker", [
    # the subject of a subordinate clause, not the word before the subordinator
    ("TNI AL meluncurkan dua kapal patroli cepat, sehari setelah Angkatan Udara mengumumkan bahwa "
     "pemantauan melalui udara akan diperkuat.", "Angkatan Udara"),
    # adverbs and modals between the subject and the verb
    ("Induk perusahaannya, Jaguar Land Rover, belum lama ini mengumumkan bahwa semua mobilnya akan "
     "hadir dalam varian listrik.", "Jaguar Land Rover"),
])
def test_subject_past_subordinators_and_adverbs(nlp, sentence, speaker):
    assert [sp for _, sp, _ in speakers(nlp, sentence)] == [speaker]


def test_sembari_menambahkan_continues_the_speaker(nlp):
    text = ("“Kalau mogok, kita siapkan derek,” kata Brigjen Rikwanto, "
            "sembari menambahkan terdapat 22 ribu personel yang diterjunkan untuk mengamankan jalur mudik.")
    assert [(k, sp) for k, sp, _ in speakers(nlp, text)] == [("direct", "Rikwanto"), ("indirect", "Rikwanto")]


def test_relative_epithet_with_a_comma_inside(nlp):
    text = ("“Saya minta istri makan makanan sehat,” kata Iko Uwais di Jakarta.\n"
            "Aktor yang lahir di Jakarta, 12 Februari 1983 itu menegaskan bahwa makanan sehat bukan untuk diet.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["Iko Uwais", "Iko Uwais"]


def test_person_before_a_relative_clause_is_the_subject(nlp):
    text = ("Anggota Komisi III DPR dari Fraksi Golkar Budi Santoso yang merupakan mantan hakim membantah "
            "pernah menerima uang dari panitera pengadilan itu.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["Budi Santoso"]


def test_pihaknya_with_an_adverb_is_the_speaker(nlp):
    text = ("“Fandi sangat ingin kembali ke sini,” imbuh Chairul Basalamah.\n"
            "Pihaknya memang sudah menyampaikan bahwa Persebaya ingin memulangkan pemain itu.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["Chairul Basalamah", "Chairul Basalamah"]


def test_age_inside_a_postposed_epithet(nlp):
    text = ("Iris Mittenaere hadir di Jakarta.\n"
            "“Waktu kecil, saya ingin menjadi dokter gigi,” terang wanita 24 tahun itu.")
    assert [sp for _, sp, _ in speakers(nlp, text)] == ["Iris Mittenaere"]


def test_content_ending_in_a_time_phrase_is_a_statement(nlp):
    # "… tahun ini": a time adverbial, not the demonstrative of a noun object ("menolak tuduhan itu")
    text = "Ketua Asosiasi Hotel, Budi Santoso, mengatakan kunjungan wisatawan naik tahun ini."
    assert speakers(nlp, text) == [("indirect", "Budi Santoso", "mengatakan")]
    assert speakers(nlp, "Ketua Asosiasi Hotel, Budi Santoso, membantah tuduhan tersebut.") == []


@pytest.mark.parametrize("epithet", ["eks bintang Persija itu", "sang gelandang asal Brasil"])
def test_sports_epithet_refers_to_the_player(nlp, epithet):
    text = ("Marcos Silva resmi meninggalkan klubnya pada akhir musim.\n"
            f"“Saya ingin mencari tantangan baru di liga lain,” ujar {epithet}.")
    assert speakers(nlp, text) == [("direct", "Marcos Silva", "ujar")]


def test_subject_after_fronted_adjuncts_is_the_antecedent(nlp):
    # the person named after "Meski …, Rabu (11/10)," is the clause's subject: an epithet later means them
    text = ("Pelatih tim, Joko Susilo, memimpin latihan pagi.\n"
            "Meski ada sorotan soal kondisi fisiknya, kepada awak media, Rabu (11/10), Marcos Silva menolak "
            "untuk membahas masa depannya.\n"
            "“Keputusan saya sudah bulat,” ungkap eks bintang Persija tersebut.")
    assert speakers(nlp, text)[-1] == ("direct", "Marcos Silva", "ungkap")


def test_adverb_before_the_verb_is_no_speaker(nlp):
    text = "Kepala Balai Vulkanologi, Rina Hapsari, kembali membantah adanya awan panas di lereng gunung itu."
    assert speakers(nlp, text) == [("indirect", "Rina Hapsari", "membantah")]


def test_pronoun_after_menurut_takes_no_apposition(nlp):
    # "Menurut dia, X, Y, dan Z …": the places after the comma are the content, not the speaker
    text = ("Kepala Dinas Kesehatan, Ratna Dewi, mengatakan kasus naik sejak pekan kedua Januari.\n"
            "Menurut dia, Kecamatan Cibeber, Sukaresmi, dan Cikalong menjadi wilayah dengan kasus terbanyak.")
    assert [sp for _k, sp, _c in speakers(nlp, text)] == ["Ratna Dewi", "Ratna Dewi"]


def test_a_title_in_single_marks_is_no_quote_and_names_no_one(nlp):
    text = ("Penyanyi Rina Maharani tampil di Bandung, Sabtu (3/2).\n"
            "Pelantun ‘Lagu Untuk Ibu’ ini mengaku senang bisa kembali menyapa penggemarnya.\n"
            "Bintang film 'Surat dari Praha' tersebut malah membantah kabar bahwa ia akan pensiun.")
    doc = nlp(text)
    out = [(q.kind, q.text) for q in doc._.warta_quotes]
    assert ("direct", "Lagu Untuk Ibu") not in out and ("direct", "Surat dari Praha") not in out
    # the epithet is the speaker, not a word of the title taken for a name
    assert [q.speaker.split()[0] for q in doc._.warta_quotes] == ["Pelantun"]
    names = {c.name for c in doc._.warta_entities}
    assert not names & {"Praha", "Surat", "Surat dari Praha", "Ibu", "Lagu Untuk Ibu"}


def test_a_single_quoted_quotation_with_its_comma_is_still_a_quote(nlp):
    text = "Kepala BPBD Garut, Satria Budi, meninjau lokasi.\n'Kami sudah mengirim bantuan,' ujar Satria."
    assert speakers(nlp, text) == [("direct", "Satria Budi", "ujar")]


@pytest.mark.parametrize("sentence", [
    "Penyanyi itu mengunggah foto kebersamaan dengan keluarganya di Instagram.",
    "PT Sinar Data mengumumkan akuisisi terhadap dua perusahaan rintisan lokal.",
])
def test_posting_or_announcing_a_thing_is_no_quote(nlp, sentence):
    assert speakers(nlp, "Kabar itu ramai dibicarakan warganet.\n" + sentence) == []


@pytest.mark.parametrize("sentence,speaker,cue", [
    ("Budi Darmawan mengumumkan, ia akan pensiun dari dunia musik.", "Budi Darmawan", "mengumumkan"),
    ("Kementerian Kesehatan mengumumkan bahwa kasus baru turun.", "Kementerian Kesehatan", "mengumumkan"),
    ("Anggota DPR Fadli Rahman mengunggah di Twitter bahwa anggaran itu tidak wajar.", "Fadli Rahman", "mengunggah"),
])
def test_posting_or_announcing_a_clause_is_a_quote(nlp, sentence, speaker, cue):
    assert speakers(nlp, sentence) == [("indirect", speaker, cue)]


def test_baru_baru_ini_is_no_part_of_the_speaker(nlp):
    text = "Penulis naskahnya adalah Rina Susanti.\nRina baru-baru ini mengungkapkan bahwa film itu akan tayang pada Juni."
    assert speakers(nlp, text) == [("indirect", "Rina Susanti", "mengungkapkan")]


@pytest.mark.parametrize("subject", ["Politikus Partai Karya Bangsa itu", "Perwira menengah tersebut"])
def test_a_preverbal_epithet_with_a_demonstrative_is_the_person_named_before(nlp, subject):
    text = ("Anggota Komisi IV DPR, Hendrawan Lubis, meminta Kemendag membuka notula rapat.\n"
            f"{subject} menyebut kuota yang disetujui sebenarnya 750.000 ton.")
    assert speakers(nlp, text) == [("indirect", "Hendrawan Lubis", "menyebut")]


def test_an_unnamed_source_with_a_demonstrative_stays_a_source(nlp):
    text = ("“Mereka belum melakukan apa pun untuk menyelesaikan proses tersebut,” kata seorang sumber "
            "kepada People.\nSumber itu juga menyebut kedua artis itu sudah berdamai sejak awal tahun.")
    assert speakers(nlp, text)[1] == ("indirect", "Sumber", "menyebut")


@pytest.mark.parametrize("sentence,content", [
    ("Direktur Utama PT Bank Sejahtera, Maryono, mengatakan dalam keterangan tertulisnya, perseroan telah "
     "melimpahkan wewenang pembukaan rekening ke kantor cabang.", "perseroan telah melimpahkan"),
    ("Kepala Dinas Kesehatan, Retno Wulandari, mengatakan dari jumlah tersebut 29 siswa masih menjalani "
     "rawat inap.", "dari jumlah tersebut 29 siswa"),
])
def test_a_clause_after_an_adjunct_of_the_verb_is_reported(nlp, sentence, content):
    doc = nlp(sentence)
    (q,) = doc._.warta_quotes
    assert q.kind == "indirect" and q.text.startswith(content)


def test_an_adjunct_alone_reports_nothing(nlp):
    assert speakers(nlp, "Menteri Keuangan Sri Mulyani mengatakan dalam konferensi pers di Jakarta.") == []


def test_repeatedly_is_an_adverb_before_the_verb(nlp):
    text = ("Kapolsek Cibinong menggelar patroli malam.\n"
            "Polisi telah berulang kali memperingatkan bahwa pelaku tawuran akan ditindak tegas.")
    assert speakers(nlp, text) == [("indirect", "Polisi", "memperingatkan")]


def test_no_one_died_is_a_denial(nlp):
    doc = nlp("Kepala Dinas Kesehatan, Retno Wulandari, menggelar jumpa pers.\n"
              "“Tidak ada korban meninggal akibat keracunan ini,” tegas Retno.")
    stances = [c.stance for c in doc._.warta_claims]
    assert stances == ["denies"]


def test_a_discourse_connective_opening_the_sentence_is_no_part_of_the_subject(nlp):
    text = ("Ketua DPP Partai Gerindra Ahmad Muzani hadir dalam rapat itu.\n"
            "Lebih lanjut politisi Partai Gerindra itu mengatakan partainya tetap solid menghadapi pemilu.")
    assert speakers(nlp, text) == [("indirect", "Ahmad Muzani", "mengatakan")]
