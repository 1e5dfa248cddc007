"""StreamField blocks shared by every page type.

An app keeps its own `blocks.py` only for blocks that nobody else uses.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class LinkValue(blocks.StructValue):
    @cached_property
    def href(self):
        page = self.get("page")
        if page:
            return page.url
        return self.get("url") or ""

    @cached_property
    def text(self):
        page = self.get("page")
        return self.get("label") or (page.title if page else self.get("url"))


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label="texte du lien", required=False, max_length=60)
    page = blocks.PageChooserBlock(label="page du site", required=False)
    url = blocks.CharBlock(
        label="ou adresse",
        required=False,
        max_length=300,
        help_text="Une adresse du site qui commence par / (par exemple /offres/) ou une adresse complète https://…",
    )

    def clean(self, value):
        value = super().clean(value)
        url = value.get("url") or ""
        if not value.get("page") and not url:
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError("Choisissez une page du site ou saisissez une adresse.")}
            )
        if url and not url.startswith(("/", "https://", "http://", "mailto:")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError("L'adresse doit commencer par /, https:// ou mailto:.")}
            )
        return value

    class Meta:
        icon = "link"
        value_class = LinkValue
        label = "lien"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="titre", max_length=120)
    level = blocks.ChoiceBlock(
        label="niveau",
        choices=[("h2", "Titre de section (h2)"), ("h3", "Sous-titre (h3)")],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        group = "Texte"
        label = "titre"
        description = "Un titre de section, pour structurer la page."
        preview_value = {"text": "Comment ça marche ?", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        group = "Texte"
        label = "paragraphe"
        description = "Du texte avec gras, italique, listes et liens."
        preview_value = "<p>Impact Jeunes relie les jeunes des quartiers au monde du travail.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="image")
    alt_text = blocks.CharBlock(
        label="texte alternatif",
        required=False,
        max_length=200,
        help_text="Décrivez l'image pour les personnes qui ne la voient pas. Laissez vide si elle est décorative.",
    )
    caption = blocks.CharBlock(label="légende", required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        group = "Médias"
        label = "image"
        description = "Une image avec sa légende et son texte alternatif."


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label="citation", max_length=600)
    attribution = blocks.CharBlock(label="auteur ou autrice", required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        group = "Texte"
        label = "citation"
        description = "Une phrase mise en avant, avec la personne qui l'a dite."
        preview_value = {"quote": "On m'a fait confiance, alors j'ai osé.", "attribution": "Inès, 19 ans"}


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titre", max_length=120)
    text = blocks.TextBlock(label="texte", required=False, max_length=400)
    link = LinkBlock(label="bouton")

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        group = "Mise en avant"
        label = "appel à l'action"
        description = "Un encadré avec un bouton vers une page ou un site."
        preview_value = {
            "title": "Tu cherches un stage de 3e ?",
            "text": "Des entreprises près de chez toi t'ouvrent leurs portes.",
            "link": {"label": "Voir les offres", "url": "https://example.org/offres/"},
        }


class VideoEmbedBlock(EmbedBlock):
    class Meta:
        icon = "media"
        template = "blocks/embed.html"
        group = "Médias"
        label = "vidéo ou contenu intégré"
        description = "Une vidéo (YouTube, Vimeo, Dailymotion…) à partir de son adresse."


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label="question", max_length=200)
    answer = ParagraphBlock(label="réponse")

    class Meta:
        icon = "help"
        label = "question"


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titre", required=False, max_length=120, default="Questions fréquentes")
    items = blocks.ListBlock(FaqItemBlock(), label="questions")

    class Meta:
        icon = "help"
        template = "blocks/faq.html"
        group = "Mise en avant"
        label = "foire aux questions"
        description = "Des questions qui s'ouvrent en cliquant, même sans JavaScript."
        preview_value = {
            "title": "Questions fréquentes",
            "items": [{"question": "C'est gratuit ?", "answer": "<p>Oui, toujours.</p>"}],
        }


class FundersBlock(blocks.StaticBlock):
    class Meta:
        icon = "group"
        template = "blocks/funders.html"
        group = "Réglages du site"
        label = "porteur et financeurs"
        admin_text = "Le porteur et les financeurs, avec leur part, tels que saisis dans Réglages › Crédits."
        description = "Montre le porteur et les financeurs des réglages du site."


class LegalPublisherBlock(blocks.StaticBlock):
    class Meta:
        icon = "doc-full"
        template = "blocks/legal_publisher.html"
        group = "Réglages du site"
        label = "éditeur et hébergeur"
        admin_text = "L'éditeur, le directeur de la publication et l'hébergeur saisis dans Réglages › Crédits."
        description = "Pour les mentions légales : lu dans les réglages du site."


class StandardBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = VideoEmbedBlock()
    faq = FaqBlock()
    funders = FundersBlock()
    legal_publisher = LegalPublisherBlock()
