"""Sanitize a churn table: find missing and corrupt values, impute, drop stop words, compare scalers."""

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.impute import KNNImputer
from sklearn.preprocessing import MinMaxScaler, RobustScaler, StandardScaler

from studyguide.datasets import customer_churn
from studyguide.plotting import plt, save_svg

df = customer_churn(n_rows=2000, seed=7)
# Make the table as messy as a real export: text in a numeric column, impossible values, a duplicate.
df["monthly_charges"] = df["monthly_charges"].astype(object)
df.loc[[3, 50, 77], "monthly_charges"] = "N/A"
df.loc[[10, 11], "tenure_months"] = -1
df = pd.concat([df, df.iloc[[5]]], ignore_index=True)

# --8<-- [start:find-missing-and-corrupt]
charges = pd.to_numeric(df["monthly_charges"], errors="coerce")   # text that is not a number -> NaN
report = {
    "rows": len(df),
    "duplicate ids": int(df["customer_id"].duplicated().sum()),
    "income missing": int(df["annual_income"].isna().sum()),
    "charges not numeric": int(charges.isna().sum()),
    "tenure out of range": int((~df["tenure_months"].between(1, 72)).sum()),
}
print(report)
#> {'rows': 2001, 'duplicate ids': 1, 'income missing': 103, 'charges not numeric': 3, 'tenure out of range': 2}

clean = df.drop_duplicates("customer_id").assign(monthly_charges=charges)
clean.loc[~clean["tenure_months"].between(1, 72), "tenure_months"] = np.nan   # corrupt -> missing
print(clean[["tenure_months", "monthly_charges", "annual_income"]].isna().sum().to_dict())
#> {'tenure_months': 2, 'monthly_charges': 3, 'annual_income': 103}
# --8<-- [end:find-missing-and-corrupt]

# --8<-- [start:impute-three-ways]
numeric = ["tenure_months", "monthly_charges", "support_calls", "annual_income"]
dropped = clean.dropna(subset=numeric)
median_filled = clean[numeric].fillna(clean[numeric].median())
knn_filled = pd.DataFrame(KNNImputer(n_neighbors=5).fit_transform(clean[numeric]), columns=numeric)
print(f"drop rows:  {len(dropped)} rows left, churn rate {dropped['churned'].mean():.3f}")
#> drop rows:  1892 rows left, churn rate 0.309
print(f"median:     {len(median_filled)} rows, income median {median_filled['annual_income'].median():,.0f}")
#> median:     2000 rows, income median 54,000
print(f"k-NN (k=5): {len(knn_filled)} rows, income median {knn_filled['annual_income'].median():,.0f}")
#> k-NN (k=5): 2000 rows, income median 54,300
# --8<-- [end:impute-three-ways]

# --8<-- [start:stop-words]
review = "The app is not fast and I would not recommend it to anyone on the premium plan"
tokens = review.lower().split()
kept = [t for t in tokens if t not in ENGLISH_STOP_WORDS]
print(kept)
#> ['app', 'fast', 'recommend', 'premium', 'plan']
negations = {"not", "no", "nor", "never"}
kept_with_negation = [t for t in tokens if t not in ENGLISH_STOP_WORDS - negations]
print(kept_with_negation)
#> ['app', 'not', 'fast', 'not', 'recommend', 'premium', 'plan']
# --8<-- [end:stop-words]

# --8<-- [start:compare-scalers]
income = median_filled[["annual_income"]]
scaled = {
    "standard (z-score)": StandardScaler().fit_transform(income).ravel(),
    "min-max [0, 1]": MinMaxScaler().fit_transform(income).ravel(),
    "robust (median, IQR)": RobustScaler().fit_transform(income).ravel(),
}
for name, values in scaled.items():
    q1, q50, q99 = np.percentile(values, [1, 50, 99])
    print(f"{name:22} p1={q1:6.2f} median={q50:6.2f} p99={q99:6.2f} max={values.max():7.2f}")
    #> standard (z-score)     p1= -0.64 median= -0.12 p99=  1.28 max=  18.42
    #> min-max [0, 1]         p1=  0.01 median=  0.03 p99=  0.11 max=   1.00
    #> robust (median, IQR)   p1= -1.24 median=  0.00 p99=  3.34 max=  44.20
# --8<-- [end:compare-scalers]

fig, axes = plt.subplots(1, 3, figsize=(10, 2.8))
for ax, (name, values) in zip(axes, scaled.items(), strict=True):
    ax.hist(values, bins=60, color="#3f51b5")
    ax.set_title(name, fontsize=9)
    ax.set_yticks([])
fig.suptitle("The same income column, three scalers (a few extreme values stretch each axis)", fontsize=10)
fig.tight_layout()
save_svg(fig, "scaling-comparison")
