"""Two ways to keep a model current: retrain on the full window, or update it online with new batches.

Run: python snippets/training/retrain_batch_or_online.py
"""

import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import roc_auc_score
from xgboost import XGBClassifier

from studyguide.datasets import customer_churn

cols = ["tenure_months", "monthly_charges", "support_calls"]
# Each "week" is a fresh batch of 1,000 labelled customers; the test set is another batch.
weeks = [customer_churn(n_rows=1000, seed=week) for week in range(5)]
test = customer_churn(n_rows=4000, seed=99)
center, scale = weeks[0][cols].mean().to_numpy(), weeks[0][cols].std().to_numpy()  # fixed scale so online updates stay comparable


def features(frame):
    return (frame[cols].to_numpy() - center) / scale


# --8<-- [start:online-partial-fit]
online = SGDClassifier(loss="log_loss", learning_rate="constant", eta0=0.01, random_state=0)
for week, batch in enumerate(weeks):
    online.partial_fit(features(batch), batch["churned"], classes=[0, 1])  # one update per batch
    auc = roc_auc_score(test["churned"], online.decision_function(features(test)))
    print(f"after week {week}: online model AUC {auc:.3f}")
    #> after week 0: online model AUC 0.779
    #> after week 1: online model AUC 0.781
    #> after week 2: online model AUC 0.777
    #> after week 3: online model AUC 0.781
    #> after week 4: online model AUC 0.781
# --8<-- [end:online-partial-fit]

# --8<-- [start:batch-retrain-and-continue]
history = np.vstack([features(w) for w in weeks[:4]])
labels = np.concatenate([w["churned"] for w in weeks[:4]])
full = XGBClassifier(n_estimators=100, max_depth=3, random_state=0, n_jobs=1).fit(history, labels)
# Incremental: keep the 100 trees and add 20 more that learn from the newest week only.
more = XGBClassifier(n_estimators=20, max_depth=3, random_state=0, n_jobs=1).fit(
    features(weeks[4]), weeks[4]["churned"], xgb_model=full.get_booster())
# Batch: retrain from scratch on the whole window, old weeks plus the new one.
refit = XGBClassifier(n_estimators=100, max_depth=3, random_state=0, n_jobs=1).fit(
    np.vstack([history, features(weeks[4])]), np.concatenate([labels, weeks[4]["churned"]]))
for name, model in (("full retrain on weeks 0-3", full), ("plus 20 trees from week 4", more),
                    ("full retrain on weeks 0-4", refit)):
    auc = roc_auc_score(test["churned"], model.predict_proba(features(test))[:, 1])
    print(f"{name:26s} trees {model.get_booster().num_boosted_rounds():3d}  AUC {auc:.3f}")
    #> full retrain on weeks 0-3  trees 100  AUC 0.758
    #> plus 20 trees from week 4  trees 120  AUC 0.744
    #> full retrain on weeks 0-4  trees 100  AUC 0.762
# --8<-- [end:batch-retrain-and-continue]
