"""What a streaming job computes from the usage events: per-customer counts
over tumbling daily windows and a 7-day trend, written in pandas so every
step is visible. Amazon Managed Service for Apache Flink runs the same logic
continuously on the Kinesis stream."""

import matplotlib.pyplot as plt
import pandas as pd

from studyguide.datasets import churn_case, usage_events
from studyguide.plotting import save_svg

customers = churn_case()
events = usage_events(customers)

# --8<-- [start:tumbling-daily-windows]
daily = (events.set_index("event_time")
         .groupby("customer_id")
         .resample("1D")["event_type"].count()       # one tumbling window per customer and day
         .rename("events").reset_index())
print(daily.head(3).to_string(index=False))
#> customer_id event_time  events
#>      C00000 2026-01-17       3
#>      C00000 2026-01-18       3
#>      C00000 2026-01-19       2
# --8<-- [end:tumbling-daily-windows]

# --8<-- [start:seven-day-trend]
cutoff = events["event_time"].max().normalize() - pd.Timedelta(days=6)  # the last 7 days
recent = daily[daily["event_time"] >= cutoff].groupby("customer_id")["events"].sum()
earlier = daily[daily["event_time"] < cutoff].groupby("customer_id")["events"].sum()
features = customers.set_index("customer_id")[["churned"]].assign(
    events_last_7d=recent, events_prior_7d=earlier).fillna(0)
features["usage_trend"] = (features["events_last_7d"] + 1) / (features["events_prior_7d"] + 1)
print(features.groupby("churned")[["events_last_7d", "usage_trend"]].mean().round(2).to_string())
#>          events_last_7d  usage_trend
#> churned
#> 0                 14.11         1.08
#> 1                  8.05         0.72
# --8<-- [end:seven-day-trend]

# Figure: average events per customer per day, churners against stayers (not shown on the page).
per_day = daily.merge(customers[["customer_id", "churned"]]).groupby(["event_time", "churned"])["events"].mean().unstack()
fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(per_day.index, per_day[0], marker="o", label="stayed")
ax.plot(per_day.index, per_day[1], marker="s", label="churned within 30 days")
ax.set_ylabel("events per customer per day")
ax.set_title("Churners fade out in the two weeks before the snapshot")
ax.tick_params(axis="x", rotation=45)
ax.legend()
fig.tight_layout()
save_svg(fig, "usage-fade-before-churn")
