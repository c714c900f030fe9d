"""The one helper every query-count test uses."""


def count_queries(client, url, django_assert_max_num_queries, limit) -> int:
    """GET `url`, asserting a 200 within `limit` queries; the number of queries it took."""
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def capture(client, url, cache_contents) -> tuple[int, list[str]]:
    """GET `url` starting from the cache `cache_contents` (tests/shared_data._cache_contents
    of a module dataset's build), as a test that built those rows itself would start, or
    from an empty cache and label table (None), as after a deploy: its
    status and the SQL of its queries. For module datasets measuring many pages once; the
    tests then assert with `within`."""
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from community import labels
    from search import engines

    cache = caches["default"]
    cache.clear()
    labels._memo.clear()  # the per-process memo in front of the cache
    engines.reset()
    if cache_contents is None:  # cold, as after a deploy
        labels.invalidate()
    else:
        contents, expiry = cache_contents
        with cache._lock:
            cache._cache.update(contents)
            cache._expire_info.update(expiry)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response.status_code, [query["sql"] for query in captured.captured_queries]


def within(url, measured, limit) -> int:
    """Assert that a page `capture` measured answered 200 within `limit` queries; their number."""
    status, queries = measured
    assert status == 200, url
    assert len(queries) <= limit, (
        f"{url}: {len(queries)} queries, at most {limit} expected:\n" + "\n".join(queries)
    )
    return len(queries)


def after_writes(cache_contents, before, after):
    """`cache_contents` with what some writes did to the cache applied to it: the keys they
    set or changed (`after` against `before`, all three from shared_data._cache_contents)
    take their new values, the keys they removed go. For the state a test had when it made a
    request, then wrote more rows, then measured again."""
    contents, expiry = dict(cache_contents[0]), dict(cache_contents[1])
    for key in before[0].keys() - after[0].keys():
        contents.pop(key, None)
        expiry.pop(key, None)
    for key, value in after[0].items():
        if before[0].get(key) != value or before[1].get(key) != after[1].get(key):
            contents[key] = value
            expiry[key] = after[1].get(key)
    return contents, expiry
