"""Shared test set-up: Qt runs headless, settings are isolated from the user's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NNGUI_SETTINGS_DIR", "")  # set per test by the isolated_settings fixture

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """QSettings and recovery files go to a temporary folder, never to the real home."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("NNGUI_SETTINGS_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    yield folder
