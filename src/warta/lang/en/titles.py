"""English titles resources (to be filled)."""
