"""spaCy substrate: the news tokenizer, the sentence splitter and the per-language pipeline."""
