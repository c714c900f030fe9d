"""The OpenSearch engine: the Elasticsearch engine's indices, mappings, analysers and request
bodies, sent through opensearch-py to OpenSearch 2.x (tested live on 2.19.1 with the k-NN
plugin, the node that `make es` and CI run; docs/search-elasticsearch.md).

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

from .. import semantic
from .elasticsearch import BATCH_SIZE, KNN_SOURCE, Cluster, ElasticsearchEngine

# OpenSearch has no `dense_vector`: the k-NN plugin's `knn_vector` (search/cluster/pom.xml loads
# it) on Lucene's HNSW (pure Java; faiss and nmslib need native libraries), cosine similarity
VECTOR_FIELD = "embedding"
KNN_VECTOR = {
    "type": "knn_vector",
    "dimension": semantic.DIMENSIONS,
    "method": {"name": "hnsw", "engine": "lucene", "space_type": "cosinesimil"},
}


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
        properties = body.get("mappings", {}).get("properties", {})
        if VECTOR_FIELD in properties:
            properties[VECTOR_FIELD] = dict(KNN_VECTOR)
            body.setdefault("settings", {})["knn"] = True  # index.knn: the k-NN plugin's
        self.client.indices.create(index=name, body=body)

    def put_settings(self, index: str, settings: dict) -> None:
        self.client.indices.put_settings(index=index, body=settings)

    def update_aliases(self, actions: list[dict]) -> None:
        self.client.indices.update_aliases(body={"actions": actions})

    def delete(self, index: str) -> None:
        self.client.indices.delete(index=index, ignore_unavailable=True)

    def bulk(self, actions: Iterable[dict], **options) -> tuple[int, list]:
        return bulk(self.client, actions, chunk_size=BATCH_SIZE, **options)

    def scan(self, index: str, query: dict) -> Iterator[Hit]:
        return map(Hit, scan(self.client, index=index, query=query, size=1000))


class OpenSearchEngine(ElasticsearchEngine):
    name = "opensearch"
    cluster_class = OpenSearchCluster
    url_setting = "OPENSEARCH_URL"

    def _knn_search(self, vector) -> Search:
        """The k-NN plugin's `knn` query (OpenSearch's form of Elasticsearch's `knn` option)."""
        knn = {VECTOR_FIELD: {"vector": [float(x) for x in vector], "k": semantic.NEAREST}}
        return (
            Search(index=self.index)
            .extra(query={"knn": knn}, size=semantic.NEAREST)
            .source(KNN_SOURCE)
        )
