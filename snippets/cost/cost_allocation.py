"""Allocate a month of ML spend by cost allocation tags, and price Spot training.

The cost lines are synthetic but shaped like a Cost and Usage Report export:
one row per resource with its tags and unblended cost in USD.
"""

import numpy as np
import pandas as pd

# --8<-- [start:cost-by-tag]
rng = np.random.default_rng(42)
lines = pd.DataFrame({
    "resource": ["train-xgb-0412", "train-xgb-0419", "ep-churn-prod", "ep-churn-shadow",
                 "ep-fraud-prod", "proc-features-daily", "monitor-churn-hourly", "notebook-ana"],
    "service": ["Training", "Training", "Hosting", "Hosting",
                "Hosting", "Processing", "Processing", "Studio"],
    "project": ["churn", "churn", "churn", "churn", "fraud", "churn", "churn", None],
    "environment": ["dev", "dev", "prod", "prod", "prod", "prod", "prod", None],
    "cost_usd": rng.uniform(20, 400, 8).round(2),
})
lines.loc[lines["resource"] == "ep-churn-prod", "cost_usd"] = 612.40  # always-on endpoint

lines["project"] = lines["project"].fillna("UNTAGGED")
by_project = lines.pivot_table(index="project", columns="service", values="cost_usd",
                               aggfunc="sum", fill_value=0).round(2)
by_project["total"] = by_project.sum(axis=1)
print(by_project.to_string(float_format="{:.2f}".format))
#> service   Hosting  Processing  Studio  Training   total
#> project
#> UNTAGGED     0.00        0.00  318.70      0.00  318.70
#> churn      897.40      699.97    0.00    500.87 2098.24
#> fraud       55.79        0.00    0.00      0.00   55.79
untagged = lines.loc[lines["project"] == "UNTAGGED", "cost_usd"].sum()
print(f"untagged share: {untagged / lines['cost_usd'].sum():.1%}")
#> untagged share: 12.9%
# --8<-- [end:cost-by-tag]

# --8<-- [start:spot-vs-on-demand]
on_demand_rate = 3.825        # USD per instance-hour (illustrative GPU rate)
spot_discount = 0.70          # the Spot price this week was 70 % below On-Demand
billable_hours = 6.0          # training time that finished
interruptions = 2
rework_hours = 0.25           # work redone per interruption, bounded by checkpoints

on_demand_cost = on_demand_rate * billable_hours
spot_hours = billable_hours + interruptions * rework_hours
spot_cost = on_demand_rate * (1 - spot_discount) * spot_hours
print(f"On-Demand: {billable_hours:.2f} h -> {on_demand_cost:.2f} USD")
#> On-Demand: 6.00 h -> 22.95 USD
print(f"Spot:      {spot_hours:.2f} h -> {spot_cost:.2f} USD "
      f"({1 - spot_cost / on_demand_cost:.0%} saved)")
#> Spot:      6.50 h -> 7.46 USD (68% saved)
# Without checkpoints each interruption restarts from zero.
no_ckpt_hours = billable_hours + interruptions * billable_hours / 2
print(f"Spot, no checkpoints (restart at half-way twice): {no_ckpt_hours:.2f} h -> "
      f"{on_demand_rate * (1 - spot_discount) * no_ckpt_hours:.2f} USD")
#> Spot, no checkpoints (restart at half-way twice): 12.00 h -> 13.77 USD
# --8<-- [end:spot-vs-on-demand]
