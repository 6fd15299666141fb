"""Command-line interface: a thin layer over the Python API. Commands are verbs."""

from __future__ import annotations

import importlib

from warta.cli.app import app

# Each module registers its commands on `app`; a missing optional module is skipped.
for _module in ("extract", "corpus", "batch", "serve", "versions", "watch"):
    try:
        importlib.import_module(f"warta.cli.{_module}")
    except ModuleNotFoundError as exc:  # pragma: no cover - only while a module is absent
        if exc.name != f"warta.cli.{_module}":
            raise


def main() -> None:
    app()
