"""Clean the churn table: impute missing income, cap outliers with the IQR rule, remove duplicates."""

import pandas as pd

from studyguide.datasets import customer_churn

df = customer_churn(n_rows=2000)

# --8<-- [start:median-impute]
print("missing income:", df["annual_income"].isna().sum())
#> missing income: 103
# Flag first, then fill: the fact that a value was missing can itself predict the label.
df["income_was_missing"] = df["annual_income"].isna().astype(int)
median_income = df["annual_income"].median()  # robust to the extreme values below
df["annual_income"] = df["annual_income"].fillna(median_income)
print(f"median used: {median_income:,.0f} USD; missing now: {df['annual_income'].isna().sum()}")
#> median used: 54,000 USD; missing now: 0
# --8<-- [end:median-impute]

# --8<-- [start:iqr-cap]
q1, q3 = df["annual_income"].quantile([0.25, 0.75])
iqr = q3 - q1
low, high = q1 - 1.5 * iqr, q3 + 1.5 * iqr
outliers = ((df["annual_income"] < low) | (df["annual_income"] > high)).sum()
print(f"fences: {low:,.0f} to {high:,.0f} USD; outliers: {outliers}")
#> fences: 7,600 to 103,600 USD; outliers: 73
print(f"max before capping: {df['annual_income'].max():,.0f} USD")
#> max before capping: 1,114,800 USD
df["annual_income"] = df["annual_income"].clip(lower=low, upper=high)  # winsorize, keep the rows
print(f"max after capping:  {df['annual_income'].max():,.0f} USD")
#> max after capping:  103,600 USD
# --8<-- [end:iqr-cap]

# --8<-- [start:deduplicate]
# Simulate a re-delivered batch: 40 rows arrive twice, 5 of them with a changed charge.
dupes = df.sample(40, random_state=0).copy()
dupes.iloc[:5, dupes.columns.get_loc("monthly_charges")] += 1.0
raw = pd.concat([df, dupes], ignore_index=True)
print("rows:", len(raw), "exact duplicates:", raw.duplicated().sum(),
      "duplicate ids:", raw.duplicated(subset="customer_id").sum())
#> rows: 2040 exact duplicates: 35 duplicate ids: 40
clean = raw.drop_duplicates(subset="customer_id", keep="last")  # keep the latest delivery
print("rows after dedup:", len(clean))
#> rows after dedup: 2000
# --8<-- [end:deduplicate]
