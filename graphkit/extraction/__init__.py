"""Typed relation and event extraction."""
