"""The shape of the search package, read from its source: no import cycles (counting imports
inside functions, which only hide one), one ranking module both engines read, and no app of
ours but the project package importing anything of `search` except its public API."""

import ast
from pathlib import Path

from django.apps import apps
from django.conf import settings

import pytest

SEARCH_DIR = Path(apps.get_app_config("search").path)
BASE_DIR = Path(settings.BASE_DIR)
# The project package wires every app together (URLs, settings, load_demo): it may import any.
PROJECT_PACKAGE = "opengov"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(BASE_DIR).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _python_files(directory: Path):
    for path in sorted(directory.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def _imports(path: Path) -> set[str]:
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _imports_in(source: str, package: str) -> set[str]:
    """Every module `source` imports, anywhere (in functions too), as absolute dotted names
    (for `from x import y`, both x and x.y: y may be a module)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = ".".join(filter(None, [base if node.level else "", node.module or ""]))
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def _search_graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in _python_files(SEARCH_DIR)}
    graph = {}
    for name, path in modules.items():
        edges = set()
        ancestors = {name.rsplit(".", n)[0] for n in range(1, name.count(".") + 1)}
        for imported in _imports(path):
            if imported in modules and imported != name:
                edges.add(imported)
            # importing a.b.c runs a/__init__ and a/b/__init__ first, except the packages
            # the importer is in: they are already being imported when it runs
            parts = imported.split(".")
            for end in range(2, len(parts)):
                package = ".".join(parts[:end])
                if package in modules and package not in ancestors | {name}:
                    edges.add(package)
        graph[name] = edges
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of the graph, or [] (depth-first search)."""
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return stack[stack.index(target) :] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        state[node] = "done"
        stack.pop()
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_the_search_package_has_no_import_cycle():
    graph = _search_graph()
    assert "search.engines.database" in graph and "search.services" in graph
    assert _cycle(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_the_engines_share_one_ranking_module_and_not_each_other():
    graph = _search_graph()
    for name in ("search.engines.database", "search.engines.elasticsearch"):
        assert "search.ranking" in graph[name], name
    assert "search.engines.database" not in graph["search.engines.elasticsearch"]
    assert "search.engines.elasticsearch" not in graph["search.engines.database"]
    assert "search.services" not in graph["search.engines.database"]


def _our_other_apps() -> list[Path]:
    found = []
    for config in apps.get_app_configs():
        path = Path(config.path)
        if path.parent == BASE_DIR and config.name not in ("search", PROJECT_PACKAGE):
            found.append(path)
    return found


def test_other_apps_use_only_the_public_search_api():
    other_apps = _our_other_apps()
    assert {path.name for path in other_apps} >= {"community", "guide", "stories"}
    offenders = []
    for directory in [*other_apps, BASE_DIR / "templates"]:
        for path in _python_files(directory):
            for imported in _imports(path):
                if imported.split(".")[0] == "search" and not imported.startswith("search.api"):
                    if imported != "search":  # "from search import api" names search too
                        offenders.append(f"{path.relative_to(BASE_DIR)}: {imported}")
    assert offenders == []


@pytest.mark.parametrize(
    "source, expected",
    [
        ("from search import api", {"search", "search.api"}),
        ("from search.selectors import x", {"search.selectors", "search.selectors.x"}),
        ("def f():\n    import search.services", {"search.services"}),
        ("from ..services import x", {"search.services", "search.services.x"}),
        ("from . import ranking", {"search.engines", "search.engines.ranking"}),
    ],
)
def test_imports_are_read_anywhere_in_a_file(source, expected):
    assert _imports_in(source, "search.engines") == expected
