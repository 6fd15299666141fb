"""Indonesian reporting resources (to be filled)."""
