"""Cue tables beyond English: real-looking cruft in each language goes, article sentences stay."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.config import DEFAULT
from cleantext.text.rules import compile_cues, match

# Lines every site in the language carries: comments, related, copyright, share, newsletter, navigation.
CRUFT: dict[str, list[str]] = {
    "de": [
        "Kommentare (12)",
        "Das könnte Sie auch interessieren",
        "Das könnte dich auch interessieren",
        "Alle Rechte vorbehalten.",
        "Folgen Sie uns auf Facebook",
        "Newsletter abonnieren",
        "Zum Inhalt springen",
        "Impressum | Datenschutz | Kontakt",
        "Artikel wird nach der Anzeige fortgesetzt",  # the article goes on below an inset
        "Kommentar verfassen",
        "Beliebte Beiträge zum Thema:",
        "Vorheriger Artikel",
        "Zurück zur Übersicht",
    ],
    "fr": [
        "Commentaires (3)",
        "À lire aussi",
        "Publications similaires",
        "Tous droits réservés.",
        "Suivez-nous sur Twitter",
        "Abonnez-vous à notre newsletter",
        "Aller au contenu principal",
        "Mentions légales | Politique de confidentialité | Contact",
        "La suite après la publicité",  # the article goes on below an inset
        "Vos réactions",
    ],
    "es": [
        "Comentarios (5)",
        "Noticias relacionadas",
        "NOTAS RELACIONADAS",
        "Entradas relacionadas:",
        "Todos los derechos reservados.",
        "Síguenos en Facebook",
        "Suscríbete a nuestro boletín",
        "Saltar al contenido",
        "Aviso legal | Política de privacidad | Contacto",
        "Lea también: El Gobierno aprueba la reforma fiscal",
        "Lea más: La sequía golpea a los agricultores del sur",
        "La noticia sigue tras la publicidad",  # the article goes on below an inset
    ],
    "it": [
        "Commenti (2)",
        "Leggi anche",
        "Post correlati",
        "Riproduzione riservata",
        "Seguici su Facebook",
        "Iscriviti alla newsletter",
        "Vai al contenuto principale",
        "Note legali | Privacy policy | Contatti",
        "L'articolo continua sotto",  # the article goes on below an inset
    ],
    "pt": [
        "Comentários (4)",
        "Leia também",
        "Posts relacionados",
        "Todos os direitos reservados.",
        "Siga-nos no Twitter",
        "Assine a nossa newsletter",
        "Pular para o conteúdo",
        "Termos de uso | Política de privacidade | Contato",
        "Continua após a publicidade",  # the article goes on below an inset
    ],
    "nl": [
        "Reacties (7)",
        "Lees ook",
        "Alle rechten voorbehouden.",
        "Volg ons op Twitter",
        "Schrijf je in voor de nieuwsbrief",
        "Naar de inhoud",
        "Privacybeleid | Cookiebeleid | Contact",
        "Het artikel gaat verder onder de advertentie",  # the article goes on below an inset
    ],
    "pl": [
        "Komentarze (9)",
        "Czytaj także",
        "Wszelkie prawa zastrzeżone.",
        "Obserwuj nas na Facebooku",
        "Zapisz się na newsletter",
        "Przejdź do treści",
        "Polityka prywatności | Regulamin | Kontakt",
        "Dalsza część artykułu pod reklamą",  # the article goes on below an inset
    ],
    "ru": [
        "Комментарии (15)",
        "Читайте также",
        "Все права защищены.",
        "Подписывайтесь на наш канал в Telegram",
        "Подпишитесь на рассылку",
        "Перейти к содержимому",
        "Политика конфиденциальности | Контакты | Реклама",
        "Продолжение ниже",  # the article goes on below an inset
    ],
}

# Article sentences that share words with the cues above.
ARTICLE: dict[str, list[str]] = {
    "de": [
        "Die Kommentare des Ministers sorgten für Kritik im Bundestag.",
        "Weitere Artikel des Gesetzes sollen im Herbst geändert werden, sagte die Ministerin.",
        "Teilen der Bevölkerung fehlt das Vertrauen in die Regierung.",
        "Der Artikel wird nach der Prüfung durch die Redaktion fortgesetzt, sagte der Verlag.",
        "Die nächste Seite des Berichts zeigt, wie stark die Preise gestiegen sind.",
        "Beliebte Beiträge der Leser wurden im Jahresrückblick noch einmal gezeigt.",
    ],
    "fr": [
        "Les commentaires du ministre ont suscité de vives critiques.",
        "Partager les ressources reste un défi pour les communes rurales.",
        "Les articles similaires de la loi seront examinés en septembre.",
        "Les publications similaires parues en Allemagne ont été retirées des librairies.",
        "La suite après cette décision reste incertaine pour les habitants du quartier.",
    ],
    "es": [
        "Los comentarios del ministro provocaron críticas en el Congreso.",
        "Compartir datos entre hospitales sigue siendo difícil, según el informe.",
        "Las noticias relacionadas con la sequía preocupan a los agricultores del sur.",
        "Las notas relacionadas con el caso fueron entregadas al juez el lunes.",
        "La noticia sigue siendo comentada en todo el país, según los medios locales.",
        "Lea el informe completo antes de votar, pidió la diputada a sus colegas.",
    ],
    "it": [
        "I commenti del ministro hanno sollevato molte critiche in Parlamento.",
        "Condividi la tua esperienza, ha detto il sindaco ai cittadini durante l'assemblea.",
        "Gli articoli correlati alla riforma saranno discussi in autunno.",
        "L'articolo continua a suscitare polemiche tra i lettori del quotidiano.",
    ],
    "pt": [
        "Os comentários do ministro geraram críticas no Congresso.",
        "Compartilhar dados entre hospitais ainda é difícil, segundo o relatório.",
        "As notícias relacionadas à seca preocupam os agricultores do Nordeste.",
        "O artigo continua em discussão no parlamento, segundo a imprensa local.",
    ],
    "nl": [
        "De reacties van de minister leidden tot kritiek in de Kamer.",
        "Delen van de stad stonden dinsdag urenlang zonder stroom.",
        "Meer artikelen over de begroting verschijnen volgende week, zei de redactie.",
        "Het artikel gaat verder in op de gevolgen van de nieuwe wet voor huurders.",
    ],
    "pl": [
        "Komentarze ministra wywołały krytykę w Sejmie.",
        "Udostępnij swoją opinię, apelował burmistrz do mieszkańców podczas spotkania.",
        "Podobne artykuły ustawy zostaną zmienione jesienią, zapowiedział rząd.",
        "Dalsza część artykułu ustawy dotyczy podatków, poinformował minister.",
    ],
    "ru": [
        "Комментарии министра вызвали критику в Госдуме.",
        "Поделиться опытом на конференции пришли учёные из двенадцати стран.",
        "Похожие статьи закона будут изменены осенью, заявили в правительстве.",
        "Продолжение переговоров намечено на следующую неделю, сообщили в министерстве.",
    ],
}

# Two paragraphs of plain news prose per language.
PROSE: dict[str, list[str]] = {
    "de": [
        "Der Stadtrat hat am Dienstag nach einer langen Debatte beschlossen, die Straßenbahnlinie bis zum neuen Wohngebiet im Norden zu verlängern.",
        "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und nach Angaben der Verwaltung etwa zwei Jahre dauern, wobei die Kosten vom Land mitgetragen werden.",
    ],
    "fr": [
        "Le conseil municipal a décidé mardi, après un long débat, de prolonger la ligne de tramway jusqu'au nouveau quartier situé au nord de la ville.",
        "Les travaux doivent commencer au printemps prochain et durer environ deux ans, selon la mairie, qui compte sur une aide importante de la région.",
    ],
    "es": [
        "El ayuntamiento decidió el martes, tras un largo debate, ampliar la línea de tranvía hasta el nuevo barrio situado al norte de la ciudad.",
        "Las obras comenzarán la próxima primavera y durarán unos dos años, según el gobierno municipal, que cuenta con una ayuda importante de la región.",
    ],
    "it": [
        "Il consiglio comunale ha deciso martedì, dopo un lungo dibattito, di prolungare la linea del tram fino al nuovo quartiere nella zona nord della città.",
        "I lavori dovrebbero iniziare la prossima primavera e durare circa due anni, secondo il comune, che conta su un contributo importante della regione.",
    ],
    "pt": [
        "A câmara municipal decidiu na terça-feira, depois de um longo debate, prolongar a linha do elétrico até ao novo bairro situado no norte da cidade.",
        "As obras devem começar na próxima primavera e durar cerca de dois anos, segundo a autarquia, que conta com um apoio importante do governo regional.",
    ],
    "nl": [
        "De gemeenteraad heeft dinsdag na een lang debat besloten de tramlijn door te trekken naar de nieuwe woonwijk in het noorden van de stad.",
        "De werkzaamheden moeten volgend voorjaar beginnen en ongeveer twee jaar duren, aldus de gemeente, die rekent op een flinke bijdrage van de provincie.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek, po długiej debacie, o przedłużeniu linii tramwajowej do nowego osiedla w północnej części miasta.",
        "Prace mają się rozpocząć wiosną przyszłego roku i potrwać około dwóch lat, jak poinformował urząd miasta, który liczy na duże wsparcie z budżetu województwa.",
    ],
    "ru": [
        "Городской совет во вторник после долгих обсуждений решил продлить трамвайную линию до нового жилого района на севере города.",
        "Строительные работы должны начаться следующей весной и продлятся около двух лет, сообщили в мэрии, которая рассчитывает на значительную помощь из областного бюджета.",
    ],
}


@pytest.mark.parametrize("lang", sorted(CRUFT))
def test_cruft_lines_match_a_cue_of_their_language(lang: str) -> None:
    compiled = compile_cues((lang,), DEFAULT.families)
    for line in CRUFT[lang]:
        assert match(compiled, line) is not None, line


@pytest.mark.parametrize("lang", sorted(ARTICLE))
def test_article_sentences_match_no_cue(lang: str) -> None:
    compiled = compile_cues(("en", lang), DEFAULT.families)
    for line in ARTICLE[lang] + PROSE[lang]:
        assert match(compiled, line) is None, line


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_page_in_language_is_detected_and_cleaned(lang: str) -> None:
    header = CRUFT[lang][5:7]  # skip link, site links
    footer = CRUFT[lang][:5]  # comments, related, copyright, follow, newsletter
    page = "\n\n".join([*header, *PROSE[lang], *ARTICLE[lang][:1], *footer])
    doc = cleantext.clean(page, mode="text")
    assert doc.language == lang
    for line in PROSE[lang]:
        assert line in doc.body
    for line in header + footer:
        assert line not in doc.body.split("\n\n")
