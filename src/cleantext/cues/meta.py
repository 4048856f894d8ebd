"""Words that metadata lines are made of: byline prefixes, roles, dateline words, agencies."""

from __future__ import annotations

# "By Jane Doe", "Von Hans Müller", "Par Marie Dupont", "Por Ana Gómez", "Di Marco Rossi",
# "Door Jan de Vries", "Przez Jan Kowalski", "Автор: Иван Петров".
BYLINE_PREFIXES = (
    "by", "written by", "words by", "story by", "posted by", "reported by", "text:", "author:",
    "authors:", "von", "autor:", "autorin:", "par", "auteur:", "por", "escrito por", "di",
    "a cura di", "door", "przez", "autor", "автор:", "автор", "текст:",
)

# Words that say what a person does, not who they are ("Jane Doe, Staff Writer").
ROLE_WORDS = (
    "writer", "staff writer", "senior writer", "editor", "senior editor", "editor-in-chief",
    "contributing editor", "reporter", "staff reporter", "correspondent", "columnist",
    "contributor", "journalist", "author", "translator", "producer", "analyst", "freelance",
    "freelancer", "photographer", "redakteur", "redakteurin", "korrespondent",
    "korrespondentin", "journaliste", "rédacteur", "rédactrice", "correspondant",
    "periodista", "redactor", "redactora", "corresponsal", "giornalista", "redattore",
    "corrispondente", "jornalista", "redator", "correspondente", "redacteur", "verslaggever",
    "dziennikarz", "dziennikarka", "redaktor", "корреспондент", "журналист", "редактор",
)

# News agencies and wire services: credited in bylines, never authors themselves.
AGENCY_NAMES = (
    "reuters", "afp", "ap", "associated press", "dpa", "epa", "efe", "ansa", "tass",
    "ria novosti", "interfax", "xinhua", "kyodo", "yonhap", "anadolu", "upi", "bloomberg",
    "pa", "press association", "aap", "kna", "epd", "sid", "apa", "belga", "anp", "ntb",
    "agencies", "wire services", "staff", "news agencies",
)

# Words around a date on a dateline: "Updated: Friday, April 18, 2025 at 10:47 GMT".
DATELINE_WORDS = (
    "updated", "published", "posted", "last", "modified", "on", "at", "am", "pm", "a.m",
    "p.m", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "bst", "ist",
    "date", "time", "created", "first", "aktualisiert", "veröffentlicht", "am", "um", "uhr",
    "stand", "publié", "mis", "à", "jour", "le", "publicado", "actualizado", "el", "a", "las",
    "pubblicato", "aggiornato", "il", "alle", "ore", "atualizado", "em", "às", "gepubliceerd",
    "bijgewerkt", "om", "opublikowano", "aktualizacja", "o", "г", "обновлено", "опубликовано",
    "в", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
    "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "by", "and", "de", "der", "du", "del", "of", "the", "|", "-", "—", "·",
)

# Particles inside personal names ("Jan de Vries", "Ludwig van Beethoven", "Omar al-Bashir").
NAME_PARTICLES = ("de", "van", "von", "der", "den", "da", "di", "del", "della", "du", "la", "le", "al", "bin", "ibn", "y", "dos", "das", "ten", "ter")

# Conjunctions joining several authors.
NAME_JOINERS = ("and", "&", "und", "et", "y", "e", "en", "i", "и", "with")
