"""Lay out raw data in S3 with Hive-style partition keys and register it in the Glue Data Catalog."""

import boto3

REGION = "us-east-1"
s3 = boto3.client("s3", region_name=REGION)
glue = boto3.client("glue", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-lake-{account}-{REGION}"  # globally unique, never printed

# --8<-- [start:partitioned-keys]
s3.create_bucket(Bucket=bucket)
days = ["2025-03-01", "2025-03-02"]
for day in days:
    year, month, dd = day.split("-")
    for region in ("north", "south"):
        key = f"raw/transactions/year={year}/month={month}/day={dd}/region={region}/part-0000.csv"
        body = f"txn_id,amount_usd\n{day}-{region}-1,12.50\n{day}-{region}-2,80.00\n"
        s3.put_object(Bucket=bucket, Key=key, Body=body.encode())

listing = s3.list_objects_v2(Bucket=bucket, Prefix="raw/transactions/year=2025/month=03/day=01/")
for obj in listing["Contents"]:
    print(obj["Key"])
    #> raw/transactions/year=2025/month=03/day=01/region=north/part-0000.csv
    #> raw/transactions/year=2025/month=03/day=01/region=south/part-0000.csv
# --8<-- [end:partitioned-keys]

# --8<-- [start:glue-catalog-partitions]
glue.create_database(DatabaseInput={"Name": "study_guide_lake"})
partition_keys = [{"Name": k, "Type": "string"} for k in ("year", "month", "day", "region")]
storage = {
    "Columns": [{"Name": "txn_id", "Type": "string"}, {"Name": "amount_usd", "Type": "double"}],
    "Location": f"s3://{bucket}/raw/transactions/",
    "InputFormat": "org.apache.hadoop.mapred.TextInputFormat",
    "OutputFormat": "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
    "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe",
                  "Parameters": {"field.delim": ","}},
}
glue.create_table(DatabaseName="study_guide_lake", TableInput={
    "Name": "transactions", "StorageDescriptor": storage, "PartitionKeys": partition_keys,
    "TableType": "EXTERNAL_TABLE", "Parameters": {"classification": "csv", "skip.header.line.count": "1"},
})
for day in days:
    year, month, dd = day.split("-")
    for region in ("north", "south"):
        location = f"s3://{bucket}/raw/transactions/year={year}/month={month}/day={dd}/region={region}/"
        glue.create_partition(DatabaseName="study_guide_lake", TableName="transactions", PartitionInput={
            "Values": [year, month, dd, region],
            "StorageDescriptor": {**storage, "Location": location},
        })

table = glue.get_table(DatabaseName="study_guide_lake", Name="transactions")["Table"]
print([k["Name"] for k in table["PartitionKeys"]])
#> ['year', 'month', 'day', 'region']
partitions = glue.get_partitions(DatabaseName="study_guide_lake", TableName="transactions")["Partitions"]
print(len(partitions), sorted(p["Values"][2] + "/" + p["Values"][3] for p in partitions)[:2])
#> 4 ['01/north', '01/south']
# --8<-- [end:glue-catalog-partitions]

# --8<-- [start:cleanup]
glue.delete_table(DatabaseName="study_guide_lake", Name="transactions")
glue.delete_database(Name="study_guide_lake")
for obj in s3.list_objects_v2(Bucket=bucket)["Contents"]:
    s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
