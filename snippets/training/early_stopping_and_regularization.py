"""Early stopping on a validation set and the effect of L1/L2 regularization.

Run: python snippets/training/early_stopping_and_regularization.py
"""

import numpy as np
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier

X, y = make_classification(n_samples=3000, n_features=40, n_informative=8,
                           n_redundant=4, flip_y=0.08, random_state=0)
X_train, X_rest, y_train, y_rest = train_test_split(X, y, test_size=0.4, random_state=0)
X_val, X_test, y_val, y_test = train_test_split(X_rest, y_rest, test_size=0.5, random_state=0)

# --8<-- [start:epochs-steps-batches]
n_rows, batch_size, epochs = len(X_train), 64, 10
steps_per_epoch = int(np.ceil(n_rows / batch_size))
print(f"{n_rows} rows / batch {batch_size} = {steps_per_epoch} steps per epoch; "
      f"{epochs} epochs = {steps_per_epoch * epochs} gradient updates")
#> 1800 rows / batch 64 = 29 steps per epoch; 10 epochs = 290 gradient updates
# --8<-- [end:epochs-steps-batches]

# --8<-- [start:xgboost-early-stopping]
model = XGBClassifier(n_estimators=2000, learning_rate=0.1, max_depth=6,
                      eval_metric="logloss", early_stopping_rounds=20,
                      random_state=0, n_jobs=1)
model.fit(X_train, y_train, eval_set=[(X_val, y_val)], verbose=False)
history = model.evals_result()["validation_0"]["logloss"]
print(f"asked for 2000 rounds, trained {len(history)}, best round {model.best_iteration}")
#> asked for 2000 rounds, trained 73, best round 52
print(f"validation logloss: round 10 {history[10]:.3f}, best {min(history):.3f}, "
      f"last {history[-1]:.3f}")
#> validation logloss: round 10 0.383, best 0.278, last 0.283
print(f"test AUC with the best round: {roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]):.3f}")
#> test AUC with the best round: 0.951
# --8<-- [end:xgboost-early-stopping]

# --8<-- [start:l1-versus-l2]
scaler = StandardScaler().fit(X_train)
Xs_train, Xs_val = scaler.transform(X_train), scaler.transform(X_val)
for penalty, l1_ratio in (("l1", 1.0), ("l2", 0.0)):
    for C in (1.0, 0.05, 0.01):  # smaller C = stronger regularization
        clf = LogisticRegression(l1_ratio=l1_ratio, C=C, solver="liblinear", random_state=0).fit(Xs_train, y_train)
        nonzero = int((np.abs(clf.coef_) > 1e-6).sum())
        auc = roc_auc_score(y_val, clf.predict_proba(Xs_val)[:, 1])
        print(f"{penalty} C={C:<5} non-zero weights {nonzero:2d}/40  "
              f"sum|w|={np.abs(clf.coef_).sum():5.2f}  val AUC={auc:.3f}")
        #> l1 C=1.0   non-zero weights 33/40  sum|w|= 8.15  val AUC=0.940
        #> l1 C=0.05  non-zero weights  9/40  sum|w|= 5.03  val AUC=0.943
        #> l1 C=0.01  non-zero weights  6/40  sum|w|= 2.43  val AUC=0.936
        #> l2 C=1.0   non-zero weights 40/40  sum|w|= 9.17  val AUC=0.940
        #> l2 C=0.05  non-zero weights 40/40  sum|w|= 7.25  val AUC=0.941
        #> l2 C=0.01  non-zero weights 40/40  sum|w|= 4.81  val AUC=0.940
# --8<-- [end:l1-versus-l2]

