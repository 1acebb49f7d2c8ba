"""Offline scoring of a whole file with a batch transform job (no endpoint).

Plain boto3. On a real account the job starts billable instances for the
length of the run and stops them when it finishes.
"""

import boto3

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-batch-{account}-{REGION}"

s3.create_bucket(Bucket=bucket)
s3.put_object(Bucket=bucket, Key="input/customers.csv", Body=b"12,70.5,1,0\n60,25.0,0,2\n")
sm.create_model(
    ModelName="study-guide-churn-batch",
    PrimaryContainer={
        "Image": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "ModelDataUrl": f"s3://{bucket}/model/model.tar.gz",
    },
    ExecutionRoleArn=f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution",
)

# --8<-- [start:create-transform-job]
sm.create_transform_job(
    TransformJobName="study-guide-churn-nightly",
    ModelName="study-guide-churn-batch",
    MaxConcurrentTransforms=4,     # parallel requests per instance
    MaxPayloadInMB=6,              # per request; MaxConcurrentTransforms x this <= 100 MB
    BatchStrategy="MultiRecord",   # pack as many lines as fit in one request
    TransformInput={
        "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"s3://{bucket}/input/"}},
        "ContentType": "text/csv",
        "SplitType": "Line",       # split files on newlines into mini-batches
    },
    TransformOutput={"S3OutputPath": f"s3://{bucket}/output/", "AssembleWith": "Line"},
    TransformResources={"InstanceType": "ml.m5.xlarge", "InstanceCount": 2},
    DataProcessing={"JoinSource": "Input"},  # write each prediction next to its input row
)
sm.get_waiter("transform_job_completed_or_stopped").wait(TransformJobName="study-guide-churn-nightly")
job = sm.describe_transform_job(TransformJobName="study-guide-churn-nightly")
print(job["TransformJobStatus"], job["TransformResources"]["InstanceCount"], "instances")
#> Completed 2 instances
print(job["MaxConcurrentTransforms"] * job["MaxPayloadInMB"], "MB in flight per instance")
#> 24 MB in flight per instance
# --8<-- [end:create-transform-job]

# --8<-- [start:cleanup]
sm.delete_model(ModelName="study-guide-churn-batch")
for obj in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
    s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
print("deleted")
#> deleted
# --8<-- [end:cleanup]
