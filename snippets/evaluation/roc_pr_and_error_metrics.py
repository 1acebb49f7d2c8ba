"""Metrics on a rare positive class (accuracy, precision, recall, F1, ROC AUC, PR AUC) and on a regression (RMSE, MAE).

Run: python snippets/evaluation/roc_pr_and_error_metrics.py
"""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (accuracy_score, average_precision_score, f1_score, mean_absolute_error,
                             mean_squared_error, precision_recall_curve, precision_score,
                             recall_score, roc_auc_score, roc_curve)
from sklearn.model_selection import train_test_split

from studyguide.plotting import save_svg

# 4% positives, like fraud or equipment failure.
X, y = make_classification(n_samples=8000, n_features=12, n_informative=5, weights=[0.96],
                           flip_y=0.01, class_sep=0.9, random_state=11)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=11)
proba = LogisticRegression(max_iter=1000).fit(X_tr, y_tr).predict_proba(X_te)[:, 1]

# --8<-- [start:accuracy-misleads]
for name, pred in (("always negative", np.zeros_like(y_te)), ("model at 0.5", proba >= 0.5),
                   ("model at 0.2", proba >= 0.2)):
    print(f"{name:16s} accuracy {accuracy_score(y_te, pred):.3f}  "
          f"precision {precision_score(y_te, pred, zero_division=0):.3f}  "
          f"recall {recall_score(y_te, pred):.3f}  F1 {f1_score(y_te, pred):.3f}")
    #> always negative  accuracy 0.957  precision 0.000  recall 0.000  F1 0.000
    #> model at 0.5     accuracy 0.964  precision 1.000  recall 0.151  F1 0.263
    #> model at 0.2     accuracy 0.964  precision 0.646  recall 0.360  F1 0.463
# --8<-- [end:accuracy-misleads]

# --8<-- [start:threshold-free-scores]
print(f"ROC AUC {roc_auc_score(y_te, proba):.3f}")
#> ROC AUC 0.716
print(f"PR AUC (average precision) {average_precision_score(y_te, proba):.3f}; "
      f"a random model scores the positive rate, {y_te.mean():.3f}")
#> PR AUC (average precision) 0.420; a random model scores the positive rate, 0.043
# --8<-- [end:threshold-free-scores]

fpr, tpr, _ = roc_curve(y_te, proba)
precision, recall, _ = precision_recall_curve(y_te, proba)
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.6))
left.plot(fpr, tpr, label=f"model (AUC {roc_auc_score(y_te, proba):.2f})")
left.plot([0, 1], [0, 1], "--", color="grey", label="random (AUC 0.5)")
left.set(xlabel="false positive rate", ylabel="true positive rate (recall)", title="ROC curve")
left.legend(fontsize=8, loc="lower right")
right.plot(recall, precision, label=f"model (AP {average_precision_score(y_te, proba):.2f})")
right.axhline(y_te.mean(), linestyle="--", color="grey", label=f"random ({y_te.mean():.2f})")
right.set(xlabel="recall", ylabel="precision", title="Precision-recall curve")
right.legend(fontsize=8, loc="upper right")
save_svg(fig, "roc-and-precision-recall-curves")

# --8<-- [start:rmse-versus-mae]
rng = np.random.default_rng(3)
actual = rng.normal(100, 15, 200)
steady = actual + rng.normal(0, 8, 200)        # many small errors
spiky = actual.copy()
spiky[:10] += 60                               # mostly exact, ten large misses
for name, pred in (("steady errors", steady), ("ten big misses", spiky)):
    rmse = np.sqrt(mean_squared_error(actual, pred))
    print(f"{name:15s} MAE {mean_absolute_error(actual, pred):5.2f}  RMSE {rmse:5.2f}")
    #> steady errors   MAE  6.20  RMSE  7.88
    #> ten big misses  MAE  3.00  RMSE 13.42
# --8<-- [end:rmse-versus-mae]
