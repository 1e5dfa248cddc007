from opportunities import demo_agenda, demo_company
from opportunities.offers import demo as offers_demo


def load(report):
    offers_demo.load(report)
    demo_agenda.load(report)
    demo_company.load(report)
