from django.core.paginator import Paginator
from django.shortcuts import render

from . import selectors
from .filters import ResourceFilter

RESOURCES_PER_PAGE = 20


def resource_list(request):
    filterset = ResourceFilter(request.GET, queryset=selectors.resources_all())
    # get_page() turns a malformed or out-of-range ?page= into the nearest real page.
    page_obj = Paginator(filterset.qs, RESOURCES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request, "resources/resource_list.html", {"filter": filterset, "page_obj": page_obj}
    )


def resource_detail(request, slug):
    return render(
        request,
        "resources/resource_detail.html",
        {"resource": selectors.resource_get(slug=slug)},
    )
