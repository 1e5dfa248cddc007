"""Fixtures of the company-space tests: two approved companies, a pending account, a moderator."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from opportunities.models import CompanyAccountStatus
from partners_directory.factories import PartnerPageFactory
from partners_directory.models import PartnerKind
from portal.groups import MODERATORS as MODERATORS_GROUP
from tests.opportunities.company_space.helpers import PASSWORD, make_account


@pytest.fixture
def approved_account(company):
    return make_account("rh@sud-logistique.example", company)


@pytest.fixture
def other_company(company):
    return PartnerPageFactory(parent=company.get_parent(), title="Batimed", slug="batimed", kind=PartnerKind.COMPANY)


@pytest.fixture
def other_account(other_company):
    return make_account("rh@batimed.example", other_company)


@pytest.fixture
def pending_account(home_page):
    return make_account("attente@exemple.example", None, status=CompanyAccountStatus.PENDING)


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user(
        "moderatrice", email="moderatrice@impact-jeunes.example", password=PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user
