"""Stream click events through Kinesis Data Streams, and land events in S3 with Amazon Data Firehose."""

import json
import time

import boto3

REGION = "us-east-1"
kinesis = boto3.client("kinesis", region_name=REGION)
firehose = boto3.client("firehose", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
iam = boto3.client("iam", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-firehose-{account}-{REGION}"  # never printed

# --8<-- [start:kinesis-put-get]
kinesis.create_stream(StreamName="study-guide-clicks", ShardCount=2)
kinesis.get_waiter("stream_exists").wait(StreamName="study-guide-clicks")

events = [{"user": f"u{i % 4}", "page": p, "ms_on_page": 500 + 250 * i}
          for i, p in enumerate(["home", "cart", "checkout", "home", "search", "cart"])]
response = kinesis.put_records(StreamName="study-guide-clicks", Records=[
    # Same partition key -> same shard -> per-user ordering is kept.
    {"Data": json.dumps(e).encode(), "PartitionKey": e["user"]} for e in events
])
print("failed records:", response["FailedRecordCount"])
#> failed records: 0

received = []
for shard in kinesis.list_shards(StreamName="study-guide-clicks")["Shards"]:
    iterator = kinesis.get_shard_iterator(StreamName="study-guide-clicks", ShardId=shard["ShardId"],
                                          ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
    received += [json.loads(r["Data"]) for r in kinesis.get_records(ShardIterator=iterator, Limit=100)["Records"]]
print(len(received), sorted(e["page"] for e in received))
#> 6 ['cart', 'cart', 'checkout', 'home', 'home', 'search']
# --8<-- [end:kinesis-put-get]

# --8<-- [start:firehose-to-s3]
s3.create_bucket(Bucket=bucket)
role_arn = iam.create_role(RoleName="study-guide-firehose-role", AssumeRolePolicyDocument=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "firehose.amazonaws.com"},
                   "Action": "sts:AssumeRole"}]}))["Role"]["Arn"]
iam.put_role_policy(RoleName="study-guide-firehose-role", PolicyName="write-to-bucket",
                    PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{
                        "Effect": "Allow", "Action": ["s3:PutObject", "s3:GetBucketLocation", "s3:ListBucket"],
                        "Resource": [f"arn:aws:s3:::{bucket}", f"arn:aws:s3:::{bucket}/*"]}]}))
firehose.create_delivery_stream(
    DeliveryStreamName="study-guide-clicks-to-s3",
    DeliveryStreamType="DirectPut",
    ExtendedS3DestinationConfiguration={
        "RoleARN": role_arn,
        "BucketARN": f"arn:aws:s3:::{bucket}",
        "Prefix": "clicks/",
        "ErrorOutputPrefix": "clicks-errors/",
        # Deliver when 64 MiB are buffered or 60 s have passed, whichever comes first.
        "BufferingHints": {"SizeInMBs": 64, "IntervalInSeconds": 60},
        "CompressionFormat": "GZIP",
    },
)
desc = firehose.describe_delivery_stream(DeliveryStreamName="study-guide-clicks-to-s3")["DeliveryStreamDescription"]
while desc["DeliveryStreamStatus"] == "CREATING":  # Firehose has no boto3 waiter; poll
    time.sleep(10)
    desc = firehose.describe_delivery_stream(DeliveryStreamName="study-guide-clicks-to-s3")["DeliveryStreamDescription"]
print(desc["DeliveryStreamStatus"], desc["Destinations"][0]["ExtendedS3DestinationDescription"]["BufferingHints"])
#> ACTIVE {'SizeInMBs': 64, 'IntervalInSeconds': 60}

batch = firehose.put_record_batch(DeliveryStreamName="study-guide-clicks-to-s3",
                                  Records=[{"Data": (json.dumps(e) + "\n").encode()} for e in events])
print("failed puts:", batch["FailedPutCount"])
#> failed puts: 0
# --8<-- [end:firehose-to-s3]

# --8<-- [start:cleanup]
firehose.delete_delivery_stream(DeliveryStreamName="study-guide-clicks-to-s3")
kinesis.delete_stream(StreamName="study-guide-clicks")
iam.delete_role_policy(RoleName="study-guide-firehose-role", PolicyName="write-to-bucket")
iam.delete_role(RoleName="study-guide-firehose-role")
for obj in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
    s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
