"""NER backends (Stanza, underthesea) and the rules-and-knowledge layer."""
