"""A small two-language corpus written in the tests: North Korean troops to Russia (Indonesian and
English, with a syndicated copy and a revision), a flood in Sigi, and the Banyumas election."""

from __future__ import annotations

NK = [("Korea Utara", "GPE", ["Korut", "Pyongyang"]), ("Rusia", "GPE", []), ("Ukraina", "GPE", []),
      ("Badan Intelijen Nasional", "ORG", ["NIS"]), ("Dmitry Peskov", "PERSON", ["Peskov"]),
      ("Kursk", "GPE", [])]
NK_EN = [("North Korea", "GPE", ["Pyongyang"]), ("Russia", "GPE", []), ("Ukraine", "GPE", []),
         ("National Intelligence Service", "ORG", ["NIS"]), ("Dmitry Peskov", "PERSON", ["Peskov"]),
         ("Pentagon", "ORG", []), ("Kursk", "GPE", [])]


def corpus(build):
    a1 = build(
        "id-nk-1.txt", "NIS: Korut Kirim 12.000 Tentara ke Rusia",
        ["Badan Intelijen Nasional (NIS) Korea Selatan menyebut Korea Utara memutuskan mengirim 12.000 tentara ke Rusia.",
         "Juru bicara Kremlin Dmitry Peskov membantah laporan pengiriman pasukan Korut itu.",
         "Pasukan itu disebut akan dikirim ke Ukraina."],
        published="2024-10-19", outlet="Portal A", entities=NK,
        quantities=[("12.000 tentara", 12000, "tentara", "troops")],
        claims=[{"source": "Badan Intelijen Nasional", "subject": "Korea Utara", "predicate": "send_troops",
                 "object": "Rusia", "value": 12000, "evidence": "mengirim 12.000 tentara ke Rusia"},
                {"source": "Dmitry Peskov", "subject": "Korea Utara", "predicate": "send_troops", "object": "Rusia",
                 "stance": "denies", "evidence": "membantah laporan pengiriman pasukan Korut"}])
    a2 = build(
        "id-nk-2.txt", "Tentara Korut di Rusia Kini 3.000, Kata NIS",
        ["Badan Intelijen Nasional (NIS) kini memperkirakan sekitar 3.000 tentara Korut telah dikirim ke Rusia.",
         "NIS sebelumnya menyebut 1.500 tentara. Pyongyang belum berkomentar soal Rusia dan Ukraina."],
        published="2024-10-24", outlet="Sinar B", entities=NK,
        quantities=[("3.000 tentara", 3000, "tentara", "troops"), ("1.500 tentara", 1500, "tentara", "troops")],
        claims=[{"source": "Badan Intelijen Nasional", "subject": "Korea Utara", "predicate": "send_troops",
                 "object": "Rusia", "value": 3000, "evidence": "sekitar 3.000 tentara Korut telah dikirim ke Rusia"}])
    en1 = build(
        "en-nk-1.txt", "Pentagon says about 10,000 North Korean troops in Russia",
        ["The Pentagon said about 10,000 North Korean troops had been sent to Russia, after saying it had no confirmation.",
         "Kremlin spokesman Dmitry Peskov declined to confirm the deployment from Pyongyang to Russia and Ukraine.",
         "South Korea's National Intelligence Service (NIS) said earlier the number was 3,000."],
        lang="en", published="2024-10-30", outlet="Wire C", entities=NK_EN,
        quantities=[("about 10,000 North Korean troops", 10000, "troops", "troops"), ("3,000", 3000, None, "count")],
        claims=[{"source": "Pentagon", "subject": "North Korea", "predicate": "send_troops", "object": "Russia",
                 "value": 10000, "evidence": "about 10,000 North Korean troops had been sent to Russia"},
                {"source": "Dmitry Peskov", "subject": "North Korea", "predicate": "send_troops", "object": "Russia",
                 "stance": "refuses_to_confirm", "evidence": "declined to confirm the deployment"}])
    # a syndicated copy of a1 (same body, another outlet): stored, linked, never a second source
    copy = build("id-nk-1-copy.txt", a1.title, [*a1.paragraphs, "Artikel ini telah tayang di Portal A."], published="2024-10-19", outlet="Koran D",
                 entities=NK, quantities=[("12.000 tentara", 12000, "tentara", "troops")],
                 claims=[{"source": "Badan Intelijen Nasional", "subject": "Korea Utara", "predicate": "send_troops",
                          "object": "Rusia", "value": 11000, "evidence": "mengirim 12.000 tentara ke Rusia"}])
    flood1 = build(
        "id-sigi-1.txt", "Banjir Bandang di Sigi Tewaskan Tujuh Orang",
        ["Badan Nasional Penanggulangan Bencana (BNPB) melaporkan tujuh orang meninggal dunia akibat banjir bandang di Kabupaten Sigi, Sulawesi Tengah.",
         "Sebanyak 312 rumah terdampak banjir di Sigi."],
        published="2024-11-12", outlet="Warta E",
        entities=[("Badan Nasional Penanggulangan Bencana", "ORG", ["BNPB"]), ("Sigi", "GPE", ["Kabupaten Sigi"]),
                  ("Sulawesi Tengah", "GPE", [])],
        quantities=[("tujuh orang", 7, "orang", "people"), ("312 rumah", 312, "rumah", "count")],
        claims=[{"source": "Badan Nasional Penanggulangan Bencana", "subject": "banjir bandang Sigi",
                 "predicate": "death_toll", "value": 7, "evidence": "tujuh orang meninggal dunia"}])
    flood2 = build(
        "id-sigi-2.txt", "Basarnas: Korban Tewas Banjir Sigi Jadi Sembilan Orang",
        ["Kantor Pencarian dan Pertolongan Palu menyebut korban meninggal banjir bandang di Sigi bertambah menjadi sembilan orang.",
         "BNPB sebelumnya menyebut tujuh orang meninggal dunia di Sulawesi Tengah; 312 rumah terdampak."],
        published="2024-11-12", outlet="Rakyat F",
        entities=[("Kantor Pencarian dan Pertolongan Palu", "ORG", []), ("Sigi", "GPE", []),
                  ("Badan Nasional Penanggulangan Bencana", "ORG", ["BNPB"]), ("Sulawesi Tengah", "GPE", [])],
        quantities=[("sembilan orang", 9, "orang", "people"), ("tujuh orang", 7, "orang", "people"),
                    ("312 rumah", 312, "rumah", "count")],
        claims=[{"source": "Kantor Pencarian dan Pertolongan Palu", "subject": "banjir bandang Sigi",
                 "predicate": "death_toll", "value": 9, "evidence": "bertambah menjadi sembilan orang"},
                {"source": "Badan Nasional Penanggulangan Bencana", "subject": "banjir bandang Sigi",
                 "predicate": "death_toll", "value": 7, "evidence": "tujuh orang meninggal dunia"}])
    vote = build(
        "id-banyumas.txt", "KPU Banyumas Tetapkan Agus-Rina Menang 53,1 Persen",
        ["KPU Kabupaten Banyumas menetapkan pasangan Agus Priyanto–Rina Marlina menang dengan 53,1 persen suara.",
         "Tingkat partisipasi pemilih di Banyumas mencapai 70,8 persen."],
        published="2024-12-06", outlet="Sorot G",
        entities=[("KPU Kabupaten Banyumas", "ORG", []), ("Agus Priyanto", "PERSON", []), ("Banyumas", "GPE", [])],
        quantities=[("53,1 persen", 53.1, "persen", "percent"), ("70,8 persen", 70.8, "persen", "percent")],
        claims=[{"source": "KPU Kabupaten Banyumas", "subject": "Agus Priyanto–Rina Marlina", "predicate": "vote_share",
                 "value": 53.1, "evidence": "menang dengan 53,1 persen suara"}])
    return {"a1": a1, "a2": a2, "en1": en1, "copy": copy, "flood1": flood1, "flood2": flood2, "vote": vote}
