"""portal.mail: e-mails leave after the commit, a mail server outage loses nothing, failures are retried."""

import pytest
from django.core import mail
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from portal import mail as portal_mail
from tests.transactions import committed

pytestmark = pytest.mark.django_db

TEMPLATE = "opportunities/emails/signup_confirmed.txt"


def context(first_name="Inès", title="Visite du port"):
    return {"signup": {"first_name": first_name}, "slot_title": title, "slot_url": "/", "cancel_url": "/x/"}


def test_nothing_is_sent_when_the_change_is_rolled_back():
    with committed():
        with pytest.raises(RuntimeError), transaction.atomic():
            portal_mail.send(TEMPLATE, context(), ["ines@impact-jeunes.example"])
            raise RuntimeError("the sign-up failed")
        portal_mail.send(TEMPLATE, context(), ["ines@impact-jeunes.example"])
    assert len(mail.outbox) == 1


def test_sent_once_the_transaction_commits_not_before():
    with committed():
        portal_mail.send(TEMPLATE, context(), ["ines@impact-jeunes.example", "", "ines@impact-jeunes.example"])
        assert mail.outbox == []
    [message] = mail.outbox
    assert message.to == ["ines@impact-jeunes.example"]
    assert message.subject == "Ton inscription est confirmée : Visite du port"


def test_a_line_break_in_the_context_never_breaks_the_subject():
    with committed():
        portal_mail.send(
            TEMPLATE, context(title="Visite\r\ndu port\nBcc: x@y.example"), ["ines@impact-jeunes.example"]
        )
    [message] = mail.outbox
    assert message.subject == "Ton inscription est confirmée : Visite"
    assert message.bcc == [] and "Bcc" not in message.message()["Subject"]


def test_a_failed_delivery_is_retried_later_on_the_database_backend(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2
    with committed():
        message = portal_mail.send(TEMPLATE, context(), ["ines@impact-jeunes.example"])
    queued = DBTaskResult.objects.get()
    assert queued.args_kwargs["args"] == [message]

    assert portal_mail.deliver.call(message) is False

    retry = DBTaskResult.objects.exclude(pk=queued.pk).get()
    assert retry.args_kwargs["args"] == [message, 2]
    assert retry.run_after is not None and retry.run_after > queued.enqueued_at


def test_delivered_with_html_and_headers_when_given():
    with committed():
        portal_mail.send(
            TEMPLATE, context(), ["a@impact-jeunes.example"], headers={"List-Unsubscribe": "<https://x.example/u>"}
        )
    assert mail.outbox[0].extra_headers["List-Unsubscribe"] == "<https://x.example/u>"


def test_a_batch_goes_out_on_one_connection_and_one_bad_message_does_not_stop_the_others(monkeypatch):
    messages = [
        portal_mail.compose(TEMPLATE, context(first_name=name), [f"{name.lower()}@impact-jeunes.example"])
        for name in ("Inès", "Yanis", "Sami")
    ]
    messages[1]["to"] = ["pas une adresse\n"]  # the mail backend refuses it
    opened = []
    original = portal_mail.get_connection
    monkeypatch.setattr(portal_mail, "get_connection", lambda: opened.append(1) or original())

    results = portal_mail.send_batch(messages)

    assert results == [True, False, True]
    assert len(opened) == 1
    assert [message.to for message in mail.outbox] == [["inès@impact-jeunes.example"], ["sami@impact-jeunes.example"]]
