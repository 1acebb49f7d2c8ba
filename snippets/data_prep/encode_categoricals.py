"""Encode categorical columns: one-hot versus label (ordinal) encoding, inside a ColumnTransformer."""

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler

from studyguide.datasets import customer_churn

df = customer_churn(n_rows=2000)

# --8<-- [start:one-hot-vs-label]
region = df[["region"]].drop_duplicates().sort_values("region")
print(pd.get_dummies(region, dtype=int).to_string(index=False))
#>  region_east  region_north  region_south  region_west
#>            1             0             0            0
#>            0             1             0            0
#>            0             0             1            0
#>            0             0             0            1
# Label encoding invents an order (east=0 < north=1 < ...): fine for trees, misleading for linear models.
print(OrdinalEncoder().fit_transform(region).ravel().tolist())
#> [0.0, 1.0, 2.0, 3.0]
# Contract length has a real order, so an ordinal encoding with an explicit order is honest.
contract_order = [["month-to-month", "one-year", "two-year"]]
print(OrdinalEncoder(categories=contract_order).fit_transform(df[["contract"]].head(3)).ravel().tolist())
#> [2.0, 2.0, 1.0]
# --8<-- [end:one-hot-vs-label]

# --8<-- [start:column-transformer]
numeric = ["tenure_months", "monthly_charges", "support_calls", "annual_income"]
preprocess = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric),
    ("onehot", OneHotEncoder(handle_unknown="ignore"), ["region"]),
    ("ordinal", OrdinalEncoder(categories=contract_order), ["contract"]),
])
X_train, X_test, y_train, y_test = train_test_split(
    df.drop(columns=["customer_id", "churned"]), df["churned"], test_size=0.2, random_state=42,
    stratify=df["churned"])
X_train_t = preprocess.fit_transform(X_train)   # learn medians, means, categories on train only
X_test_t = preprocess.transform(X_test)         # reuse them: no leakage from the test set
print(X_train_t.shape, X_test_t.shape)
#> (1600, 9) (400, 9)
print(list(preprocess.get_feature_names_out())[4:])
#> ['onehot__region_east', 'onehot__region_north', 'onehot__region_south', 'onehot__region_west', 'ordinal__contract']
# --8<-- [end:column-transformer]
