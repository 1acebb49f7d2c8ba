"""Regression metrics against a naive baseline, and learning curves that reveal over- and underfitting.

Run: python snippets/evaluation/regression_and_learning_curves.py
"""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_classification
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import learning_curve
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import HistGradientBoostingRegressor

from studyguide.datasets import daily_demand
from studyguide.plotting import save_svg

# --8<-- [start:rmse-versus-naive-baseline]
demand = daily_demand(n_days=365)
demand["dow"] = demand["date"].dt.day_of_week
demand["lag_7"] = demand["units_sold"].shift(7)
demand = demand.dropna()
train, test = demand.iloc[:-60], demand.iloc[-60:]          # keep time order: last 60 days
features = ["price", "promotion", "temperature_c", "dow", "lag_7"]
reg = HistGradientBoostingRegressor(max_iter=200, max_depth=3, learning_rate=0.05, random_state=0)
reg.fit(train[features], train["units_sold"])
forecasts = {"seasonal naive (same day last week)": test["lag_7"],
             "gradient boosting": reg.predict(test[features])}
for name, forecast in forecasts.items():
    rmse = mean_squared_error(test["units_sold"], forecast) ** 0.5
    print(f"{name:36s} RMSE {rmse:5.1f}  MAE {mean_absolute_error(test['units_sold'], forecast):5.1f}"
          f"  R2 {r2_score(test['units_sold'], forecast):.2f}")
    #> seasonal naive (same day last week)  RMSE  36.7  MAE  26.0  R2 -0.54
    #> gradient boosting                    RMSE  22.1  MAE  18.5  R2 0.45
# --8<-- [end:rmse-versus-naive-baseline]

# --8<-- [start:depth-sweep-diagnosis]
X, y = make_classification(n_samples=1500, n_features=20, n_informative=5,
                           flip_y=0.1, random_state=7)
for depth in (1, 4, None):
    sizes, train_scores, val_scores = learning_curve(
        DecisionTreeClassifier(max_depth=depth, random_state=7), X, y, cv=5,
        train_sizes=np.linspace(0.15, 1.0, 5), scoring="accuracy")
    train_acc, val_acc = train_scores.mean(axis=1)[-1], val_scores.mean(axis=1)[-1]
    verdict = ("underfit: both low" if train_acc < 0.8 else
               "overfit: large gap" if train_acc - val_acc > 0.1 else "balanced")
    print(f"max_depth={str(depth):4s} train {train_acc:.3f} validation {val_acc:.3f} -> {verdict}")
    #> max_depth=1    train 0.772 validation 0.767 -> underfit: both low
    #> max_depth=4    train 0.845 validation 0.804 -> balanced
    #> max_depth=None train 1.000 validation 0.779 -> overfit: large gap
    if depth is None:
        deep = (sizes, train_scores.mean(axis=1), val_scores.mean(axis=1))
    if depth == 4:
        good = (sizes, train_scores.mean(axis=1), val_scores.mean(axis=1))
# --8<-- [end:depth-sweep-diagnosis]

# --8<-- [start:learning-curve-figure]
fig, axes = plt.subplots(1, 2, figsize=(8, 3.2), sharey=True)
for ax, (sizes, tr, va), title in ((axes[0], deep, "no depth limit (overfits)"),
                                   (axes[1], good, "max_depth=4")):
    ax.plot(sizes, tr, marker="o", label="training accuracy")
    ax.plot(sizes, va, marker="s", label="validation accuracy")
    ax.fill_between(sizes, va, tr, alpha=0.15)
    ax.set_title(title)
    ax.set_xlabel("training examples")
axes[0].set_ylabel("accuracy")
axes[0].legend(loc="lower right", fontsize=8)
save_svg(fig, "decision-tree-learning-curves")
# --8<-- [end:learning-curve-figure]
