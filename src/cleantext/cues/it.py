"""Italian cue phrases, by family: the same kinds of cruft as ``en``, in Italian."""

from __future__ import annotations

from . import Cue

# fmt: off
RULES: tuple[Cue, ...] = (
    Cue("navigation.skip_link", "navigation", "drop", r"(?:vai|salta) al (?:contenuto|menu)(?: principale)?"),
    Cue("navigation.continues", "navigation", "continues", r"(?:l'articolo )?continua (?:sotto|dopo (?:la )?pubblicità)\W{0,3}|continua a leggere (?:sotto|dopo (?:la )?pubblicità)\W{0,3}"),
    Cue("navigation.back_to_top", "navigation", "drop", r"(?:torna (?:su|all'inizio|in alto))\W{0,3}"),
    Cue("navigation.menu_label", "navigation", "drop", r"(?:menu(?: principale)?|navigazione|cerca|ricerca|accedi|login|registrati|il mio account|home ?page)\W{0,2}"),
    Cue("navigation.site_links", "navigation", "drop", r"(?:(?:note legali|privacy(?: policy)?|informativa privacy|contatti|chi siamo|termini e condizioni|cookie policy|mappa del sito|pubblicità|lavora con noi)(?:\s*[|·•,/]\s*|\s+|$)){2,12}"),
    Cue("share.buttons", "share", "drop", r"(?:condividi(?: su \w+)?|stampa|invia (?:per|via) e-?mail|e-?mail|copia (?:il )?link|facebook|twitter|whatsapp)(?:\s*+[|·•,/:]?+\s*+(?:condividi(?: su \w+)?|stampa|invia (?:per|via) e-?mail|e-?mail|copia (?:il )?link|facebook|twitter|whatsapp)){0,12}\s*:?"),
    Cue("share.follow", "share", "drop", r"seguici(?: su .{1,60})?\W{0,2}"),
    Cue("comments.marker", "comments", "end", r"(?:\d+\s+)?(?:commenti|commento)(?:\s*\(\d+\))?\s*:?|(?:lascia|scrivi|aggiungi) un commento\W{0,3}"),
    Cue("comments.none_yet", "comments", "drop", r"(?:nessun commento|non ci sono commenti)(?: ancora)?\W{0,4}|sii il primo a commentare\W{0,3}"),
    Cue("related.marker", "related", "end", r"(?:articoli|notizie|post|contenuti) (?:correlat[ie]|simili|consigliat[ie])\s*:?|potrebbe interessarti(?: anche)?\W{0,2}|leggi anche\W{0,2}|i più letti\W{0,2}|più lett[ie]\W{0,2}|ti potrebbe interessare\W{0,2}"),
    Cue("related.inline", "related", "drop", r"(?:leggi anche|vedi anche|potrebbe interessarti)\s*[:|»>]\s*.{3,250}"),
    Cue("newsletter.subscribe", "newsletter", "drop", r"(?:iscriviti|abbonati)(?: (?:a|alla|al) .{1,60})?\W{0,3}|(?:il tuo )?indirizzo e-?mail\W{0,3}|newsletters?\W{0,3}"),
    Cue("newsletter.promo", "newsletter", "drop", r"pubblicità|sponsorizzato|contenuto sponsorizzato"),
    Cue("footer.rights", "footer", "drop", r".{0,150}\btutti i diritti riservati\b.{0,100}|.{0,100}\briproduzione riservata\b.{0,100}"),
    Cue("media.credit_line", "media", "drop", r"(?:foto|immagine|fonte)\s*:\s*.{1,100}"),
    Cue("byline.reading_time", "byline", "drop", r"(?:tempo di lettura\s*:?\s*)?\d{1,3}\s*min(?:uti)?\.?(?: di lettura)?\W{0,2}"),
    Cue("byline.categories", "byline", "drop", r"(?:tag|argomenti|categorie|categoria)\s*:\s*.{1,200}"),
)
# fmt: on
