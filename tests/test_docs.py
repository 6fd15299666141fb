"""Every CLI command and every configuration key is documented in the README."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import typer.main

from warta.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    group = typer.main.get_command(app)
    names = sorted(group.commands)
    assert "extract" in names
    missing = [n for n in names if f"`warta {n}" not in README]
    assert not missing, f"commands missing from README: {missing}"


def test_every_config_key_is_documented():
    defaults = tomllib.loads(resources.files("warta").joinpath("defaults.toml").read_text(encoding="utf-8"))
    keys = [k for section in defaults.values() for k in section]
    missing = [k for k in keys if f"`{k}`" not in README]
    assert not missing, f"config keys missing from README: {missing}"
