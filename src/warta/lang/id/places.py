"""Indonesian places resources (to be filled)."""
