from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# The parts of the site, in the order the header shows them. Each part adds itself here
# when it lands, so the navigation never links to something that does not exist.
SECTIONS = [
    ("community:challenge_area_list", _("Challenge areas")),
    ("community:member_list", _("Members")),
    ("community:commitment_list", _("Commitments")),
    ("community:reformer_list", _("Reformers")),
]


def site_navigation(request):
    path = request.path
    items = []
    for url_name, label in SECTIONS:
        url = reverse(url_name)
        items.append({"url": url, "label": label, "active": path.startswith(url)})
    return {"site_sections": items}
