"""The parent's contact a young person gives when a parent must agree (a story, a request for help).

One rule for every form that asks it: the parent's name and e-mail are required, with a French message
saying why, and the parent's e-mail cannot be the young person's own (the link would reach the child).
"""


def require_parent(form, cleaned, why):
    """Add errors to `form` for a missing parent's name or e-mail; `why` says why a parent must agree."""
    if not cleaned.get("parent_name"):
        form.add_error("parent_name", f"{why} Écris son nom.")
    if not cleaned.get("parent_email") and "parent_email" not in form.errors:
        form.add_error("parent_email", f"{why} Écris son e-mail : on lui enverra un lien pour confirmer.")


def check_parent_email_is_not_theirs(form, cleaned):
    parent_email, email = cleaned.get("parent_email"), cleaned.get("email")
    if parent_email and email and parent_email.lower() == email.lower():
        form.add_error("parent_email", "L'e-mail de ton parent doit être différent du tien.")
