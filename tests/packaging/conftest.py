"""The frozen build under test: `make dist-test` sets DESK_FROZEN to the folder `make dist` wrote."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

FROZEN_ENV = "DESK_FROZEN"


@pytest.fixture(scope="module")
def installed_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the frozen folder somewhere else, under a name with a space (as in "Program Files").

    Running the copy proves the folder carries everything: no path back to the build, the venv or
    the source tree.
    """
    built = os.environ.get(FROZEN_ENV)
    if not built:
        pytest.skip("the frozen build is tested by `make dist-test` (DESK_FROZEN=dist/Desk)")
    source = Path(built).resolve()
    if not (source / "desk").exists() and not (source / "desk.exe").exists():
        pytest.fail(f"{FROZEN_ENV}={built} holds no frozen Desk: run `make dist` first")
    target = tmp_path_factory.mktemp("office pc") / "Program Desk"
    shutil.copytree(source, target, symlinks=True)
    return target
