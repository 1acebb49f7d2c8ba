"""The hyperparameters that questions turn on: tree depth and count, network width, learning rate, activation.

Run: python snippets/training/tree_and_network_hyperparameters.py
"""

import warnings

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier

from studyguide.plotting import save_svg

warnings.filterwarnings("ignore", category=ConvergenceWarning)
X, y = make_classification(n_samples=3000, n_features=20, n_informative=6, flip_y=0.08,
                           random_state=8)
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.3, stratify=y, random_state=8)


def auc(model, X_, y_):
    return roc_auc_score(y_, model.predict_proba(X_)[:, 1])


# --8<-- [start:depth-sweep]
depths = [1, 2, 3, 4, 6, 8, 10, 12]
train_scores, val_scores = [], []
for depth in depths:
    xgb = XGBClassifier(n_estimators=150, max_depth=depth, learning_rate=0.1,
                        random_state=0, n_jobs=1).fit(X_tr, y_tr)
    train_scores.append(auc(xgb, X_tr, y_tr))
    val_scores.append(auc(xgb, X_val, y_val))
    print(f"max_depth {depth:2d}: train AUC {train_scores[-1]:.3f}  validation AUC {val_scores[-1]:.3f}")
    #> max_depth  1: train AUC 0.936  validation AUC 0.903
    #> max_depth  2: train AUC 0.967  validation AUC 0.917
    #> max_depth  3: train AUC 0.987  validation AUC 0.929
    #> max_depth  4: train AUC 0.998  validation AUC 0.932
    #> max_depth  6: train AUC 1.000  validation AUC 0.935
    #> max_depth  8: train AUC 1.000  validation AUC 0.932
    #> max_depth 10: train AUC 1.000  validation AUC 0.934
    #> max_depth 12: train AUC 1.000  validation AUC 0.934
# --8<-- [end:depth-sweep]

fig, ax = plt.subplots(figsize=(5.5, 3.4))
ax.plot(depths, train_scores, marker="o", label="training AUC")
ax.plot(depths, val_scores, marker="o", label="validation AUC")
best = depths[int(np.argmax(val_scores))]
ax.axvline(best, color="grey", linestyle="--", label=f"best validation depth ({best})")
ax.set_xlabel("XGBoost max_depth (150 trees)")
ax.set_ylabel("AUC")
ax.text(0.03, 0.55, "underfits:\nhigh bias", fontsize=8, transform=ax.transAxes)
ax.text(0.75, 0.55, "overfits:\nhigh variance", fontsize=8, transform=ax.transAxes)
ax.legend(fontsize=8, loc="lower right")
save_svg(fig, "xgboost-depth-validation-curve")

# --8<-- [start:number-of-trees]
for n_trees in (5, 50, 300):
    forest = RandomForestClassifier(n_estimators=n_trees, random_state=0, n_jobs=1).fit(X_tr, y_tr)
    print(f"random forest with {n_trees:3d} trees: validation AUC {auc(forest, X_val, y_val):.3f}")
    #> random forest with   5 trees: validation AUC 0.917
    #> random forest with  50 trees: validation AUC 0.936
    #> random forest with 300 trees: validation AUC 0.935
# More trees never make a random forest overfit more; they cost time and memory.
# --8<-- [end:number-of-trees]

# --8<-- [start:network-shape-and-learning-rate]
scaler = StandardScaler().fit(X_tr)
Xs_tr, Xs_val = scaler.transform(X_tr), scaler.transform(X_val)
settings = [((8,), 0.001, "relu"), ((64, 64), 0.001, "relu"), ((64, 64), 0.001, "logistic"),
            ((64, 64), 1.0, "relu")]
for layers, lr, activation in settings:
    net = MLPClassifier(hidden_layer_sizes=layers, learning_rate_init=lr, activation=activation,
                        max_iter=200, early_stopping=True, random_state=0).fit(Xs_tr, y_tr)
    print(f"layers {str(layers):9s} learning rate {lr:<5} {activation:8s} "
          f"validation AUC {auc(net, Xs_val, y_val):.3f}")
    #> layers (8,)      learning rate 0.001 relu     validation AUC 0.891
    #> layers (64, 64)  learning rate 0.001 relu     validation AUC 0.902
    #> layers (64, 64)  learning rate 0.001 logistic validation AUC 0.899
    #> layers (64, 64)  learning rate 1.0   relu     validation AUC 0.709
# --8<-- [end:network-shape-and-learning-rate]
