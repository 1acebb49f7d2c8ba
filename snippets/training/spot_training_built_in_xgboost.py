"""Cheaper training with a SageMaker AI built-in algorithm: managed Spot
capacity, a checkpoint location so an interrupted job resumes, and the two
time limits that bound the wait and the run.

Plain boto3. On a real account this starts a billable training job.
"""

import boto3

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-spot-{account}-{REGION}"
s3.create_bucket(Bucket=bucket)
s3.put_object(Bucket=bucket, Key="churn/train/train.csv", Body=b"0,34,2,71.5\n1,3,1,99.0\n")
role = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"

# --8<-- [start:spot-training-job]
sm.create_training_job(
    TrainingJobName="study-guide-churn-xgb-spot",
    AlgorithmSpecification={
        # the built-in XGBoost image: no training code of your own
        "TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "TrainingInputMode": "File",
    },
    HyperParameters={"objective": "binary:logistic", "num_round": "200", "max_depth": "5"},
    RoleArn=role,
    InputDataConfig=[{
        "ChannelName": "train", "ContentType": "text/csv",
        "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
                                        "S3Uri": f"s3://{bucket}/churn/train/"}},
    }],
    OutputDataConfig={"S3OutputPath": f"s3://{bucket}/churn/models/"},
    ResourceConfig={"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 10},
    EnableManagedSpotTraining=True,
    CheckpointConfig={"S3Uri": f"s3://{bucket}/churn/checkpoints/"},
    StoppingCondition={
        "MaxRuntimeInSeconds": 3600,        # cap on time spent training
        "MaxWaitTimeInSeconds": 7200,       # training plus waiting for Spot capacity; >= MaxRuntime
    },
)
sm.get_waiter("training_job_completed_or_stopped").wait(TrainingJobName="study-guide-churn-xgb-spot")
job = sm.describe_training_job(TrainingJobName="study-guide-churn-xgb-spot")
print(job["TrainingJobStatus"], job["EnableManagedSpotTraining"])
#> Completed True
print(job["StoppingCondition"])
#> {'MaxRuntimeInSeconds': 3600, 'MaxWaitTimeInSeconds': 7200}
print(job["CheckpointConfig"]["S3Uri"].split("/", 3)[3])
#> churn/checkpoints/
# --8<-- [end:spot-training-job]

# Cleanup: the job stops by itself; remove the data.
for obj in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
    s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
