"""What "training" means: fit a logistic regression to the churn data by
gradient descent, written out in numpy, and count epochs, batches and steps."""

import matplotlib.pyplot as plt
import numpy as np

from studyguide.datasets import churn_case
from studyguide.plotting import save_svg

df = churn_case()
# Two standardised features keep the arithmetic visible; Module 06 builds real features.
X = df[["tenure_months", "support_calls"]].to_numpy(dtype=float)
X = (X - X.mean(axis=0)) / X.std(axis=0)
X = np.column_stack([np.ones(len(X)), X])  # a column of ones gives the intercept
y = df["churned"].to_numpy(dtype=float)


def log_loss(w):
    p = 1 / (1 + np.exp(-X @ w))
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


# --8<-- [start:fit-by-gradient-descent]
w = np.zeros(3)                    # parameters: intercept, tenure, support calls
learning_rate = 0.5
print(f"epoch 0: loss {log_loss(w):.4f}")
#> epoch 0: loss 0.6931
for epoch in range(1, 31):
    p = 1 / (1 + np.exp(-X @ w))   # predicted churn probability per customer
    gradient = X.T @ (p - y) / len(y)
    w -= learning_rate * gradient  # one step downhill on the loss surface
    if epoch in (1, 5, 30):
        print(f"epoch {epoch}: loss {log_loss(w):.4f}")
        #> epoch 1: loss 0.6628
        #> epoch 5: loss 0.5957
        #> epoch 30: loss 0.5457
print("weights:", np.round(w, 2))
#> weights: [-0.86 -0.69  0.45]
# --8<-- [end:fit-by-gradient-descent]

# --8<-- [start:epochs-steps-batches]
batch_size = 64
steps_per_epoch = int(np.ceil(len(y) / batch_size))
print(f"{len(y)} rows, batch size {batch_size}: {steps_per_epoch} steps per epoch, "
      f"{10 * steps_per_epoch} steps in 10 epochs")
#> 2000 rows, batch size 64: 32 steps per epoch, 320 steps in 10 epochs

rng = np.random.default_rng(0)
w_mini = np.zeros(3)
curve_mini = [log_loss(w_mini)]
for epoch in range(10):
    order = rng.permutation(len(y))            # reshuffle the rows every epoch
    for start in range(0, len(y), batch_size):
        rows = order[start:start + batch_size]
        p = 1 / (1 + np.exp(-X[rows] @ w_mini))
        w_mini -= learning_rate * X[rows].T @ (p - y[rows]) / len(rows)
    curve_mini.append(log_loss(w_mini))
print(f"mini-batch, after 10 epochs: loss {curve_mini[-1]:.4f}")
#> mini-batch, after 10 epochs: loss 0.5455
# --8<-- [end:epochs-steps-batches]

# Figure: full-batch against mini-batch loss per epoch (not shown on the page).
w_full, curve_full = np.zeros(3), [log_loss(np.zeros(3))]
for epoch in range(10):
    p = 1 / (1 + np.exp(-X @ w_full))
    w_full -= learning_rate * X.T @ (p - y) / len(y)
    curve_full.append(log_loss(w_full))
fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(range(11), curve_full, marker="o", label="full batch: 1 step per epoch")
ax.plot(range(11), curve_mini, marker="s", label=f"mini-batch of {batch_size}: {steps_per_epoch} steps per epoch")
ax.set_xlabel("epoch")
ax.set_ylabel("training log loss")
ax.set_title("Same data, same learning rate: more steps per epoch converge sooner")
ax.legend()
save_svg(fig, "gradient-descent-loss-by-epoch")
