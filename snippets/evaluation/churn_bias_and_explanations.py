"""Check the tuned churn model for bias across regions, and explain it with
SHAP values (XGBoost's exact TreeSHAP), globally and for one customer.

Run: python snippets/evaluation/churn_bias_and_explanations.py
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

from studyguide.datasets import churn_case
from studyguide.plotting import save_svg

df = churn_case()
df["annual_income"] = df["annual_income"].fillna(df["annual_income"].median())
X = pd.get_dummies(
    df[["tenure_months", "monthly_charges", "support_calls", "annual_income", "contract", "region"]],
    columns=["contract", "region"], drop_first=True, dtype=float)
X_train, X_rest, y_train, y_rest = train_test_split(
    X, df["churned"], test_size=0.3, stratify=df["churned"], random_state=42)
X_val, X_test, y_val, y_test = train_test_split(
    X_rest, y_rest, test_size=0.5, stratify=y_rest, random_state=42)
model = XGBClassifier(n_estimators=200, max_depth=2, learning_rate=0.098, subsample=0.82,
                      reg_lambda=1.70, random_state=42, n_jobs=1).fit(X_train, y_train)
THRESHOLD = 0.16                                     # Module 09's cheapest threshold

# --8<-- [start:pre-training-bias]
region = df.loc[X_train.index, "region"]
facet = region == "south"                             # the group we check, against all others
n_a, n_d = (~facet).sum(), facet.sum()
class_imbalance = (n_a - n_d) / (n_a + n_d)
label_gap = y_train[~facet].mean() - y_train[facet].mean()
print(f"facet: region south, {n_d} of {n_a + n_d} training customers")
#> facet: region south, 361 of 1400 training customers
print(f"class imbalance (CI): {class_imbalance:+.2f}")
#> class imbalance (CI): +0.48
print(f"difference in proportions of labels (DPL): {label_gap:+.3f}")
#> difference in proportions of labels (DPL): -0.022
# --8<-- [end:pre-training-bias]

# --8<-- [start:post-training-bias]
test_region = df.loc[X_test.index, "region"]
contacted = model.predict_proba(X_test)[:, 1] >= THRESHOLD
south = (test_region == "south").to_numpy()
q_a, q_d = contacted[~south].mean(), contacted[south].mean()
churner = y_test.to_numpy() == 1
recall_a, recall_d = contacted[~south & churner].mean(), contacted[south & churner].mean()
print(f"offer rate: others {q_a:.2f}, south {q_d:.2f}")
#> offer rate: others 0.62, south 0.62
print(f"difference in positive proportions in predicted labels (DPPL): {q_a - q_d:+.3f}")
#> difference in positive proportions in predicted labels (DPPL): -0.002
print(f"disparate impact (DI): {q_d / q_a:.2f}")
#> disparate impact (DI): 1.00
print(f"recall difference (RD): {recall_a - recall_d:+.3f}")
#> recall difference (RD): -0.149
# --8<-- [end:post-training-bias]

# --8<-- [start:shap-global-importance]
contributions = model.get_booster().predict(xgb.DMatrix(X_test), pred_contribs=True)
shap = pd.DataFrame(contributions[:, :-1], columns=X.columns, index=X_test.index)
importance = shap.abs().mean().sort_values(ascending=False)
for feature, value in importance.head(5).items():
    print(f"{feature:20s} mean |SHAP| {value:.3f} (log-odds)")
    #> tenure_months        mean |SHAP| 0.805 (log-odds)
    #> monthly_charges      mean |SHAP| 0.587 (log-odds)
    #> contract_one-year    mean |SHAP| 0.573 (log-odds)
    #> support_calls        mean |SHAP| 0.464 (log-odds)
    #> contract_two-year    mean |SHAP| 0.434 (log-odds)

fig, ax = plt.subplots(figsize=(6, 3))
importance.sort_values().plot.barh(ax=ax, color="#2c3e50")
ax.set_xlabel("mean |SHAP value| on 300 test customers (log-odds of churn)")
ax.set_title("What drives the tuned churn model")
save_svg(fig, "churn-shap-importance")
# --8<-- [end:shap-global-importance]

# --8<-- [start:shap-one-customer]
customer = shap.index[int(np.argmax(model.predict_proba(X_test)[:, 1]))]
row = df.loc[customer]
print(f"{row['customer_id']}: {row['contract']}, {row['tenure_months']} months, "
      f"{row['monthly_charges']} USD, {row['support_calls']} calls")
#> C00761: month-to-month, 3 months, 88.41 USD, 4 calls
base = contributions[0, -1]
print(f"base log-odds {base:+.2f}")
#> base log-odds -0.82
for feature, value in shap.loc[customer].sort_values(key=abs, ascending=False).head(3).items():
    print(f"  {feature:20s} {value:+.2f}")
    #>   tenure_months        +1.26
    #>   monthly_charges      +1.10
    #>   support_calls        +0.69
total = base + shap.loc[customer].sum()
print(f"log-odds {total:+.2f} -> churn probability {1 / (1 + np.exp(-total)):.2f}")
#> log-odds +2.78 -> churn probability 0.94
# --8<-- [end:shap-one-customer]
