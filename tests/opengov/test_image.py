"""The production image holds every app of ours, and builds its catalogues and static files.

Docker is not needed: the test reads the Dockerfile (dockerfile-parse) and .dockerignore
(pathspec) and works out which files of the checkout end up where in the image.

.dockerignore follows Docker's rules, which differ from .gitignore's in one way that matters
here: every pattern is anchored at the root of the context (``var`` is ``/var``, never
``community/var``; ``**/`` is how a pattern reaches into subdirectories). Each pattern is
therefore matched as the gitignore pattern ``/<pattern>``, which has exactly that meaning."""

import json
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings

import pytest
from dockerfile_parse import DockerfileParser
from pathspec import PathSpec

ROOT = Path(settings.BASE_DIR)


def dockerignore(text: str) -> PathSpec:
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line.removeprefix("!").strip().removeprefix("./").lstrip("/")
        lines.append(("!" if negate else "") + "/" + pattern)
    return PathSpec.from_lines("gitignore", lines)


@dataclass(frozen=True)
class Copy:
    sources: tuple[str, ...]
    destination: PurePosixPath


def copies(dockerfile: Path) -> list[Copy]:
    """The COPY/ADD instructions that take files from the build context, with their
    destinations made absolute against the WORKDIR in force."""
    workdir = PurePosixPath("/")
    found = []
    for instruction in DockerfileParser(path=str(dockerfile)).structure:
        name, value = instruction["instruction"], instruction["value"]
        if name == "WORKDIR":
            workdir = workdir / value
        if name not in ("COPY", "ADD"):
            continue
        words = json.loads(value) if value.lstrip().startswith("[") else shlex.split(value)
        if any(w.startswith("--from") for w in words):
            continue  # from another stage or image, not from the context
        words = [w for w in words if not w.startswith("--")]
        *sources, destination = words
        found.append(Copy(tuple(sources), workdir / destination))
    return found


def context_files(root: Path, ignore: PathSpec) -> set[str]:
    """Files Docker sends as the build context (relative, POSIX), without descending into
    directories the ignore file excludes (.venv, .git: as Docker itself does)."""
    files = set()
    for directory, subdirs, names in os.walk(root):
        rel = Path(directory).relative_to(root).as_posix()
        prefix = "" if rel == "." else rel + "/"
        subdirs[:] = [d for d in subdirs if not ignore.match_file(prefix + d + "/")]
        files |= {prefix + n for n in names if not ignore.match_file(prefix + n)}
    return files


def image_paths(files: set[str], instructions: list[Copy]) -> set[PurePosixPath]:
    paths = set()
    for copy in instructions:
        for source in copy.sources:
            source = source.strip("/").removeprefix("./") if source not in (".", "./") else ""
            for f in files:
                if not source:
                    paths.add(copy.destination / f)
                elif f == source:
                    paths.add(copy.destination / PurePosixPath(f).name)
                elif f.startswith(source + "/"):
                    paths.add(copy.destination / f.removeprefix(source + "/"))
    return paths


@pytest.fixture(scope="module")
def image():
    """What /app holds after the Dockerfile's COPY instructions, as relative paths."""
    ignore = dockerignore((ROOT / ".dockerignore").read_text(encoding="utf-8"))
    paths = image_paths(context_files(ROOT, ignore), copies(ROOT / "Dockerfile"))
    return {p.relative_to("/app").as_posix() for p in paths if p.is_relative_to("/app")}


