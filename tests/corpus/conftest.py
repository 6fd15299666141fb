"""The store fixtures of tests/store, shared with the corpus tests."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("_store_conftest", Path(__file__).parents[1] / "store" / "conftest.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)

fresh_store = _mod.fresh_store
make_article = _mod.make_article
build_article = _mod.build_article
open_backend = _mod.open_backend
BACKENDS = _mod.BACKENDS
