"""Small formatting helpers shared by templates: numbers, dates, relay chains, stances."""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

STANCE_LABELS = {
    "asserts": "asserts",
    "denies": "denies",
    "unconfirmed": "unconfirmed",
    "refuses_to_confirm": "refuses to confirm",
    "warns": "warns",
}
STANCE_SYMBOLS = {"asserts": "●", "denies": "✕", "unconfirmed": "○", "refuses_to_confirm": "◌", "warns": "▲"}


def number(value: Any) -> str:
    """1500.0 -> '1,500'; 2.5 -> '2.5'; None -> ''."""
    if value is None:
        return ""
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(f) or math.isinf(f):
        return str(value)
    if f.is_integer():
        return f"{int(f):,}"
    return f"{f:,.2f}".rstrip("0").rstrip(".")


def day(value: Any) -> str:
    """An ISO date or datetime (string or object) shown as YYYY-MM-DD."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def chain(via: Any) -> str:
    """Relay chain, nearest first, shown as 'via Yonhap ← Kyodo'."""
    if not via:
        return ""
    return "via " + " ← ".join(str(v) for v in via)


def stance(value: Any) -> str:
    return STANCE_LABELS.get(str(value), str(value or ""))


def stance_symbol(value: Any) -> str:
    return STANCE_SYMBOLS.get(str(value), "·")


def span_param(span: Any) -> str:
    """(12, 40) -> '12-40' for ?hl= links; '' when there is no span."""
    if not span or len(span) != 2:
        return ""
    return f"{int(span[0])}-{int(span[1])}"


def query(params: dict[str, Any], **changes: Any) -> str:
    """Query string with `changes` applied and empty values dropped (for pagination links)."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


FILTERS = {
    "number": number,
    "day": day,
    "chain": chain,
    "stance": stance,
    "stance_symbol": stance_symbol,
    "span_param": span_param,
    "plural": plural,
}
