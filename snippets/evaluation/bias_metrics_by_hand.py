"""Compute four SageMaker Clarify bias metrics by hand on the churn table.

Clarify reports these (and more) from a processing job; computing them once in
pandas shows what the numbers mean. Facet d (the group you check for
disadvantage) is customers in the south region; the positive outcome is
being predicted to churn, which triggers a retention discount.
Run: python snippets/evaluation/bias_metrics_by_hand.py
"""

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from studyguide.datasets import customer_churn

df = customer_churn(n_rows=4000)
df["annual_income"] = df["annual_income"].fillna(df["annual_income"].median())
df["facet_d"] = (df["region"] == "south").astype(int)   # the group under review

# --8<-- [start:pre-training-bias]
n_a, n_d = (df["facet_d"] == 0).sum(), (df["facet_d"] == 1).sum()
ci = (n_a - n_d) / (n_a + n_d)                      # class imbalance
q_a = df.loc[df["facet_d"] == 0, "churned"].mean()  # share of positive labels
q_d = df.loc[df["facet_d"] == 1, "churned"].mean()
print(f"CI  = {ci:+.3f}  (0 means equal group sizes; range -1..+1)")
#> CI  = +0.490  (0 means equal group sizes; range -1..+1)
print(f"DPL = {q_a - q_d:+.3f}  (difference in proportions of positive labels)")
#> DPL = -0.011  (difference in proportions of positive labels)
# --8<-- [end:pre-training-bias]

# --8<-- [start:post-training-bias]
X = pd.get_dummies(df[["tenure_months", "monthly_charges", "support_calls", "contract"]],
                   columns=["contract"], drop_first=True, dtype=float)
X_train, X_test, y_train, y_test, f_train, f_test = train_test_split(
    X, df["churned"], df["facet_d"], test_size=0.3, random_state=0)
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X_train, y_train)
pred = pd.Series(model.predict(X_test), index=X_test.index)
qp_a, qp_d = pred[f_test == 0].mean(), pred[f_test == 1].mean()
print(f"DPPL = {qp_a - qp_d:+.3f}  (difference in positive proportions in predictions)")
#> DPPL = +0.012  (difference in positive proportions in predictions)
print(f"DI   = {qp_d / qp_a:.3f}   (disparate impact; the four-fifths rule flags < 0.8)")
#> DI   = 0.953   (disparate impact; the four-fifths rule flags < 0.8)
# --8<-- [end:post-training-bias]