def tree(directory: Path) -> set[str]:
    """The files of a directory of the checkout, as paths relative to the root."""
    return {
        p.relative_to(ROOT).as_posix()
        for p in directory.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def our_apps():
    """Installed apps whose code is in the checkout (a virtualenv inside it is not ours)."""
    return [
        a
        for a in apps.get_app_configs()
        if Path(a.path).is_relative_to(ROOT) and "site-packages" not in Path(a.path).parts
    ]


def test_the_helpers_follow_dockers_rules():
    ignore = dockerignore("var\n**/__pycache__\n*.log\n!keep.log\n# a comment\n/tests\n")
    assert ignore.match_file("var/db.sqlite3") and not ignore.match_file("community/var/x")
    assert ignore.match_file("search/__pycache__/api.cpython-311.pyc")
    assert ignore.match_file("debug.log") and not ignore.match_file("opengov/debug.log")
    assert not ignore.match_file("keep.log") and ignore.match_file("tests/conftest.py")
    assert image_paths(
        {"a/b.py", "a/c/d.html", "m.py", "ab.py"},
        [Copy(("a",), PurePosixPath("/app/a")), Copy(("m.py",), PurePosixPath("/app/"))],
    ) == {PurePosixPath(p) for p in ("/app/a/b.py", "/app/a/c/d.html", "/app/m.py")}


def test_every_installed_app_of_ours_is_in_the_image_whole(image):
    """PYTHONPATH is /app, so an app must be at /app/<its directory>, with its templates,
    static files, migrations and demo data."""
    assert {a.label for a in our_apps()} >= {"opengov", "community", "search"}  # found any
    for app in our_apps():
        missing = sorted(tree(Path(app.path)) - image)
        assert not missing, f"app {app.label!r}: not in the image: {missing[:10]}"


def test_the_project_files_that_run_are_in_the_image(image):
    needed = {"manage.py", "pyproject.toml"}
    for directory in settings.TEMPLATES[0]["DIRS"]:
        needed |= tree(Path(directory))
    for directory in settings.LOCALE_PATHS:
        needed |= {f for f in tree(Path(directory)) if f.endswith(".po")}
    for directory in getattr(settings, "STATICFILES_DIRS", ()):
        needed |= tree(Path(directory))
    assert any(f.startswith("templates/") for f in needed)
    assert any(f.endswith("fr/LC_MESSAGES/django.po") for f in needed)
    assert sorted(needed - image) == []


def test_what_does_not_belong_in_production_stays_out(image):
    for prefix in (".git/", ".venv/", "var/", "tests/", "docs/"):
        assert not [f for f in image if f.startswith(prefix)], prefix
    ignore = dockerignore((ROOT / ".dockerignore").read_text(encoding="utf-8"))
    assert ignore.match_file(".env") and ignore.match_file("var/db.sqlite3")
    assert not [f for f in image if "__pycache__" in f or f.endswith(".pyc")]


def test_the_image_compiles_its_catalogues_and_collects_static_files(image):
    """compilemessages skips a .po whose .mo is as new: the committed .mo files stay out of
    the context, so the image's catalogues are always those of its .po files."""
    assert not [f for f in image if f.endswith(".mo")]
    runs = [
        i["value"]
        for i in DockerfileParser(path=str(ROOT / "Dockerfile")).structure
        if i["instruction"] == "RUN"
    ]
    build = next(r for r in runs if "compilemessages" in r)
    assert "collectstatic --noinput" in build
    assert any("install" in r and "gettext" in r for r in runs)  # msgfmt


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="GNU gettext (msgfmt) is not installed")
def test_the_build_step_runs_on_the_image_files_alone(image, tmp_path):
    """The Dockerfile's own compilemessages/collectstatic RUN line, run on a copy of exactly
    the files the image gets, with its ENV (production settings): a template, static file or
    catalogue that .dockerignore left out fails here as it would fail `docker build`."""
    for rel in image:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, tmp_path / rel)
    parser = DockerfileParser(path=str(ROOT / "Dockerfile"))
    build = next(
        i["value"]
        for i in parser.structure
        if i["instruction"] == "RUN" and "compilemessages" in i["value"]
    )
    environment = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(tmp_path),
        **parser.envs,
        "PYTHONPATH": str(tmp_path),  # the image's /app
    }
    result = subprocess.run(  # noqa: S603 -- the repository's own Dockerfile line
        ["/bin/sh", "-c", build],  # noqa: S607
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.mo").stat().st_size > 0
    assert (tmp_path / "var" / "static" / "staticfiles.json").exists()
