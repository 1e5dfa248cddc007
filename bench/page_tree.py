"""Insert thousands of live Wagtail pages under one parent in a few statements.

`parent.add_child()` costs several queries per page (tree locks, sibling look-ups,
revisions, reference index). For the benchmark's 10,000 pages we compute the treebeard
fields ourselves instead: `path` (parent path + one base-36 step of four characters,
continuing after the last existing child), `depth`, `numchild`, `url_path`, then insert
the `wagtailcore_page` rows with `bulk_create` and the subclass rows with a plain
INSERT on the subclass table (Django refuses `bulk_create` on multi-table inheritance).

The pages are published without revisions: nothing an anonymous visitor sees reads
them, and the editor opens a page that has no revision on its current values.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page

BATCH = 500


def add_children(parent, pages, published_at=None):
    """Insert unsaved specific pages (all of one model) as the last children of `parent`.

    Each page needs `title` and `slug`; tree fields, publication fields and the content
    type are filled here. `published_at(page)` may give each page its publication date.
    Returns the pages with their primary keys set.
    """
    if not pages:
        return pages
    model = type(pages[0])
    parent.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
    last = parent.get_last_child()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    content_type = ContentType.objects.get_for_model(model)
    locale = parent.locale_id or Locale.get_default().pk
    now = timezone.now()
    for page in pages:
        position += 1
        page.path = Page._get_path(parent.path, parent.depth + 1, position)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = locale
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        when = published_at(page) if published_at else now
        page.first_published_at = page.last_published_at = when
    using = router.db_for_write(Page)
    Page.objects.using(using).bulk_create(pages, batch_size=BATCH)
    for page in pages:
        page.page_ptr_id = page.id
    _insert_own_rows(model, pages, using)
    Page.objects.using(using).filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


def _insert_own_rows(model, pages, using):
    """The subclass table's rows (page_ptr_id and the model's own columns), batch by batch."""
    fields = [field for field in model._meta.local_concrete_fields if not field.generated]
    batch = connections[using].ops.bulk_batch_size(fields, pages) or BATCH
    batch = min(batch, BATCH)
    for start in range(0, len(pages), batch):
        model._base_manager.using(using)._insert(pages[start : start + batch], fields=fields, using=using)


def tree_problems():
    """The checks of treebeard's `find_problems`, plus `url_path`, over the whole tree in one query.

    `Page.find_problems()` runs two queries per page (a minute for 10,000 pages); this loads
    (id, path, depth, numchild, url_path, slug) once and checks in memory. Returns a list of
    problems, empty when the tree is sound.
    """
    rows = list(Page.objects.order_by("path").values_list("pk", "path", "depth", "numchild", "url_path", "slug"))
    by_path = {path: (pk, url_path) for pk, path, _depth, _numchild, url_path, _slug in rows}
    children = {}
    problems = []
    for pk, path, depth, _numchild, url_path, slug in rows:
        if any(char not in Page.alphabet for char in path) or len(path) % Page.steplen:
            problems.append(f"page {pk}: bad path {path!r}")
            continue
        if depth != len(path) // Page.steplen:
            problems.append(f"page {pk}: depth {depth} for path {path!r}")
        if depth == 1:
            continue
        parent_path = path[: -Page.steplen]
        if parent_path not in by_path:
            problems.append(f"page {pk}: orphan")
            continue
        children[parent_path] = children.get(parent_path, 0) + 1
        parent_url = by_path[parent_path][1]
        if parent_url and url_path != f"{parent_url}{slug}/":
            problems.append(f"page {pk}: url_path {url_path!r} under {parent_url!r}")
    for pk, path, _depth, numchild, _url_path, _slug in rows:
        if children.get(path, 0) != numchild:
            problems.append(f"page {pk}: numchild {numchild}, {children.get(path, 0)} children")
    return problems
