"""English chrome resources (to be filled)."""
