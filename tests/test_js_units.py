"""The practice modules' unit tests (tests/js/*.test.js) under node's test runner.

Draw, scoring, storage and migration, and the Leitner boxes are plain
JavaScript modules with no page; node runs them directly.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from testkit import ROOT


def test_practice_modules_pass_their_node_tests():
    node = shutil.which("node")
    if not node:
        message = "node not found: the JavaScript unit tests need node 18 or later"
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    proc = subprocess.run([node, "--test", "--test-reporter=spec", str(ROOT / "tests" / "js")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
