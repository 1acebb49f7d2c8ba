"""Prepare the cleaned churn case for training without leaking the answer:
a stratified train/validation/test split, imputation learnt on the training
rows only, and a quick screen that catches a column known only after churn."""

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from studyguide.datasets import churn_case

customers = churn_case()
customers.loc[customers["annual_income"] > 400_000, "annual_income"] = np.nan  # the cleaning of the last step
# A column from a later billing export: set when a cancellation fee was charged,
# which happens only after a customer has left (and, rarely, by mistake).
rng = np.random.default_rng(3)
customers["cancellation_fee_charged"] = np.where(
    customers["churned"] == 1, rng.random(len(customers)) < 0.9, rng.random(len(customers)) < 0.02).astype(int)

# --8<-- [start:stratified-split]
train, rest = train_test_split(customers, test_size=0.30, stratify=customers["churned"], random_state=42)
validation, test = train_test_split(rest, test_size=0.50, stratify=rest["churned"], random_state=42)
for name, part in (("train", train), ("validation", validation), ("test", test)):
    print(f"{name:10s} {len(part):5d} rows  churn {part['churned'].mean():.1%}")
    #> train       1400 rows  churn 30.8%
    #> validation   300 rows  churn 31.0%
    #> test         300 rows  churn 30.7%
# --8<-- [end:stratified-split]

# --8<-- [start:impute-on-train-only]
imputer = SimpleImputer(strategy="median", add_indicator=True)
imputer.fit(train[["annual_income"]])              # learn the median from training rows only
print("median learnt on train:", imputer.statistics_[0])
#> median learnt on train: 54100.0
print("median of all rows:    ", customers["annual_income"].median())
#> median of all rows:     53900.0
filled = imputer.transform(test[["annual_income"]])
print("test rows filled:", int(filled[:, 1].sum()), "| columns out:", list(imputer.get_feature_names_out()))
#> test rows filled: 15 | columns out: ['annual_income', 'missingindicator_annual_income']
# --8<-- [end:impute-on-train-only]

# --8<-- [start:spot-leakage]
candidates = ["tenure_months", "monthly_charges", "support_calls", "cancellation_fee_charged"]
for column in candidates:
    auc = roc_auc_score(train["churned"], train[column])
    print(f"{column:25s} AUC alone {max(auc, 1 - auc):.3f}")
    #> tenure_months             AUC alone 0.685
    #> monthly_charges           AUC alone 0.659
    #> support_calls             AUC alone 0.616
    #> cancellation_fee_charged  AUC alone 0.929


def validation_auc(columns):
    model = make_pipeline(StandardScaler(), LogisticRegression())
    model.fit(train[columns], train["churned"])
    return roc_auc_score(validation["churned"], model.predict_proba(validation[columns])[:, 1])


print(f"with the fee column:    {validation_auc(candidates):.3f}")
#> with the fee column:    0.959
print(f"without the fee column: {validation_auc(candidates[:3]):.3f}")
#> without the fee column: 0.745
# --8<-- [end:spot-leakage]
