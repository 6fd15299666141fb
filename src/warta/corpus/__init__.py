"""Cross-article work over the store: ingest, canonical entities, stories, claims, conflicts."""
