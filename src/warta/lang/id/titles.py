"""Indonesian titles resources (to be filled)."""
