"""The committed JSON Schema is the one the models generate."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from warta.contract import article_schema, article_schema_json

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "article.schema.json"


def test_committed_schema_matches_models():
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == article_schema_json(), "run `warta schema -o schema/article.schema.json`"


def test_schema_declares_offsets_and_version():
    schema = article_schema()
    props = schema["properties"]
    assert props["schema_version"]["default"] == "1.1"
    span = schema["$defs"]["Quote"]["properties"]["span"]
    assert span["maxItems"] == 2 and span["minItems"] == 2
    # 1.1: a claim's figures answer questions (Claim.answers)
    answer = schema["$defs"]["Answer"]["properties"]
    assert set(answer) == {"question", "value", "unit", "approx", "quantity"}
    assert set(schema["$defs"]["QuestionRef"]["properties"]["kind"]["enum"]) == {"measure", "proposition"}


def test_seed_record_validates_against_schema(seed_article):
    record = json.loads(seed_article.model_dump_json())
    jsonschema.validate(record, article_schema())


def test_schema_rejects_unknown_stance(seed_article):
    record = json.loads(seed_article.model_dump_json())
    record["claims"] = [
        {"source": "X", "predicate": "p", "stance": "maybe", "evidence": "e", "evidence_span": [0, 1]}
    ]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, article_schema())
