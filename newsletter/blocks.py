"""What an editor composes a newsletter from: sections of stories, offers, events or news (chosen by
hand, or "the next N" taken when the letter is sent), text and a call to action."""

from django.core.exceptions import ValidationError
from wagtail import blocks

from newsletter import composition
from portal.blocks import CallToActionBlock, ParagraphBlock

MODE_CHOICES = [
    ("latest", "Les plus récents (ou les prochains) au moment de l'envoi"),
    ("chosen", "Choisis à la main"),
]


class SectionValue(blocks.StructValue):
    def letter_items(self):
        """The section's items as `composition.LetterItem`s, read when the letter is shown or sent."""
        return composition.section_items(self.block.kind, self)


class PagesSectionBlock(blocks.StructBlock):
    kind = ""
    heading = blocks.CharBlock(label="titre de la rubrique", max_length=120)
    mode = blocks.ChoiceBlock(label="quoi montrer", choices=MODE_CHOICES, default="latest")
    count = blocks.IntegerBlock(label="combien", min_value=1, max_value=6, default=3)

    def clean(self, value):
        value = super().clean(value)
        if value["mode"] == "chosen" and not [page for page in value["pages"] if page]:
            raise blocks.StructBlockValidationError(
                block_errors={"pages": ValidationError("Choisissez au moins une page, ou « Les plus récents ».")}
            )
        return value

    class Meta:
        value_class = SectionValue
        template = "newsletter/blocks/section.html"
        group = "Rubriques"


class StoriesSectionBlock(PagesSectionBlock):
    kind = "stories"
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="stories.StoryPage"), label="histoires choisies", required=False
    )

    class Meta:
        icon = "openquote"
        label = "histoires"
        description = "Des belles histoires : les dernières publiées, ou celles que vous choisissez."
        preview_value = {"heading": "Leurs histoires", "mode": "latest", "count": 2, "pages": []}


class OffersSectionBlock(PagesSectionBlock):
    kind = "offers"
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="opportunities.OfferPage"), label="offres choisies", required=False
    )

    class Meta:
        icon = "pick"
        label = "offres"
        description = "Des offres des entreprises : les prochaines, ou celles que vous choisissez."
        preview_value = {"heading": "Des portes qui s'ouvrent", "mode": "latest", "count": 3, "pages": []}


class EventsSectionBlock(PagesSectionBlock):
    kind = "events"
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="opportunities.EventPage"), label="événements choisis", required=False
    )

    class Meta:
        icon = "date"
        label = "agenda"
        description = "Des dates de l'agenda : les prochaines, ou les événements que vous choisissez."
        preview_value = {"heading": "À l'agenda", "mode": "latest", "count": 3, "pages": []}


class NewsSectionBlock(PagesSectionBlock):
    kind = "news"
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="news.NewsPage"), label="actualités choisies", required=False
    )

    class Meta:
        icon = "doc-full"
        label = "actualités"
        description = "Des actualités : les dernières, ou celles que vous choisissez."
        preview_value = {"heading": "Les nouvelles", "mode": "latest", "count": 3, "pages": []}


class NewsletterBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    stories = StoriesSectionBlock()
    offers = OffersSectionBlock()
    events = EventsSectionBlock()
    news = NewsSectionBlock()
    call_to_action = CallToActionBlock()
