"""A small synthetic corpus: pages of two sites sharing their menus and footers.

Every article is distinct prose; what the pages of one site share is its template.
"""

from __future__ import annotations

ARTICLES = [
    (
        "Harbour tunnel opens after six years of work",
        "The new harbour tunnel opened to traffic on Monday, six years after the first "
        "excavation began and two years later than the city had promised.",
        "Engineers said the delay came from unexpected groundwater near the northern "
        "portal, which forced the contractor to freeze the soil before digging on.",
        "Commuters who drove through in the first hour reported a journey of four minutes, "
        "down from the forty it used to take around the bay at rush hour.",
    ),
    (
        "Share prices fell 3% on Monday",
        "Share prices fell 3% on Monday as investors weighed weaker factory orders against "
        "the central bank's promise to keep interest rates on hold until spring.",
        "Related research shows that sharp one-day falls are usually followed by a partial "
        "rebound within the week, although analysts warned against reading too much into it.",
        "Trading volumes were the highest since March, with energy and mining stocks "
        "accounting for most of the losses on the main index.",
    ),
    (
        "Telescope images reveal a young planetary system",
        "Image quality was the telescope's main problem during its first year, until a "
        "software update corrected the blur caused by a slightly misaligned mirror.",
        "The new images show a disc of dust and gas around a star only a few million years "
        "old, with gaps that astronomers think are being cleared by forming planets.",
        "The team plans to observe the system again next year to measure how quickly the "
        "gaps are moving and to estimate the masses of the bodies inside them.",
    ),
    (
        "Minister faces questions over hospital funding",
        "Comments from the minister drew criticism from doctors' groups, who said the "
        "promised funding would not cover the cost of the staff the new wards need.",
        "The opposition asked for an independent review of the budget figures, arguing "
        "that the numbers presented to parliament double-counted money already allocated.",
        "The minister said the review was unnecessary but agreed to publish the detailed "
        "spending plan before the end of the month so that it could be scrutinised.",
    ),
    (
        "Village library reopens with longer hours",
        "The village library reopened on Saturday after a renovation paid for by a local "
        "fundraising campaign that collected more than twice its original target.",
        "Volunteers will now keep the doors open on weekday evenings, which the librarian "
        "said was the change most requested by parents and students in the survey.",
        "A new reading room on the first floor has been named after the teacher who "
        "started the campaign and who died shortly before the work was finished.",
    ),
    (
        "Rail strike called off after late-night talks",
        "A planned rail strike was called off on Thursday night after union leaders and "
        "the operator agreed on a new pay offer following eleven hours of talks.",
        "The deal includes a pay rise spread over two years and a commitment not to close "
        "ticket offices at smaller stations without a public consultation first.",
        "Passengers had been warned to expect severe disruption, and several schools had "
        "already arranged for pupils to study from home on the day of the strike.",
    ),
]

NAVIGATION = ["Home", "World", "Business", "Science", "Sign in", "Search the site"]
FOOTER = [
    "© 2024 Example News Ltd. All rights reserved.",
    "Terms of use | Privacy policy | Contact the newsroom",
]


def page(n: int, *, nav: list[str] | None = None, footer: list[str] | None = None) -> str:
    """The text dump of article ``n``: menu, headline, prose, footer."""
    title, *paragraphs = ARTICLES[n % len(ARTICLES)]
    lines = [*(nav if nav is not None else NAVIGATION), "", title, ""]
    for p in paragraphs:
        lines += [p, ""]
    lines += footer if footer is not None else FOOTER
    return "\n".join(lines) + "\n"


def site_records(host: str = "news.example.org", count: int = 6) -> list[dict[str, str]]:
    """``count`` records of one site, each a different article."""
    return [
        {"id": f"{host}-{n}", "url": f"https://www.{host}/story/{n}", "text": page(n)}
        for n in range(count)
    ]
