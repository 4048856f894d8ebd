"""cleantext: the article a reader came for, from messy web captures (HTML or text dumps).

>>> import cleantext
>>> doc = cleantext.clean("Share\\n\\nShare prices fell 3% on Monday.")
>>> doc.body
'Share prices fell 3% on Monday.'
>>> [(r.text, r.rule) for r in doc.removed]
[('Share', 'share.buttons')]
"""

from __future__ import annotations

from cleantext.cleaner import Cleaner, clean
from cleantext.config import FAMILIES, Config, UserRule
from cleantext.document import Document, Part, Removal

__all__ = ["FAMILIES", "Cleaner", "Config", "Document", "Part", "Removal", "UserRule", "clean"]
__version__ = "0.1.0"
