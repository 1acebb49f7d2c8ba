"""Pick the decision threshold that costs the business least, and compare the
model with a rule of thumb you could ship without any ML."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from studyguide.datasets import customer_churn
from studyguide.plotting import save_svg

# --8<-- [start:score-customers]
df = customer_churn()
features = ["tenure_months", "monthly_charges", "contract", "region", "support_calls", "annual_income"]
X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["churned"], test_size=0.25, stratify=df["churned"], random_state=42)
prepare = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()),
     ["tenure_months", "monthly_charges", "support_calls", "annual_income"]),
    ("cat", OneHotEncoder(handle_unknown="ignore"), ["contract", "region"]),
])
model = make_pipeline(prepare, LogisticRegression(max_iter=1000)).fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]   # churn probability for each test customer

OFFER_COST, SAVE_RATE = 50, 0.40            # same assumptions as the feasibility check
lost_value = X_test["monthly_charges"].to_numpy() * 12
churner = y_test.to_numpy() == 1

def campaign_cost(contact):
    return (lost_value * churner * (1 - SAVE_RATE * contact)).sum() + OFFER_COST * contact.sum()

print(f"test customers: {len(X_test)}, of whom churned: {churner.sum()}")
#> test customers: 500, of whom churned: 154
# --8<-- [end:score-customers]

# --8<-- [start:rule-of-thumb]
# A rule a retention team could write on a whiteboard: month-to-month contract
# and at least two support calls.
rule = ((X_test["contract"] == "month-to-month") & (X_test["support_calls"] >= 2)).to_numpy()
print(f"rule of thumb: contacted {rule.sum()}, caught {(rule & churner).sum()} churners, "
      f"cost ${campaign_cost(rule):,.0f}")
#> rule of thumb: contacted 118, caught 60 churners, cost $124,234
# --8<-- [end:rule-of-thumb]

# --8<-- [start:cost-vs-threshold]
thresholds = np.round(np.arange(0.05, 0.96, 0.01), 2)
costs = np.array([campaign_cost(proba >= t) for t in thresholds])
best = thresholds[costs.argmin()]
nobody, everybody = campaign_cost(np.zeros(len(proba), bool)), campaign_cost(np.ones(len(proba), bool))
print(f"cheapest threshold: {best:.2f}, contacted {(proba >= best).sum()}, "
      f"cost ${costs.min():,.0f}")
#> cheapest threshold: 0.14, contacted 337, cost $102,739
print(f"at the default 0.50 threshold: cost ${campaign_cost(proba >= 0.5):,.0f}")
#> at the default 0.50 threshold: cost $117,014
print(f"saving against contacting nobody: ${nobody - costs.min():,.0f}")
#> saving against contacting nobody: $36,175
# --8<-- [end:cost-vs-threshold]
# --8<-- [start:cost-vs-threshold-figure]
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(thresholds, costs / 1000, color="#2c3e50", label="model: contact if p >= threshold")
ax.axhline(nobody / 1000, color="#c0392b", linestyle="--", label="contact nobody")
ax.axhline(everybody / 1000, color="#7f8c8d", linestyle=":", label="contact everybody")
ax.axvline(best, color="#27ae60", linewidth=1)
ax.annotate(f"cheapest: {best:.2f}", (best, costs.min() / 1000), xytext=(best + 0.1, costs.min() / 1000 - 6),
            arrowprops={"arrowstyle": "->"})
ax.set_xlabel("decision threshold (churn probability)")
ax.set_ylabel("cost on 500 customers (k USD)")
ax.set_title("Business cost of the retention campaign by threshold")
ax.set_ylim(costs.min() / 1000 - 10, nobody / 1000 + 5)
ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(0.02, 0.62))
save_svg(fig, "churn-cost-vs-threshold")
# --8<-- [end:cost-vs-threshold-figure]
