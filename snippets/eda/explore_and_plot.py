"""Look before you model: four plots, summary statistics, correlation and a p-value on the churn and demand data."""

import numpy as np
from scipy import stats

from studyguide.datasets import customer_churn, daily_demand
from studyguide.plotting import plt, save_svg

churn = customer_churn(n_rows=2000, seed=7)
demand = daily_demand(n_days=365, seed=11)

# --8<-- [start:summary-statistics]
summary = churn[["tenure_months", "monthly_charges", "annual_income"]].describe().T
print(summary[["mean", "50%", "std", "min", "max"]].round(1).to_string())
#>                     mean      50%      std      min        max
#> tenure_months       37.1     37.0     20.7      1.0       72.0
#> monthly_charges     69.9     70.1     19.7     18.0      120.0
#> annual_income    61309.6  54000.0  58739.1  17300.0  1114800.0
print("income mean / median:", round(churn["annual_income"].mean() / churn["annual_income"].median(), 2))
#> income mean / median: 1.14
# --8<-- [end:summary-statistics]

# --8<-- [start:correlation]
numeric = churn[["tenure_months", "monthly_charges", "support_calls", "churned"]]
print(numeric.corr(method="pearson")["churned"].round(3).to_dict())
#> {'tenure_months': -0.305, 'monthly_charges': 0.228, 'support_calls': 0.195, 'churned': 1.0}
x = np.linspace(-3, 3, 200)
print("pearson r for y = x^2:", abs(round(stats.pearsonr(x, x ** 2).statistic, 3)))   # strong link, zero r
#> pearson r for y = x^2: 0.0
# --8<-- [end:correlation]

# --8<-- [start:p-value]
promo = demand.loc[demand["promotion"] == 1, "units_sold"]
regular = demand.loc[demand["promotion"] == 0, "units_sold"]
test = stats.ttest_ind(promo, regular, equal_var=False)       # Welch's t-test
print(f"promo mean {promo.mean():.1f} vs {regular.mean():.1f}; t={test.statistic:.2f}, p={test.pvalue:.2g}")
#> promo mean 194.0 vs 137.8; t=14.28, p=5.8e-20
r, p = stats.pearsonr(demand["temperature_c"], demand["units_sold"])
print(f"temperature vs units: r={r:.2f}, p={p:.2f}")
#> temperature vs units: r=-0.05, p=0.35
# --8<-- [end:p-value]

fig, axes = plt.subplots(2, 2, figsize=(10, 6.4))
ax = axes[0, 0]
for label, color in ((0, "#9fa8da"), (1, "#ff7043")):
    part = churn[churn["churned"] == label]
    ax.scatter(part["tenure_months"], part["monthly_charges"], s=5, alpha=0.5, color=color,
               label="churned" if label else "stayed")
ax.set(title="Scatter plot: two numeric features", xlabel="tenure (months)", ylabel="monthly charges (USD)")
ax.legend(markerscale=3)
ax = axes[0, 1]
ax.plot(demand["date"], demand["units_sold"], color="#3f51b5", linewidth=0.7)
ax.plot(demand["date"], demand["units_sold"].rolling(28, center=True).mean(), color="#ff7043", label="28-day mean")
ax.set(title="Time series: trend, weekly season, promotions", ylabel="units sold")
ax.legend()
ax.tick_params(axis="x", labelrotation=30)
ax = axes[1, 0]
ax.hist(churn["annual_income"].dropna().clip(upper=200_000) / 1000, bins=50, color="#3f51b5")
ax.set(title="Histogram: right-skewed income (clipped at 200)", xlabel="annual income (thousand USD)",
       ylabel="customers")
ax = axes[1, 1]
groups = [churn.loc[churn["contract"] == c, "monthly_charges"] for c in ("month-to-month", "one-year", "two-year")]
ax.boxplot(groups, tick_labels=["month-to-month", "one-year", "two-year"])
ax.set(title="Box plot: charges by contract", ylabel="monthly charges (USD)")
fig.tight_layout()
save_svg(fig, "eda-four-plots")
