"""Five model families on one churn table: what each scores and how each explains itself.

Run: python snippets/modeling/model_families_side_by_side.py
"""

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.metrics import mean_absolute_error, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier, export_text
from xgboost import XGBClassifier

from studyguide.datasets import customer_churn, daily_demand

df = customer_churn(n_rows=4000)
X = pd.get_dummies(df[["tenure_months", "monthly_charges", "support_calls", "contract"]],
                   columns=["contract"], dtype=float)
y = df["churned"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=42)

# --8<-- [start:five-families]
candidates = {
    "logistic regression": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "k-NN (k=25)": make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=25)),
    "decision tree (depth 4)": DecisionTreeClassifier(max_depth=4, random_state=0),
    "random forest (300 trees)": RandomForestClassifier(n_estimators=300, min_samples_leaf=10,
                                                        random_state=0, n_jobs=1),
    "XGBoost (200 rounds)": XGBClassifier(n_estimators=200, max_depth=3, learning_rate=0.05,
                                          subsample=0.8, random_state=0, n_jobs=1),
}
for name, model in candidates.items():
    model.fit(X_tr, y_tr)
    auc = roc_auc_score(y_te, model.predict_proba(X_te)[:, 1])
    print(f"{name:26s} AUC {auc:.3f}")
    #> logistic regression        AUC 0.814
    #> k-NN (k=25)                AUC 0.803
    #> decision tree (depth 4)    AUC 0.780
    #> random forest (300 trees)  AUC 0.801
    #> XGBoost (200 rounds)       AUC 0.806
# --8<-- [end:five-families]

# --8<-- [start:tree-reads-like-rules]
tree = DecisionTreeClassifier(max_depth=2, random_state=0).fit(X_tr, y_tr)
print(export_text(tree, feature_names=list(X.columns), decimals=1))
#> |--- contract_month-to-month <= 0.5
#> |   |--- tenure_months <= 19.5
#> |   |   |--- class: 0
#> |   |--- tenure_months >  19.5
#> |   |   |--- class: 0
#> |--- contract_month-to-month >  0.5
#> |   |--- tenure_months <= 38.5
#> |   |   |--- class: 1
#> |   |--- tenure_months >  38.5
#> |   |   |--- class: 0
# --8<-- [end:tree-reads-like-rules]

# --8<-- [start:coefficients-read-as-odds]
logit = candidates["logistic regression"][-1]
odds = pd.Series(np.exp(logit.coef_[0]), index=X.columns).round(2)
print(odds.sort_values(ascending=False).to_string())
#> monthly_charges            1.78
#> support_calls              1.77
#> contract_month-to-month    1.66
#> contract_one-year          0.77
#> contract_two-year          0.70
#> tenure_months              0.39
# Each value multiplies the odds of churn per one standard deviation of the feature.
# --8<-- [end:coefficients-read-as-odds]

# --8<-- [start:linear-regression-forecast-baseline]
sales = daily_demand()
sales["day"] = np.arange(len(sales))
sales["peak_day"] = (sales["day"] % 7).isin([4, 5]).astype(int)  # the two busy days of each week
train, test = sales.iloc[:300], sales.iloc[300:]  # the past trains, the future tests
cols = ["day", "peak_day", "promotion"]
reg = LinearRegression().fit(train[cols], train["units_sold"])
print({c: round(float(w), 2) for c, w in zip(cols, reg.coef_)})
#> {'day': 0.05, 'peak_day': 34.45, 'promotion': 53.99}
print(f"MAE on the last 65 days: {mean_absolute_error(test['units_sold'], reg.predict(test[cols])):.1f} units")
#> MAE on the last 65 days: 10.4 units
# --8<-- [end:linear-regression-forecast-baseline]
