"""Who a sign-up belongs to: one young person, however they typed their e-mail or phone.

A person is their first name plus their contact (the e-mail, or the phone when there is no
e-mail), both normalised. `person_key` is a keyed hash of that identity: it survives the erasure
of the contact data (retention), so the programme's figures keep counting people, not rows, and
it cannot be turned back into an e-mail without the site's secret key.

Two brothers sharing a parent's e-mail are two people (two first names); one person typing
"Ines@Example.fr " then "ines@example.fr" is one.
"""

import re
import secrets
import unicodedata

from django.utils.crypto import salted_hmac

KEY_SALT = "opportunities.signups.person"


def normalise_email(value):
    return (value or "").strip().lower()


def normalise_phone(value):
    """A French number as five pairs ("0612345678", "+33 6 12 34 56 78" → "06 12 34 56 78"); others kept compact."""
    compact = re.sub(r"[\s.\-()]", "", value or "")
    if compact.startswith("+33"):
        compact = "0" + compact[3:]
    elif compact.startswith("0033"):
        compact = "0" + compact[4:]
    if len(compact) == 10 and compact.isdigit() and compact.startswith("0"):
        return " ".join(compact[i : i + 2] for i in range(0, 10, 2))
    return compact


def normalise_first_name(value):
    """Case, accents and spacing do not make another person: "Inès " and "ines" are the same first name."""
    decomposed = unicodedata.normalize("NFKD", value or "")
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[-']", " ", plain).split()).casefold()


def contact_of(email, phone):
    return normalise_email(email) or normalise_phone(phone)


def person_key(first_name, email, phone):
    """The stable, non-reversible key of a person; a row with no contact at all is a person of its own."""
    contact = contact_of(email, phone)
    if not contact:
        return "anon:" + secrets.token_hex(16)
    return salted_hmac(KEY_SALT, f"{normalise_first_name(first_name)}|{contact}", algorithm="sha256").hexdigest()
