from opportunities import demo_agenda, demo_company, demo_offers


def load(report):
    demo_offers.load(report)
    demo_agenda.load(report)
    demo_company.load(report)
