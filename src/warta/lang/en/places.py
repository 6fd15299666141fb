"""English places resources (to be filled)."""
