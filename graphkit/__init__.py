"""graphkit: Vietnamese news articles to a typed knowledge graph."""

__version__ = "0.1.0"
