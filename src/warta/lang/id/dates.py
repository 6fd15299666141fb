"""Indonesian dates resources (to be filled)."""
