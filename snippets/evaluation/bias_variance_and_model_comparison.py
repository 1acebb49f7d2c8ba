"""Diagnose underfitting and overfitting from learning curves, and compare two models fairly.

Run: python snippets/evaluation/bias_variance_and_model_comparison.py
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate, learning_curve
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier
from xgboost import XGBClassifier

from studyguide.datasets import customer_churn
from studyguide.plotting import save_svg

df = customer_churn(n_rows=3000)
X = pd.get_dummies(df[["tenure_months", "monthly_charges", "support_calls", "contract"]],
                   columns=["contract"], dtype=float)
y = df["churned"]
folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)

# --8<-- [start:gap-diagnosis]
for name, model in (("tree depth 1", DecisionTreeClassifier(max_depth=1, random_state=0)),
                    ("tree depth 4", DecisionTreeClassifier(max_depth=4, random_state=0)),
                    ("tree unlimited", DecisionTreeClassifier(random_state=0))):
    r = cross_validate(model, X, y, cv=folds, scoring="roc_auc", return_train_score=True)
    train, val = r["train_score"].mean(), r["test_score"].mean()
    print(f"{name:15s} train AUC {train:.3f}  validation AUC {val:.3f}  gap {train - val:.3f}")
    #> tree depth 1    train AUC 0.662  validation AUC 0.650  gap 0.012
    #> tree depth 4    train AUC 0.810  validation AUC 0.777  gap 0.033
    #> tree unlimited  train AUC 1.000  validation AUC 0.632  gap 0.368
# --8<-- [end:gap-diagnosis]

sizes = np.linspace(0.1, 1.0, 6)
fig, axes = plt.subplots(1, 2, figsize=(8, 3.4), sharey=True)
for ax, (title, model) in zip(axes, (("depth 1: high bias", DecisionTreeClassifier(max_depth=1)),
                                     ("unlimited depth: high variance", DecisionTreeClassifier()))):
    n, tr, va = learning_curve(model.set_params(random_state=0), X, y, cv=folds,
                               train_sizes=sizes, scoring="roc_auc")
    ax.plot(n, tr.mean(axis=1), marker="o", label="training")
    ax.plot(n, va.mean(axis=1), marker="o", label="validation")
    ax.set(title=title, xlabel="training rows")
axes[0].set_ylabel("AUC")
axes[0].legend(fontsize=8)
save_svg(fig, "underfit-overfit-learning-curves")

# Bias-variance trade-off: model complexity (tree depth) against training and validation error.
depths = [1, 2, 3, 4, 5, 6, 8, 10, 14, 20]
train_err, val_err = [], []
for d in depths:
    r = cross_validate(DecisionTreeClassifier(max_depth=d, random_state=0), X, y, cv=folds,
                       scoring="roc_auc", return_train_score=True)
    train_err.append(1 - r["train_score"].mean())
    val_err.append(1 - r["test_score"].mean())
fig, ax = plt.subplots(figsize=(5.5, 3.4))
ax.plot(depths, train_err, marker="o", label="training error (1 - AUC)")
ax.plot(depths, val_err, marker="o", label="validation error (1 - AUC)")
best = depths[int(np.argmin(val_err))]
ax.axvline(best, color="grey", linestyle="--", label=f"sweet spot (depth {best})")
ax.text(0.02, 0.9, "high bias", transform=ax.transAxes, fontsize=8)
ax.text(0.8, 0.9, "high variance", transform=ax.transAxes, fontsize=8)
ax.set(xlabel="model complexity (decision tree max_depth)", ylabel="error")
ax.legend(fontsize=8, loc="center right")
save_svg(fig, "bias-variance-tradeoff")

# --8<-- [start:compare-on-same-folds]
candidates = {
    "logistic regression": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "XGBoost, 300 trees": XGBClassifier(n_estimators=300, max_depth=4, learning_rate=0.05,
                                        random_state=0, n_jobs=1),
}
per_fold = {}
for name, model in candidates.items():
    per_fold[name] = cross_validate(model, X, y, cv=folds, scoring="roc_auc")["test_score"]
    print(f"{name:20s} AUC {per_fold[name].mean():.3f} ± {per_fold[name].std():.3f}")
    #> logistic regression  AUC 0.819 ± 0.014
    #> XGBoost, 300 trees   AUC 0.797 ± 0.017
diff = per_fold["logistic regression"] - per_fold["XGBoost, 300 trees"]
print("logistic minus XGBoost, fold by fold:", np.round(diff, 3))
#> logistic minus XGBoost, fold by fold: [0.013 0.021 0.025 0.024 0.026]
# --8<-- [end:compare-on-same-folds]
