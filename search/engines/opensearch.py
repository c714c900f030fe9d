"""The OpenSearch engine: the Elasticsearch engine's indices, mappings, analysers and request
bodies, sent through opensearch-py to OpenSearch 2.x (tested live on 2.19.6, the node that
`make es` and CI run; docs/search-elasticsearch.md).

Only the transport differs: `elasticsearch.dsl` builds every body (OpenSearch 2.x is a fork
of Elasticsearch 7.10 and answers the same query DSL for everything the engine asks), and
`OpenSearchCluster` sends it with opensearch-py instead of the Elasticsearch client, whose
product check refuses any server that is not Elasticsearch."""

from collections.abc import Iterable, Iterator

from elasticsearch.dsl import ElasticsearchDslException, Search
from elasticsearch.dsl.response import Hit, Response
from opensearchpy import OpenSearch
from opensearchpy.exceptions import (
    ConnectionError,
    ConnectionTimeout,
    NotFoundError,
    TransportError,
)
from opensearchpy.helpers import BulkIndexError, ScanError, bulk, scan

from .elasticsearch import BATCH_SIZE, Cluster, ElasticsearchEngine

# OpenSearch has no `dense_vector` (its vectors need the k-NN plugin, which the node does not
# have): its indices have no `embedding` field and searches match words only
VECTOR_FIELD = "embedding"


def _without_vector(action: dict) -> dict:
    source = action.get("_source")
    if isinstance(source, dict) and VECTOR_FIELD in source:
        action = {**action, "_source": {k: v for k, v in source.items() if k != VECTOR_FIELD}}
    return action


class OpenSearchCluster(Cluster):
    # ConnectionError (refused) and ConnectionTimeout are TransportErrors in opensearch-py
    errors = (TransportError, BulkIndexError, ScanError, ElasticsearchDslException)
    down = (ConnectionError, ConnectionTimeout)
    not_found = NotFoundError

    @classmethod
    def connect(cls, url: str, *, timeout: float, retries: int) -> "OpenSearchCluster":
        return cls(OpenSearch([url], timeout=timeout, retry_on_timeout=False, max_retries=retries))

    def search(self, search: Search) -> Response:
        raw = self.client.search(index=",".join(search._index), body=search.to_dict())
        # the Search's response class: a FacetedResponse for the search page (EvidenceSearch)
        return search._response_class(search, raw)

    def create_index(self, document, name: str) -> None:
        body = document._index.clone(name=name).to_dict()
        body.get("mappings", {}).get("properties", {}).pop(VECTOR_FIELD, None)
        self.client.indices.create(index=name, body=body)

    def put_settings(self, index: str, settings: dict) -> None:
        self.client.indices.put_settings(index=index, body=settings)

    def update_aliases(self, actions: list[dict]) -> None:
        self.client.indices.update_aliases(body={"actions": actions})

    def delete(self, index: str) -> None:
        self.client.indices.delete(index=index, ignore_unavailable=True)

    def bulk(self, actions: Iterable[dict], **options) -> tuple[int, list]:
        return bulk(self.client, map(_without_vector, actions), chunk_size=BATCH_SIZE, **options)

    def scan(self, index: str, query: dict) -> Iterator[Hit]:
        return map(Hit, scan(self.client, index=index, query=query, size=1000))


class OpenSearchEngine(ElasticsearchEngine):
    name = "opensearch"
    cluster_class = OpenSearchCluster
    url_setting = "OPENSEARCH_URL"
