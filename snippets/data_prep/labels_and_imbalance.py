"""Is there enough labeled data? A label learning curve, class imbalance, minority augmentation, and a labeling request.

The Mechanical Turk request goes through botocore's Stubber: botocore validates every
field, but no HIT is posted (posting one on the real service costs money).
"""

import json

import boto3
import numpy as np
import pandas as pd
from botocore.stub import Stubber
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score, precision_score, recall_score
from sklearn.model_selection import train_test_split

from studyguide.datasets import card_transactions
from studyguide.plotting import plt, save_svg

# --8<-- [start:label-learning-curve]
# 40 features, 12 of them informative: a problem hard enough that labels are the bottleneck.
X, y = make_classification(n_samples=8000, n_features=40, n_informative=12, n_redundant=8,
                           flip_y=0.03, random_state=21)
X_pool, X_test, y_pool, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)

sizes, scores = [50, 100, 200, 400, 800, 1600, 3200, 5600], []
for n in sizes:     # pretend only the first n rows were labeled
    model = LogisticRegression(max_iter=2000).fit(X_pool[:n], y_pool[:n])
    scores.append(balanced_accuracy_score(y_test, model.predict(X_test)))
    print(f"{n:5d} labels -> balanced accuracy {scores[-1]:.3f}")
    #>    50 labels -> balanced accuracy 0.698
    #>   100 labels -> balanced accuracy 0.695
    #>   200 labels -> balanced accuracy 0.739
    #>   400 labels -> balanced accuracy 0.762
    #>   800 labels -> balanced accuracy 0.788
    #>  1600 labels -> balanced accuracy 0.797
    #>  3200 labels -> balanced accuracy 0.800
    #>  5600 labels -> balanced accuracy 0.797
# --8<-- [end:label-learning-curve]

fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(sizes, scores, marker="o", color="#3f51b5")
ax.set_xscale("log")
ax.set_xlabel("labeled training rows (log scale)")
ax.set_ylabel("balanced accuracy on test")
ax.set_title("More labels help until the curve flattens")
ax.grid(alpha=0.3)
save_svg(fig, "label-learning-curve")

# --8<-- [start:class-imbalance]
cards = card_transactions(n_rows=5000, fraud_rate=0.02, seed=3)
print(cards["is_fraud"].value_counts().to_dict())
#> {0: 4890, 1: 110}
features = ["amount", "hour", "distance_from_home_km", "foreign"]
Xc_train, Xc_test, yc_train, yc_test = train_test_split(
    cards[features], cards["is_fraud"], test_size=0.3, stratify=cards["is_fraud"], random_state=0)
always_legit = np.zeros_like(yc_test)
print(f"predict 'legit' for all: accuracy {np.mean(always_legit == yc_test):.3f}, "
      f"fraud recall {recall_score(yc_test, always_legit):.2f}")
#> predict 'legit' for all: accuracy 0.978, fraud recall 0.00
# --8<-- [end:class-imbalance]

fig, ax = plt.subplots(figsize=(5, 2.6))
counts = cards["is_fraud"].value_counts().sort_index()
ax.barh(["legitimate (0)", "fraud (1)"], counts.values, color=["#9fa8da", "#ff7043"])
for i, value in enumerate(counts.values):
    ax.text(value, i, f" {value:,}", va="center")
ax.set_xlabel("transactions")
ax.set_title("Class imbalance: 2% of the rows carry the label you care about")
ax.set_xlim(0, counts.max() * 1.18)
save_svg(fig, "class-imbalance")

# --8<-- [start:augment-minority]
rng = np.random.default_rng(0)
train = Xc_train.assign(is_fraud=yc_train.values)
fraud = train[train["is_fraud"] == 1]
copies = fraud.sample(n=len(train) // 4 - len(fraud), replace=True, random_state=0)
jitter = copies[["amount", "distance_from_home_km"]] * rng.normal(1, 0.05, (len(copies), 2))
augmented = pd.concat([train, copies.assign(amount=jitter["amount"],
                                            distance_from_home_km=jitter["distance_from_home_km"])])
print("training rows by class:", augmented["is_fraud"].value_counts().sort_index().to_dict())
#> training rows by class: {0: 3423, 1: 875}

for name, (X_fit, y_fit, weight) in {
    "original, unweighted": (train[features], train["is_fraud"], None),
    "original, class_weight": (train[features], train["is_fraud"], "balanced"),
    "oversampled + jitter": (augmented[features], augmented["is_fraud"], None),
}.items():
    predicted = LogisticRegression(max_iter=5000, class_weight=weight).fit(X_fit, y_fit).predict(Xc_test)
    print(f"{name:24} on untouched test: recall {recall_score(yc_test, predicted):.2f}, "
          f"precision {precision_score(yc_test, predicted):.2f}")
    #> original, unweighted     on untouched test: recall 0.88, precision 0.97
    #> original, class_weight   on untouched test: recall 1.00, precision 0.57
    #> oversampled + jitter     on untouched test: recall 1.00, precision 0.94
# --8<-- [end:augment-minority]

# --8<-- [start:mturk-hit-request]
mturk = boto3.client("mturk", region_name="us-east-1")   # MTurk's requester API lives in us-east-1
question = """<HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd">
  <HTMLContent><![CDATA[<!-- form that shows one support ticket and asks: billing, outage or other? -->]]></HTMLContent>
  <FrameHeight>450</FrameHeight></HTMLQuestion>"""
hit_request = {
    "Title": "Sort a customer support ticket into one category",
    "Description": "Read a short, anonymised ticket and choose billing, outage or other.",
    "Keywords": "classification, text, support",
    "Reward": "0.05",                          # USD per assignment, as a string
    "MaxAssignments": 3,                       # three workers per item, then take the majority
    "AssignmentDurationInSeconds": 300,
    "LifetimeInSeconds": 3 * 24 * 3600,
    "Question": question,
}
with Stubber(mturk) as stub:
    stub.add_response("create_hit", {"HIT": {"HITStatus": "Assignable", "MaxAssignments": 3}}, hit_request)
    hit = mturk.create_hit(**hit_request)["HIT"]
    stub.assert_no_pending_responses()
print("CreateHIT request validated by botocore:", json.dumps({k: hit_request[k] for k in ("Reward", "MaxAssignments")}))
#> CreateHIT request validated by botocore: {"Reward": "0.05", "MaxAssignments": 3}
# --8<-- [end:mturk-hit-request]
