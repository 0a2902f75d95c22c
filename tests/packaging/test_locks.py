"""The two locks say exactly what Desk installs: every pin exact, every transitive dependency pinned.

requirements.lock is what Desk needs to run (`make run`, the offline bundle, the frozen build);
requirements-dev.lock adds tests, lint and the build tools. Closure is checked against the metadata of
the installed distributions, with markers evaluated for this Linux machine and for 64-bit Windows.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_LOCK = ROOT / "requirements.lock"
DEV_LOCK = ROOT / "requirements-dev.lock"

WINDOWS = {**default_environment(), "sys_platform": "win32", "os_name": "nt", "platform_system": "Windows"}
LINUX = default_environment()


def read_lock(path: Path) -> dict[str, Requirement]:
    pins: dict[str, Requirement] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-r "):
            continue
        req = Requirement(line)
        pins[canonicalize_name(req.name)] = req
    return pins


def pinned_version(req: Requirement) -> str:
    (spec,) = req.specifier
    assert spec.operator == "==", f"{req} is not pinned exactly"
    return spec.version


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_dev_lock_builds_on_the_runtime_lock_without_repeating_it() -> None:
    assert "-r requirements.lock" in DEV_LOCK.read_text(encoding="utf-8").splitlines()
    runtime, dev = read_lock(RUNTIME_LOCK), read_lock(DEV_LOCK)
    assert not set(runtime) & set(dev), "a pin belongs in one lock only"
    for req in [*runtime.values(), *dev.values()]:
        pinned_version(req)
    assert not any(req.marker for req in runtime.values()), "what Desk runs on is the same everywhere"


def test_pyproject_pins_match_the_locks() -> None:
    project = pyproject()["project"]
    runtime, dev = read_lock(RUNTIME_LOCK), read_lock(DEV_LOCK)
    for line in project["dependencies"]:
        req = Requirement(line)
        assert pinned_version(runtime[canonicalize_name(req.name)]) == pinned_version(req), line
    for group in ("test", "dist"):
        for line in project["optional-dependencies"][group]:
            req = Requirement(line)
            name = canonicalize_name(req.name)
            assert name in dev, f"{line} ({group}) belongs in requirements-dev.lock"
            assert pinned_version(dev[name]) == pinned_version(req), line
    assert {"pyinstaller", "pyinstaller-hooks-contrib"} <= set(dev)
    assert "pyinstaller" not in runtime and "pytest" not in runtime


def _closure_problems(lock: dict[str, Requirement], roots: dict[str, Requirement],
                      extras: dict[str, set[str]]) -> list[str]:
    problems = []
    for env_name, env in (("linux", LINUX), ("windows", WINDOWS)):
        for name, req in roots.items():
            if req.marker is not None and not req.marker.evaluate(env):
                continue
            try:
                dist = metadata.distribution(name)
            except metadata.PackageNotFoundError:
                if env_name == "windows" and req.marker is not None:
                    continue  # a Windows-only tool, not installed on this machine
                problems.append(f"{name} is locked but not installed")
                continue
            assert dist.version == pinned_version(req), f"{name}: installed {dist.version}, locked {req}"
            for line in dist.requires or []:
                dep = Requirement(line)
                wanted_extras = extras.get(name, set()) | {""}
                if dep.marker is not None and not any(
                        dep.marker.evaluate({**env, "extra": extra}) for extra in wanted_extras):
                    continue
                dep_name = canonicalize_name(dep.name)
                pin = lock.get(dep_name)
                if pin is None:
                    problems.append(f"{name} needs {dep} on {env_name}; it is not pinned")
                elif not dep.specifier.contains(pinned_version(pin), prereleases=True):
                    problems.append(f"{name} needs {dep}; the lock pins {pin}")
    return problems


def _extras_asked() -> dict[str, set[str]]:
    project = pyproject()["project"]
    lines = [*project["dependencies"], *(x for group in project["optional-dependencies"].values() for x in group)]
    return {canonicalize_name(Requirement(x).name): set(Requirement(x).extras) for x in lines}


def test_runtime_lock_holds_every_transitive_dependency() -> None:
    runtime = read_lock(RUNTIME_LOCK)
    assert _closure_problems(runtime, runtime, _extras_asked()) == []


def test_dev_lock_holds_every_transitive_dependency_of_the_tools() -> None:
    runtime, dev = read_lock(RUNTIME_LOCK), read_lock(DEV_LOCK)
    assert _closure_problems({**runtime, **dev}, dev, _extras_asked()) == []


@pytest.mark.parametrize("name", ["colorama", "pefile", "pywin32-ctypes"])
def test_windows_only_tools_are_pinned_for_windows(name: str) -> None:
    """pytest (colorama) and PyInstaller (pefile, pywin32-ctypes) need these on the Windows build runner."""
    req = read_lock(DEV_LOCK)[name]
    assert req.marker is not None and req.marker.evaluate(WINDOWS) and not req.marker.evaluate(LINUX)
