"""Cluster analysis: elbow plot, silhouette, cluster sizes and a hierarchical dendrogram."""

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import dendrogram, fcluster, linkage
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler

from studyguide.plotting import plt, save_svg

rng = np.random.default_rng(5)
# Weekly usage with four real segments hidden in it: light users, video viewers, gamers, uploaders.
centres = np.array([[2, 1, 0.2], [12, 3, 0.5], [6, 10, 1.5], [4, 2, 6.0]])
segment = rng.integers(0, 4, 800)
usage = pd.DataFrame(centres[segment] * rng.normal(1, 0.18, (800, 3)),
                     columns=["video_hours", "gaming_hours", "upload_gb"])

# --8<-- [start:elbow]
X = StandardScaler().fit_transform(usage)          # k-means uses Euclidean distance: scale first
inertia, silhouette = {}, {}
for k in range(1, 9):
    model = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
    inertia[k] = model.inertia_                    # within-cluster sum of squared distances
    if k > 1:
        silhouette[k] = silhouette_score(X, model.labels_)
print({k: round(v) for k, v in inertia.items()})
#> {1: 2400, 2: 1421, 3: 791, 4: 187, 5: 147, 6: 113, 7: 89, 8: 75}
print({k: round(v, 2) for k, v in silhouette.items()})
#> {2: 0.46, 3: 0.61, 4: 0.77, 5: 0.7, 6: 0.64, 7: 0.56, 8: 0.56}
# --8<-- [end:elbow]

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.2))
ax1.plot(list(inertia), list(inertia.values()), marker="o", color="#3f51b5")
ax1.annotate("elbow: k = 4", xy=(4, inertia[4]), xytext=(5, inertia[2]),
             arrowprops={"arrowstyle": "->", "color": "#ff7043"})
ax1.set(title="Elbow plot", xlabel="number of clusters k", ylabel="inertia (within-cluster SSE)")
ax2.bar(list(silhouette), list(silhouette.values()), color="#9fa8da")
ax2.set(title="Silhouette score (higher is better)", xlabel="number of clusters k", ylabel="mean silhouette")
fig.tight_layout()
save_svg(fig, "kmeans-elbow")

# --8<-- [start:cluster-sizes]
final = KMeans(n_clusters=4, n_init=10, random_state=0).fit(X)
profile = usage.assign(cluster=final.labels_).groupby("cluster").agg(
    size=("video_hours", "size"), video=("video_hours", "mean"),
    gaming=("gaming_hours", "mean"), upload=("upload_gb", "mean")).round(1)
print(profile.sort_values("video").to_string())
#>          size  video  gaming  upload
#> cluster
#> 1         212    2.1     1.1     0.2
#> 2         190    4.0     2.0     6.0
#> 0         191    6.1    10.1     1.5
#> 3         207   12.2     3.0     0.5
# --8<-- [end:cluster-sizes]

# --8<-- [start:hierarchical]
sample = X[:60]                                     # a dendrogram is readable for tens of points
tree = linkage(sample, method="ward")               # agglomerative: merge the closest pair, repeat
labels = fcluster(tree, t=4, criterion="maxclust")  # cut the tree into 4 clusters
print(sorted(np.bincount(labels)[1:].tolist()))
#> [11, 15, 15, 19]
# --8<-- [end:hierarchical]

fig, ax = plt.subplots(figsize=(10, 3.2))
dendrogram(tree, ax=ax, no_labels=True, color_threshold=tree[-4, 2])
ax.axhline(tree[-4, 2], color="#ff7043", linestyle="--", linewidth=1)
ax.set(title="Dendrogram (Ward linkage): cutting at the dashed line gives 4 clusters", ylabel="merge distance")
save_svg(fig, "hierarchical-dendrogram")
