"""Metadata: title, authors, date, site and language, read from a page's own lines."""
