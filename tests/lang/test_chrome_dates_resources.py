"""Chrome and date resources: every list entry unique, stripped and lowercase."""

from __future__ import annotations

import pytest

from warta.lang.en import chrome as en_chrome
from warta.lang.en import dates as en_dates
from warta.lang.id import chrome as id_chrome
from warta.lang.id import dates as id_dates

MODULES = [en_chrome, id_chrome, en_dates, id_dates]


def _lists(module):
    for name in dir(module):
        if not name.isupper():
            continue
        value = getattr(module, name)
        if isinstance(value, list):
            yield name, value
        elif isinstance(value, dict):
            if all(isinstance(v, list) for v in value.values()):
                for key, items in value.items():
                    yield f"{name}[{key}]", items
            else:
                yield name, list(value)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_entries_unique_stripped_lowercase(module):
    lists = list(_lists(module))
    assert lists
    for name, items in lists:
        assert len(items) == len(set(items)), f"{module.__name__}.{name} has duplicates"
        for item in items:
            assert isinstance(item, str) and item, f"{module.__name__}.{name}: empty entry"
            assert item == item.strip() and "  " not in item, (
                f"{module.__name__}.{name}: {item!r} not normalised"
            )
            assert item == item.lower(), f"{module.__name__}.{name}: {item!r} not lowercase"


@pytest.mark.parametrize("module", [en_chrome, id_chrome], ids=lambda m: m.__name__)
def test_phrase_tables_do_not_repeat_a_phrase_across_reasons(module):
    for table in ("PREFIXES", "LINES", "PHRASES", "STRONG_PHRASES", "SUFFIXES"):
        seen: dict[str, str] = {}
        for reason, items in getattr(module, table).items():
            for item in items:
                assert item not in seen, f"{table}: {item!r} under {seen.get(item)} and {reason}"
                seen[item] = reason


@pytest.mark.parametrize("module", [en_dates, id_dates], ids=lambda m: m.__name__)
def test_month_numbers(module):
    assert set(module.MONTHS.values()) == set(range(1, 13))
