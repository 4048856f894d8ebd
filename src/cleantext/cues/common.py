"""Cues that need no language: URLs of embeds, social handles, copyright signs, credits."""

from __future__ import annotations

from . import Cue

# Photo and news agencies that appear in image credits ("Maxim Shemetov/REUTERS").
AGENCIES = (
    r"reuters|afp|ap|ap photo|dpa|epa|efe|ansa|tass|ria novosti|xinhua|anadolu|getty images?"
    r"|getty|imago(?: images)?|picture[- ]alliance|shutterstock|istock(?:photo)?|alamy|sipa"
    r"|zuma(?: press)?|bloomberg|upi|pa(?: images| wire)?|abaca|keystone|belga|anp|kyodo|yonhap"
    r"|newscom|wireimage|aap|nurphoto|sopa images|lightrocket|unsplash|pixabay|wikimedia commons"
)

RULES: tuple[Cue, ...] = (
    # Embedded posts: a tweet's text ends in its picture link; its attribution line reads
    # "— NASA (@NASA) April 8, 2025".
    Cue("embed.post_link", "embed", "drop", r"pic\.twitter\.com/\w+", "search"),
    Cue(
        "embed.post_attribution",
        "embed",
        "embed",
        r"[—–-]\s*[^\n()]{1,80}\(@\w{1,30}\)\s*(?:on\s+)?\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}",
    ),
    # "kb/wd (Reuters, AFP)": editors' initials and the agencies a story drew on.
    Cue(
        "footer.editor_initials",
        "footer",
        "drop",
        # One character class for the agency list: nested repeats of it split long text
        # in millions of ways before they fail.
        r"\p{Ll}{2,4}(?:/\p{Ll}{2,4}){1,4}(?:\s*\([\w\s.&,-]{2,170}\))?",
    ),
    # A credit on its own line: "Sergei Savostyanov/TASS/dpa/picture alliance".
    Cue(
        "media.agency_credit",
        "media",
        "drop",
        rf"(?:[\p{{L}}.'-]+\s){{0,4}}[\p{{L}}.'-]+\s?/\s?(?:[\p{{L}} .&-]{{1,30}}/\s?){{0,4}}(?:{AGENCIES})",
    ),
    # Copyright lines: "Copyright © 2014-2025 IRIA - ...", "© 2024 Example Media".
    Cue(
        "footer.copyright",
        "footer",
        "drop",
        r"(?:copyright\s*)?(?:©|\(c\))\s*.{0,200}|copyright\s+(?:\d{4}|(?-i:\p{Lu})).{0,200}",
    ),
    # Lines of link-list separators left over from menus: "Home | News | Sport".
    Cue(
        "navigation.pipe_menu",
        "navigation",
        "drop",
        r"(?:[^|·•»>\n]{1,30}\s[|·•»]\s){2,}[^|·•»>\n]{0,30}",
    ),
)
