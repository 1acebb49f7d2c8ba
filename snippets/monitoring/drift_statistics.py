"""Measure data drift by hand: population stability index and a KS test.

A churn model was trained on one customer population; three months later the
pricing team raised prices. We compare the training baseline of
``monthly_charges`` with a production sample and put numbers on the shift.
"""

import numpy as np
from scipy import stats

from studyguide.datasets import customer_churn
from studyguide.plotting import save_svg

# --8<-- [start:baseline-and-production]
baseline = customer_churn(n_rows=5000, seed=7)["monthly_charges"].to_numpy()

rng = np.random.default_rng(2025)
# Production after a price rise: about 8 USD more per month and a wider spread.
production = np.clip(rng.normal(78, 24, 2000), 18, 140).round(2)
print(f"baseline   mean={baseline.mean():.1f} std={baseline.std():.1f}")
#> baseline   mean=70.1 std=19.9
print(f"production mean={production.mean():.1f} std={production.std():.1f}")
#> production mean=77.5 std=23.7
# --8<-- [end:baseline-and-production]


# --8<-- [start:population-stability-index]
def population_stability_index(expected, actual, bins=10):
    """PSI over bins cut at the baseline's deciles."""
    edges = np.quantile(expected, np.linspace(0, 1, bins + 1))
    edges[0], edges[-1] = -np.inf, np.inf  # catch values outside the baseline range
    exp_share = np.histogram(expected, edges)[0] / len(expected)
    act_share = np.histogram(actual, edges)[0] / len(actual)
    exp_share = np.clip(exp_share, 1e-6, None)  # avoid log(0) in empty bins
    act_share = np.clip(act_share, 1e-6, None)
    return float(np.sum((act_share - exp_share) * np.log(act_share / exp_share)))


same_population = customer_churn(n_rows=2000, seed=99)["monthly_charges"].to_numpy()
print(f"PSI, fresh sample of the same population: {population_stability_index(baseline, same_population):.3f}")
#> PSI, fresh sample of the same population: 0.008
print(f"PSI, production after the price rise:      {population_stability_index(baseline, production):.3f}")
#> PSI, production after the price rise:      0.142
# --8<-- [end:population-stability-index]

# --8<-- [start:ks-statistic]
result = stats.ks_2samp(baseline, production)
print(f"KS statistic D={result.statistic:.3f}, p-value={result.pvalue:.1e}")
#> KS statistic D=0.154, p-value=6.8e-30

# The same distance by hand: largest gap between the two empirical CDFs.
grid = np.sort(np.concatenate([baseline, production]))
cdf_base = np.searchsorted(np.sort(baseline), grid, side="right") / len(baseline)
cdf_prod = np.searchsorted(np.sort(production), grid, side="right") / len(production)
print(f"max |CDF gap| by hand = {np.max(np.abs(cdf_base - cdf_prod)):.3f}")
#> max |CDF gap| by hand = 0.154
# --8<-- [end:ks-statistic]

# --8<-- [start:plot-distributions]
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6.4, 3.4))
bins = np.linspace(18, 140, 40)
ax.hist(baseline, bins=bins, density=True, alpha=0.55, label="training baseline")
ax.hist(production, bins=bins, density=True, alpha=0.55, label="production (after price rise)")
ax.set_xlabel("monthly_charges (USD)")
ax.set_ylabel("density")
ax.set_title("Feature drift: baseline vs production")
ax.legend()
path = save_svg(fig, "baseline-vs-production-drift")
print(path.name)
#> baseline-vs-production-drift.svg
# --8<-- [end:plot-distributions]
