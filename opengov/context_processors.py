from django.conf import settings
from django.utils.functional import SimpleLazyObject

from . import navigation


def site_navigation(request):
    # loaded when a template shows it: not for the sitemap, feeds or other non-HTML responses
    return {"site_sections": SimpleLazyObject(lambda: navigation.sections(request))}


def site_identity(request):
    return {"site_name": settings.SITE_NAME}
