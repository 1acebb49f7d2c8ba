"""Land the churn case in an S3 data lake: the snapshot and the usage events
as Parquet, partitioned the way they are queried, and registered in the AWS
Glue Data Catalog so Athena, Glue and SageMaker AI see one table definition."""

import io

import boto3
import matplotlib.pyplot as plt
import pyarrow as pa
import pyarrow.parquet as pq

from studyguide.datasets import churn_case, usage_events
from studyguide.plotting import save_svg

REGION = "us-east-1"
s3 = boto3.client("s3", region_name=REGION)
glue = boto3.client("glue", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"churn-case-lake-{account}-{REGION}"  # globally unique, not printed
s3.create_bucket(Bucket=bucket)

customers = churn_case()
events = usage_events(customers)


def parquet_bytes(frame) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), buffer, compression="snappy")
    return buffer.getvalue()


# --8<-- [start:compare-formats]
sizes = {
    "CSV": len(events.to_csv(index=False).encode()),
    "JSON Lines": len(events.to_json(orient="records", lines=True, date_format="iso").encode()),
    "Parquet (Snappy)": len(parquet_bytes(events)),
}
for name, size in sizes.items():
    print(f"{name:17s} {size / 1_048_576:5.1f} MiB")
    #> CSV                 2.4 MiB
    #> JSON Lines          6.0 MiB
    #> Parquet (Snappy)    0.6 MiB
# --8<-- [end:compare-formats]

fig, ax = plt.subplots(figsize=(6, 2.6))
ax.barh(list(sizes), [v / 1_048_576 for v in sizes.values()], color=["#7f8c8d", "#7f8c8d", "#2980b9"])
ax.invert_yaxis()
ax.set_xlabel("MiB for 14 days of usage events (about 51,700 rows)")
ax.set_title("The same events in three formats")
save_svg(fig, "usage-events-bytes-by-format")

# --8<-- [start:land-partitioned-parquet]
snapshot_day = str(customers["snapshot_date"].iloc[0].date())
s3.put_object(Bucket=bucket, Key=f"raw/billing/customers_{snapshot_day}.csv",  # as received
              Body=customers.to_csv(index=False).encode())
s3.put_object(Bucket=bucket, Key=f"curated/churn_snapshot/snapshot_date={snapshot_day}/part-0000.parquet",
              Body=parquet_bytes(customers.drop(columns="snapshot_date")))

events["event_date"] = events["event_time"].dt.strftime("%Y-%m-%d")
for day, rows in events.groupby("event_date"):
    s3.put_object(Bucket=bucket, Key=f"curated/usage_events/event_date={day}/part-0000.parquet",
                  Body=parquet_bytes(rows.drop(columns="event_date")))

listed = s3.list_objects_v2(Bucket=bucket, Prefix="curated/usage_events/", Delimiter="/")
partitions = [p["Prefix"].split("/")[-2] for p in listed["CommonPrefixes"]]
print(len(partitions), partitions[0], "...", partitions[-1])
#> 14 event_date=2026-01-17 ... event_date=2026-01-30
# --8<-- [end:land-partitioned-parquet]

# --8<-- [start:register-in-glue-catalog]
glue.create_database(DatabaseInput={"Name": "churn_case"})
glue.create_table(
    DatabaseName="churn_case",
    TableInput={
        "Name": "usage_events",
        "TableType": "EXTERNAL_TABLE",
        "Parameters": {"classification": "parquet"},
        "PartitionKeys": [{"Name": "event_date", "Type": "string"}],
        "StorageDescriptor": {
            "Columns": [
                {"Name": "customer_id", "Type": "string"},
                {"Name": "event_time", "Type": "timestamp"},
                {"Name": "event_type", "Type": "string"},
                {"Name": "megabytes", "Type": "double"},
                {"Name": "minutes", "Type": "double"},
            ],
            "Location": f"s3://{bucket}/curated/usage_events/",
            "InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
            "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
            "SerdeInfo": {"SerializationLibrary":
                          "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"},
        },
    },
)
table = glue.get_table(DatabaseName="churn_case", Name="usage_events")["Table"]
glue.batch_create_partition(
    DatabaseName="churn_case", TableName="usage_events",
    PartitionInputList=[{
        "Values": [p.split("=")[1]],
        "StorageDescriptor": {**table["StorageDescriptor"],
                              "Location": f"s3://{bucket}/curated/usage_events/{p}/"},
    } for p in partitions],
)
found = glue.get_partitions(DatabaseName="churn_case", TableName="usage_events")["Partitions"]
print(table["Name"], [c["Name"] for c in table["PartitionKeys"]], f"{len(found)} partitions")
#> usage_events ['event_date'] 14 partitions
# --8<-- [end:register-in-glue-catalog]

# Cleanup (run, not shown on the page).
glue.delete_database(Name="churn_case")  # drops its tables and partitions too
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
    for item in page.get("Contents", []):
        s3.delete_object(Bucket=bucket, Key=item["Key"])
s3.delete_bucket(Bucket=bucket)
print("deleted catalog database and bucket")
#> deleted catalog database and bucket
