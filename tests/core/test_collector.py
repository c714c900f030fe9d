"""The garbage collector of a web process (core.collector): the start-up heap and the warm-up's
objects frozen, out of the collector's walks; the thresholds read from the settings."""

import gc
import importlib

from django.core.exceptions import ImproperlyConfigured
from django.core.signals import request_finished
from django.test import override_settings

import pytest

from core import collector


def _tracked(obj) -> bool:
    """Whether the collector walks `obj` (frozen objects are in no generation)."""
    return any(o is obj for o in gc.get_objects())


@pytest.fixture(autouse=True)
def restore_collector():
    thresholds = gc.get_threshold()
    yield
    request_finished.disconnect(collector._freeze_after_warmup)
    collector._requests_left = 0
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_start_freezes_what_the_process_holds():
    gc.unfreeze()
    long_lived = [object()]  # a container the collector tracks
    assert _tracked(long_lived)
    frozen = collector.start(after_requests=0)
    assert frozen == gc.get_freeze_count() > 0
    assert not _tracked(long_lived)
    assert collector._requests_left == 0


@pytest.mark.django_db
def test_the_warm_up_is_frozen_after_the_first_requests(client):
    collector.start(after_requests=2)
    made_by_the_warm_up = [object()]
    client.get("/healthz")
    assert _tracked(made_by_the_warm_up)
    client.get("/healthz")
    assert not _tracked(made_by_the_warm_up)
    # once: later requests' objects are left to the collector
    made_later = [object()]
    client.get("/healthz")
    client.get("/healthz")
    assert _tracked(made_later)
    assert collector._requests_left == 0


@override_settings(GC_THRESHOLD=(12345, 17, 19))
def test_the_thresholds_are_read_from_the_settings():
    assert collector.configure() == (12345, 17, 19) == gc.get_threshold()


@pytest.mark.parametrize("thresholds", [(700, 10, 10, 10), (-1,)])
def test_bad_thresholds_are_refused_with_a_clear_message(thresholds):
    before = gc.get_threshold()
    with override_settings(GC_THRESHOLD=thresholds), pytest.raises(ImproperlyConfigured) as error:
        collector.configure()
    assert "GC_THRESHOLD" in str(error.value)
    assert gc.get_threshold() == before


@override_settings(GC_THRESHOLD=())
def test_no_thresholds_leave_pythons_own():
    gc.set_threshold(700, 10, 10)
    assert collector.configure() == (700, 10, 10)


def test_the_setting_is_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("GC_THRESHOLD", "50000,20,10")
    monkeypatch.setenv("GC_FREEZE_AFTER_REQUESTS", "30")
    from opengov.settings import base

    try:
        importlib.reload(base)
        assert base.GC_THRESHOLD == (50000, 20, 10)
        assert base.GC_FREEZE_AFTER_REQUESTS == 30
    finally:
        monkeypatch.undo()
        importlib.reload(base)


@override_settings(GC_FREEZE_AFTER_REQUESTS=5)
def test_the_web_application_starts_the_collector():
    from opengov import wsgi

    gc.unfreeze()
    importlib.reload(wsgi)
    assert gc.get_freeze_count() > 0
    assert collector._requests_left == 5
