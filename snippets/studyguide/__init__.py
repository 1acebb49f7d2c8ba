"""Helpers for the study guide's runnable snippets.

The snippets themselves stay plain Python (pandas, scikit-learn, XGBoost,
boto3). This package holds only what they share, plus the tooling that runs
them:

- [`studyguide.datasets`][studyguide.datasets]: small, seeded synthetic data sets.
- [`studyguide.plotting`][studyguide.plotting]: reproducible SVG figures.
- [`studyguide.offline`][studyguide.offline]: run an AWS snippet offline against moto.
- [`studyguide.netguard`][studyguide.netguard]: fail any non-loopback connection.
- [`studyguide.outputs`][studyguide.outputs]: check and rewrite the `#>` output lines.
- [`studyguide.labs`][studyguide.labs]: execute lab notebooks and detect stale outputs.
"""

from pathlib import Path

#: Repository root (the folder that holds ``snippets/`` and ``docs/``).
REPO_ROOT = Path(__file__).resolve().parents[2]
