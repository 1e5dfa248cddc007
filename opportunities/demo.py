from opportunities.agenda import demo as agenda_demo
from opportunities.company_space import demo as company_space_demo
from opportunities.offers import demo as offers_demo


def load(report):
    offers_demo.load(report)
    agenda_demo.load(report)
    company_space_demo.load(report)
