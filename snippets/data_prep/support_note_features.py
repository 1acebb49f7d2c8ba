"""Turn the agents' free-text support notes into features (tokens, stop words,
TF-IDF), then rank every engineered feature of the churn case by permutation
importance on the validation rows and draw the ranking."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfVectorizer
from sklearn.inspection import permutation_importance
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

from studyguide.datasets import SNAPSHOT_DATE, churn_case, usage_events
from studyguide.plotting import save_svg

customers = churn_case()
customers.loc[customers["annual_income"] > 400_000, "annual_income"] = np.nan
train, validation = train_test_split(customers, test_size=0.30, stratify=customers["churned"], random_state=42)

# --8<-- [start:tokenize-notes]
notes = train["support_note"]
tokens = CountVectorizer(stop_words="english").fit(notes)
print("vocabulary without stop words:", len(tokens.vocabulary_))
#> vocabulary without stop words: 53
print(CountVectorizer().build_analyzer()("Says a competitor offers the same plan cheaper; wants to leave."))
#> ['says', 'competitor', 'offers', 'the', 'same', 'plan', 'cheaper', 'wants', 'to', 'leave']
print(tokens.build_analyzer()("Says a competitor offers the same plan cheaper; wants to leave."))
#> ['says', 'competitor', 'offers', 'plan', 'cheaper', 'wants', 'leave']
tfidf = TfidfVectorizer(stop_words="english", min_df=5, ngram_range=(1, 2))
note_matrix = tfidf.fit_transform(notes)          # fit on train, like every other transform
print(note_matrix.shape, f"{note_matrix.nnz / np.prod(note_matrix.shape):.1%} non-zero")
#> (1400, 96) 6.2% non-zero
# --8<-- [end:tokenize-notes]

# --8<-- [start:note-keywords]
present = pd.DataFrame(CountVectorizer(stop_words="english", binary=True, vocabulary=[
    "cancellation", "leave", "pac", "dropped", "bill", "upgrade"]).transform(notes).toarray(),
    columns=["cancellation", "leave", "pac", "dropped", "bill", "upgrade"], index=notes.index)
print("churn rate, no note:", round(train.loc[notes == "", "churned"].mean(), 2))
#> churn rate, no note: 0.19
for word in present:
    rows = present[word] == 1
    print(f"  notes with {word!r:15s} {rows.sum():4d}  churn rate {train.loc[rows, 'churned'].mean():.2f}")
    #>   notes with 'cancellation'    41  churn rate 0.76
    #>   notes with 'leave'           57  churn rate 0.77
    #>   notes with 'pac'             49  churn rate 0.84
    #>   notes with 'dropped'         85  churn rate 0.31
    #>   notes with 'bill'             0  churn rate nan
    #>   notes with 'upgrade'        100  churn rate 0.23
print("'bill' is on scikit-learn's English stop-word list:", "bill" in ENGLISH_STOP_WORDS)
#> 'bill' is on scikit-learn's English stop-word list: True
# --8<-- [end:note-keywords]

# The usage features of the previous step, recomputed here so the file runs alone.
events = usage_events(customers)
age = (SNAPSHOT_DATE - events["event_time"]).dt.days
usage = pd.DataFrame({"events_last_7d": events[age < 7].groupby("customer_id").size(),
                      "events_prev_7d": events[age >= 7].groupby("customer_id").size()}
                     ).reindex(customers["customer_id"]).fillna(0)
usage["usage_trend"] = (usage["events_last_7d"] + 1) / (usage["events_prev_7d"] + 1)
customers = customers.join(usage, on="customer_id")
words = ("cancellation", "leave", "competitor", "cheaper", "dropped", "bill")
for word in words:
    customers[f"note_{word}"] = customers["support_note"].str.lower().str.contains(word).astype(int)
customers["month_to_month"] = (customers["contract"] == "month-to-month").astype(int)
columns = ["tenure_months", "monthly_charges", "support_calls", "annual_income", "month_to_month",
           "events_last_7d", "usage_trend"] + [f"note_{w}" for w in words]
X_train, y_train = customers.loc[train.index, columns], customers.loc[train.index, "churned"]
X_val, y_val = customers.loc[validation.index, columns], customers.loc[validation.index, "churned"]

# --8<-- [start:feature-importance]
model = HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=200, random_state=0)
model.fit(X_train, y_train)
print(f"validation AUC, all features: {roc_auc_score(y_val, model.predict_proba(X_val)[:, 1]):.3f}")
#> validation AUC, all features: 0.934
ranking = permutation_importance(model, X_val, y_val, scoring="roc_auc", n_repeats=10, random_state=0)
importance = pd.Series(ranking.importances_mean, index=columns).sort_values(ascending=False)
print(importance.head(6).round(3).to_string())
#> events_last_7d       0.307
#> tenure_months        0.034
#> month_to_month       0.023
#> monthly_charges      0.009
#> support_calls        0.008
#> note_cancellation    0.005
# --8<-- [end:feature-importance]

base = ["tenure_months", "monthly_charges", "support_calls", "annual_income", "month_to_month"]
# --8<-- [start:compare-feature-sets]
for name, subset in (("snapshot columns only", base), ("+ usage trend", base + ["events_last_7d", "usage_trend"]),
                     ("+ usage trend + notes", columns)):
    m = HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=200, random_state=0)
    m.fit(X_train[subset], y_train)
    print(f"{name:24s} AUC {roc_auc_score(y_val, m.predict_proba(X_val[subset])[:, 1]):.3f}")
    #> snapshot columns only    AUC 0.790
    #> + usage trend            AUC 0.927
    #> + usage trend + notes    AUC 0.934
# --8<-- [end:compare-feature-sets]

fig, ax = plt.subplots(figsize=(6.5, 4))
shown = importance.head(10)[::-1]
colors = ["#2980b9" if n in base else "#27ae60" if n.startswith(("events", "usage")) else "#8e44ad"
          for n in shown.index]
ax.barh(shown.index, shown.to_numpy(), color=colors)
ax.set_xlabel("drop in validation AUC when the feature is shuffled")
ax.set_title("Permutation importance: snapshot (blue), usage (green), notes (purple)")
save_svg(fig, "churn-feature-importance")
