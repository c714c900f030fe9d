"""The one helper every query-count test uses."""


def count_queries(client, url, django_assert_max_num_queries, limit) -> int:
    """GET `url`, asserting a 200 within `limit` queries; the number of queries it took."""
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)
