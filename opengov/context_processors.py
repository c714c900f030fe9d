from . import navigation


def site_navigation(request):
    return {"site_sections": navigation.sections(request)}
