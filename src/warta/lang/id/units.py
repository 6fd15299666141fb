"""Indonesian units resources (to be filled)."""
