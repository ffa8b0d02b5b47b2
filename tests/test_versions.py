from importlib.metadata import version

from .conftest import ROOT


def pinned() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            name, _, value = line.partition("==")
            pins[name.strip().lower().replace("_", "-")] = value.strip()
    return pins


def test_installed_versions_match_the_lock() -> None:
    pins = pinned()
    for package in ("openai", "instructor", "vcrpy", "pydantic", "tenacity", "diskcache", "httpx2", "pytest-recording"):
        assert version(package) == pins[package], package


def test_pyproject_pins_agree_with_the_lock() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = pinned()
    requirements = [
        *project["dependencies"],
        *(r for extra in project["optional-dependencies"].values() for r in extra),
    ]
    for requirement in requirements:
        name, _, value = requirement.partition("==")
        assert value, f"{requirement} is not pinned exactly"
        assert pins[name.split("[")[0].lower().replace("_", "-")] == value, requirement
