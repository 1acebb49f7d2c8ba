"""Save matplotlib figures as SVG files that are identical from run to run.

Matplotlib writes the current date and random element ids into every SVG.
Both would make a figure differ on each run, so a test could not tell a real
change from noise. :func:`save_svg` fixes the hash salt and drops the date.
"""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display on CI or in a reader's terminal

import matplotlib.pyplot as plt  # noqa: E402

from . import REPO_ROOT  # noqa: E402

#: Where figures go unless ``STUDYGUIDE_FIGURES_DIR`` says otherwise.
DEFAULT_FIGURES_DIR = REPO_ROOT / "docs" / "assets" / "figures"

plt.rcParams.update({
    "svg.hashsalt": "ml-on-aws-study-guide",
    "svg.fonttype": "path",
    "figure.dpi": 100,
    "font.family": "DejaVu Sans",
    "font.size": 10,
})


def figures_dir() -> Path:
    """Return the folder figures are written to (created if missing)."""
    folder = Path(os.environ.get("STUDYGUIDE_FIGURES_DIR", DEFAULT_FIGURES_DIR))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_svg(fig: "matplotlib.figure.Figure", name: str) -> Path:
    """Write ``fig`` to ``<figures dir>/<name>.svg`` reproducibly and close it.

    Args:
        fig: the figure to save.
        name: file stem in kebab case, e.g. ``"roc-curve"``.

    Returns:
        The path written.
    """
    if not name.replace("-", "").isalnum() or name.lower() != name:
        raise ValueError(f"figure name must be lower-case kebab case, got {name!r}")
    path = figures_dir() / f"{name}.svg"
    fig.savefig(path, format="svg", metadata={"Date": None}, bbox_inches="tight")
    plt.close(fig)
    return path
