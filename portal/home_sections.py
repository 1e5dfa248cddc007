"""What the home page shows below its figures; each content app fills its own slot."""


def home_sections(home_page):
    return {
        "featured_stories": [],
        "next_offers": [],
        "next_events": [],
    }
