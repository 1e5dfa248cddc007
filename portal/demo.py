"""Demo content of the portal: territories, home page, editorial pages, settings, staff accounts."""

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from portal import demo_data
from portal.factories import HomePageFactory, StandardPageFactory, TerritoryFactory
from portal.models import CreditsSettings, HomePage, SiteIdentitySettings, StandardPage
from portal.models.site_settings import AccessibilityStatus


def load(report):
    load_territories()
    home = load_home_page()
    load_standard_pages(home)
    load_site_settings(home)
    load_accessibility_settings(home)
    load_credits(home)
    load_users(report)


def load_territories():
    for slug, name, commune, postcode, insee, kind, lat, lon, description in demo_data.TERRITORIES:
        TerritoryFactory(
            slug=slug,
            name=name,
            commune=commune,
            postcode=postcode,
            insee_code=insee,
            kind=kind,
            latitude=lat,
            longitude=lon,
            description=description,
            qpv_name=demo_data.QPV_NAMES.get(slug, ""),
        )


def load_home_page():
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Accueil", slug="accueil", **demo_data.HOME)
    # Wagtail's installation page ("Welcome to your new Wagtail site!") gives way to ours.
    site = Site.objects.filter(is_default_site=True).first()
    previous_root = site.root_page if site else None
    # Absolute links (e-mails, feeds) point where the demo is served: WAGTAILADMIN_BASE_URL.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    hostname, port = base_url.hostname or "localhost", base_url.port or (443 if base_url.scheme == "https" else 80)
    if site:
        site.root_page = home
        site.site_name = "Impact Jeunes"
        site.hostname, site.port = hostname, port
        site.save()
    else:
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name="Impact Jeunes"
        )
    if previous_root and previous_root.specific_class is Page and not previous_root.get_children().exists():
        previous_root.delete()
    return home


def load_standard_pages(home):
    for slug, title, intro, body, _in_footer in demo_data.STANDARD_PAGES:
        if StandardPage.objects.filter(slug=slug).exists():
            continue
        StandardPageFactory(parent=home, slug=slug, title=title, intro=intro, body=body)
    programme = StandardPage.objects.filter(slug="le-programme").first()
    if programme and home.hero_cta_page_id is None:
        home.hero_cta_page = programme
        home.save(update_fields=["hero_cta_page"])


def load_site_settings(home):
    site = Site.objects.get(root_page=home)
    identity = SiteIdentitySettings.for_site(site)
    if identity.main_navigation:
        return
    identity.main_navigation = [
        ("link", {"label": label, "page": None, "url": url}) for label, url in demo_data.MAIN_NAVIGATION
    ]
    identity.main_navigation.append(
        ("link", {"label": "Le programme", "page": StandardPage.objects.get(slug="le-programme"), "url": ""})
    )
    identity.footer_links = [
        ("link", {"label": "", "page": StandardPage.objects.get(slug=slug), "url": ""})
        for slug, _title, _intro, _body, in_footer in demo_data.STANDARD_PAGES
        if in_footer
    ]
    identity.contact_email = "contact@impact-jeunes.example"
    identity.contact_phone = "04 00 00 00 00"
    identity.contact_address = "Impact Jeunes\nMarseille et Tarascon"
    identity.instagram_url = "https://www.instagram.com/"
    identity.linkedin_url = "https://www.linkedin.com/"
    identity.save()


def load_accessibility_settings(home):
    """The footer's "Accessibilité : partiellement conforme", linked to the demo statement (set once)."""
    identity = SiteIdentitySettings.for_site(Site.objects.get(root_page=home))
    statement = StandardPage.objects.filter(slug="accessibilite").first()
    if identity.accessibility_page_id or statement is None:
        return
    identity.accessibility_page = statement
    identity.accessibility_status = AccessibilityStatus.PARTIAL
    identity.save(update_fields=["accessibility_page", "accessibility_status"])


def load_credits(home):
    site = Site.objects.get(root_page=home)
    credits = CreditsSettings.for_site(site)
    if credits.carrier_name:
        return
    for field, value in demo_data.CREDITS.items():
        setattr(credits, field, value)
    credits.funders = [("funder", funder) for funder in demo_data.FUNDERS]
    credits.save()


def load_users(report):
    User = get_user_model()
    show_passwords = getattr(settings, "SHOW_DEMO_PASSWORDS", False)
    for username, first_name, group_name, dev_password in demo_data.DEMO_USERS:
        if User.objects.filter(username=username).exists():
            if show_passwords:
                report(f"  {username} / {dev_password}")
            continue
        # Outside development nobody should know these passwords: use "mot de passe oublié".
        password = dev_password if show_passwords else secrets.token_urlsafe(24)
        user = User.objects.create_user(
            username=username,
            first_name=first_name,
            email=f"{username}@impact-jeunes.example",
            password=password,
            is_staff=True,
            is_superuser=group_name is None,
        )
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        if show_passwords:
            report(f"  {username} / {dev_password}")
