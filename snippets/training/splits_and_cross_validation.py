"""Hold-out splits, k-fold cross-validation and time-ordered folds on the churn and demand data.

Run: python snippets/training/splits_and_cross_validation.py
"""

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, TimeSeriesSplit, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from studyguide.datasets import customer_churn, daily_demand

df = customer_churn(n_rows=3000)
X = pd.get_dummies(df[["tenure_months", "monthly_charges", "support_calls", "contract"]],
                   columns=["contract"], dtype=float)
y = df["churned"]

# --8<-- [start:train-validation-test]
# 70% train, 15% validation (choose models and settings), 15% test (touch once, at the end).
X_tr, X_rest, y_tr, y_rest = train_test_split(X, y, test_size=0.30, stratify=y, random_state=0)
X_val, X_te, y_val, y_te = train_test_split(X_rest, y_rest, test_size=0.50, stratify=y_rest,
                                            random_state=0)
for name, part in (("train", y_tr), ("validation", y_val), ("test", y_te)):
    print(f"{name:10s} {len(part):5d} rows  churn rate {part.mean():.3f}")
    #> train       2100 rows  churn rate 0.320
    #> validation   450 rows  churn rate 0.320
    #> test         450 rows  churn rate 0.320
# --8<-- [end:train-validation-test]

# --8<-- [start:k-fold-scores]
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(model, X_tr, y_tr, cv=folds, scoring="roc_auc")
print("AUC per fold:", np.round(scores, 3))
#> AUC per fold: [0.797 0.861 0.816 0.783 0.809]
print(f"mean {scores.mean():.3f}  standard deviation {scores.std():.3f}")
#> mean 0.813  standard deviation 0.027
# --8<-- [end:k-fold-scores]

# --8<-- [start:time-ordered-folds]
sales = daily_demand()
for k, (train_idx, val_idx) in enumerate(TimeSeriesSplit(n_splits=4, test_size=30).split(sales)):
    first, last = sales["date"].iloc[val_idx[[0, -1]]].dt.strftime("%b %d")
    print(f"fold {k}: train on {len(train_idx)} days, validate on {first} to {last}")
    #> fold 0: train on 245 days, validate on Sep 03 to Oct 02
    #> fold 1: train on 275 days, validate on Oct 03 to Nov 01
    #> fold 2: train on 305 days, validate on Nov 02 to Dec 01
    #> fold 3: train on 335 days, validate on Dec 02 to Dec 31
# Every fold trains on the past and validates on the month that follows it.
# --8<-- [end:time-ordered-folds]
