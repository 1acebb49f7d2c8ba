"""Profile the journey's churn case before changing anything: types, missing
values, summary statistics and the balance of the label."""

import matplotlib.pyplot as plt
import pandas as pd

from studyguide.datasets import churn_case
from studyguide.plotting import save_svg

customers = churn_case()

# --8<-- [start:profile-types-and-missing]
print(customers.shape)
#> (2000, 12)
print(customers.dtypes.astype(str).value_counts().to_dict())
#> {'str': 4, 'int64': 3, 'datetime64[us]': 3, 'float64': 2}
missing = customers.isna().sum()
print(missing[missing > 0].to_dict())
#> {'annual_income': 103, 'last_contact': 457}
print("empty support notes:", (customers["support_note"] == "").sum())
#> empty support notes: 457
# --8<-- [end:profile-types-and-missing]

# --8<-- [start:summary-statistics]
numeric = ["tenure_months", "monthly_charges", "support_calls", "annual_income"]
summary = customers[numeric].describe().T[["mean", "50%", "min", "max"]]
print(summary.round(1).to_string())
#>                     mean      50%      min        max
#> tenure_months       37.1     37.0      1.0       72.0
#> monthly_charges     69.9     70.1     18.0      120.0
#> support_calls        1.5      1.0      0.0        7.0
#> annual_income    61309.6  54000.0  17300.0  1114800.0
print("skew:", customers[numeric].skew().round(2).to_dict())
#> skew: {'tenure_months': -0.02, 'monthly_charges': -0.03, 'support_calls': 0.75, 'annual_income': 12.65}
# --8<-- [end:summary-statistics]

# --8<-- [start:class-balance]
print(customers["churned"].value_counts().to_dict())
#> {0: 1384, 1: 616}
print(f"churn rate {customers['churned'].mean():.1%}")
#> churn rate 30.8%
by_contract = customers.groupby("contract")["churned"].agg(["size", "mean"])
print(by_contract.round(3).to_string())
#>                 size   mean
#> contract
#> month-to-month  1092  0.425
#> one-year         488  0.160
#> two-year         420  0.176
# --8<-- [end:class-balance]

# --8<-- [start:correlation-with-label]
corr = customers[numeric + ["churned"]].corr(numeric_only=True)["churned"].drop("churned")
print(corr.round(3).sort_values().to_string())
#> tenure_months     -0.305
#> annual_income     -0.053
#> support_calls      0.195
#> monthly_charges    0.228
# --8<-- [end:correlation-with-label]

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3))
counts = customers["churned"].value_counts().sort_index()
left.bar(["stayed (0)", "churned (1)"], counts.to_numpy(), color=["#7f8c8d", "#c0392b"])
for x, n in enumerate(counts.to_numpy()):
    left.text(x, n + 20, f"{n} ({n / len(customers):.0%})", ha="center")
left.set_ylim(0, counts.max() * 1.15)
left.set_ylabel("customers")
left.set_title("Class balance of the label")
rates = by_contract["mean"].reindex(["month-to-month", "one-year", "two-year"])
right.bar(rates.index, rates.to_numpy() * 100, color="#2980b9")
right.axhline(customers["churned"].mean() * 100, color="#c0392b", linestyle="--", label="overall")
right.set_ylabel("churn rate (%)")
right.set_title("Churn rate by contract")
right.legend(frameon=False)
save_svg(fig, "churn-class-balance")
