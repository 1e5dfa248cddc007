"""Share links built on the server: plain links, no third-party script ever loaded.

Stories, offers, events and news show them through `{% share_links page %}` (portal_tags).
"""

from urllib.parse import quote, urlencode


def share_links(title, url):
    text = f"{title} {url}"
    return [
        ("WhatsApp", "https://wa.me/?" + urlencode({"text": text})),
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
        ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url})),
        ("X", "https://x.com/intent/post?" + urlencode({"text": title, "url": url})),
        ("E-mail", f"mailto:?subject={quote(title)}&body={quote(url)}"),
    ]
