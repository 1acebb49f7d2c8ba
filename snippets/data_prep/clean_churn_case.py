"""Clean the churn case's raw billing export: duplicates from a re-sent batch,
types lost in CSV, a sentinel that hides missing values, and income outliers
that are data-entry errors. Prints what each step finds and draws the income
distribution before and after cleaning."""

import io

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from studyguide.datasets import churn_case
from studyguide.plotting import save_svg

# The export as it lands in raw/: a CSV file, in which one batch of 30 rows was
# sent twice and a legacy system wrote -1 where it did not know the charges.
clean_source = churn_case()
rows = clean_source.copy()
rows.loc[rows.sample(6, random_state=5).index, "monthly_charges"] = -1.0
rows = pd.concat([rows, rows.iloc[600:630]], ignore_index=True)
raw = pd.read_csv(io.StringIO(rows.to_csv(index=False)), keep_default_na=True)

# --8<-- [start:remove-duplicates]
print(len(raw), "rows,", raw["customer_id"].nunique(), "customers")
#> 2030 rows, 2000 customers
exact = raw.duplicated()
print("exact duplicate rows:", exact.sum())
#> exact duplicate rows: 30
deduped = raw[~exact].copy()
print("customers seen twice after that:", deduped["customer_id"].duplicated().sum())
#> customers seen twice after that: 0
# --8<-- [end:remove-duplicates]

# --8<-- [start:fix-types]
print(deduped[["signup_date", "last_contact", "contract"]].dtypes.astype(str).to_dict())
#> {'signup_date': 'str', 'last_contact': 'str', 'contract': 'str'}
for column in ("snapshot_date", "signup_date", "last_contact"):
    deduped[column] = pd.to_datetime(deduped[column])
deduped["contract"] = deduped["contract"].astype("category")
deduped["region"] = deduped["region"].astype("category")
deduped["support_note"] = deduped["support_note"].fillna("")   # CSV turned "" into NaN
print(deduped[["signup_date", "last_contact", "contract"]].dtypes.astype(str).to_dict())
#> {'signup_date': 'datetime64[us]', 'last_contact': 'datetime64[us]', 'contract': 'category'}
# --8<-- [end:fix-types]

# --8<-- [start:sentinel-values]
print(deduped["monthly_charges"].describe()[["min", "max"]].to_dict())
#> {'min': -1.0, 'max': 120.0}
sentinel = deduped["monthly_charges"] < 0
print("charges below zero:", sentinel.sum())
#> charges below zero: 6
deduped.loc[sentinel, "monthly_charges"] = np.nan   # unknown, so say so
# --8<-- [end:sentinel-values]

# --8<-- [start:find-outliers]
income = deduped["annual_income"]


def iqr_flags(values):
    q1, q3 = values.quantile([0.25, 0.75])
    return (values < q1 - 1.5 * (q3 - q1)) | (values > q3 + 1.5 * (q3 - q1))


print("IQR rule on income:     ", iqr_flags(income).sum(), "flagged")
#> IQR rule on income:      59 flagged
print("IQR rule on log(income):", iqr_flags(np.log(income)).sum(), "flagged")
#> IQR rule on log(income): 22 flagged
z = (np.log(income) - np.log(income).mean()) / np.log(income).std()
print("|z| > 3 on log(income): ", (z.abs() > 3).sum(), "flagged")
#> |z| > 3 on log(income):  12 flagged
print(income[z > 3].sort_values().astype(int).tolist())
#> [192500, 211800, 500400, 529200, 556800, 572400, 631200, 882000, 925200, 957600, 1102800, 1114800]
# --8<-- [end:find-outliers]

before = income.copy()
# --8<-- [start:treat-outliers]
# Flagged values jump from 212k to 500k: above the gap sit extra digits, below it real customers.
errors = income > 400_000
print("treated as data-entry errors:", errors.sum())
#> treated as data-entry errors: 10
deduped.loc[errors, "annual_income"] = np.nan   # treat as unknown; impute after the split
print("income now missing:", deduped["annual_income"].isna().sum(), "of", len(deduped))
#> income now missing: 113 of 2000
print("skew before", round(before.skew(), 2), "after", round(deduped["annual_income"].skew(), 2))
#> skew before 12.65 after 1.23
# --8<-- [end:treat-outliers]

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3))
left.hist(before.dropna() / 1000, bins=60, color="#7f8c8d")
left.set_title("annual_income as exported")
left.set_xlabel("thousand USD")
left.set_ylabel("customers")
right.hist(deduped["annual_income"].dropna() / 1000, bins=40, color="#2980b9")
right.set_title("after removing data-entry errors")
right.set_xlabel("thousand USD")
save_svg(fig, "income-before-after-cleaning")
