"""Demo news: an event recap, a new partner, a figure reached, a programme note (fictional)."""

import datetime

from wagtail.models import Page

from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.index_page import NewsIndexPage
from news.news_page import NewsCategory, NewsPage
from portal.demo_images import demo_image
from portal.models import HomePage, Territory

NEWS = [
    {
        "slug": "forum-emploi-marseille-nord-retour",
        "title": "Forum emploi des quartiers Nord : 180 jeunes et 35 entreprises",
        "category": NewsCategory.EVENT_RECAP,
        "territory": "lauriers-oliviers-malpasse",
        "days_ago": 4,
        "summary": "Une matinée de rencontres au gymnase : des entretiens sur place, des stages de 3e trouvés, "
        "et beaucoup de premières fois.",
        "paragraphs": [
            "Samedi matin, le gymnase du quartier s'est rempli dès 9 heures. Les boosters étaient là depuis l'aube "
            "pour installer les stands avec les associations du quartier.",
            "Trente-cinq entreprises de la logistique, du soin, du bâtiment et du numérique ont reçu les jeunes "
            "sans rendez-vous. Une vingtaine d'entretiens ont déjà une suite.",
        ],
        "tags": ["forum", "emploi"],
        "related": ["agenda:forum-emploi-marseille-nord", "offre:visite-entrepot-la-valentine"],
    },
    {
        "slug": "nouveau-partenaire-tarascon",
        "title": "Un nouveau partenaire à Tarascon pour les 16-25 ans",
        "category": NewsCategory.NEW_PARTNER,
        "territory": "ferrages-centre-ville",
        "days_ago": 12,
        "summary": "La Mission locale ouvre une permanence hebdomadaire au centre social des Ferrages.",
        "paragraphs": [
            "Chaque jeudi après-midi, une conseillère reçoit les jeunes au centre social, sans rendez-vous : "
            "CV, formation, permis, logement.",
        ],
        "tags": ["partenaires", "tarascon"],
        "related": ["agenda:permanence-emploi-tarascon"],
    },
    {
        "slug": "cap-des-50-histoires",
        "title": "Cap franchi : 24 belles histoires en ligne",
        "category": NewsCategory.MILESTONE,
        "territory": "",
        "days_ago": 20,
        "summary": "Le compteur des belles histoires avance : un quart de l'objectif est atteint, grâce à vous.",
        "paragraphs": [
            "Chaque histoire est relue avec le jeune qui l'a écrite, et publiée seulement avec son accord. "
            "Merci à toutes celles et tous ceux qui ont osé raconter leur parcours.",
        ],
        "tags": ["chiffres", "histoires"],
        "related": ["histoire:yanis-du-banc-au-quai-de-chargement", "histoire:sarah-infirmiere-un-jour"],
    },
    {
        "slug": "stages-de-3e-mode-d-emploi",
        "title": "Stages de 3e : les offres de janvier sont en ligne",
        "category": NewsCategory.PROGRAMME,
        "territory": "",
        "days_ago": 30,
        "summary": "Logistique, chantier, garage, hôpital : les entreprises partenaires ouvrent leurs portes aux "
        "collégiens du programme.",
        "paragraphs": [
            "Les places partent vite : inscris-toi avec l'accord d'un parent, et parles-en à ton professeur "
            "principal.",
        ],
        "tags": ["stage de 3e"],
        "related": ["offre:stage-3e-plateforme-logistique"],
    },
]


def load(report):
    index = NewsIndexPage.objects.first() or NewsIndexPageFactory(parent=HomePage.objects.first())
    territories = {territory.slug: territory for territory in Territory.objects.all()}
    pages = {}
    for prefix, app_label in (("histoire", "stories"), ("offre", "opportunities"), ("agenda", "opportunities")):
        for page in Page.objects.filter(content_type__app_label=app_label).specific():
            kind = {"StoryPage": "histoire", "OfferPage": "offre", "EventPage": "agenda"}.get(type(page).__name__)
            if kind == prefix:
                pages[f"{prefix}:{page.slug}"] = page
    today = datetime.date.today()
    for number, data in enumerate(NEWS):
        if NewsPage.objects.filter(slug=data["slug"]).exists():
            continue
        news = NewsPageFactory(
            parent=index,
            slug=data["slug"],
            title=data["title"],
            category=data["category"],
            territory=territories.get(data["territory"]),
            date_published=today - datetime.timedelta(days=data["days_ago"]),
            summary=data["summary"],
            body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in data["paragraphs"]],
            main_image=demo_image(f"Illustration : {data['title']}", seed=f"news-{number}"),
            main_image_alt="Illustration abstraite aux couleurs du programme (formes géométriques).",
        )
        news.tags.add(*data["tags"])
        for order, key in enumerate(data["related"]):
            if key in pages:
                news.related_links.create(page=pages[key], sort_order=order)
        news.save_revision().publish()
