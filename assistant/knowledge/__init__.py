"""Structured knowledge read from corpus/catalog/: facts an answer can state exactly, each with its source."""
