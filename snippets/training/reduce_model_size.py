"""Three ways to shrink a model: data type, fewer features, fewer trees.

Run: python snippets/training/reduce_model_size.py
"""

import pickle

import numpy as np
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

X, y = make_classification(n_samples=2000, n_features=200, n_informative=10,
                           random_state=3)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=3)

# --8<-- [start:float64-to-float32]
weights64 = np.random.default_rng(0).normal(size=(1_000_000,))  # a 1M-parameter layer
weights32 = weights64.astype(np.float32)
weights16 = weights64.astype(np.float16)
print(f"float64 {weights64.nbytes / 2**20:.1f} MiB, float32 {weights32.nbytes / 2**20:.1f} MiB, "
      f"float16 {weights16.nbytes / 2**20:.1f} MiB")
#> float64 7.6 MiB, float32 3.8 MiB, float16 1.9 MiB
print(f"largest float16 rounding error: {np.abs(weights64 - weights16).max():.5f}")
#> largest float16 rounding error: 0.00193
# --8<-- [end:float64-to-float32]

# --8<-- [start:select-features-to-shrink]
full = LogisticRegression(l1_ratio=1.0, C=0.05, solver="liblinear", random_state=0).fit(X_train, y_train)
kept = np.flatnonzero(np.abs(full.coef_[0]) > 1e-6)
small = LogisticRegression(max_iter=1000).fit(X_train[:, kept], y_train)
print(f"L1 kept {kept.size} of {X.shape[1]} features")
#> L1 kept 24 of 200 features
print(f"AUC all features {roc_auc_score(y_test, full.predict_proba(X_test)[:, 1]):.3f}, "
      f"AUC kept features {roc_auc_score(y_test, small.predict_proba(X_test[:, kept])[:, 1]):.3f}")
#> AUC all features 0.917, AUC kept features 0.915
# --8<-- [end:select-features-to-shrink]

# --8<-- [start:fewer-shallower-trees]
for n_trees, depth in ((200, 6), (60, 3)):
    xgb = XGBClassifier(n_estimators=n_trees, max_depth=depth, learning_rate=0.1,
                        random_state=3, n_jobs=1).fit(X_train[:, kept], y_train)
    raw = xgb.get_booster().save_raw("ubj")
    auc = roc_auc_score(y_test, xgb.predict_proba(X_test[:, kept])[:, 1])
    print(f"{n_trees} trees, depth {depth}: {len(raw) / 1024:7.1f} KiB, AUC {auc:.3f}")
    #> 200 trees, depth 6:   380.5 KiB, AUC 0.971
    #> 60 trees, depth 3:    68.2 KiB, AUC 0.966
# --8<-- [end:fewer-shallower-trees]
