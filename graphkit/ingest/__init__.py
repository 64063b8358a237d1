"""Reading and cleaning articles."""
