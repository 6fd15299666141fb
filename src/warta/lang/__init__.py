"""Language knowledge, one folder per language; looked up by code through the registry."""

from warta.lang.base import LanguageResources, get_resources, supported_languages

__all__ = ["LanguageResources", "get_resources", "supported_languages"]
