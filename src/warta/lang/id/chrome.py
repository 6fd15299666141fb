"""Indonesian chrome resources (to be filled)."""
