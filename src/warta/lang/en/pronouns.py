"""English pronouns resources (to be filled)."""
