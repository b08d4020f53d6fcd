"""``python -m validity.lint``: print docs/lint.md."""

from validity.lint import rules_markdown

print(rules_markdown(), end="")
