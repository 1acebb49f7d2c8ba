"""Start a built-in XGBoost training job on managed Spot capacity with checkpoints.

On a real account this starts billable training compute. Offline:
python -m studyguide.offline snippets/training/sagemaker_spot_training_job.py
"""

import json

import boto3

REGION = "us-east-1"
sts = boto3.client("sts", region_name=REGION)
iam = boto3.client("iam", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)

account = sts.get_caller_identity()["Account"]
bucket = f"study-guide-training-{account}-{REGION}"
s3.create_bucket(Bucket=bucket)
s3.put_object(Bucket=bucket, Key="churn/train/train.csv", Body=b"1,0.5,12,3\n0,0.1,40,0\n")
s3.put_object(Bucket=bucket, Key="churn/validation/validation.csv", Body=b"0,0.2,30,1\n")
role_arn = iam.create_role(
    RoleName="study-guide-sagemaker-training",
    AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                       "Principal": {"Service": "sagemaker.amazonaws.com"}}]}),
)["Role"]["Arn"]

# --8<-- [start:create-spot-training-job]
# Built-in XGBoost image for us-east-1 (the account id differs per Region).
image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"

def csv_channel(name, prefix):
    return {"ChannelName": name, "ContentType": "text/csv",
            "DataSource": {"S3DataSource": {
                "S3DataType": "S3Prefix", "S3Uri": f"s3://{bucket}/{prefix}",
                "S3DataDistributionType": "FullyReplicated"}}}

sm.create_training_job(
    TrainingJobName="study-guide-churn-xgb-spot",
    AlgorithmSpecification={"TrainingImage": image, "TrainingInputMode": "File"},
    RoleArn=role_arn,
    InputDataConfig=[csv_channel("train", "churn/train/"),
                     csv_channel("validation", "churn/validation/")],
    OutputDataConfig={"S3OutputPath": f"s3://{bucket}/churn/output/"},
    ResourceConfig={"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 10},
    HyperParameters={"objective": "binary:logistic", "eval_metric": "auc",
                     "num_round": "500", "early_stopping_rounds": "20",
                     "max_depth": "5", "eta": "0.1", "subsample": "0.8",
                     "alpha": "0.5", "lambda": "2"},
    EnableManagedSpotTraining=True,
    StoppingCondition={"MaxRuntimeInSeconds": 3600,      # time allowed to train
                       "MaxWaitTimeInSeconds": 7200},    # train + wait for Spot; must be >= runtime
    CheckpointConfig={"S3Uri": f"s3://{bucket}/churn/checkpoints/",
                      "LocalPath": "/opt/ml/checkpoints"},
)
# --8<-- [end:create-spot-training-job]

# --8<-- [start:wait-and-describe-training-job]
sm.get_waiter("training_job_completed_or_stopped").wait(
    TrainingJobName="study-guide-churn-xgb-spot")
job = sm.describe_training_job(TrainingJobName="study-guide-churn-xgb-spot")
print(job["TrainingJobStatus"])
#> Completed
print("spot:", job["EnableManagedSpotTraining"],
      "| max wait:", job["StoppingCondition"]["MaxWaitTimeInSeconds"], "s",
      "| checkpoints:", job["CheckpointConfig"]["LocalPath"])
#> spot: True | max wait: 7200 s | checkpoints: /opt/ml/checkpoints
print({k: job["HyperParameters"][k] for k in ("num_round", "early_stopping_rounds", "alpha", "lambda")})
#> {'num_round': '500', 'early_stopping_rounds': '20', 'alpha': '0.5', 'lambda': '2'}
print([channel["ChannelName"] for channel in job["InputDataConfig"]])
#> ['train', 'validation']
# --8<-- [end:wait-and-describe-training-job]

# --8<-- [start:cleanup-training-job]
for obj in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
    s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
iam.delete_role(RoleName="study-guide-sagemaker-training")
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup-training-job]
