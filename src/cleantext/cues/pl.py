"""Polish cue phrases, by family: the same kinds of cruft as ``en``, in Polish."""

from __future__ import annotations

from . import Cue

# fmt: off
RULES: tuple[Cue, ...] = (
    Cue("navigation.skip_link", "navigation", "drop", r"przejdź do (?:treści|zawartości|menu)(?: głównej)?"),
    Cue("navigation.continues", "navigation", "continues", r"(?:dalsza część|dalszy ciąg) (?:artykułu|tekstu|materiału) (?:poniżej|pod (?:reklamą|materiałem wideo|wideo))\W{0,3}"),
    Cue("navigation.back_to_top", "navigation", "drop", r"(?:powrót na górę|do góry|na górę)\W{0,3}"),
    Cue("navigation.menu_label", "navigation", "drop", r"(?:menu(?: główne)?|nawigacja|szukaj|wyszukaj|zaloguj(?: się)?|logowanie|zarejestruj(?: się)?|moje konto|strona główna)\W{0,2}"),
    Cue("navigation.site_links", "navigation", "drop", r"(?:(?:polityka prywatności|prywatność|kontakt|regulamin|polityka cookies|o nas|reklama|mapa strony|praca|redakcja)(?:\s*[|·•,/]\s*|\s+|$)){2,12}"),
    Cue("share.buttons", "share", "drop", r"(?:udostępnij(?: na \w+)?|podziel się|drukuj|wyślij e-?mailem|e-?mail|kopiuj link|facebook|twitter|whatsapp)(?:\s*+[|·•,/:]?+\s*+(?:udostępnij(?: na \w+)?|podziel się|drukuj|wyślij e-?mailem|e-?mail|kopiuj link|facebook|twitter|whatsapp)){0,12}\s*:?"),
    Cue("share.follow", "share", "drop", r"obserwuj nas(?: na .{1,60})?\W{0,2}"),
    Cue("comments.marker", "comments", "end", r"(?:\d+\s+)?(?:komentarze|komentarzy|komentarz)(?:\s*\(\d+\))?\s*:?|(?:dodaj|napisz|zostaw) komentarz\W{0,3}"),
    Cue("comments.none_yet", "comments", "drop", r"(?:brak komentarzy|nie ma jeszcze komentarzy)\W{0,4}|bądź pierwszy,? (?:który|kto) skomentuje\W{0,3}"),
    Cue("related.marker", "related", "end", r"(?:podobne|powiązane|polecane|zobacz także|czytaj także|czytaj też|najczęściej czytane|najpopularniejsze)(?: (?:artykuły|wiadomości|tematy|materiały))?\s*:?|może cię zainteresować\W{0,2}|zobacz również\W{0,2}|czytaj więcej\W{0,2}"),
    Cue("related.inline", "related", "drop", r"(?:czytaj (?:także|też|również|więcej)|zobacz (?:także|też|również))\s*[:|»>]\s*.{3,250}"),
    Cue("newsletter.subscribe", "newsletter", "drop", r"(?:zapisz się|zasubskrybuj|subskrybuj)(?: (?:na|do) .{1,60})?\W{0,3}|(?:twój )?adres e-?mail\W{0,3}|newsletter\W{0,3}"),
    Cue("newsletter.promo", "newsletter", "drop", r"reklama|materiał sponsorowany|artykuł sponsorowany|treść sponsorowana"),
    Cue("footer.rights", "footer", "drop", r".{0,150}\bwszelkie prawa zastrzeżone\b.{0,100}"),
    Cue("media.credit_line", "media", "drop", r"(?:fot\.|foto|zdjęcie|źródło|ilustracja)\s*:?\s*.{1,100}"),
    Cue("byline.reading_time", "byline", "drop", r"(?:czas czytania\s*:?\s*)?\d{1,3}\s*min(?:ut|uty|uta)?\.?(?: czytania)?\W{0,2}"),
    Cue("byline.categories", "byline", "drop", r"(?:tagi|tematy|kategorie|kategoria)\s*:\s*.{1,200}"),
)
# fmt: on
