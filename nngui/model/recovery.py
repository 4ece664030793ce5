"""Recovery files: unsaved work autosaved while it changes, offered back after a crash (no Qt)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from nngui.model.scenario import MAX_FILE_BYTES, Scenario, ScenarioError, read_text_file, write_text_atomic
from nngui.model.texts import Text, at

PREFIX = "recovery-"
SUFFIX = ".nngui-recovery.json"


@dataclass(frozen=True)
class Recovered:
    """Unsaved work found after a crash."""

    scenario: Scenario
    original_path: Path | None  # the file the work belonged to, if it had one
    file: Path                  # the recovery file itself


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class RecoveryStore:
    """One recovery file per running nngui process, in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.file = self.folder / f"{PREFIX}{os.getpid()}{SUFFIX}"

    def save(self, scenario: Scenario, original_path: Path | None) -> None:
        """Write the unsaved scenario (atomically, like any save)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"original_path": str(original_path) if original_path else None,
                "scenario": scenario.to_dict()}
        write_text_atomic(self.file, json.dumps(data, ensure_ascii=False, allow_nan=False))

    def discard(self) -> None:
        """Forget this process's recovery file (the work was saved or deliberately dropped)."""
        try:
            self.file.unlink()
        except FileNotFoundError:
            pass

    def orphans(self) -> list[Path]:
        """Recovery files left by processes that are no longer running, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob(f"{PREFIX}*{SUFFIX}"):
            pid_text = path.name[len(PREFIX):-len(SUFFIX)]
            if pid_text.isdigit() and _alive(int(pid_text)):
                continue
            found.append(path)
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def read(self, path: Path) -> Recovered:
        """Read a recovery file; ScenarioError if it is damaged."""
        text = read_text_file(path, MAX_FILE_BYTES)
        try:
            data = json.loads(text)
        except ValueError:
            raise ScenarioError(at(path.name, Text("damaged_recovery"))) from None
        if not isinstance(data, dict) or "scenario" not in data:
            raise ScenarioError(at(path.name, Text("damaged_recovery")))
        scenario = Scenario.from_dict(data["scenario"], where=path.name)
        original = data.get("original_path")
        return Recovered(scenario, Path(original) if isinstance(original, str) and original else None, path)

    @staticmethod
    def remove(path: Path) -> None:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
