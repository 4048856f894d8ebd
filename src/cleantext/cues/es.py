"""Spanish cue phrases, by family: the same kinds of cruft as ``en``, in Spanish."""

from __future__ import annotations

from . import Cue

# fmt: off
RULES: tuple[Cue, ...] = (
    Cue("navigation.skip_link", "navigation", "drop", r"(?:saltar|ir) al contenido(?: principal)?"),
    Cue("navigation.continues", "navigation", "continues", r"(?:la (?:noticia|información) )?(?:sigue|continúa) (?:debajo|tras la publicidad|después de la publicidad)\W{0,3}|sigue leyendo (?:debajo|tras la publicidad)\W{0,3}"),
    Cue("navigation.back_to_top", "navigation", "drop", r"(?:volver|ir) (?:arriba|al inicio)\W{0,3}"),
    Cue("navigation.menu_label", "navigation", "drop", r"(?:menú(?: principal)?|navegación|buscar|búsqueda|iniciar sesión|acceder|registrarse|regístrate|mi cuenta|inicio|portada)\W{0,2}"),
    Cue("navigation.site_links", "navigation", "drop", r"(?:(?:aviso legal|política de privacidad|privacidad|contacto|contáctanos|términos y condiciones|política de cookies|quiénes somos|mapa del sitio|publicidad|accesibilidad)(?:\s*[|·•,/]\s*|\s+|$)){2,12}"),
    Cue("share.buttons", "share", "drop", r"(?:compartir(?: en \w+)?|comparte|imprimir|enviar por (?:e-?mail|correo)|correo electrónico|copiar enlace|facebook|twitter|whatsapp)(?:\s*+[|·•,/:]?+\s*+(?:compartir(?: en \w+)?|comparte|imprimir|enviar por (?:e-?mail|correo)|correo electrónico|copiar enlace|facebook|twitter|whatsapp)){0,12}\s*:?"),
    Cue("share.follow", "share", "drop", r"síguenos(?: en .{1,60})?\W{0,2}"),
    Cue("comments.marker", "comments", "end", r"(?:\d+\s+)?(?:comentarios?)(?:\s*\(\d+\))?\s*:?|(?:deja|dejar|escribe|añadir|publicar) (?:un |tu )?comentario\W{0,3}"),
    Cue("comments.none_yet", "comments", "drop", r"(?:no hay|sin) comentarios(?: todavía| aún)?\W{0,4}|sé el primero en comentar\W{0,3}"),
    Cue("related.marker", "related", "end", r"(?:noticias|notas|artículos|entradas|publicaciones|posts|contenidos|temas) (?:relacionad[oa]s|recomendad[oa]s|similares)\s*:?|te puede interesar\W{0,2}|también te puede interesar\W{0,2}|lo más leído\W{0,2}|(?:lee|leer) (?:también|más)\W{0,2}|más noticias(?: de .{1,40})?\W{0,2}"),
    Cue("related.inline", "related", "drop", r"(?:lee también|leer también|lea también|lea más|lee más|lea|te puede interesar|ver también|relacionado)\s*[:|»>]\s*.{3,250}"),
    Cue("newsletter.subscribe", "newsletter", "drop", r"(?:suscríbete|suscribirse|regístrate|apúntate)(?: a .{1,60})?\W{0,3}|(?:tu )?(?:correo electrónico|dirección de correo)\W{0,3}|boletín\W{0,3}|newsletters?\W{0,3}"),
    Cue("newsletter.promo", "newsletter", "drop", r"publicidad|patrocinado|contenido patrocinado|anuncio"),
    Cue("footer.rights", "footer", "drop", r".{0,150}\btodos los derechos reservados\b.{0,100}"),
    Cue("media.credit_line", "media", "drop", r"(?:foto|imagen|fotografía|ilustración|fuente)\s*:\s*.{1,100}"),
    Cue("byline.reading_time", "byline", "drop", r"(?:tiempo de lectura\s*:?\s*)?\d{1,3}\s*min(?:utos?)?\.?(?: de lectura)?\W{0,2}"),
    Cue("byline.categories", "byline", "drop", r"(?:etiquetas|temas|categorías?|archivado en)\s*:\s*.{1,200}"),
)
# fmt: on
