import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from portal.image_safety import MAX_PIXELS, clean_image

GPS_IFD = 0x8825


def jpeg_with_gps():
    image = Image.new("RGB", (64, 48), "#2b2f8f")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 1  # Orientation
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (43.0, 19.0, 46.0), 3: "E", 4: (5.0, 25.0, 4.0)})
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif, comment=b"taken at home")
    return buffer.getvalue()


def upload(name, content, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_gps_and_every_other_metadata_is_stripped():
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)  # the fixture really carries GPS

    cleaned = clean_image(upload("photo.jpg", original))
    image = Image.open(io.BytesIO(cleaned.read()))
    assert image.format == "JPEG"
    assert image.size == (64, 48)
    assert not image.getexif()
    assert "comment" not in image.info and "exif" not in image.info and "xmp" not in image.info
    assert cleaned.name.endswith(".jpg") and "photo" not in cleaned.name


@pytest.mark.parametrize(
    "name,content",
    [
        ("notes.jpg", b"Ceci est un texte, pas une image."),
        ("dessin.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
)
def test_files_that_are_not_photos_are_refused_in_french(name, content):
    with pytest.raises(ValidationError) as error:
        clean_image(upload(name, content))
    assert error.value.messages == ["Ce fichier n'est pas une photo au format JPEG, PNG ou WebP."]


def test_gif_is_refused_even_though_pillow_reads_it():
    buffer = io.BytesIO()
    Image.new("P", (10, 10)).save(buffer, format="GIF")
    with pytest.raises(ValidationError):
        clean_image(upload("anim.gif", buffer.getvalue(), "image/gif"))


def test_decompression_bomb_is_refused_before_decoding():
    # A tiny PNG file that claims a huge canvas: refused from its header.
    side = int(MAX_PIXELS**0.5) + 100
    buffer = io.BytesIO()
    Image.new("1", (side, side)).save(buffer, format="PNG", optimize=True)
    assert len(buffer.getvalue()) < 2 * 1024 * 1024
    with pytest.raises(ValidationError) as error:
        clean_image(upload("bomb.png", buffer.getvalue(), "image/png"))
    assert "trop grande" in error.value.messages[0]


def test_files_over_ten_megabytes_are_refused():
    with pytest.raises(ValidationError) as error:
        clean_image(upload("big.jpg", b"\xff" * (10 * 1024 * 1024 + 1)))
    assert error.value.messages == ["Ta photo est trop lourde : 10 Mo au maximum."]


def test_png_transparency_is_kept():
    buffer = io.BytesIO()
    Image.new("RGBA", (8, 8), (255, 0, 0, 128)).save(buffer, format="PNG")
    cleaned = Image.open(io.BytesIO(clean_image(upload("logo.png", buffer.getvalue(), "image/png")).read()))
    assert cleaned.format == "PNG" and cleaned.mode == "RGBA"
