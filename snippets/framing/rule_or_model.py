"""When is ML worth it? Compare a hand-written rule with a learned model on two problems.

Run: python snippets/framing/rule_or_model.py
"""

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

from studyguide.datasets import customer_churn

# --8<-- [start:exact-rule-wins]
# A problem with a known, exact rule: a late fee is due when the payment is
# more than 14 days late and the balance is above 20 USD.
rng = np.random.default_rng(0)
days_late = rng.integers(0, 40, 3000)
balance = np.round(rng.uniform(0, 200, 3000), 2)
fee_due = ((days_late > 14) & (balance > 20)).astype(int)

rule = ((days_late > 14) & (balance > 20)).astype(int)
X = np.column_stack([days_late, balance])
X_tr, X_te, y_tr, y_te, rule_tr, rule_te = train_test_split(X, fee_due, rule, random_state=0)
tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X_tr, y_tr)
print(f"rule accuracy  {accuracy_score(y_te, rule_te):.3f}")
#> rule accuracy  1.000
print(f"model accuracy {accuracy_score(y_te, tree.predict(X_te)):.3f}")
#> model accuracy 1.000
print(f"model needed {len(X_tr)} labeled rows to relearn a two-line rule")
#> model needed 2250 labeled rows to relearn a two-line rule
# --8<-- [end:exact-rule-wins]

# --8<-- [start:fuzzy-pattern-model-wins]
# A problem with no exact rule: which customers will cancel?
df = customer_churn(n_rows=4000)
X = pd.get_dummies(df[["tenure_months", "monthly_charges", "support_calls", "contract"]],
                   columns=["contract"], dtype=float)
y = df["churned"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=42)

# The best rule an analyst might write: month-to-month and more than 2 support calls.
rule = ((X_te["contract_month-to-month"] == 1) & (X_te["support_calls"] > 2)).astype(int)
model = LogisticRegression(max_iter=2000).fit(X_tr, y_tr)
proba = model.predict_proba(X_te)[:, 1]
print(f"rule:  accuracy {accuracy_score(y_te, rule):.3f}  AUC {roc_auc_score(y_te, rule):.3f}")
#> rule:  accuracy 0.696  AUC 0.563
print(f"model: accuracy {accuracy_score(y_te, proba >= 0.5):.3f}  AUC {roc_auc_score(y_te, proba):.3f}")
#> model: accuracy 0.774  AUC 0.814
# --8<-- [end:fuzzy-pattern-model-wins]
