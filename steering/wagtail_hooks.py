from wagtail import hooks

from steering.admin_views import admin_urls, menu_item


@hooks.register("register_admin_urls")
def register_steering_urls():
    return admin_urls()


@hooks.register("register_admin_menu_item")
def register_steering_menu_item():
    return menu_item()
