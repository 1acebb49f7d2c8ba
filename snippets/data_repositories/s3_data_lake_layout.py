"""An S3 data lake for ML: zones as prefixes, partitions as key=value folders.

raw/ keeps what the sources sent, unchanged; curated/ holds cleaned, columnar
data partitioned by date; a list call with a Delimiter shows the "folders"
without reading a single object.
"""

import boto3

REGION = "us-east-1"
sts = boto3.client("sts", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)

account = sts.get_caller_identity()["Account"]
bucket = f"study-guide-lake-{account}-{REGION}"  # globally unique, not printed

# --8<-- [start:create-lake-bucket]
s3.create_bucket(Bucket=bucket)
s3.put_public_access_block(
    Bucket=bucket,
    PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True,
        "BlockPublicPolicy": True, "RestrictPublicBuckets": True,
    },
)
s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
print(s3.get_bucket_versioning(Bucket=bucket)["Status"])
#> Enabled
# --8<-- [end:create-lake-bucket]

# --8<-- [start:write-zoned-partitioned-keys]
def put(key: str, body: bytes) -> None:
    s3.put_object(Bucket=bucket, Key=key, Body=body)

# raw zone: one prefix per source system, files exactly as received
put("raw/crm/export_2026-03-01.csv", b"customer_id,plan,tenure\nC1,pro,14\nC2,basic,3\n")
put("raw/crm/export_2026-03-02.csv", b"customer_id,plan,tenure\nC3,pro,40\n")
put("raw/app_events/2026/03/01/events-0001.json", b'{"customer_id":"C1","event":"login"}\n')

# curated zone: one dataset per prefix, Hive-style partitions that Athena and Glue understand
for day in ("01", "02"):
    put(f"curated/churn_features/year=2026/month=03/day={day}/part-0000.parquet", b"PAR1...")

# ML zone: the exact split a training job reads, kept apart from the curated tables
put("ml/churn/v3/train/train.csv", b"0,14,1\n1,3,0\n")
put("ml/churn/v3/validation/validation.csv", b"0,40,1\n")
# --8<-- [end:write-zoned-partitioned-keys]

# --8<-- [start:list-with-delimiter]
top = s3.list_objects_v2(Bucket=bucket, Delimiter="/")
print([p["Prefix"] for p in top["CommonPrefixes"]])
#> ['curated/', 'ml/', 'raw/']

days = s3.list_objects_v2(
    Bucket=bucket, Prefix="curated/churn_features/year=2026/month=03/", Delimiter="/"
)
print([p["Prefix"].split("/")[-2] for p in days["CommonPrefixes"]])
#> ['day=01', 'day=02']
# --8<-- [end:list-with-delimiter]

# --8<-- [start:print-layout]
keys = sorted(o["Key"] for o in s3.list_objects_v2(Bucket=bucket)["Contents"])
lines, seen = [], set()
for key in keys:
    parts = key.split("/")
    for depth, name in enumerate(parts[:-1]):
        folder = "/".join(parts[: depth + 1])
        if folder not in seen:
            seen.add(folder)
            lines.append("  " * depth + name + "/")
    lines.append("  " * (len(parts) - 1) + parts[-1])
print("\n".join(lines))
#> curated/
#>   churn_features/
#>     year=2026/
#>       month=03/
#>         day=01/
#>           part-0000.parquet
#>         day=02/
#>           part-0000.parquet
#> ml/
#>   churn/
#>     v3/
#>       train/
#>         train.csv
#>       validation/
#>         validation.csv
#> raw/
#>   app_events/
#>     2026/
#>       03/
#>         01/
#>           events-0001.json
#>   crm/
#>     export_2026-03-01.csv
#>     export_2026-03-02.csv
# --8<-- [end:print-layout]

# --8<-- [start:cleanup]
versions = s3.list_object_versions(Bucket=bucket)
for v in versions.get("Versions", []) + versions.get("DeleteMarkers", []):
    s3.delete_object(Bucket=bucket, Key=v["Key"], VersionId=v["VersionId"])
s3.delete_bucket(Bucket=bucket)
print(len(s3.list_buckets()["Buckets"]))
#> 0
# --8<-- [end:cleanup]
