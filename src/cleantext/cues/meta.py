"""Words that metadata lines are made of: byline prefixes, roles, dateline words, agencies.

Tables, one entry per phrase, matched case-insensitively; no code here.
"""

from __future__ import annotations

# fmt: off

# "By Jane Doe", "Von Hans Müller", "Par Marie Dupont", "Por Ana Gómez", "Di Marco Rossi",
# "Door Jan de Vries", "Przez Jan Kowalski", "Автор: Иван Петров".
BYLINE_PREFIXES = (
    "by", "written by", "words by", "story by", "posted by", "reported by", "text:", "author:",
    "authors:", "von", "autor:", "autorin:", "par", "auteur:", "por", "escrito por", "di",
    "a cura di", "door", "przez", "autor", "автор:", "автор", "текст:", "text von",
    "ein artikel von", "un article de", "publié par", "publicado por", "scritto da",
)

# Words that say what a person does, not who they are ("Jane Doe, Staff Writer").
ROLE_WORDS = (
    "writer", "staff writer", "senior writer", "editor", "senior editor", "editor-in-chief",
    "contributing editor", "reporter", "staff reporter", "correspondent", "columnist",
    "contributor", "journalist", "author", "translator", "producer", "analyst", "freelance",
    "freelancer", "photographer", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "journaliste", "rédacteur", "rédactrice", "correspondant", "periodista", "redactor",
    "redactora", "corresponsal", "giornalista", "redattore", "corrispondente", "jornalista",
    "redator", "correspondente", "redacteur", "verslaggever", "dziennikarz", "dziennikarka",
    "redaktor", "корреспондент", "журналист", "редактор",
)

# What a person credited in parentheses made besides the words: "John Roe (photography)"
# is the photographer, not an author.
VISUAL_CREDITS = (
    "photography", "photographs", "photos", "photo", "pictures", "images", "video", "videos",
    "illustration", "illustrations", "graphics", "fotos", "foto", "bilder", "photographie",
    "fotografía", "fotografia", "illustrations", "vidéo", "vídeo",
)

# News agencies and wire services: credited in bylines, never authors themselves.
AGENCY_NAMES = (
    "reuters", "afp", "ap", "associated press", "dpa", "epa", "efe", "ansa", "tass", "ria novosti",
    "interfax", "xinhua", "kyodo", "yonhap", "anadolu", "upi", "bloomberg", "pa",
    "press association", "aap", "kna", "epd", "sid", "apa", "belga", "anp", "ntb", "agencies",
    "wire services", "staff", "news agencies", "wires", "agences",
)

# Words around a date on a dateline: "Updated: Friday, April 18, 2025 at 10:47 GMT".
DATELINE_WORDS = (
    "updated", "published", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m",
    "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "bst", "ist", "date",
    "time", "created", "first", "aktualisiert", "veröffentlicht", "am", "um", "uhr", "stand",
    "publié", "mis", "à", "jour", "le", "publicado", "actualizado", "el", "a", "las", "pubblicato",
    "aggiornato", "il", "alle", "ore", "atualizado", "em", "às", "gepubliceerd", "bijgewerkt",
    "om", "opublikowano", "aktualizacja", "o", "г", "обновлено", "опубликовано", "в", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
    "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
    "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì",
    "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "segunda-feira", "terça-feira",
    "quarta-feira", "quinta-feira", "sexta-feira", "maandag", "dinsdag", "woensdag", "donderdag",
    "vrijdag", "zaterdag", "zondag", "poniedziałek", "wtorek", "środa", "czwartek", "piątek",
    "sobota", "niedziela", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
    "воскресенье", "by", "and", "de", "der", "du", "del", "of", "the", "|", "-", "—", "·", "min",
    "read",
)

# Words that open a byline or a dateline and that a rendering often glues to the end of
# the headline ("Ban comes into forcePublished: Wednesday, 2 January", "Big winBy Jane Doe").
GLUED_OPENERS = (
    "by", "published", "posted", "updated", "last updated", "written by", "von", "par", "por",
    "veröffentlicht", "aktualisiert", "publié", "publicado", "actualizado", "pubblicato",
    "aggiornato", "atualizado", "gepubliceerd", "bijgewerkt", "opublikowano",
)

# Particles inside personal names ("Jan de Vries", "Ludwig van Beethoven", "Omar al-Bashir").
NAME_PARTICLES = (
    "de", "van", "von", "der", "den", "da", "di", "del", "della", "du", "la", "le", "al", "bin",
    "ibn", "y", "dos", "das", "ten", "ter",
)

# Conjunctions joining several authors.
NAME_JOINERS = (
    "and", "&", "und", "et", "y", "e", "en", "i", "и", "with", "avec", "mit", "con", "com",
)

