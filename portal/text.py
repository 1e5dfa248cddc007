"""Text from the public, made safe to store, e-mail and show: one home for the rules.

- A name or any one-line value holds no control character (a line break in a name breaks e-mail
  headers) and no bidirectional override (it can make a name read backwards).
- A value is cut by characters after NFC normalisation, never in the middle of a letter and its
  combining marks, so it always fits its column (Arabic with vowel marks has more code points than
  the letters a reader counts).
"""

import unicodedata

from django.core.exceptions import ValidationError

BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_SEPARATORS = {"\u2028", "\u2029", "\x85"}
INVALID_TEXT = "Ce texte contient des caractères invisibles non autorisés : retire-les."
INVALID_NAME = "Utilise seulement des lettres, des espaces, des tirets ou des apostrophes (pas de retour à la ligne)."


def forbidden_in_line(char):
    return unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS or char in LINE_SEPARATORS


def without_line_controls(value):
    """`value` without what no line may hold (a query-string filter: PostgreSQL refuses a NUL byte)."""
    return "".join(char for char in value if not forbidden_in_line(char))


def validate_single_line(value):
    """A Django validator for names and one-line fields."""
    if any(forbidden_in_line(char) for char in value):
        raise ValidationError(INVALID_NAME, code="control_characters")


def forbidden_in_text(char):
    return (unicodedata.category(char) == "Cc" and char not in "\n\r\t") or char in BIDI_CONTROLS


def validate_text(value):
    """A Django validator for multi-line text: line breaks and tabs are fine, other control characters are not."""
    if any(forbidden_in_text(char) for char in value):
        raise ValidationError(
            "Ce texte contient des caractères invisibles non autorisés : retire-les.", code="control"
        )


def normalise(value):
    return unicodedata.normalize("NFC", value)


def cut(text, limit, ending="…"):
    """`text` (NFC) in at most `limit` code points, ending with `ending` when it had to be cut."""
    text = normalise(text)
    if len(text) <= limit:
        return text
    end = limit - len(ending)
    # Never leave a combining mark without its letter, nor cut a letter from its marks.
    while end > 0 and unicodedata.combining(text[end]):
        end -= 1
    return text[:end].rstrip() + ending


def clean_search_query(value, max_length):
    """What a search box may send to a search engine: printable text, one line, at most `max_length` characters.

    Characters the full-text engines read as syntax (quotes, colons, brackets, operators…) become spaces:
    a search for words never depends on a query language.
    """
    kept = []
    for char in normalise(value):
        category = unicodedata.category(char)
        if category[0] in "LNM" or char in "'’-":
            kept.append(char)
        else:
            kept.append(" ")
    words = [word.strip("-'’") for word in "".join(kept).split()]
    return " ".join(word for word in words if word)[:max_length].strip()
