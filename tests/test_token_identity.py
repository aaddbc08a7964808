"""spaCy builds a new ``Token`` object on every access, so ``tok.head is tok`` is never true.

A loop that climbs the tree until ``h.head is h`` never stops at the root; that hung the whole
pipeline on "We continue to do all that we can to support them." Tokens are compared by index.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "sitrep"

# attributes of a spaCy Token or Span that return a freshly built Token
_TOKEN_ATTRS = {"head", "root", "left_edge", "right_edge", "lefts", "rights", "children", "ancestors"}


def _identity_on_tokens(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for op, (a, b) in zip(node.ops, zip(operands, operands[1:])):
            if not isinstance(op, (ast.Is, ast.IsNot)):
                continue
            if any(isinstance(x, ast.Attribute) and x.attr in _TOKEN_ATTRS for x in (a, b)):
                lines.append(node.lineno)
    return lines


def test_no_identity_comparison_of_tokens_in_the_source():
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        lines = _identity_on_tokens(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            found[str(path.relative_to(SRC))] = lines
    assert not found, f"compare tokens by index (tok.head.i != tok.i), not with 'is': {found}"


def test_the_lint_catches_the_pattern():
    bad = ast.parse("while h.head is not h:\n    h = h.head\nif t.head is t: pass\n")
    good = ast.parse("while h.head.i != h.i:\n    h = h.head\nif x is None: pass\n")
    assert _identity_on_tokens(bad) == [1, 3]
    assert _identity_on_tokens(good) == []


def test_a_sentence_whose_root_has_no_subject_returns():
    """The sentence that hung sitrep for ever; run apart so that a regression fails, not hangs."""
    code = ("import sitrep\n"
            "a = sitrep.extract('We continue to do all that we can to support them.')\n"
            "print(len(a.events))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
