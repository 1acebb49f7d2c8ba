"""The fraud side quest: with almost no labels, an unsupervised anomaly
detector still ranks suspicious top-ups first. The labels only grade it."""

import pandas as pd
from sklearn.ensemble import IsolationForest

from studyguide.datasets import topup_transactions

# --8<-- [start:rare-labels]
topups = topup_transactions()
print(f"{len(topups)} top-ups, {topups['is_fraud'].sum()} known frauds ({topups['is_fraud'].mean():.1%})")
#> 6000 top-ups, 102 known frauds (1.7%)
# --8<-- [end:rare-labels]

# --8<-- [start:isolation-forest]
features = pd.get_dummies(topups.drop(columns=["event_time", "customer_id", "is_fraud"]), dtype=float)
detector = IsolationForest(n_estimators=200, random_state=0).fit(features)  # never sees is_fraud
topups["anomaly_score"] = -detector.score_samples(features)  # higher = easier to isolate = stranger

top = topups.nlargest(100, "anomaly_score")
print(f"frauds among the 100 strangest top-ups: {top['is_fraud'].sum()}")
#> frauds among the 100 strangest top-ups: 93
print(f"share of all frauds caught by reviewing them: {top['is_fraud'].sum() / topups['is_fraud'].sum():.0%}")
#> share of all frauds caught by reviewing them: 91%
# --8<-- [end:isolation-forest]
