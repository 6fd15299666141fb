"""English dates resources (to be filled)."""
