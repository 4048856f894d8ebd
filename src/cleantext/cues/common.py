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
    # Copyright lines: "Copyright © 2014-2025 IRIA - ...", "© 2024 Example Media". Longer
    # ones need "All rights reserved" (footer.rights): a credit glued to a paragraph
    # ("© Provided by Example Inc Nintendo and Apple shocked ...") is not one.
    Cue(
        "footer.copyright",
        "footer",
        "drop",
        r"(?:copyright\s*)?(?:©|\(c\))\s*.{0,200}|copyright\s+\d{4}.{0,200}"
        # "Copyright Example Media Ltd. 2024": names after the word, not a sentence about
        # copyright ("Copyright Office officials said ...").
        r"|copyright\s+(?:(?-i:\p{Lu})[\p{L}&.'’-]*+,?\s*+){1,8}(?:\d{4}(?:\s*[-–]\s*\d{4})?)?"
        r"\W{0,3}(?:all rights reserved\W{0,2})?",
    ),
    # Lines of link-list separators left over from menus: "Home | News | Sport".
    Cue(
        "navigation.pipe_menu",
        "navigation",
        "drop",
        r"(?:[^|·•»>\n]{1,30}\s[|·•»]\s){2,}[^|·•»>\n]{0,30}",
        hint=r"\s[|·•»]\s",
    ),
)
