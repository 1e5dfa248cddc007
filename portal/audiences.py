"""Who an offer or an event is for: one list, so that offers, events and the sign-up form read it alike.

The stored values are the offers' (they are in the public API); events were migrated onto them.
Each audience also states the ages and school level it takes (`RULES`): the sign-up form and the
booking engine refuse a person outside it, with a message saying who it is for (`refusal`).
"""

from dataclasses import dataclass

from django.db import models

# The programme's young people: collégiens from 11 to adults up to 30.
MIN_AGE, MAX_AGE, ADULT_AGE = 11, 30, 18


class Audience(models.TextChoices):
    COLLEGIENS_3E = "collegiens_3e", "Collégiens de 3e"
    COLLEGIENS = "collegiens", "Collégiens"
    LYCEENS = "lyceens", "Lycéens"
    YOUNG_16_25 = "16_25", "16–25 ans"
    UNDER_30 = "moins_30", "Jeunes de moins de 30 ans"
    EVERYONE = "tous", "Tout public"


class School(models.TextChoices):
    """What an audience asks of the person's schooling."""

    ANY = "", "peu importe"
    COLLEGE = "college", "au collège"
    NOT_COLLEGE = "not_college", "plus au collège"


@dataclass(frozen=True)
class AudienceRule:
    min_age: int
    max_age: int
    school: str = School.ANY
    who: str = ""  # "les collégiens et collégiennes de 3e": said to someone outside it

    def describe(self):
        return f"{self.who} ({self.min_age} à {self.max_age} ans)"

    def takes(self, age, is_collegien):
        if not self.min_age <= age <= self.max_age:
            return False
        if self.school == School.COLLEGE:
            return bool(is_collegien)
        if self.school == School.NOT_COLLEGE:
            return not is_collegien
        return True


RULES = {
    Audience.COLLEGIENS_3E: AudienceRule(13, 16, School.COLLEGE, "les collégiens et collégiennes de 3e"),
    Audience.COLLEGIENS: AudienceRule(MIN_AGE, 16, School.COLLEGE, "les collégiens et collégiennes"),
    Audience.LYCEENS: AudienceRule(14, 21, School.NOT_COLLEGE, "les lycéens et lycéennes"),
    Audience.YOUNG_16_25: AudienceRule(16, 25, School.ANY, "les jeunes de 16 à 25 ans"),
    Audience.UNDER_30: AudienceRule(13, MAX_AGE, School.ANY, "les jeunes de 13 à 30 ans"),
    Audience.EVERYONE: AudienceRule(MIN_AGE, MAX_AGE, School.ANY, "tous les jeunes du programme"),
}


def rule(audience):
    return RULES.get(audience, RULES[Audience.EVERYONE])


def fitting(age, is_collegien):
    """The audiences that take this person, in the list's order (to point them to what fits)."""
    return [audience for audience in Audience if rule(audience).takes(age, is_collegien)]


def refusal(audience, age, is_collegien):
    """Why this person cannot sign up for something meant for `audience`, in French; None when they can."""
    current = rule(audience)
    if current.takes(age, is_collegien):
        return None
    fits = ", ".join(str(a.label) for a in fitting(age, is_collegien) if a != Audience.EVERYONE)
    message = f"Cette date est pour {current.describe()}."
    if current.school == School.COLLEGE and current.min_age <= age <= current.max_age and not is_collegien:
        message += " Si tu es au collège, coche « Je suis au collège »."
    if fits:
        message += f" Pour toi, cherche les offres et dates pour : {fits}."
    return message
