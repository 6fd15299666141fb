"""English numbers resources (to be filled)."""
