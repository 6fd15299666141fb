"""English reporting resources (to be filled)."""
