"""The same customers, framed two ways: with a label (supervised) and without one (unsupervised).

Run: python snippets/framing/supervised_or_unsupervised.py
"""

import pandas as pd
from sklearn.cluster import KMeans
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from studyguide.datasets import customer_churn

df = customer_churn(n_rows=3000)
features = ["tenure_months", "monthly_charges", "support_calls"]

# --8<-- [start:supervised-with-label]
# Supervised: the history says who churned, so a model learns to predict it.
X_tr, X_te, y_tr, y_te = train_test_split(df[features], df["churned"], test_size=0.25,
                                          stratify=df["churned"], random_state=1)
clf = RandomForestClassifier(n_estimators=200, min_samples_leaf=20, random_state=1).fit(X_tr, y_tr)
print(f"churn AUC on unseen customers: {roc_auc_score(y_te, clf.predict_proba(X_te)[:, 1]):.3f}")
#> churn AUC on unseen customers: 0.772
# --8<-- [end:supervised-with-label]

# --8<-- [start:unsupervised-without-label]
# Unsupervised: no label is used; k-means groups customers that look alike.
scaled = StandardScaler().fit_transform(df[features])
df["segment"] = KMeans(n_clusters=3, n_init=10, random_state=1).fit_predict(scaled)
summary = df.groupby("segment").agg(customers=("churned", "size"),
                                    tenure=("tenure_months", "mean"),
                                    charges=("monthly_charges", "mean"),
                                    churn_rate=("churned", "mean")).round(2)
print(summary.to_string())
#>          customers  tenure  charges  churn_rate
#> segment
#> 0              584   35.05    69.47        0.46
#> 1             1199   55.49    67.44        0.15
#> 2             1217   19.80    71.16        0.42
# The churn rate is read afterwards: it was not used to form the segments.
# --8<-- [end:unsupervised-without-label]
