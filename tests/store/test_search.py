"""Search query language on every backend: numbers as numbers, OR between phrases, clear errors."""

from __future__ import annotations

import pytest

from warta.errors import QuerySyntaxError
from warta.store.search import parse_query, to_fts5, to_tsquery

PAGES = [
    ("id-12.txt", "Pengerahan pasukan", ["Korea Utara mengirim 12.000 tentara ke Rusia, kata NIS.",
                                         "Pasukan khusus ikut serta."], "id"),
    ("id-3.txt", "Tentara tambahan", ["Sekitar 3.000 tentara dikirim lagi pada tanggal 12.",
                                      "Tentara, tentara, tentara: 000 tidak berarti apa-apa."], "id"),
    ("en-12.txt", "Troops", ["North Korea sent 12,000 troops, including special forces."], "en"),
    ("id-bare.txt", "Anggaran", ["Anggaran Rp 1,5 triliun untuk 12000 unit rumah."], "id"),
]


@pytest.fixture
def store(fresh_store, make_article):
    fresh_store.add_articles([make_article(src, title, paras, lang=lang) for src, title, paras, lang in PAGES])
    return fresh_store


def _sources(store, q):
    return [h.source for h in store.search(q)]


@pytest.mark.parametrize("q", ["12.000", "12,000", "12000"])
def test_a_number_matches_every_way_it_is_written(store, q):
    assert sorted(_sources(store, q)) == ["en-12.txt", "id-12.txt", "id-bare.txt"]


def test_number_and_word_ranks_the_matching_figure_first(store):
    # the 3.000 article has "tentara" many times, a 12 and a 000, but not the number 12,000
    assert _sources(store, "12.000 tentara") == ["id-12.txt"]
    assert _sources(store, '"12,000 tentara"') == ["id-12.txt"]


def test_decimals_in_either_convention(store):
    assert _sources(store, "1.5") == _sources(store, "1,5") == ["id-bare.txt"]


def test_or_between_quoted_phrases(store):
    assert sorted(_sources(store, '"pasukan khusus" OR "special forces"')) == ["en-12.txt", "id-12.txt"]
    assert _sources(store, '"pasukan khusus"') == ["id-12.txt"]
    assert _sources(store, "tentara -korea") == ["id-3.txt"]
    assert _sources(store, "korea (tentara OR troops) rusia") == ["id-12.txt"]


def test_search_page_counts_all_matches(store):
    page = store.search_page("12000", per_page=2)
    assert (page.total, len(page.items), page.page) == (3, 2, 1)
    rest = store.search_page("12000", per_page=2, page=2)
    assert len(rest.items) == 1 and rest.items[0].article_id not in {h.article_id for h in page.items}


@pytest.mark.parametrize("q,says", [
    ('"pasukan khusus', "quote is not closed"), ("OR tentara", "OR needs"), ("tentara OR", "OR needs"),
    ("a OR OR b", "OR needs"), ("!!! ...", "no words"), ("-korea", "only leaves things out"),
    ("tentara OR -korea", "cannot be one side of OR"), ('""', "has no words"), ("NOT korea", "minus sign"),
])
def test_malformed_queries_raise_with_a_hint(store, q, says):
    with pytest.raises(QuerySyntaxError) as err:
        store.search(q)
    assert says in str(err.value) and "OR" in err.value.hint


def test_compiled_queries_quote_every_token():
    groups = parse_query('12.000 "pasukan khusus" OR troops -"a:b*"')
    assert to_fts5(groups) == ('("12000" OR "12 000") AND ("pasukan khusus" OR "troops") NOT ("a b")')
    assert to_tsquery(groups) == ("(((('12000') | ('12' <-> '000') | ('12.000')))) & (('pasukan' <-> 'khusus') "
                                  "| ('troops')) & !(('a' <-> 'b'))")
