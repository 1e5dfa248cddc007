"""Admin permission policies that never grant some actions, whatever the user's permissions."""

from wagtail.permission_policies import ModelPermissionPolicy


class LimitedActionsPolicy(ModelPermissionPolicy):
    """The model's usual permissions, but only for `actions` (superusers included).

    E.g. company accounts are created by the companies themselves, never added in the admin;
    sign-ups change only through the booking engine, so the admin may only view them.
    """

    def __init__(self, model, actions, **kwargs):
        super().__init__(model, **kwargs)
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
