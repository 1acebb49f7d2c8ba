"""Track drift of the churn model's usage features week by week with pandas.

Twelve weeks of usage events of the customers who stay, after the training snapshot. From week 7 a
5G handset promotion makes data sessions heavier for a growing share of
customers. We compute each customer's weekly usage features, compare every
week with the training week by the population stability index (PSI), and
plot the drift over time.
"""

import numpy as np
import pandas as pd

from studyguide.datasets import churn_case, usage_events
from studyguide.plotting import save_svg

# --8<-- [start:weekly-usage-features]
customers = churn_case()
customers = customers[customers["churned"] == 0]  # the customers still scored every week
events = usage_events(customers, n_days=84, seed=23)  # 12 weeks of their stream
start = events["event_time"].min().normalize()
events["week"] = (events["event_time"] - start).dt.days // 7 + 1

# The promotion: from week 7, a quarter of the remaining customers a week move to 5G handsets,
# whose data sessions are twice as heavy.
rng = np.random.default_rng(5)
upgrade_week = pd.Series(6 + rng.geometric(0.25, len(customers)), index=customers["customer_id"])
upgraded = events["week"].to_numpy() >= upgrade_week.loc[events["customer_id"]].to_numpy()
events.loc[upgraded & (events["event_type"] == "data_session"), "megabytes"] *= 2.0

weekly = (events.groupby(["week", "customer_id"])
          .agg(data_mb=("megabytes", "sum"), voice_min=("minutes", "sum"), sessions=("event_type", "size"))
          .reset_index())
print(len(events), "events,", weekly["week"].nunique(), "weeks,", len(weekly), "customer-weeks")
#> 231698 events, 12 weeks, 16608 customer-weeks
print(weekly.groupby("week")[["data_mb", "voice_min", "sessions"]].mean().round(1).iloc[[0, 5, 11]])
#>       data_mb  voice_min  sessions
#> week
#> 1       761.5       16.9      14.1
#> 6       743.1       16.5      13.9
#> 12     1370.3       16.3      14.0
# --8<-- [end:weekly-usage-features]


# --8<-- [start:psi-per-week]
def psi(expected, actual, bins=10):
    """Population stability index over the baseline's deciles."""
    edges = np.unique(np.quantile(expected, np.linspace(0, 1, bins + 1)))
    edges[0], edges[-1] = -np.inf, np.inf
    e = np.clip(np.histogram(expected, edges)[0] / len(expected), 1e-6, None)
    a = np.clip(np.histogram(actual, edges)[0] / len(actual), 1e-6, None)
    return float(np.sum((a - e) * np.log(a / e)))


features = ["data_mb", "voice_min", "sessions"]
baseline = weekly[weekly["week"] == 1]  # the week the training features were computed on
drift = pd.DataFrame({
    week: {f: psi(baseline[f], group[f]) for f in features}
    for week, group in weekly.groupby("week")
}).T.rename_axis("week")
print(drift.round(3).iloc[1::2])
#>       data_mb  voice_min  sessions
#> week
#> 2       0.016      0.014     0.025
#> 4       0.017      0.007     0.011
#> 6       0.032      0.007     0.024
#> 8       0.268      0.010     0.020
#> 10      0.605      0.011     0.014
#> 12      0.862      0.015     0.010
# --8<-- [end:psi-per-week]

# --8<-- [start:flag-drift]
WARN, ACT = 0.10, 0.25  # common rules of thumb for PSI, not AWS limits
first_warn = drift.index[drift["data_mb"] >= WARN].min()
first_act = drift.index[drift["data_mb"] >= ACT].min()
print(f"data_mb: warning from week {first_warn}, retrain from week {first_act}")
#> data_mb: warning from week 7, retrain from week 8
print("features over the warning line in week 12:", list(drift.columns[drift.loc[12] >= WARN]))
#> features over the warning line in week 12: ['data_mb']
# --8<-- [end:flag-drift]

# --8<-- [start:plot-drift-over-time]
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6.4, 3.4))
for feature, style in zip(features, ["o-", "s--", "^:"]):
    ax.plot(drift.index, drift[feature], style, label=feature)
ax.axhline(WARN, color="orange", linewidth=1)
ax.axhline(ACT, color="red", linewidth=1)
ax.text(1, WARN + 0.008, "investigate (0.10)", fontsize=8)
ax.text(1, ACT + 0.008, "act (0.25)", fontsize=8)
ax.set_xlabel("week after the training snapshot")
ax.set_ylabel("PSI against week 1")
ax.set_title("Drift of the usage features over twelve weeks")
ax.set_xticks(range(1, 13))
ax.legend(loc="upper left", bbox_to_anchor=(0, 0.9))
print(save_svg(fig, "usage-drift-over-time").name)
#> usage-drift-over-time.svg
# --8<-- [end:plot-drift-over-time]
