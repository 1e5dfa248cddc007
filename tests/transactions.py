"""Tests run inside a transaction that never commits; this runs the `on_commit` work (e-mails) of a block."""

from contextlib import contextmanager

from django.test import TestCase


@contextmanager
def committed():
    with TestCase.captureOnCommitCallbacks(execute=True):
        yield
