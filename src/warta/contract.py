"""The published JSON Schema of warta's records, generated from the pydantic models."""

from __future__ import annotations

import json

from warta.models import SCHEMA_VERSION, Article, ExtractError


def article_schema() -> dict:
    """JSON Schema for one JSONL record: an Article, or an ExtractError for a failed input."""
    schema = Article.model_json_schema()
    error = ExtractError.model_json_schema()
    schema.setdefault("$defs", {})["ExtractError"] = error
    schema["$id"] = f"https://warta.invalid/schema/article-{SCHEMA_VERSION}.json"
    schema["title"] = "warta article record"
    schema["description"] = (
        f"schema_version {SCHEMA_VERSION}. One record per input page. Every span is a "
        "[start, end) pair of character offsets into `text`. A failed input is an ExtractError."
    )
    return schema


def article_schema_json() -> str:
    return json.dumps(article_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
