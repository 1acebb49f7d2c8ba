"""Scale, standardize, bin and log-transform numeric features; draw the log transform."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.preprocessing import KBinsDiscretizer, MinMaxScaler, StandardScaler

from studyguide.datasets import card_transactions
from studyguide.plotting import save_svg

df = card_transactions(n_rows=5000)

# --8<-- [start:scale-standardize]
amount = df[["amount"]]
standardized = StandardScaler().fit_transform(amount)   # mean 0, standard deviation 1
normalized = MinMaxScaler().fit_transform(amount)       # squeezed into [0, 1]
print(f"standardized: mean {standardized.mean():.2f}, std {standardized.std():.2f}")
#> standardized: mean -0.00, std 1.00
print(f"min-max:      min {normalized.min():.2f}, max {normalized.max():.2f}, median {np.median(normalized):.4f}")
#> min-max:      min 0.00, max 1.00, median 0.0137
# --8<-- [end:scale-standardize]

# --8<-- [start:bin-and-log]
df["log_amount"] = np.log1p(df["amount"])  # log(1 + x) also works for zeros
print(f"skew raw {df['amount'].skew():.1f} -> skew after log {df['log_amount'].skew():.1f}")
#> skew raw 9.2 -> skew after log 0.3

# Equal-width bins are ruined by the long tail; quantile bins hold equal counts.
width = pd.cut(df["amount"], bins=4).value_counts(sort=False).tolist()
quantile = KBinsDiscretizer(n_bins=4, encode="ordinal", strategy="quantile", quantile_method="averaged_inverted_cdf")
quantile_bins = pd.Series(quantile.fit_transform(df[["amount"]]).ravel()).value_counts(sort=False).sort_index().tolist()
print("equal-width bin counts:", width)
#> equal-width bin counts: [4983, 15, 1, 1]
print("quantile bin counts:   ", quantile_bins)
#> quantile bin counts:    [1248, 1251, 1251, 1250]
# --8<-- [end:bin-and-log]

# --8<-- [start:log-histogram-figure]
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3))
left.hist(df["amount"], bins=50, color="#4c72b0")
left.set(title="amount (USD)", xlabel="USD", ylabel="transactions")
right.hist(df["log_amount"], bins=50, color="#55a868")
right.set(title="log1p(amount)", xlabel="log(1 + USD)")
save_svg(fig, "log-transform-histogram")
print("saved log-transform-histogram.svg")
#> saved log-transform-histogram.svg
# --8<-- [end:log-histogram-figure]
