"""French cue phrases, by family: the same kinds of cruft as ``en``, in French."""

from __future__ import annotations

from . import Cue

# fmt: off
RULES: tuple[Cue, ...] = (
    Cue("navigation.skip_link", "navigation", "drop", r"aller (?:au|directement au) (?:contenu|menu)(?: principal)?|passer au contenu(?: principal)?"),
    Cue("navigation.continues", "navigation", "continues", r"(?:la )?suite (?:de l'article )?(?:après (?:cette |la )?publicité|ci-dessous)\W{0,3}|l'article continue (?:ci-dessous|après (?:cette |la )?publicité)\W{0,3}"),
    Cue("navigation.back_to_top", "navigation", "drop", r"(?:retour en haut(?: de (?:la )?page)?|haut de page)\W{0,3}"),
    Cue("navigation.menu_label", "navigation", "drop", r"(?:menu(?: principal)?|navigation|rechercher|recherche|se connecter|connexion|s'inscrire|mon compte|accueil)\W{0,2}"),
    Cue("navigation.site_links", "navigation", "drop", r"(?:(?:mentions légales|politique de confidentialité|confidentialité|contact(?:ez-nous)?|cgu|conditions générales(?: d'utilisation)?|gestion des cookies|qui sommes-nous|plan du site|publicité|accessibilité)(?:\s*[|·•,/]\s*|\s+|$)){2,12}"),
    Cue("share.buttons", "share", "drop", r"(?:partager(?: sur \w+)?|partager cet article|imprimer|envoyer par e-?mail|e-?mail|copier le lien|facebook|twitter|whatsapp)(?:\s*+[|·•,/:]?+\s*+(?:partager(?: sur \w+)?|partager cet article|imprimer|envoyer par e-?mail|e-?mail|copier le lien|facebook|twitter|whatsapp)){0,12}\s*:?"),
    Cue("share.follow", "share", "drop", r"suivez-nous(?: sur .{1,60})?\W{0,2}|retrouvez-nous sur .{1,60}"),
    Cue("comments.marker", "comments", "end", r"(?:\d+\s+|vos )?(?:commentaires?|réactions?)(?:\s*\(\d+\))?\s*:?|(?:laisser|ajouter|écrire|poster) un commentaire\W{0,3}|réagir\W{0,3}"),
    Cue("comments.none_yet", "comments", "drop", r"(?:aucun|pas de) commentaires?(?: pour le moment)?\W{0,4}|soyez le premier à (?:commenter|réagir)\W{0,3}"),
    Cue("related.marker", "related", "end", r"(?:articles?|publications?|billets?|sujets?|contenus?) (?:similaires|associés|liés|recommandés)\s*:?|(?:à|a) lire aussi\W{0,2}|sur le même sujet\W{0,2}|les plus lus\W{0,2}|vous aimerez aussi\W{0,2}|lire (?:aussi|la suite)\W{0,2}|dans la même rubrique\W{0,2}"),
    Cue("related.inline", "related", "drop", r"(?:(?:à|a) lire aussi|lire aussi|voir aussi|sur le même sujet)\s*[:|»>]\s*.{3,250}"),
    Cue("newsletter.subscribe", "newsletter", "drop", r"(?:abonnez-vous|s'abonner|inscrivez-vous|je m'abonne|je m'inscris)(?: à .{1,60})?\W{0,3}|(?:votre )?adresse e-?mail\W{0,3}|newsletters?\W{0,3}"),
    Cue("newsletter.promo", "newsletter", "drop", r"publicité|sponsorisé|contenu sponsorisé|la suite après (?:cette )?(?:la )?publicité\W{0,3}"),
    Cue("footer.rights", "footer", "drop", r".{0,150}\btous droits réservés\b.{0,100}"),
    Cue("media.credit_line", "media", "drop", r"(?:photo|image|illustration|crédit photo|crédits?)\s*:\s*.{1,100}"),
    Cue("byline.reading_time", "byline", "drop", r"(?:temps de lecture\s*:?\s*)?\d{1,3}\s*min(?:utes?)?\.?(?: de lecture)?\W{0,2}"),
    Cue("byline.categories", "byline", "drop", r"(?:mots-clés|tags?|catégories?|rubriques?|thèmes?)\s*:\s*.{1,200}"),
)
# fmt: on
