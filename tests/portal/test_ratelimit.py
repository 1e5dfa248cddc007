import pytest
from django.test import RequestFactory

from portal.ratelimit import client_address

pytestmark = pytest.mark.django_db


def request_from(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


def test_one_trusted_proxy_gives_the_address_it_appended(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The client wrote the first entry; the load balancer appended the real address on the right.
    forged = request_from("10.0.0.2", "198.51.100.1, 203.0.113.9")
    assert client_address(forged) == "203.0.113.9"


def test_two_trusted_proxies_count_from_the_right(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request_from("10.0.0.3", "1.1.1.1, 203.0.113.9, 10.0.0.2")) == "203.0.113.9"


def test_a_short_or_garbled_header_falls_back_to_the_socket_address(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request_from("10.0.0.3", "203.0.113.9")) == "10.0.0.3"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request_from("10.0.0.3", "not-an-address")) == "10.0.0.3"


def test_a_new_forged_header_per_request_does_not_escape_the_search_limit(client, home_page, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    settings.SEARCH_RATE_LIMIT = (5, 60)
    statuses = [
        client.get("/recherche/", {"q": "metier"}, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n in range(8)
    ]
    assert statuses.count(429) == 3


def test_behind_one_proxy_a_forged_left_entry_does_not_escape_the_limit(client, home_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.SEARCH_RATE_LIMIT = (5, 60)
    statuses = [
        client.get("/recherche/", {"q": "metier"}, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.9").status_code
        for n in range(8)
    ]
    assert statuses.count(429) == 3
