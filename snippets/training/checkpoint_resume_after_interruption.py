"""What a checkpoint buys you on Spot capacity: train the churn XGBoost, lose
the instance halfway, resume from the last checkpoint, and end with the same
model as an uninterrupted run.

Run: python snippets/training/checkpoint_resume_after_interruption.py
"""

import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split

from studyguide.datasets import churn_case
from studyguide.plotting import save_svg

df = churn_case()
df["annual_income"] = df["annual_income"].fillna(df["annual_income"].median())
X = pd.get_dummies(
    df[["tenure_months", "monthly_charges", "support_calls", "annual_income", "contract", "region"]],
    columns=["contract", "region"], drop_first=True, dtype=float)
X_train, X_val, y_train, y_val = train_test_split(
    X, df["churned"], test_size=0.3, stratify=df["churned"], random_state=42)
dtrain, dval = xgb.DMatrix(X_train, y_train), xgb.DMatrix(X_val, y_val)
params = {"objective": "binary:logistic", "eval_metric": "logloss", "max_depth": 3,
          "eta": 0.05, "nthread": 1, "seed": 42}

# --8<-- [start:checkpoint-every-10-rounds]
class Checkpoint(xgb.callback.TrainingCallback):
    """Save the booster every `every` rounds, as a training script writes to /opt/ml/checkpoints."""
    def __init__(self, folder, every=10):
        self.folder, self.every = Path(folder), every
    def after_iteration(self, model, epoch, evals_log):
        if (epoch + 1) % self.every == 0:
            model.save_model(self.folder / f"round-{epoch + 1:04d}.json")
        return False

checkpoints = Path(tempfile.mkdtemp())            # stands in for the local checkpoint path
history = {}
xgb.train(params, dtrain, num_boost_round=137, evals=[(dval, "validation")],
          evals_result=history, callbacks=[Checkpoint(checkpoints)], verbose_eval=False)
print("Spot interruption after round 137; checkpoints on disk:",
      sorted(p.name for p in checkpoints.iterdir())[-2:])
#> Spot interruption after round 137; checkpoints on disk: ['round-0120.json', 'round-0130.json']
# --8<-- [end:checkpoint-every-10-rounds]

# --8<-- [start:resume-from-checkpoint]
latest = sorted(checkpoints.iterdir())[-1]          # the new instance finds it in the same path
done = xgb.Booster(model_file=str(latest)).num_boosted_rounds()
resumed_log = {}
resumed = xgb.train(params, dtrain, num_boost_round=200 - done, xgb_model=str(latest),
                    evals=[(dval, "validation")], evals_result=resumed_log, verbose_eval=False)
straight_log = {}
straight = xgb.train(params, dtrain, num_boost_round=200, evals=[(dval, "validation")],
                     evals_result=straight_log, verbose_eval=False)
print(f"resumed from round {done}; rounds redone: {137 - done}")
#> resumed from round 130; rounds redone: 7
print(f"final validation logloss, resumed: {resumed_log['validation']['logloss'][-1]:.4f}, "
      f"uninterrupted: {straight_log['validation']['logloss'][-1]:.4f}")
#> final validation logloss, resumed: 0.5166, uninterrupted: 0.5166
print("identical predictions:",
      bool((resumed.predict(dval) == straight.predict(dval)).all()))
#> identical predictions: True
# --8<-- [end:resume-from-checkpoint]

fig, ax = plt.subplots(figsize=(6, 3))
first = history["validation"]["logloss"]
ax.plot(range(1, len(first) + 1), first, color="#2c3e50", label="first Spot instance")
ax.plot(range(done + 1, 201), resumed_log["validation"]["logloss"], color="#27ae60",
        label=f"resumed from checkpoint at round {done}")
ax.axvline(137, color="#c0392b", linestyle="--", linewidth=1)
ax.annotate("instance reclaimed", (137, first[136]), xytext=(150, first[20]),
            arrowprops={"arrowstyle": "->"}, fontsize=8)
ax.set_xlabel("boosting round")
ax.set_ylabel("validation log loss")
ax.set_title("Churn XGBoost: a Spot interruption costs only the rounds since the checkpoint")
ax.title.set_fontsize(9)
ax.legend(fontsize=8)
save_svg(fig, "churn-spot-checkpoint-resume")
