"""Evaluate the tuned churn XGBoost on the 300 held-out test customers: against
the logistic baseline, with the metric the business cares about (the dollar
cost of errors), at the threshold that minimises it, and with a learning curve.

Run: python snippets/evaluation/churn_business_evaluation.py
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, learning_curve, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier

from studyguide.datasets import churn_case
from studyguide.plotting import save_svg

df = churn_case()
df["annual_income"] = df["annual_income"].fillna(df["annual_income"].median())
X = pd.get_dummies(
    df[["tenure_months", "monthly_charges", "support_calls", "annual_income", "contract", "region"]],
    columns=["contract", "region"], drop_first=True, dtype=float)
# Module 08's split: the test customers were never used for training or tuning.
X_train, X_rest, y_train, y_rest = train_test_split(
    X, df["churned"], test_size=0.3, stratify=df["churned"], random_state=42)
X_val, X_test, y_val, y_test = train_test_split(
    X_rest, y_rest, test_size=0.5, stratify=y_rest, random_state=42)

# --8<-- [start:baseline-versus-tuned]
tuned = XGBClassifier(n_estimators=200, max_depth=2, learning_rate=0.098, subsample=0.82,
                      reg_lambda=1.70, random_state=42, n_jobs=1)   # best trial of the search
baseline = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
scores = {}
for name, model in {"logistic baseline": baseline, "tuned xgboost": tuned}.items():
    model.fit(X_train, y_train)
    scores[name] = model.predict_proba(X_test)[:, 1]
    pred = scores[name] >= 0.5
    print(f"{name:18s} AUC {roc_auc_score(y_test, scores[name]):.3f}  "
          f"F1@0.5 {f1_score(y_test, pred):.3f}  accuracy@0.5 {(pred == y_test).mean():.3f}")
    #> logistic baseline  AUC 0.815  F1@0.5 0.513  accuracy@0.5 0.753
    #> tuned xgboost      AUC 0.767  F1@0.5 0.500  accuracy@0.5 0.740
print(f"{'always stay':18s} accuracy {(y_test == 0).mean():.3f}  (predicts nobody churns)")
#> always stay        accuracy 0.693  (predicts nobody churns)
# --8<-- [end:baseline-versus-tuned]

# --8<-- [start:dollar-cost-and-threshold]
OFFER_COST, SAVE_RATE = 50, 0.40                      # Module 01's business assumptions
lost_value = X_test["monthly_charges"].to_numpy() * 12
churner = y_test.to_numpy() == 1

def campaign_cost(contact):
    return (lost_value * churner * (1 - SAVE_RATE * contact)).sum() + OFFER_COST * contact.sum()

thresholds = np.round(np.arange(0.05, 0.96, 0.01), 2)
curves = {name: np.array([campaign_cost(p >= t) for t in thresholds]) for name, p in scores.items()}
for name, costs in curves.items():
    best = thresholds[costs.argmin()]
    tn, fp, fn, tp = confusion_matrix(y_test, scores[name] >= best).ravel()
    print(f"{name:18s} best threshold {best:.2f}: cost ${costs.min():,.0f} "
          f"(TP {tp}, FP {fp}, FN {fn}) vs ${campaign_cost(scores[name] >= 0.5):,.0f} at 0.50")
    #> logistic baseline  best threshold 0.16: cost $60,966 (TP 87, FP 98, FN 5) vs $71,367 at 0.50
    #> tuned xgboost      best threshold 0.14: cost $62,040 (TP 85, FP 108, FN 7) vs $72,053 at 0.50
print(f"{'contact nobody':18s} cost ${campaign_cost(np.zeros(len(churner), bool)):,.0f}")
#> contact nobody     cost $83,482

fig, ax = plt.subplots(figsize=(6, 3.2))
for (name, costs), color in zip(curves.items(), ["#7f8c8d", "#2c3e50"]):
    ax.plot(thresholds, costs / 1000, color=color, label=name)
best = thresholds[curves["tuned xgboost"].argmin()]
ax.axvline(best, color="#27ae60", linewidth=1)
ax.axvline(0.5, color="#c0392b", linestyle="--", linewidth=1)
ax.text(best + 0.01, ax.get_ylim()[1] * 0.98, f"cheapest {best:.2f}", fontsize=8, va="top")
ax.text(0.51, ax.get_ylim()[1] * 0.98, "default 0.50", fontsize=8, va="top", color="#c0392b")
ax.set_xlabel("decision threshold (churn probability)")
ax.set_ylabel("cost on 300 test customers (k USD)")
ax.set_title("Tuned XGBoost and baseline: campaign cost by threshold")
ax.legend(fontsize=8, loc="lower right")
save_svg(fig, "churn-tuned-cost-vs-threshold")
# --8<-- [end:dollar-cost-and-threshold]

# --8<-- [start:learning-curve]
deep = XGBClassifier(n_estimators=300, max_depth=8, learning_rate=0.1, random_state=42, n_jobs=1)
fig, ax = plt.subplots(figsize=(6, 3.2))
for model, name, color in [(tuned, "tuned: depth 2", "#2c3e50"), (deep, "depth 8", "#c0392b")]:
    sizes, train_scores, val_scores = learning_curve(
        model, X_train, y_train, train_sizes=[0.1, 0.25, 0.5, 0.75, 1.0],
        cv=StratifiedKFold(4, shuffle=True, random_state=42), scoring="roc_auc", n_jobs=1)
    gap = train_scores.mean(axis=1)[-1] - val_scores.mean(axis=1)[-1]
    print(f"{name:15s} train AUC {train_scores.mean(axis=1)[-1]:.3f}  "
          f"cross-validated AUC {val_scores.mean(axis=1)[-1]:.3f}  gap {gap:.3f}")
    #> tuned: depth 2  train AUC 0.899  cross-validated AUC 0.811  gap 0.088
    #> depth 8         train AUC 1.000  cross-validated AUC 0.766  gap 0.234
    ax.plot(sizes, train_scores.mean(axis=1), color=color, linestyle="--", label=f"{name}, training")
    ax.plot(sizes, val_scores.mean(axis=1), color=color, label=f"{name}, validation")
ax.set_xlabel("training customers")
ax.set_ylabel("AUC")
ax.set_title("Learning curves: the deep model memorises, the tuned one generalises")
ax.title.set_fontsize(9)
ax.legend(fontsize=7, loc="lower right")
save_svg(fig, "churn-learning-curves")
# --8<-- [end:learning-curve]
