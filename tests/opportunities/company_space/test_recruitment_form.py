"""A company posts a job, an apprenticeship or a mentoring offer: no date needed, its details are."""

import pytest

from tests.opportunities.company_space.helpers import offer_post_data, text_of

pytestmark = pytest.mark.django_db


class TestCompanyForm:
    URL = "/espace-entreprise/offres/nouvelle/"

    def test_a_job_needs_no_date_but_its_contract(self, client, approved_account, offer_index):
        client.force_login(approved_account.user)
        data = offer_post_data(sessions=[], title="Agent de quai", offer_type="emploi", audience="16_25")
        response = client.post(self.URL, data)
        assert response.status_code == 400
        assert "Indiquez le type de contrat." in text_of(response)
        assert "Ajoutez au moins une date" not in text_of(response)
        data.update(contract_type="cdi", contract_length="sans limite")
        assert client.post(self.URL, data).status_code == 302

    def test_mentoring_needs_its_commitment_and_rhythm(self, client, approved_account, offer_index):
        client.force_login(approved_account.user)
        data = offer_post_data(sessions=[], title="Parrainage RH", offer_type="parrainage", audience="16_25")
        text = text_of(client.post(self.URL, data))
        assert "Indiquez la durée de l'engagement" in text and "Indiquez le rythme des rencontres" in text
        data.update(commitment="6 mois", rhythm="une fois par mois")
        assert client.post(self.URL, data).status_code == 302

    def test_a_visit_still_needs_a_date(self, client, approved_account, offer_index):
        client.force_login(approved_account.user)
        response = client.post(self.URL, offer_post_data(sessions=[]))
        assert "Ajoutez au moins une date" in text_of(response)
