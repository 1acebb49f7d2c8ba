"""A miniature repository in a temporary folder, for feeding hooks bad input."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class MiniRepo:
    """Writes files relative to a temporary root that mirrors the real layout."""

    def __init__(self, root: Path):
        self.root = root
        (root / "data" / "exams").mkdir(parents=True)
        for exam in (ROOT / "data" / "exams").glob("*.yml"):
            shutil.copy(exam, root / "data" / "exams" / exam.name)
        (root / "docs").mkdir()
        (root / "data" / "questions" / "mla-c01").mkdir(parents=True)
        self.write("data/glossary.yml", """
            - term: AWS Key Management Service
              abbr: KMS
              definition: Creates and controls encryption keys.
            - term: Random Cut Forest
              abbr: RCF
              definition: An unsupervised anomaly-detection algorithm.
        """)

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))
        return path

    def index(self):
        from guide.index import build_index

        return build_index(self.root)


@pytest.fixture
def repo(tmp_path) -> MiniRepo:
    return MiniRepo(tmp_path)
