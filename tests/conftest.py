"""Shared fixtures: pipelines built once per run, and the seed page the project started from."""

from __future__ import annotations

import pytest

# The real Inakoran page warta started from (issue 2 asks for assertions on it), typed into
# the tests so that no test reads the shared evaluation data.
SEED_PAGE = """Sekjen NATO Peringatkan Korea Utara Karena Mengirim Pasukan Untuk Bantu Rusia Melawan Ukraina
Jakarta, Inakoran
Sekretaris Jenderal NATO Mark Rutte pada hari Senin memposting di media sosial sebuah peringatan kepada Korea Utara bahwa pengiriman pasukan untuk mendukung Rusia dalam perang melawan Ukraina akan membawa dampak serius.
Pada hari yang sama, Rutte berbicara dengan Presiden Korea Selatan Yoon Suk Yeol melalui telepon. Pemerintah Korea Selatan menjelaskan bahwa agen mata-mata negaranya telah mengetahui bahwa Korea Utara telah mengirimkan 1.500 pasukan pasukan khusus ke Rusia untuk pelatihan.
Yoon juga mengatakan kepada Rutte bahwa Korea Selatan akan mengambil “langkah demi langkah” sebagai tanggapan terhadap kemajuan yang terlihat dalam kerja sama militer antara Korea Utara dan Rusia, menurut kantor kepresidenan Korea Selatan.
Rutte mengatakan di X, yang sebelumnya dikenal sebagai Twitter, bahwa dia berbicara dengan Yoon tentang “kemitraan erat” NATO dengan Seoul dan “keamanan yang saling berhubungan di Euro-Atlantik dan Indo-Pasifik.”
“Korea Utara mengirimkan pasukan untuk berperang bersama Rusia di Ukraina akan menandai peningkatan yang signifikan,” kata Yoon, mengutip Kyodonews.
Korea Selatan memanggil duta besar Rusia di Seoul pada hari Senin untuk mengajukan protes atas pengiriman pasukan Korea Utara, kata Kementerian Luar Negeri Korea Selatan.
Wakil Menteri Luar Negeri Pertama Korea Selatan Kim Hong Kyun menekankan bahwa hubungan militer antara Korea Utara dan Rusia saat ini menimbulkan ancaman besar tidak hanya bagi Korea Selatan tetapi juga bagi komunitas internasional, kata kementerian tersebut dalam siaran pers.
Mobilisasi pasukan Korea Utara untuk perang di Eropa akan menjadi perkembangan besar dalam kerja sama militer antara Pyongyang dan Moskow yang hingga saat ini berpusat pada penyediaan senjata.
Kim “sangat mendesak penarikan segera pasukan Korea Utara dan penghentian kerja sama terkait,” kata kementerian itu.
Duta Besar Rusia Georgiy Zinoviev yang dikutip oleh kementerian mengatakan dia akan menyampaikan posisi pemerintah Korea Selatan ke Moskow.
Jumat lalu, Kantor Berita Yonhap Korea Selatan melaporkan bahwa Badan Intelijen Nasional telah mengetahui bahwa Korea Utara telah memutuskan untuk mengirim empat brigade yang berjumlah 12.000 tentara, termasuk pasukan khusus, untuk berperang di Ukraina, dan mengatakan bahwa hal ini akan menandai pengerahan skala besar pertama pasukan darat Korea Utara.
Dalam sebuah pernyataan yang dirilis hari Minggu, Presiden Ukraina Volodymyr Zelenskyy mengatakan ada “bukti jelas bahwa sejumlah orang dipasok ke Rusia dari Korea Utara,” dan bahwa “mereka ini bukan hanya pekerja di industri, tetapi juga personel militer.”
Sementara itu, di Rusia pada hari Senin, juru bicara Kremlin Dmitry Peskov menolak untuk mengkonfirmasi pengerahan pasukan Korea Utara ke Timur Jauh Rusia untuk bergabung dalam perang di Ukraina.
“Ada banyak informasi yang saling bertentangan,” kata Peskov.
“Korea Selatan mengklaim satu hal, kemudian Pentagon mengatakan mereka tidak memiliki konfirmasi atas pernyataan tersebut,” pungkas Peskov.
TAG#Mark Rutte, #Sekjen NATO, #Korut, #Pasukan Korut, #Rusia, #Ukraina
182194484
KOMENTAR"""


@pytest.fixture(scope="session")
def seed_page() -> str:
    return SEED_PAGE


@pytest.fixture(scope="session")
def nlp_id():
    from warta.nlp.pipeline import get_nlp

    return get_nlp("id")


@pytest.fixture(scope="session")
def nlp_en():
    from warta.nlp.pipeline import get_nlp

    return get_nlp("en")


@pytest.fixture(scope="session")
def seed_article(seed_page):
    from warta.extraction import extract

    return extract(seed_page, source="seed-inakoran.txt")
