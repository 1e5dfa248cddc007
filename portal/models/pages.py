from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES, StandardBodyBlock
from portal.sections import Sections
from portal.visibility import ViewRestrictionsMixin

# Filled by the apps that own the content (stories, opportunities), in their AppConfig.ready().
HOME_SECTIONS = Sections(
    "la page d'accueil",
    ["key_figures", "featured_stories", "next_offers", "next_events", "latest_news", "neighbourhoods"],
)


class SeoFields(ViewRestrictionsMixin, models.Model):
    """Description and sharing image used by the `<meta>` and Open Graph tags.

    Every page type of the site has them, so they also bring what every page shares: view restrictions
    checked without a query unless one applies (portal/visibility.py).
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="image de partage",
        help_text="Image montrée quand la page est partagée (1200 × 630 px conseillé).",
    )

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        """The editors' search description, else the page's summary or intro, cut for search engines."""
        if self.search_description:
            return self.search_description
        text = getattr(self, "summary", "") or getattr(self, "intro", "") or ""
        return Truncator(strip_tags(str(text))).chars(160)

    @property
    def sharing_image(self):
        return self.social_image or getattr(self, "main_image", None)


class HomePageQuerySet(PageQuerySet):
    def select_for_update(self, *args, **kwargs):
        # Locks (a page added under the home page) take the home page's row alone: PostgreSQL refuses to lock
        # through the outer join of its button's page.
        return super(HomePageQuerySet, self.select_related(None)).select_for_update(*args, **kwargs)


class HomePageManager(PageManager.from_queryset(HomePageQuerySet)):
    def get_queryset(self):
        # Served as the site's root page: its button's page comes in the same query.
        return super().get_queryset().select_related("hero_cta_page")


class HomePage(SeoFields, Page):
    """The front door: the programme in a few lines, its live figures and what is coming up."""

    hero_title = models.CharField(
        "grand titre", max_length=120, default="Ton avenir se construit ici, dans ton quartier"
    )
    hero_text = models.TextField("texte d'accroche", max_length=400, blank=True)
    hero_cta_label = models.CharField("texte du bouton", max_length=60, blank=True)
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="page du bouton",
    )
    intro = RichTextField("le programme en quelques lignes", features=RICH_TEXT_FEATURES, blank=True)
    figures_title = models.CharField("titre des chiffres clés", max_length=120, default="Où en est le programme")
    body = StreamField(StandardBodyBlock(), blank=True, verbose_name="contenu complémentaire")

    objects = HomePageManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_cta_label"),
                PageChooserPanel("hero_cta_page"),
            ],
            heading="Bandeau d'accueil",
        ),
        FieldPanel("intro"),
        FieldPanel("figures_title"),
        FieldPanel("body"),
    ]
    promote_panels = SeoFields.promote_panels

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("hero_text")]
    api_fields = [APIField("hero_title"), APIField("hero_text"), APIField("intro"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portal.StandardPage",
        "stories.StoryIndexPage",
        "partners_directory.PartnerIndexPage",
        "opportunities.OfferIndexPage",
        "opportunities.EventIndexPage",
        "news.NewsIndexPage",
        "newsletter.NewsletterIndexPage",
        "neighbourhoods.NeighbourhoodIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "page d'accueil"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(HOME_SECTIONS.fill(self))
        return context


class StandardPage(SeoFields, Page):
    """A plain editorial page: the programme, legal notices, accessibility, FAQs."""

    intro = models.TextField("chapeau", max_length=500, blank=True)
    body = StreamField(StandardBodyBlock(), blank=True, verbose_name="contenu")

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = SeoFields.promote_panels

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = "page standard"
        verbose_name_plural = "pages standard"
