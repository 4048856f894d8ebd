"""The text path: lines to blocks, rules, the line classifier, the article span, the body.

Both modes end here: a text dump is segmented into blocks, an HTML page arrives as the
blocks of its chosen view. Imports only the top-level types and ``cues``.
"""
