"""Plain functions behind the site's MkDocs hooks.

Each module turns data (YAML files, Markdown sources) into Markdown or HTML
and knows nothing about MkDocs, so it can be unit-tested and reused by a
pre-build script if the site ever leaves MkDocs. The thin adapters live one
folder up, in ``overrides/hooks/*.py``.
"""


class GuideError(Exception):
    """One or more problems in the sources, each formatted as ``file:line: message``."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))
