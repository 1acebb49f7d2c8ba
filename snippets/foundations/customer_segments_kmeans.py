"""Unsupervised learning on the churn case: k-means finds customer segments
without looking at the label, and only afterwards do we ask how each segment churns."""

import numpy as np
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler

from studyguide.datasets import churn_case, usage_events

customers = churn_case()
events = usage_events(customers)

# --8<-- [start:usage-profile]
profile = events.groupby("customer_id").agg(
    data_mb=("megabytes", "sum"), call_minutes=("minutes", "sum"), events=("event_type", "size"))
table = customers.set_index("customer_id")[["tenure_months", "monthly_charges", "churned"]].join(profile).fillna(0)
print(table.drop(columns="churned").describe().loc[["mean", "50%"]].round(1).to_string())
#>       tenure_months  monthly_charges  data_mb  call_minutes  events
#> mean           37.1             69.9   1388.3          31.0    25.9
#> 50%            37.0             70.1   1296.9          28.8    26.0
# --8<-- [end:usage-profile]

# --8<-- [start:scale-and-cluster]
features = ["tenure_months", "monthly_charges", "data_mb", "call_minutes"]
scaled = StandardScaler().fit_transform(table[features])  # k-means measures distance: scale first
for k in (2, 3, 4, 5, 6):
    inertia = KMeans(n_clusters=k, n_init=10, random_state=0).fit(scaled).inertia_
    print(f"k={k}: within-cluster sum of squares {inertia:,.0f}")
    #> k=2: within-cluster sum of squares 6,449
    #> k=3: within-cluster sum of squares 5,440
    #> k=4: within-cluster sum of squares 4,677
    #> k=5: within-cluster sum of squares 4,077
    #> k=6: within-cluster sum of squares 3,735
# --8<-- [end:scale-and-cluster]

# --8<-- [start:churn-by-segment]
table["segment"] = KMeans(n_clusters=4, n_init=10, random_state=0).fit_predict(scaled)
summary = table.groupby("segment").agg(
    customers=("churned", "size"), tenure=("tenure_months", "mean"),
    charges=("monthly_charges", "mean"), data_mb=("data_mb", "mean"), churn_rate=("churned", "mean"))
print(summary.round(2).sort_values("churn_rate").to_string())
#>          customers  tenure  charges  data_mb  churn_rate
#> segment
#> 1              398   41.36    59.03  2244.11        0.10
#> 3              400   40.36    65.45  1318.91        0.12
#> 0              553   55.44    76.72  1144.68        0.30
#> 2              649   16.76    73.44  1113.89        0.56
# --8<-- [end:churn-by-segment]
