"""Merge a customer table with billing events from a second system."""

import pandas as pd

from studyguide.datasets import customer_churn

# --8<-- [start:merge-customer-sources]
crm = customer_churn(n_rows=1000)[["customer_id", "contract", "region", "churned"]]

# A second source: one billing row per customer per month, with a different key name.
billing = pd.DataFrame({
    "cust_ref": [f"C{i:05d}" for i in range(0, 1000, 2) for _ in range(3)],
    "month": [m for _ in range(0, 1000, 2) for m in ("2025-01", "2025-02", "2025-03")],
    "amount_usd": [round(40 + (i % 7) * 5.5, 2) for i in range(0, 1000, 2) for _ in range(3)],
})

# Aggregate first so the join is one-to-one; otherwise rows multiply.
per_customer = (billing.groupby("cust_ref", as_index=False)
                .agg(months_billed=("month", "nunique"), total_billed_usd=("amount_usd", "sum")))
merged = crm.merge(per_customer, left_on="customer_id", right_on="cust_ref",
                   how="left", validate="one_to_one", indicator=True)
print(merged.shape)
#> (1000, 8)
print(merged["_merge"].value_counts().to_dict())
#> {'left_only': 500, 'both': 500, 'right_only': 0}
merged = merged.drop(columns=["cust_ref", "_merge"]).fillna({"months_billed": 0, "total_billed_usd": 0.0})
print(merged.head(2).to_string(index=False))
#> customer_id       contract region  churned  months_billed  total_billed_usd
#>      C00000 month-to-month   east        0            3.0             120.0
#>      C00001       two-year  north        0            0.0               0.0
# --8<-- [end:merge-customer-sources]
