"""German cue phrases, by family: the same kinds of cruft as ``en``, in German."""

from __future__ import annotations

from . import Cue

# fmt: off
RULES: tuple[Cue, ...] = (
    Cue("navigation.skip_link", "navigation", "drop", r"zum (?:inhalt|hauptinhalt|seitenanfang)(?: springen)?|inhalt überspringen|navigation überspringen"),
    Cue("navigation.continues", "navigation", "continues", r"(?:der )?artikel (?:wird|geht) (?:nach|unter(?:halb)?) der (?:anzeige|werbung) (?:fortgesetzt|weiter)\W{0,3}|weiter(?:lesen)? nach der (?:anzeige|werbung)\W{0,3}"),
    Cue("navigation.back_to_top", "navigation", "drop", r"(?:nach oben|zurück nach oben|zum seitenanfang)\W{0,3}"),
    Cue("navigation.pagination", "navigation", "drop", r"(?:vorherige[rs]?|nächste[rs]?) (?:artikel|beitrag|seite)\W{0,3}|zurück zur übersicht\W{0,3}"),
    Cue("navigation.menu_label", "navigation", "drop", r"(?:hauptmenü|menü|navigation|suche|suchen|anmelden|einloggen|abmelden|registrieren|mein konto|startseite)\W{0,2}"),
    Cue("navigation.site_links", "navigation", "drop", r"(?:(?:impressum|datenschutz(?:erklärung)?|kontakt|agb|nutzungsbedingungen|cookie-einstellungen|barrierefreiheit|über uns|mediadaten|jobs|karriere)(?:\s*[|·•,/]\s*|\s+|$)){2,12}"),
    Cue("share.buttons", "share", "drop", r"(?:teilen|artikel teilen|drucken|artikel drucken|e-?mail|per e-?mail versenden|link kopieren|facebook|twitter|whatsapp|teilen auf \w+)(?:\s*+[|·•,/:]?+\s*+(?:teilen|artikel teilen|drucken|artikel drucken|e-?mail|per e-?mail versenden|link kopieren|facebook|twitter|whatsapp|teilen auf \w+)){0,12}\s*:?"),
    Cue("share.follow", "share", "drop", r"folgen sie uns(?: auf .{1,60})?\W{0,2}|(?:folge|folgt) uns(?: auf .{1,60})?\W{0,2}"),
    Cue("comments.marker", "comments", "end", r"(?:\d+\s+)?(?:kommentare?|leserkommentare|diskussion)(?:\s*\(\d+\))?\s*:?|(?:kommentar (?:schreiben|verfassen|hinterlassen)|(?:schreiben sie|schreibe|hinterlasse) einen kommentar|kommentieren)\W{0,3}"),
    Cue("comments.none_yet", "comments", "drop", r"(?:noch )?keine kommentare(?: vorhanden)?\W{0,4}|seien sie der erste,? der kommentiert\W{0,3}"),
    Cue("related.marker", "related", "end", r"(?:mehr|weitere|ähnliche|verwandte) (?:zum thema|artikel|nachrichten|beiträge|themen|meldungen)(?: .{1,40})?\s*:?|das könnte (?:sie|dich) auch interessieren\W{0,2}|auch interessant\W{0,2}|meistgelesen\W{0,2}|lesen sie (?:auch|mehr)\W{0,2}|beliebte (?:beiträge|artikel)(?: .{1,40})?\s*:?"),
    Cue("related.inline", "related", "drop", r"(?:lesen sie auch|auch interessant|mehr zum thema|lesetipp)\s*[:|»>]\s*.{3,250}"),
    Cue("newsletter.subscribe", "newsletter", "drop", r"(?:newsletter )?(?:abonnieren|jetzt abonnieren|jetzt anmelden|zum newsletter anmelden)(?: .{1,60})?\W{0,3}|ihre e-?mail-?adresse\W{0,3}|(?:\w+-)?newsletter\W{0,3}"),
    Cue("newsletter.promo", "newsletter", "drop", r"anzeige|werbung|gesponsert|weiterlesen\W{0,3}"),
    Cue("footer.rights", "footer", "drop", r".{0,150}\balle rechte vorbehalten\b.{0,100}"),
    Cue("media.credit_line", "media", "drop", r"(?:foto|bild|fotos|grafik|quelle)\s*:\s*.{1,100}"),
    Cue("byline.reading_time", "byline", "drop", r"(?:lesezeit:?\s*)?(?:ca\.\s*)?\d{1,3}\s*(?:min(?:uten)?\.?)(?: lesezeit)?\W{0,2}"),
    Cue("byline.categories", "byline", "drop", r"(?:themen|schlagworte|schlagwörter|stichworte|kategorie|rubrik)\s*:\s*.{1,200}"),
)
# fmt: on
