"""warta's spaCy pipeline components, each registered as a factory at import."""
