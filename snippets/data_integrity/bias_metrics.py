"""Pre-training bias metrics by hand: class imbalance (CI) and difference in proportions of labels (DPL).

The formulas follow SageMaker Clarify's definitions: facet a is the favoured
(or reference) group, facet d the disfavoured group you are checking.
"""

import numpy as np
import pandas as pd

# A loan-approval training set: 'age_group' is the facet, 'approved' the label (1 = positive outcome).
rng = np.random.default_rng(5)
n_a, n_d = 1600, 400
df = pd.DataFrame({
    "age_group": ["25-60"] * n_a + ["over-60"] * n_d,
    "approved": np.concatenate([rng.random(n_a) < 0.62, rng.random(n_d) < 0.41]).astype(int),
})

# --8<-- [start:class-imbalance-ci]
na = (df["age_group"] == "25-60").sum()
nd = (df["age_group"] == "over-60").sum()
ci = (na - nd) / (na + nd)          # range -1..+1; 0 means both facets are equally represented
print(f"na={na} nd={nd} CI={ci:+.2f}")
#> na=1600 nd=400 CI=+0.60
# --8<-- [end:class-imbalance-ci]

# --8<-- [start:difference-in-proportions-dpl]
qa = df.loc[df["age_group"] == "25-60", "approved"].mean()    # share of positive labels in facet a
qd = df.loc[df["age_group"] == "over-60", "approved"].mean()  # share of positive labels in facet d
dpl = qa - qd                        # range -1..+1; > 0 means facet a gets the positive label more often
print(f"qa={qa:.3f} qd={qd:.3f} DPL={dpl:+.3f}")
#> qa=0.634 qd=0.432 DPL=+0.202
# --8<-- [end:difference-in-proportions-dpl]
