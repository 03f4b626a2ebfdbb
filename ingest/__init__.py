"""Ingest: load corpus files, chunk them, embed what changed, and write the Chroma store."""