# Capitalised words that name interface elements, sections or organisations, never a
# person: a "name" made of them ("Follow Author", "Introducing Fandom") is not a byline.
NOT_NAME_WORDS = (
    "about", "account", "all", "app", "archive", "article", "articles", "author", "authors",
    "blog", "business", "comment", "comments", "contact", "continue", "copy", "daily", "editor",
    "email", "entertainment", "feed", "follow", "following", "free", "health", "help", "home",
    "image", "images", "introducing", "latest", "link", "live", "log", "login", "menu", "more",
    "most", "my", "new", "news", "newsletter", "next", "online", "opinion", "our", "photo",
    "photos", "politics", "popular", "post", "posts", "previous", "print", "privacy", "profile",
    "read", "related", "report", "search", "section", "see", "share", "show", "sign", "sport",
    "sports", "staff", "stories", "story", "subscribe", "tech", "technology", "the", "this", "top",
    "travel", "video", "videos", "view", "watch", "weather", "world", "your", "policy", "terms",
    "media", "press", "times", "post", "daily", "journal", "magazine", "network", "radio", "tv",
    "online", "group", "inc", "ltd", "team", "desk", "service", "services", "agency", "wire",
    "club", "league", "united", "city", "university", "institute", "department", "ministry",
    "council", "government", "company", "bureau",
    "senior", "chief", "deputy", "associate", "executive", "managing", "director", "manager",
    "president", "officer", "technologist", "engineer", "specialist", "fellow", "lead", "head",
    "vice", "general", "project", "program", "programme", "permalink", "license", "tweet", "twitter", "facebook",
    "instagram", "linkedin",
    # Function words and the words of a publication's own labels ("In Today's Paper",
    # "Yesterday's Issue", "Lottery Numbers", "PR Newswire").
    "in", "of", "for", "to", "on", "at", "today", "today's", "yesterday", "yesterday's",
    "issue", "edition", "paper", "newswire", "communications", "quiz", "lottery", "numbers",
    "awards", "sponsors", "feeds", "updated",
)

# Copyright holders' legal suffixes, cut from a site name ("Example Media Ltd.").
LEGAL_SUFFIXES = (
    "inc", "ltd", "llc", "gmbh", "ag", "s.a", "sa", "plc", "corp", "co", "limited", "a.s", "srl",
    "s.r.l", "bv", "b.v",
)

# Words after a copyright holder's name that belong to the footer's links, or that make
# a copyright line a heading ("Copyright Notice"), never a site's name.
NOT_SITE_WORDS = (
    "privacy", "terms", "contact", "about", "sitemap", "advertise", "help", "notice",
    "information", "policy", "statement", "info", "disclaimer", "imprint", "impressum",
    "all", "reserved", "top", "home", "rss", "feedback", "cookies", "legal",
)
# The words a page's furniture is made of: menus, tools, account and subscription
# prompts, teaser lists ("Most Viewed", "Premium Article", "Search CBS News The Web").
# A line made mostly of them is not a headline.
FURNITURE_WORDS = (
    "home", "news", "latest", "top", "more", "most", "popular", "viewed", "emailed", "search",
    "web", "site", "sites", "sitemap", "login", "log", "sign", "register", "registered",
    "subscribe", "subscription", "subscriber", "subscribers", "premium", "account", "member",
    "members", "print", "printable", "printer", "friendly", "email", "e-mail", "share", "comment",
    "comments", "reply", "rss", "feed", "feeds", "newsletter", "newsletters", "archive",
    "archives", "section", "sections", "category", "categories", "tags", "topics", "index",
    "page", "pages", "menu", "navigation", "skip", "content", "link", "links", "click", "browser",
    "javascript", "script", "video", "videos", "photo", "photos", "gallery", "galleries",
    "slideshow", "image", "images", "larger", "enlarge", "view", "font", "text", "size",
    "advertise", "advertisement", "advertising", "ads", "sponsored", "classifieds", "jobs",
    "services", "contact", "privacy", "terms", "help", "faq", "tips", "sort", "relevance",
    "oldest", "newest", "recent", "next", "previous", "back", "headlines", "stories", "story",
    "article", "articles", "blog", "blogs", "forum", "forums", "edition", "online", "digital",
    "mobile", "weather", "traffic", "tools", "options", "settings", "profile", "bookmark",
    "digg", "delicious", "facebook", "twitter", "reddit", "yahoo", "google", "aim", "sections",
    "multimedia", "podcasts", "podcast", "audio", "interactive", "features", "reprints",
    "rights", "reserved", "copyright", "powered", "username", "password", "forgot", "logout",
    "today", "yesterday",
)

# Where a caption places the people in its picture: "Jane Doe (left)", "Above: ...".
CAPTION_POSITIONS = (
    "left", "right", "centre", "center", "pictured", "top", "bottom", "above", "below", "l", "r",
    "c", "links", "rechts", "mitte", "à gauche", "à droite", "au centre", "ao centro",
    "izquierda", "derecha",
)

# Words of a picture credit in parentheses: "(TOI Photo)", "(Photo by Jane Doe)", "(File)".
PICTURE_CREDITS = (
    "photo", "photos", "pic", "pics", "picture", "pictures", "file", "image", "images", "foto",
    "fotos", "bild", "getty", "reuters", "afp", "ap", "epa",
)

# Field names of a data sheet or of page furniture, before a colon ("Source: ...",
# "Artist: ...", "Font Size: ..."): the line is a field, not a headline.
FIELD_LABELS = (
    "source", "sources", "artist", "director", "directors", "category", "categories", "keywords",
    "tags", "tag", "filed under", "location", "courtesy", "credit", "credits", "photo", "photos",
    "pdf", "video", "audio", "font size", "text size", "font", "read article", "read more",
    "related", "topic", "topics", "section", "genre", "rating", "cast", "runtime", "label",
    "in category", "posted in", "published in", "format", "price", "release date", "country",
    "language", "producer", "writer", "writers", "starring", "venue", "date", "time", "share",
    "email", "print", "sort by", "views",
)
# fmt: on
