"""English units resources (to be filled)."""
