import pytest

from opportunities.signups.forms import SignUpForm

pytestmark = pytest.mark.django_db


def errors(**data):
    base = {"first_name": "Inès", "last_name": "Martin", "age": "19", "email": "ines@impact-jeunes.example"}
    base.update(data)
    form = SignUpForm(data=base)
    form.is_valid()
    return form.errors


def test_an_adult_with_an_email_is_enough():
    assert errors() == {}


def test_email_or_phone_is_required():
    assert "Indique un e-mail ou un numéro" in errors(email="")["email"][0]
    assert errors(email="", phone="06 12 34 56 78") == {}
    assert "ne semble pas valide" in errors(email="", phone="12")["phone"][0]


def test_minors_give_a_parent_name_and_phone():
    found = errors(age="15")
    assert "moins de 18 ans" in found["parent_name"][0]
    assert "moins de 18 ans" in found["parent_phone"][0]
    assert "donner son accord" in found["parent_email"][0]
    parent = {"parent_name": "Samia Martin", "parent_email": "samia@impact-jeunes.example"}
    assert errors(age="15", parent_phone="06 11 22 33 44", **parent) == {}
    assert (
        "pas le tien"
        in errors(age="15", parent_phone="0611223344", **{**parent, "parent_email": "ines@impact-jeunes.example"})[
            "parent_email"
        ][0]
    )


def test_collegiens_give_their_school_and_class():
    adult_parent = {
        "age": "14",
        "parent_name": "Samia Martin",
        "parent_email": "samia@impact-jeunes.example",
        "parent_phone": "0611223344",
    }
    found = errors(is_collegien="on", **adult_parent)
    assert "nom de ton collège" in found["school"][0]
    assert "ta classe" in found["school_class"][0]
    assert errors(is_collegien="on", school="Collège Pythéas", school_class="3e B", **adult_parent) == {}


@pytest.mark.parametrize("age", ["10", "31", "-1"])
def test_age_is_between_11_and_30(age):
    assert "11 à 30 ans" in errors(age=age)["age"][0]


def test_messages_are_french():
    found = errors(first_name="", age="douze", email="pas-un-mail")
    assert found["first_name"] == ["Indique ton prénom."]
    assert found["age"] == ["Indique ton âge en chiffres."]
    assert "ne semble pas valide" in found["email"][0]


def test_robots_filling_the_honeypot_are_refused():
    assert "robot" in errors(site_web="http://spam.example")["__all__"][0]


def test_school_is_dropped_when_not_a_collegien():
    form = SignUpForm(
        data={"first_name": "A", "last_name": "B", "age": "20", "email": "a@b.example", "school": "Lycée X"}
    )
    assert form.is_valid()
    assert form.signup_data()["school"] == ""
