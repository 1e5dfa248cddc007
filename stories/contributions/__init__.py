""" "Raconte ton histoire": stories sent by young people, their consents recorded (stories.consent),
moderation, reports and erasure."""
