"""Row formats (CSV, JSON Lines) versus a column layout, measured on one table.

pyarrow is not part of this project's environment, so the column layout is
imitated with one compressed NumPy file per column: the same idea Parquet and
ORC use (values of one column stored together, compressed, read on demand).
"""

import io
import gzip

import numpy as np

from studyguide.datasets import customer_churn

df = customer_churn(n_rows=20_000)

# --8<-- [start:row-format-sizes]
csv_bytes = df.to_csv(index=False).encode()
jsonl_bytes = df.to_json(orient="records", lines=True).encode()
sizes_kib = {
    "csv": len(csv_bytes) / 1024,
    "jsonl": len(jsonl_bytes) / 1024,
    "csv.gz": len(gzip.compress(csv_bytes, mtime=0)) / 1024,
}
for name, kib in sizes_kib.items():
    print(f"{name:7s} {kib:8.0f} KiB")
    #> csv          885 KiB
    #> jsonl       3193 KiB
    #> csv.gz       212 KiB
# --8<-- [end:row-format-sizes]

# --8<-- [start:column-pruned-read]
# Column layout: every column is its own compressed block.
blocks = {}
for column in df.columns:
    buffer = io.BytesIO()
    values = df[column].to_numpy(dtype=str if df[column].dtype == object else None)
    np.savez_compressed(buffer, values=values)
    blocks[column] = buffer.getvalue()

wanted = ["monthly_charges", "churned"]  # what the training job needs
bytes_read_columnar = sum(len(blocks[c]) for c in wanted)
bytes_read_row = len(gzip.compress(csv_bytes, mtime=0))  # a row file is read whole
print(f"columns needed: {len(wanted)} of {len(df.columns)}")
#> columns needed: 2 of 8
print(f"row layout reads    {bytes_read_row / 1024:6.0f} KiB")
#> row layout reads       212 KiB
print(f"column layout reads {bytes_read_columnar / 1024:6.0f} KiB")
#> column layout reads     60 KiB
# --8<-- [end:column-pruned-read]
