"""`warta claims` table view: a timeline per source, oldest first."""

from __future__ import annotations

from warta.cli.corpus import source_timelines


def test_source_timelines_orders_by_date_and_shows_figure_or_stance():
    recs = [
        {"source": "NIS", "published": "2024-10-23", "value": 3000, "unit": "tentara", "stance": "asserts",
         "language": "id"},
        {"source": "Pentagon", "published": "2024-10-21", "value": None, "unit": None, "stance": "unconfirmed"},
        {"source": "NIS", "published": "2024-10-18", "value": 1500, "unit": "pasukan", "stance": "asserts",
         "language": "id"},
        {"source": "Pentagon", "published": "2024-10-28", "value": 10000, "unit": "troops", "stance": "asserts"},
        {"source": "Kremlin", "published": None, "value": None, "unit": None, "stance": "denies"},
    ]
    timelines = source_timelines(recs)
    assert list(timelines) == ["NIS", "Pentagon", "Kremlin"]
    # figures as the page's language writes them (English without a language)
    assert timelines["NIS"] == ["2024-10-18 1.500 pasukan", "2024-10-23 3.000 tentara"]
    assert timelines["Pentagon"] == ["2024-10-21 unconfirmed", "2024-10-28 10,000 troops"]
    assert timelines["Kremlin"] == ["undated denies"]
