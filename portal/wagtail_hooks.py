from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.models import Territory


class TerritoryViewSet(SnippetViewSet):
    model = Territory
    icon = "site"
    menu_label = "Territoires"
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "commune", "postcode", "kind"]
    list_filter = ["kind", "commune"]
    search_fields = ["name", "commune"]


register_snippet(TerritoryViewSet)
