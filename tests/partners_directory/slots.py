"""A fake slot filler for tests of partners_directory.partner_sections."""


def offers(partner_page):
    from tests.partners_directory.test_partner_page import Card

    return [Card(f"Stage chez {partner_page.title}")]
