"""A run's progress on nngui's taskbar entry, where the desktop reads it: the LauncherEntry signal on
the session bus (KDE Plasma's task manager, Ubuntu's dock). Elsewhere, or without a session bus, nothing."""

from __future__ import annotations

import math
from typing import Any

#: The desktop entry the taskbar knows nngui by (packaging/nngui.desktop; app.setDesktopFileName).
APP_URI = "application://nngui.desktop"
INTERFACE = "com.canonical.Unity.LauncherEntry"
OBJECT_PATH = "/com/canonical/unity/launcherentry/nngui"


def launcher_update(fraction: float | None) -> tuple[str, dict[str, Any]]:
    """The Update signal's arguments: the share done (0 to 1), or no progress at all (None)."""
    if fraction is None or not math.isfinite(fraction):
        return APP_URI, {"progress-visible": False}
    return APP_URI, {"progress": min(1.0, max(0.0, float(fraction))), "progress-visible": True}


class TaskbarProgress:
    """Sends the share done to the taskbar, at most once per percent; clear() takes it away.
    Never waits (a signal is sent, no answer asked) and never raises."""

    def __init__(self) -> None:
        self._shown: int | None = None  # the percent last sent; None: nothing shown
        self._bus: Any = None
        self._tried = False

    def show(self, fraction: float) -> None:
        percent = int(100 * min(1.0, max(0.0, fraction))) if math.isfinite(fraction) else 0
        if percent != self._shown:
            self._shown = percent
            self._send(fraction)

    def clear(self) -> None:
        if self._shown is not None:
            self._shown = None
            self._send(None)

    def _send(self, fraction: float | None) -> bool:
        bus = self._session_bus()
        if bus is None:
            return False
        try:
            from PySide6.QtDBus import QDBusMessage

            message = QDBusMessage.createSignal(OBJECT_PATH, INTERFACE, "Update")
            message.setArguments(list(launcher_update(fraction)))
            return bool(bus.send(message))
        except Exception:  # noqa: BLE001 - the taskbar is a courtesy; the status bar shows the progress
            return False

    def _session_bus(self) -> Any:
        if not self._tried:
            self._tried = True
            try:  # QtDBus is not in every build (the bundle leaves it out)
                from PySide6.QtDBus import QDBusConnection
            except ImportError:
                return None
            bus = QDBusConnection.sessionBus()
            self._bus = bus if bus.isConnected() else None
        return self._bus
