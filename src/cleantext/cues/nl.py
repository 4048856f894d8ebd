"""Dutch cue phrases, by family: the same kinds of cruft as ``en``, in Dutch."""

from __future__ import annotations

from . import Cue

# fmt: off
RULES: tuple[Cue, ...] = (
    Cue("navigation.skip_link", "navigation", "drop", r"(?:ga |direct )?naar (?:de )?(?:inhoud|hoofdinhoud|content)|inhoud overslaan"),
    Cue("navigation.continues", "navigation", "continues", r"(?:het artikel gaat verder|lees verder) (?:onder|na) (?:de|deze) (?:advertentie|video)\W{0,3}"),
    Cue("navigation.back_to_top", "navigation", "drop", r"(?:terug naar boven|naar boven)\W{0,3}"),
    Cue("navigation.menu_label", "navigation", "drop", r"(?:hoofdmenu|menu|navigatie|zoeken|inloggen|aanmelden|registreren|mijn account|home)\W{0,2}"),
    Cue("navigation.site_links", "navigation", "drop", r"(?:(?:privacyverklaring|privacybeleid|privacy|contact|disclaimer|cookiebeleid|cookie-instellingen|over ons|colofon|adverteren|vacatures|algemene voorwaarden)(?:\s*[|·•,/]\s*|\s+|$)){2,12}"),
    Cue("share.buttons", "share", "drop", r"(?:delen(?: op \w+)?|deel dit artikel|printen|afdrukken|e-?mailen|e-?mail|link kopiëren|facebook|twitter|whatsapp)(?:\s*+[|·•,/:]?+\s*+(?:delen(?: op \w+)?|deel dit artikel|printen|afdrukken|e-?mailen|e-?mail|link kopiëren|facebook|twitter|whatsapp)){0,12}\s*:?"),
    Cue("share.follow", "share", "drop", r"volg ons(?: op .{1,60})?\W{0,2}"),
    Cue("comments.marker", "comments", "end", r"(?:\d+\s+)?(?:reacties?)(?:\s*\(\d+\))?\s*:?|(?:plaats|schrijf|geef) (?:een )?reactie\W{0,3}|reageer\W{0,3}"),
    Cue("comments.none_yet", "comments", "drop", r"(?:nog )?geen reacties(?: gevonden)?\W{0,4}|wees de eerste die reageert\W{0,3}"),
    Cue("related.marker", "related", "end", r"(?:gerelateerde|meer|andere) (?:artikelen|berichten|nieuws|verhalen)\s*:?|lees (?:ook|meer)\W{0,2}|meest gelezen\W{0,2}|dit vind je misschien ook interessant\W{0,2}|bekijk ook\W{0,2}"),
    Cue("related.inline", "related", "drop", r"(?:lees ook|lees meer|bekijk ook|zie ook)\s*[:|»>]\s*.{3,250}"),
    Cue("newsletter.subscribe", "newsletter", "drop", r"(?:abonneer(?: je| u)?|schrijf je in|meld je aan|aanmelden)(?: (?:op|voor) .{1,60})?\W{0,3}|(?:je|uw) e-?mailadres\W{0,3}|nieuwsbrief\W{0,3}"),
    Cue("newsletter.promo", "newsletter", "drop", r"advertentie|gesponsord|gesponsorde inhoud"),
    Cue("footer.rights", "footer", "drop", r".{0,150}\balle rechten voorbehouden\b.{0,100}"),
    Cue("media.credit_line", "media", "drop", r"(?:foto|beeld|afbeelding|bron)\s*:\s*.{1,100}"),
    Cue("byline.reading_time", "byline", "drop", r"(?:leestijd\s*:?\s*)?\d{1,3}\s*min(?:uten)?\.?(?: leestijd)?\W{0,2}"),
    Cue("byline.categories", "byline", "drop", r"(?:tags|onderwerpen|trefwoorden|categorie(?:ën)?)\s*:\s*.{1,200}"),
)
# fmt: on
