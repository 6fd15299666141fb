"""Indonesian pronouns resources (to be filled)."""
