""" "Raconte ton histoire": stories sent by young people, with consent, moderation, reports and erasure."""
