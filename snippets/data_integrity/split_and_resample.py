"""Split an imbalanced data set without losing the minority class, then rebalance the training part only."""

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.utils import resample

from studyguide.datasets import card_transactions

df = card_transactions(n_rows=5000)

# --8<-- [start:stratified-split]
print("fraud rate overall:", round(df["is_fraud"].mean(), 4))
#> fraud rate overall: 0.022
# shuffle=True is the default; stratify keeps the 2 % rate identical in every part.
train, test = train_test_split(df, test_size=0.2, shuffle=True, stratify=df["is_fraud"], random_state=42)
train, valid = train_test_split(train, test_size=0.25, shuffle=True, stratify=train["is_fraud"], random_state=42)
for name, part in (("train", train), ("valid", valid), ("test", test)):
    print(f"{name:5s} rows={len(part):4d} frauds={part['is_fraud'].sum():3d} rate={part['is_fraud'].mean():.4f}")
    #> train rows=3000 frauds= 66 rate=0.0220
    #> valid rows=1000 frauds= 22 rate=0.0220
    #> test  rows=1000 frauds= 22 rate=0.0220
# --8<-- [end:stratified-split]

# --8<-- [start:oversample-minority]
majority = train[train["is_fraud"] == 0]
minority = train[train["is_fraud"] == 1]
# Random oversampling with replacement: copies, not new information. Do it AFTER the split.
upsampled = resample(minority, replace=True, n_samples=len(majority) // 4, random_state=42)
balanced = pd.concat([majority, upsampled]).sample(frac=1.0, random_state=42)  # shuffle again
print(f"training rows {len(train)} -> {len(balanced)}, fraud rate {balanced['is_fraud'].mean():.3f}")
#> training rows 3000 -> 3667, fraud rate 0.200

# A SMOTE-style synthetic row: a point on the line between a fraud and a fraud neighbour.
rng = np.random.default_rng(0)
num = ["amount", "distance_from_home_km"]
a, b = minority[num].to_numpy()[:2]
synthetic = a + rng.random() * (b - a)
print("synthetic fraud:", np.round(synthetic, 1).tolist())
#> synthetic fraud: [256.8, 307.8]
# --8<-- [end:oversample-minority]
