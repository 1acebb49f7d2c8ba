"""Train the churn case's XGBoost as a SageMaker AI training job: the data in the
format the built-in algorithm expects, one instance, then two with sharded
input, then managed Spot capacity with checkpoints.

On a real account this starts billable training compute. Offline:
python -m studyguide.offline snippets/training/churn_xgboost_training_job.py
"""

import io
import json

import boto3
import pandas as pd
from sklearn.model_selection import train_test_split

from studyguide.datasets import churn_case

REGION = "us-east-1"
iam = boto3.client("iam", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)
bucket = "study-guide-churn-training"
s3.create_bucket(Bucket=bucket)
role_arn = iam.create_role(
    RoleName="study-guide-churn-training",
    AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                       "Principal": {"Service": "sagemaker.amazonaws.com"}}]}),
)["Role"]["Arn"]
IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"

# --8<-- [start:write-training-csv]
df = churn_case()
df["annual_income"] = df["annual_income"].fillna(df["annual_income"].median())
features = pd.get_dummies(
    df[["tenure_months", "monthly_charges", "support_calls", "annual_income", "contract", "region"]],
    columns=["contract", "region"], drop_first=True, dtype=float)
table = pd.concat([df["churned"], features], axis=1)     # built-in XGBoost: label first
train, rest = train_test_split(table, test_size=0.3, stratify=table["churned"], random_state=42)
validation, test = train_test_split(rest, test_size=0.5, stratify=rest["churned"], random_state=42)
for name, part in {"train": train, "validation": validation}.items():
    body = io.StringIO()
    part.to_csv(body, header=False, index=False)          # no header row, no index column
    s3.put_object(Bucket=bucket, Key=f"churn/{name}/{name}.csv", Body=body.getvalue())
    print(f"{name:10s} {len(part):5d} rows, {len(body.getvalue()) / 1024:.0f} KiB")
    #> train       1400 rows, 56 KiB
    #> validation   300 rows, 12 KiB
print(f"{'test':10s} {len(test):5d} rows kept aside for Module 09")
#> test         300 rows kept aside for Module 09
# --8<-- [end:write-training-csv]

def channel(name, prefix, distribution="FullyReplicated"):
    return {"ChannelName": name, "ContentType": "text/csv",
            "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
                                            "S3Uri": f"s3://{bucket}/{prefix}",
                                            "S3DataDistributionType": distribution}}}

HYPERPARAMETERS = {"objective": "binary:logistic", "eval_metric": "auc", "num_round": "300",
                   "early_stopping_rounds": "20", "max_depth": "3", "eta": "0.05",
                   "subsample": "0.8"}

# --8<-- [start:create-training-job]
sm.create_training_job(
    TrainingJobName="churn-xgb-2026-01-31",
    AlgorithmSpecification={"TrainingImage": IMAGE, "TrainingInputMode": "File"},
    RoleArn=role_arn,
    InputDataConfig=[channel("train", "churn/train/"), channel("validation", "churn/validation/")],
    OutputDataConfig={"S3OutputPath": f"s3://{bucket}/churn/models/"},
    ResourceConfig={"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 5},
    HyperParameters=HYPERPARAMETERS,
    StoppingCondition={"MaxRuntimeInSeconds": 1800},
    Tags=[{"Key": "project", "Value": "churn"}, {"Key": "snapshot", "Value": "2026-01-31"}],
)
sm.get_waiter("training_job_completed_or_stopped").wait(TrainingJobName="churn-xgb-2026-01-31")
job = sm.describe_training_job(TrainingJobName="churn-xgb-2026-01-31")
print(job["TrainingJobStatus"], "on", job["ResourceConfig"]["InstanceType"])
#> Completed on ml.m5.large
print("model artifact:", job["ModelArtifacts"]["S3ModelArtifacts"])
#> model artifact: s3://study-guide-churn-training/churn/models/churn-xgb-2026-01-31/output/model.tar.gz
# --8<-- [end:create-training-job]

# --8<-- [start:distributed-sharded-job]
# A bigger snapshot, split into 4 files so that each of 2 instances gets half.
for shard in range(4):
    s3.put_object(Bucket=bucket, Key=f"churn-large/train/part-{shard}.csv", Body=b"0,1.0\n")
sm.create_training_job(
    TrainingJobName="churn-xgb-distributed",
    AlgorithmSpecification={"TrainingImage": IMAGE, "TrainingInputMode": "File"},
    RoleArn=role_arn,
    InputDataConfig=[channel("train", "churn-large/train/", "ShardedByS3Key"),
                     channel("validation", "churn/validation/")],
    OutputDataConfig={"S3OutputPath": f"s3://{bucket}/churn/models/"},
    ResourceConfig={"InstanceType": "ml.m5.2xlarge", "InstanceCount": 2, "VolumeSizeInGB": 30},
    HyperParameters=HYPERPARAMETERS,
    StoppingCondition={"MaxRuntimeInSeconds": 3600},
)
job = sm.describe_training_job(TrainingJobName="churn-xgb-distributed")
print(job["ResourceConfig"]["InstanceCount"], "instances, train channel",
      job["InputDataConfig"][0]["DataSource"]["S3DataSource"]["S3DataDistributionType"])
#> 2 instances, train channel ShardedByS3Key
# --8<-- [end:distributed-sharded-job]

# --8<-- [start:spot-with-checkpoints]
sm.create_training_job(
    TrainingJobName="churn-xgb-spot",
    AlgorithmSpecification={"TrainingImage": IMAGE, "TrainingInputMode": "File"},
    RoleArn=role_arn,
    InputDataConfig=[channel("train", "churn/train/"), channel("validation", "churn/validation/")],
    OutputDataConfig={"S3OutputPath": f"s3://{bucket}/churn/models/"},
    ResourceConfig={"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 5},
    HyperParameters=HYPERPARAMETERS,
    EnableManagedSpotTraining=True,
    StoppingCondition={"MaxRuntimeInSeconds": 1800,     # training time allowed
                       "MaxWaitTimeInSeconds": 5400},   # training plus waiting for Spot capacity
    CheckpointConfig={"S3Uri": f"s3://{bucket}/churn/checkpoints/churn-xgb-spot/",
                      "LocalPath": "/opt/ml/checkpoints"},
)
job = sm.describe_training_job(TrainingJobName="churn-xgb-spot")
print("spot:", job["EnableManagedSpotTraining"], "| wait up to",
      job["StoppingCondition"]["MaxWaitTimeInSeconds"] // 60, "min | checkpoints to",
      job["CheckpointConfig"]["S3Uri"])
#> spot: True | wait up to 90 min | checkpoints to s3://study-guide-churn-training/churn/checkpoints/churn-xgb-spot/
# --8<-- [end:spot-with-checkpoints]

for obj in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
    s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
iam.delete_role(RoleName="study-guide-churn-training")
print("cleaned up")
#> cleaned up
