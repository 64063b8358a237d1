"""Knowledge base and entity linking."""
