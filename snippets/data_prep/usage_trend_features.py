"""Aggregate the usage event stream into per-customer trend features on the
snapshot date: activity in the last 7 days against the 7 days before, data
volume, and days since the last event."""

import pandas as pd

from studyguide.datasets import SNAPSHOT_DATE, churn_case, usage_events

customers = churn_case()
events = usage_events(customers)

# --8<-- [start:usage-trend]
age_days = (SNAPSHOT_DATE - events["event_time"]).dt.days      # 0 = the day before the snapshot
recent = events[age_days < 7]
earlier = events[(age_days >= 7) & (age_days < 14)]
usage = pd.DataFrame({
    "events_last_7d": recent.groupby("customer_id").size(),
    "events_prev_7d": earlier.groupby("customer_id").size(),
    "mb_last_7d": recent.groupby("customer_id")["megabytes"].sum(),
    "days_since_last_event": events.groupby("customer_id")["event_time"].max().rsub(SNAPSHOT_DATE).dt.days,
})
usage = usage.reindex(customers["customer_id"])
usage[["events_last_7d", "events_prev_7d", "mb_last_7d"]] = usage[
    ["events_last_7d", "events_prev_7d", "mb_last_7d"]].fillna(0)       # no event means zero use
usage["days_since_last_event"] = usage["days_since_last_event"].fillna(14)  # none in the window
usage["usage_trend"] = (usage["events_last_7d"] + 1) / (usage["events_prev_7d"] + 1)
print(len(events), "events ->", usage.shape)
#> 51734 events -> (2000, 5)
# --8<-- [end:usage-trend]

# --8<-- [start:join-to-snapshot]
table = customers.merge(usage, left_on="customer_id", right_index=True, how="left", validate="one_to_one")
summary = table.groupby("churned")[["events_last_7d", "events_prev_7d", "usage_trend", "mb_last_7d"]].mean()
print(summary.round(2).to_string())
#>          events_last_7d  events_prev_7d  usage_trend  mb_last_7d
#> churned
#> 0                 14.11           14.09         1.08      748.64
#> 1                  8.05           12.59         0.72      438.21
print("rows unchanged:", len(table) == len(customers))
#> rows unchanged: True
# --8<-- [end:join-to-snapshot]
