"""Indonesian numbers resources (to be filled)."""
