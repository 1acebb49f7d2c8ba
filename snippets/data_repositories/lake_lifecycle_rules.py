"""Keep the churn lake cheap as it grows: lifecycle rules move raw files that
nobody reads to colder storage classes, and expire old object versions."""

import boto3

REGION = "us-east-1"
s3 = boto3.client("s3", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"churn-case-lake-{account}-{REGION}"  # globally unique, not printed
s3.create_bucket(Bucket=bucket)
s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})

# --8<-- [start:lifecycle-by-zone]
s3.put_bucket_lifecycle_configuration(
    Bucket=bucket,
    LifecycleConfiguration={"Rules": [
        {   # raw exports are re-read only to rebuild history: cool them down in steps
            "ID": "raw-cools-down", "Status": "Enabled", "Filter": {"Prefix": "raw/"},
            "Transitions": [
                {"Days": 30, "StorageClass": "STANDARD_IA"},
                {"Days": 180, "StorageClass": "GLACIER_IR"},
                {"Days": 365, "StorageClass": "DEEP_ARCHIVE"},
            ],
        },
        {   # curated tables are queried with unpredictable patterns: let S3 tier them
            "ID": "curated-auto-tiering", "Status": "Enabled", "Filter": {"Prefix": "curated/"},
            "Transitions": [{"Days": 0, "StorageClass": "INTELLIGENT_TIERING"}],
        },
        {   # versioning protects against overwrites; old versions need not live forever
            "ID": "expire-old-versions", "Status": "Enabled", "Filter": {"Prefix": ""},
            "NoncurrentVersionExpiration": {"NoncurrentDays": 90},
        },
    ]},
)
for rule in s3.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]:
    steps = [f"{t['Days']}d->{t['StorageClass']}" for t in rule.get("Transitions", [])]
    if "NoncurrentVersionExpiration" in rule:
        steps.append(f"old versions expire after {rule['NoncurrentVersionExpiration']['NoncurrentDays']}d")
    print(f"{rule['ID']:22s} {', '.join(steps)}")
    #> raw-cools-down         30d->STANDARD_IA, 180d->GLACIER_IR, 365d->DEEP_ARCHIVE
    #> curated-auto-tiering   0d->INTELLIGENT_TIERING
    #> expire-old-versions    old versions expire after 90d
# --8<-- [end:lifecycle-by-zone]

# Cleanup (run, not shown on the page).
s3.delete_bucket_lifecycle(Bucket=bucket)
s3.delete_bucket(Bucket=bucket)
print("deleted lifecycle rules and bucket")
#> deleted lifecycle rules and bucket
