"""The sign-up engine, the one place that knows seats and waiting lists: the sign-up model, booking
rules, the public form and its views, e-mails, the staff's read-only list and the retention of contact data.

It knows nothing of offers or events: they give it `Bookable` dates (see `models.Bookable`).
"""
