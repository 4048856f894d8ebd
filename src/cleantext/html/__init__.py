"""The HTML path: one parse, trafilatura's two views as blocks, the choice, page metadata.

Builds on the text path (its rules and span selection) and the metadata readers.
"""
