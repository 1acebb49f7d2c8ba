"""Row formats (CSV, JSON Lines) versus columnar formats (Parquet, ORC), measured on one table.

The same 20,000-row churn table is written as real files to a temporary
directory with pandas and pyarrow; the sizes and the Parquet metadata are read
back from those files.
"""

import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.orc as orc
import pyarrow.parquet as pq

from studyguide.datasets import customer_churn

df = customer_churn(n_rows=20_000)
workdir = tempfile.TemporaryDirectory()
out = Path(workdir.name)

# --8<-- [start:row-format-sizes]
paths = {
    "csv": out / "churn.csv",
    "jsonl": out / "churn.jsonl",
    "parquet": out / "churn.snappy.parquet",
    "orc": out / "churn.orc",
}
df.to_csv(paths["csv"], index=False)
df.to_json(paths["jsonl"], orient="records", lines=True)
table = pa.Table.from_pandas(df, preserve_index=False)
pq.write_table(table, paths["parquet"], compression="snappy")
orc.write_table(table, paths["orc"], compression="snappy")

for name, path in paths.items():
    print(f"{name:8s} {path.stat().st_size / 1024:6.0f} KiB")
    #> csv         885 KiB
    #> jsonl      3193 KiB
    #> parquet     271 KiB
    #> orc         357 KiB
# --8<-- [end:row-format-sizes]

# --8<-- [start:parquet-metadata]
meta = pq.ParquetFile(paths["parquet"]).metadata
print(f"rows {meta.num_rows}, row groups {meta.num_row_groups}, columns {meta.num_columns}")
#> rows 20000, row groups 1, columns 8
row_group = meta.row_group(0)
for i in range(row_group.num_columns):
    chunk = row_group.column(i)
    stats = chunk.statistics
    print(f"{chunk.path_in_schema:16s} {chunk.physical_type:10s} {chunk.compression:7s} "
          f"{chunk.total_compressed_size / 1024:5.0f} KiB  min={stats.min} max={stats.max}")
    #> customer_id      BYTE_ARRAY SNAPPY    129 KiB  min=C00000 max=C19999
    #> tenure_months    INT64      SNAPPY     18 KiB  min=1 max=72
    #> monthly_charges  DOUBLE     SNAPPY     65 KiB  min=18.0 max=120.0
    #> contract         BYTE_ARRAY SNAPPY      5 KiB  min=month-to-month max=two-year
    #> region           BYTE_ARRAY SNAPPY      5 KiB  min=east max=west
    #> support_calls    INT64      SNAPPY     10 KiB  min=0 max=9
    #> annual_income    DOUBLE     SNAPPY     33 KiB  min=13800.0 max=1408800.0
    #> churned          INT64      SNAPPY      3 KiB  min=0 max=1
# --8<-- [end:parquet-metadata]

# --8<-- [start:column-pruned-read]
wanted = ["monthly_charges", "churned"]  # what the training job needs
subset = pd.read_parquet(paths["parquet"], columns=wanted)
print(f"columns read: {list(subset.columns)}, rows: {len(subset)}")
#> columns read: ['monthly_charges', 'churned'], rows: 20000

# A reader fetches only the column chunks it needs; a CSV is read whole.
chunk_bytes = {row_group.column(i).path_in_schema: row_group.column(i).total_compressed_size
               for i in range(row_group.num_columns)}
needed = sum(chunk_bytes[c] for c in wanted)
print(f"csv read whole:         {paths['csv'].stat().st_size / 1024:5.0f} KiB")
#> csv read whole:           885 KiB
print(f"parquet, 2 of 8 chunks: {needed / 1024:5.0f} KiB")
#> parquet, 2 of 8 chunks:    67 KiB
# --8<-- [end:column-pruned-read]

workdir.cleanup()
