"""Is churn prediction feasible? Labels, class balance, a majority-class
baseline, a logistic regression, and what each one costs in dollars."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from studyguide.datasets import customer_churn
from studyguide.plotting import save_svg

# --8<-- [start:inspect-labels]
df = customer_churn()  # 2,000 customers, one row each
print(f"rows: {len(df)}, customers with a known outcome: {df['churned'].notna().sum()}")
#> rows: 2000, customers with a known outcome: 2000
print(df["churned"].value_counts().rename({0: "stayed", 1: "churned"}).to_string())
#> churned
#> stayed     1384
#> churned     616
print(f"churn rate: {df['churned'].mean():.1%}")
#> churn rate: 30.8%
print(df.isna().sum()[lambda s: s > 0].to_string())
#> annual_income    103
# --8<-- [end:inspect-labels]

# --8<-- [start:churn-by-contract]
by_contract = df.groupby("contract")["churned"].agg(customers="size", churn_rate="mean")
print(by_contract.round(3).to_string())
#>                 customers  churn_rate
#> contract
#> month-to-month       1092       0.425
#> one-year              488       0.160
#> two-year              420       0.176
# --8<-- [end:churn-by-contract]
# --8<-- [start:churn-by-contract-figure]
fig, ax = plt.subplots(figsize=(6, 3))
ax.bar(by_contract.index, by_contract["churn_rate"] * 100, color=["#c0392b", "#2980b9", "#2980b9"])
ax.axhline(df["churned"].mean() * 100, color="grey", linestyle="--", label="all customers")
ax.set_ylabel("customers who churned (%)")
ax.set_title("Churn rate by contract type")
ax.legend()
save_svg(fig, "churn-rate-by-contract")
# --8<-- [end:churn-by-contract-figure]

# --8<-- [start:majority-baseline]
features = ["tenure_months", "monthly_charges", "contract", "region", "support_calls", "annual_income"]
X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["churned"], test_size=0.25, stratify=df["churned"], random_state=42)

baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
pred = baseline.predict(X_test)
print(f"majority baseline: accuracy {accuracy_score(y_test, pred):.3f}, "
      f"recall {recall_score(y_test, pred):.3f}")
#> majority baseline: accuracy 0.692, recall 0.000
# --8<-- [end:majority-baseline]

# --8<-- [start:logistic-regression]
numeric = ["tenure_months", "monthly_charges", "support_calls", "annual_income"]
prepare = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore"), ["contract", "region"]),
])
logreg = make_pipeline(prepare, LogisticRegression(max_iter=1000)).fit(X_train, y_train)
proba = logreg.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f"logistic regression: accuracy {accuracy_score(y_test, pred):.3f}, "
      f"precision {precision_score(y_test, pred):.3f}, recall {recall_score(y_test, pred):.3f}, "
      f"ROC AUC {roc_auc_score(y_test, proba):.3f}")
#> logistic regression: accuracy 0.762, precision 0.664, recall 0.461, ROC AUC 0.812
# --8<-- [end:logistic-regression]

# --8<-- [start:cost-in-dollars]
OFFER_COST = 50      # USD: one-month discount plus the call, per contacted customer
SAVE_RATE = 0.40     # share of would-be churners who stay when they get the offer
lost_value = X_test["monthly_charges"].to_numpy() * 12   # a churner takes a year of revenue away
churner = y_test.to_numpy() == 1

def campaign_cost(contact):
    """Dollars lost to churn plus dollars spent on offers, for one contact list."""
    lost = lost_value * churner * (1 - SAVE_RATE * contact)
    return lost.sum() + OFFER_COST * contact.sum()

policies = {
    "contact nobody (majority baseline)": baseline.predict(X_test).astype(bool),
    "contact everybody": np.ones(len(X_test), dtype=bool),
    "contact if model says churn (p >= 0.5)": pred.astype(bool),
}
for name, contact in policies.items():
    print(f"{name:<40} contacted {contact.sum():>3}  cost ${campaign_cost(contact):>9,.0f}")
    #> contact nobody (majority baseline)       contacted   0  cost $  138,914
    #> contact everybody                        contacted 500  cost $  108,348
    #> contact if model says churn (p >= 0.5)   contacted 107  cost $  117,014
# --8<-- [end:cost-in-dollars]
