"""Feature engineering on the churn table: bins, outliers, synthetic features, one-hot encoding and PCA."""

import numpy as np
import pandas as pd
from sklearn.datasets import make_classification
from sklearn.decomposition import PCA
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from studyguide.datasets import customer_churn
from studyguide.plotting import plt, save_svg

df = customer_churn(n_rows=2000, seed=7)

# --8<-- [start:binning]
equal_width = pd.cut(df["tenure_months"], bins=4)
equal_count = pd.qcut(df["monthly_charges"], q=4, labels=["low", "mid", "high", "top"])
business = pd.cut(df["tenure_months"], bins=[0, 12, 24, 72], labels=["first year", "second year", "loyal"])
print(equal_width.value_counts(sort=False).tolist())
#> [484, 506, 477, 533]
print(equal_count.value_counts(sort=False).tolist())
#> [501, 500, 499, 500]
print(df.groupby(business, observed=True)["churned"].mean().round(2).to_dict())
#> {'first year': 0.57, 'second year': 0.44, 'loyal': 0.22}
# --8<-- [end:binning]

# --8<-- [start:outliers]
income = df["annual_income"].dropna()
q1, q3 = income.quantile([0.25, 0.75])
upper = q3 + 1.5 * (q3 - q1)                      # Tukey's fence
print(f"upper fence {upper:,.0f} USD; {int((income > upper).sum())} values above it; max {income.max():,.0f}")
#> upper fence 107,650 USD; 59 values above it; max 1,114,800
capped = income.clip(upper=upper)                 # winsorise: keep the row, cap the value
logged = np.log1p(income)                         # or compress the scale instead
print(f"skew raw {income.skew():.1f}, capped {capped.skew():.1f}, log {logged.skew():.1f}")
#> skew raw 12.7, capped 0.7, log 1.4
# --8<-- [end:outliers]

# --8<-- [start:synthetic-features]
features = df.assign(
    total_spend=df["monthly_charges"] * df["tenure_months"],            # product of two columns
    calls_per_year=df["support_calls"] / (df["tenure_months"] / 12),     # a rate, not a count
    new_and_unhappy=((df["tenure_months"] <= 6) & (df["support_calls"] >= 3)).astype(int),  # interaction flag
)
print(features[["total_spend", "calls_per_year", "new_and_unhappy"]].corrwith(features["churned"]).round(3).to_dict())
#> {'total_spend': -0.166, 'calls_per_year': 0.237, 'new_and_unhappy': 0.096}
# --8<-- [end:synthetic-features]

# --8<-- [start:one-hot]
encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
encoded = encoder.fit_transform(df[["contract", "region"]])
print(encoded.shape, encoder.get_feature_names_out().tolist()[:4])
#> (2000, 7) ['contract_month-to-month', 'contract_one-year', 'contract_two-year', 'region_east']
unseen = pd.DataFrame({"contract": ["three-year"], "region": ["north"]})   # a category training never saw
print(encoder.transform(unseen).tolist())
#> [[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]]
# --8<-- [end:one-hot]

# --8<-- [start:pca]
X, y = make_classification(n_samples=1000, n_features=30, n_informative=5, n_redundant=15,
                           n_clusters_per_class=1, random_state=4)
X_scaled = StandardScaler().fit_transform(X)     # PCA follows variance, so scale first
pca = PCA().fit(X_scaled)
cumulative = np.cumsum(pca.explained_variance_ratio_)
keep = int(np.argmax(cumulative >= 0.95)) + 1
print(f"{X.shape[1]} features -> {keep} components keep 95% of the variance")
#> 30 features -> 14 components keep 95% of the variance
print("first five components explain", cumulative[4].round(3))
#> first five components explain 0.669
# --8<-- [end:pca]

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.4))
ax1.bar(range(1, 31), pca.explained_variance_ratio_, color="#9fa8da", label="per component")
ax1.plot(range(1, 31), cumulative, color="#3f51b5", marker=".", label="cumulative")
ax1.axhline(0.95, color="#ff7043", linestyle="--", linewidth=1)
ax1.set_xlabel("principal component")
ax1.set_ylabel("share of variance")
ax1.set_title("Explained variance (scree plot)")
ax1.legend(loc="center right")
projected = PCA(n_components=2).fit_transform(X_scaled)
for label, color in ((0, "#3f51b5"), (1, "#ff7043")):
    ax2.scatter(*projected[y == label].T, s=6, alpha=0.6, color=color, label=f"class {label}")
ax2.set_xlabel("PC 1")
ax2.set_ylabel("PC 2")
ax2.set_title("30 features projected onto 2 components")
ax2.legend()
fig.tight_layout()
save_svg(fig, "pca-explained-variance")
