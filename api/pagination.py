from django.conf import settings

from rest_framework.pagination import PageNumberPagination


class ApiPagination(PageNumberPagination):
    """?page=N (a page that does not exist is a 404) and ?page_size= up to a bound."""

    page_size_query_param = "page_size"

    @property
    def page_size(self):
        return settings.API_PAGE_SIZE

    @property
    def max_page_size(self):
        return settings.API_MAX_PAGE_SIZE
