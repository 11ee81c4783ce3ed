"""The docs match the code: README commands, every step and playbook documented."""

from __future__ import annotations

import re

from bank_support import CATALOG, ROOT


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n((?:python3 -m venv \.venv|bash scripts/setup\.sh) &&[^\n]+)\n```", text)


def test_ci_runs_the_readme_test_command():
    commands = _readme_commands()
    assert len(commands) == 2, commands
    test_command = next(c for c in commands if "pytest" in c)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()
    # ...and the linters translators' platforms run, with the committed configurations
    for tool, config in (("moz-fluent-lint", ".fluent-lint.yml"), ("compare-locales", "l10n.toml")):
        line = next(l for l in ci.splitlines() if tool in l and not l.startswith("#"))
        assert config in line and (ROOT / config).is_file(), line


def test_setup_script_creates_the_venv_with_the_test_extras():
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "python3 -m venv .venv" in setup and ".venv/bin/pip install -q -e '.[test]'" in setup
    commands = [line for line in setup.splitlines() if not line.lstrip().startswith("#")]
    assert sum("apt-get update" in line for line in commands) == 1  # once, and only when something is missing


def test_readme_demo_needs_only_python_and_pip():
    demo = next(c for c in _readme_commands() if "compose" in c)
    assert demo.startswith("python3 -m venv .venv && .venv/bin/pip install . &&") and "setup.sh" not in demo


def test_readme_demo_composes_every_bundled_locale():
    demo = next(c for c in _readme_commands() if "compose" in c)
    from phrasebank.locales import available

    assert set(re.search(r"for l in ([a-z ]+);", demo).group(1).split()) == set(available())


def test_method_doc_covers_every_step_and_playbook_with_its_source():
    method = (ROOT / "docs" / "method.md").read_text(encoding="utf-8")
    for step in CATALOG.steps:
        assert f"`{step}`" in method, step
    for book in CATALOG.playbooks.values():
        assert f"`{book.id}`" in method and book.seed in method, book.id


def test_api_doc_lists_every_fact_and_option():
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for fact in CATALOG.facts:
        assert f"`{fact}`" in api, fact
    for name, values in CATALOG.options.items():
        assert f"`{name}`" in api
        for value in values:
            assert f"`{value}`" in api, (name, value)


def test_readme_python_example_runs(capsys):
    code = re.search(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S).group(1)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "דנה" in out and "נועה" in out and "greeting" in out and "own" in out


def test_fluent_lint_skips_te04_exactly_for_the_messages_that_format_a_date():
    import yaml

    config = yaml.safe_load((ROOT / ".fluent-lint.yml").read_text(encoding="utf-8"))
    dated = {m.id for m in CATALOG.messages.values() if any(CATALOG.facts[f].type == "date" for f in m.facts)}
    assert set(config["TE04"]["exclusions"]["messages"]) == dated
