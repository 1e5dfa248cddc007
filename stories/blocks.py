"""What a story's body is made of: text, quotes, images and a video, nothing that breaks its tone."""

from wagtail import blocks

from portal.blocks import ImageBlock, ParagraphBlock, QuoteBlock, VideoEmbedBlock


class StoryBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    video = VideoEmbedBlock()

    class Meta:
        block_counts = {"paragraph": {"min_num": 1}}
