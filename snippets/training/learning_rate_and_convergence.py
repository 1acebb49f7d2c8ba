"""Gradient descent on a logistic loss with three learning rates: too small, about right, too large.

Run: python snippets/training/learning_rate_and_convergence.py
"""

import matplotlib.pyplot as plt
import numpy as np

from studyguide.datasets import customer_churn
from studyguide.plotting import save_svg

df = customer_churn(n_rows=2000)
X = df[["tenure_months", "monthly_charges", "support_calls"]].to_numpy(dtype=float)
X = (X - X.mean(axis=0)) / X.std(axis=0)
X = np.column_stack([np.ones(len(X)), X])
y = df["churned"].to_numpy(dtype=float)


# --8<-- [start:loss-and-gradient]
def log_loss(w):
    p = np.clip(1 / (1 + np.exp(-X @ w)), 1e-12, 1 - 1e-12)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


def gradient(w):
    p = 1 / (1 + np.exp(-X @ w))
    return X.T @ (p - y) / len(y)   # slope of the loss for every weight


def descend(learning_rate, steps=60):
    w, history = np.zeros(X.shape[1]), []
    for _ in range(steps):
        w -= learning_rate * gradient(w)   # one step downhill
        history.append(log_loss(w))
    return history
# --8<-- [end:loss-and-gradient]


# --8<-- [start:three-learning-rates]
runs = {lr: descend(lr) for lr in (0.05, 1.0, 30.0)}
for lr, losses in runs.items():
    print(f"learning rate {lr:5}: loss after 5 steps {losses[4]:.3f}, after 60 steps {losses[-1]:.3f}")
    #> learning rate  0.05: loss after 5 steps 0.675, after 60 steps 0.573
    #> learning rate   1.0: loss after 5 steps 0.542, after 60 steps 0.518
    #> learning rate  30.0: loss after 5 steps 2.078, after 60 steps 2.132
# --8<-- [end:three-learning-rates]

fig, ax = plt.subplots(figsize=(5.5, 3.4))
for (lr, losses), label in zip(runs.items(), ("too small: slow", "about right: converges",
                                              "too large: oscillates")):
    ax.plot(range(1, 61), losses, label=f"learning rate {lr} ({label})")
ax.set_xlabel("gradient descent step")
ax.set_ylabel("training log loss")
ax.set_ylim(0.4, 2.6)
ax.legend(fontsize=8)
save_svg(fig, "learning-rate-convergence")
