"""Define a SageMaker Feature Store feature group, then show a PutRecord request.

CreateFeatureGroup runs (on moto offline, or on your account). The Feature Store
runtime is not implemented in moto, so PutRecord goes through botocore's Stubber:
botocore validates every field name and type, but no service receives it.
"""

import json
import time

import boto3
from botocore.stub import Stubber

REGION = "us-east-1"
sagemaker = boto3.client("sagemaker", region_name=REGION)
iam = boto3.client("iam", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-features-{account}-{REGION}"  # never printed
boto3.client("s3", region_name=REGION).create_bucket(Bucket=bucket)
role_arn = iam.create_role(RoleName="study-guide-feature-store-role", AssumeRolePolicyDocument=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "sagemaker.amazonaws.com"},
                   "Action": "sts:AssumeRole"}]}))["Role"]["Arn"]

# --8<-- [start:create-feature-group]
sagemaker.create_feature_group(
    FeatureGroupName="study-guide-customer-features",
    RecordIdentifierFeatureName="customer_id",      # the row key
    EventTimeFeatureName="event_time",              # required: when the values became true
    FeatureDefinitions=[
        {"FeatureName": "customer_id", "FeatureType": "String"},
        {"FeatureName": "event_time", "FeatureType": "String"},   # ISO-8601 string (or Fractional epoch)
        {"FeatureName": "tenure_months", "FeatureType": "Integral"},
        {"FeatureName": "monthly_charges", "FeatureType": "Fractional"},
        {"FeatureName": "contract", "FeatureType": "String"},
    ],
    OnlineStoreConfig={"EnableOnlineStore": True},                 # latest value, low-latency reads
    OfflineStoreConfig={"S3StorageConfig": {"S3Uri": f"s3://{bucket}/feature-store/"}},  # full history
    RoleArn=role_arn,
)
group = sagemaker.describe_feature_group(FeatureGroupName="study-guide-customer-features")
while group["FeatureGroupStatus"] == "Creating":   # no boto3 waiter for feature groups
    time.sleep(15)
    group = sagemaker.describe_feature_group(FeatureGroupName="study-guide-customer-features")
print(group["FeatureGroupStatus"], group["RecordIdentifierFeatureName"], group["EventTimeFeatureName"])
#> Created customer_id event_time
print([(f["FeatureName"], f["FeatureType"]) for f in group["FeatureDefinitions"]][2:])
#> [('tenure_months', 'Integral'), ('monthly_charges', 'Fractional'), ('contract', 'String')]
# --8<-- [end:create-feature-group]

# --8<-- [start:put-record-stubbed]
runtime = boto3.client("sagemaker-featurestore-runtime", region_name=REGION)
record = [
    {"FeatureName": "customer_id", "ValueAsString": "C00042"},
    {"FeatureName": "event_time", "ValueAsString": "2025-03-01T08:00:00Z"},
    {"FeatureName": "tenure_months", "ValueAsString": "17"},       # every value travels as a string
    {"FeatureName": "monthly_charges", "ValueAsString": "74.35"},
    {"FeatureName": "contract", "ValueAsString": "one-year"},
]
with Stubber(runtime) as stub:
    stub.add_response("put_record", {}, {"FeatureGroupName": "study-guide-customer-features", "Record": record})
    runtime.put_record(FeatureGroupName="study-guide-customer-features", Record=record)
    stub.assert_no_pending_responses()
print("PutRecord request validated by botocore:", len(record), "features")
#> PutRecord request validated by botocore: 5 features
# --8<-- [end:put-record-stubbed]

# --8<-- [start:cleanup]
try:
    sagemaker.delete_feature_group(FeatureGroupName="study-guide-customer-features")
except NotImplementedError:  # moto 5.2.5 lacks DeleteFeatureGroup; on AWS the call above succeeds
    pass
iam.delete_role(RoleName="study-guide-feature-store-role")
s3 = boto3.client("s3", region_name=REGION)
for obj in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
    s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
