"""Turn the cleaned churn columns into model features: tenure buckets, a log
transform for skewed income, and one-hot encoding plus scaling learnt on the
training rows only."""

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

from studyguide.datasets import churn_case

customers = churn_case()
customers.loc[customers["annual_income"] > 400_000, "annual_income"] = np.nan  # Module 05's cleaning
train, rest = train_test_split(customers, test_size=0.30, stratify=customers["churned"], random_state=42)

# --8<-- [start:tenure-buckets]
edges = [0, 12, 24, 48, 72]
names = ["0-12 months", "13-24 months", "25-48 months", "49-72 months"]
customers["tenure_bucket"] = pd.cut(customers["tenure_months"], bins=edges, labels=names)
print(customers.groupby("tenure_bucket", observed=True)["churned"].agg(["size", "mean"]).round(3).to_string())
#>                size   mean
#> tenure_bucket
#> 0-12 months     311  0.569
#> 13-24 months    342  0.436
#> 25-48 months    653  0.268
#> 49-72 months    694  0.166
# --8<-- [end:tenure-buckets]

# --8<-- [start:log-transform]
income = customers["annual_income"].dropna()
print("skew of income:      ", round(income.skew(), 2))
#> skew of income:       1.23
print("skew of log1p(income):", round(np.log1p(income).skew(), 2))
#> skew of log1p(income): 0.04
print("charges skew stays:  ", round(customers["monthly_charges"].skew(), 2))
#> charges skew stays:   -0.03
# --8<-- [end:log-transform]

# --8<-- [start:one-hot-encode]
train = customers.loc[train.index]
features = ColumnTransformer([
    ("categories", OneHotEncoder(handle_unknown="ignore"), ["contract", "region", "tenure_bucket"]),
    ("income", make_pipeline(SimpleImputer(strategy="median"), FunctionTransformer(np.log1p, feature_names_out="one-to-one"),
                             StandardScaler()), ["annual_income"]),
    ("numbers", StandardScaler(), ["tenure_months", "monthly_charges", "support_calls"]),
])
matrix = features.fit_transform(train)          # fit on train; transform validation and test later
print(matrix.shape)
#> (1400, 15)
print(list(features.get_feature_names_out()[:5]), "...")
#> ['categories__contract_month-to-month', 'categories__contract_one-year', 'categories__contract_two-year', 'categories__region_east', 'categories__region_north'] ...
unseen = pd.DataFrame([{**train.iloc[0].to_dict(), "region": "central"}])
print("unknown region encodes as all zeros:", features.transform(unseen)[0, 3:7].astype(int).tolist())
#> unknown region encodes as all zeros: [0, 0, 0, 0]
# --8<-- [end:one-hot-encode]
