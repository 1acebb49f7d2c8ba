"""Evaluate a churn classifier: baseline, confusion matrix, precision/recall/F1, ROC AUC, threshold.

Run: python snippets/evaluation/classification_metrics.py
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (accuracy_score, confusion_matrix, f1_score, precision_score,
                             recall_score, roc_auc_score, roc_curve)
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from studyguide.datasets import customer_churn
from studyguide.plotting import save_svg

df = customer_churn(n_rows=4000)
df["annual_income"] = df["annual_income"].fillna(df["annual_income"].median())
X = pd.get_dummies(df.drop(columns=["customer_id", "churned"]),
                   columns=["contract", "region"], drop_first=True, dtype=float)
y = df["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25,
                                                    stratify=y, random_state=42)
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]

# --8<-- [start:baseline-first]
baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
for name, pred in (("always 'stays'", baseline.predict(X_test)),
                   ("logistic model", (proba >= 0.5).astype(int))):
    print(f"{name:15s} accuracy {accuracy_score(y_test, pred):.3f}  "
          f"recall {recall_score(y_test, pred, zero_division=0):.3f}")
    #> always 'stays'  accuracy 0.676  recall 0.000
    #> logistic model  accuracy 0.775  recall 0.565
# --8<-- [end:baseline-first]

# --8<-- [start:confusion-matrix]
pred = (proba >= 0.5).astype(int)
tn, fp, fn, tp = confusion_matrix(y_test, pred).ravel()
print(f"TP={tp} FP={fp} FN={fn} TN={tn}")
#> TP=183 FP=84 FN=141 TN=592
print(f"precision {tp / (tp + fp):.3f} = {precision_score(y_test, pred):.3f}")
#> precision 0.685 = 0.685
print(f"recall    {tp / (tp + fn):.3f} = {recall_score(y_test, pred):.3f}")
#> recall    0.565 = 0.565
print(f"F1        {f1_score(y_test, pred):.3f}   ROC AUC {roc_auc_score(y_test, proba):.3f}")
#> F1        0.619   ROC AUC 0.814
# --8<-- [end:confusion-matrix]

# --8<-- [start:confusion-heatmap]
cm = confusion_matrix(y_test, pred)
fig, ax = plt.subplots(figsize=(4, 3.4))
im = ax.imshow(cm, cmap="Blues")
for (i, j), count in np.ndenumerate(cm):
    ax.text(j, i, str(count), ha="center", va="center",
            color="white" if count > cm.max() / 2 else "black", fontsize=12)
ax.set_xticks([0, 1], ["predicted stays", "predicted churns"])
ax.set_yticks([0, 1], ["stays", "churns"])
ax.set_ylabel("actual")
ax.set_title("Churn model at threshold 0.5")
fig.colorbar(im, ax=ax, fraction=0.046)
save_svg(fig, "churn-confusion-matrix")
# --8<-- [end:confusion-heatmap]

# --8<-- [start:roc-curve]
fpr, tpr, thresholds = roc_curve(y_test, proba)
fig, ax = plt.subplots(figsize=(4, 4))
ax.plot(fpr, tpr, label=f"logistic model (AUC {roc_auc_score(y_test, proba):.3f})")
ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="random guess (AUC 0.5)")
at_05 = np.argmin(np.abs(thresholds - 0.5))
ax.scatter(fpr[at_05], tpr[at_05], color="black", zorder=3, label="threshold 0.5")
ax.set_xlabel("false positive rate (1 - specificity)")
ax.set_ylabel("true positive rate (recall)")
ax.legend(loc="lower right", fontsize=8)
save_svg(fig, "churn-roc-curve")
# --8<-- [end:roc-curve]

# --8<-- [start:choose-threshold]
# A missed churner costs USD 300; a retention offer costs USD 25.
for threshold in (0.2, 0.3, 0.5, 0.7):
    p = (proba >= threshold).astype(int)
    fn_count = int(((p == 0) & (y_test == 1)).sum())
    cost = fn_count * 300 + int(p.sum()) * 25
    print(f"threshold {threshold}: precision {precision_score(y_test, p):.2f} "
          f"recall {recall_score(y_test, p):.2f} cost USD {cost:,}")
    #> threshold 0.2: precision 0.49 recall 0.87 cost USD 27,375
    #> threshold 0.3: precision 0.54 recall 0.78 cost USD 33,025
    #> threshold 0.5: precision 0.69 recall 0.56 cost USD 48,975
    #> threshold 0.7: precision 0.80 recall 0.30 cost USD 71,400
# --8<-- [end:choose-threshold]
