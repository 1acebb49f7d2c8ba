"""Match the churn case's side quests to SageMaker AI built-in algorithms and
to script mode, and start each training job against moto.

On a real account these start billable training compute. Offline:
python -m studyguide.offline snippets/modeling/side_quests_builtin_algorithms.py
"""

import json

import boto3

from studyguide.datasets import support_call_volume, topup_transactions

REGION = "us-east-1"
iam = boto3.client("iam", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)
bucket = "study-guide-side-quests"
s3.create_bucket(Bucket=bucket)
role_arn = iam.create_role(
    RoleName="study-guide-side-quests",
    AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                       "Principal": {"Service": "sagemaker.amazonaws.com"}}]}),
)["Role"]["Arn"]
# Each Region hosts the built-in images in its own registry account; look the
# URI up (for example with sagemaker.image_uris.retrieve) instead of typing it.
IMAGES = {"xgboost": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
          "deepar": "522234722520.dkr.ecr.us-east-1.amazonaws.com/forecasting-deepar:1",
          "sklearn": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3"}

def start_job(name, image, channels, hyperparameters, instance="ml.m5.large"):
    sm.create_training_job(
        TrainingJobName=name,
        AlgorithmSpecification={"TrainingImage": image, "TrainingInputMode": "File"},
        RoleArn=role_arn,
        InputDataConfig=[{"ChannelName": c, "DataSource": {"S3DataSource": {
            "S3DataType": "S3Prefix", "S3Uri": f"s3://{bucket}/{p}",
            "S3DataDistributionType": "FullyReplicated"}}} for c, p in channels.items()],
        OutputDataConfig={"S3OutputPath": f"s3://{bucket}/output/"},
        ResourceConfig={"InstanceType": instance, "InstanceCount": 1, "VolumeSizeInGB": 10},
        HyperParameters=hyperparameters,
        StoppingCondition={"MaxRuntimeInSeconds": 3600})
    return sm.describe_training_job(TrainingJobName=name)["TrainingJobStatus"]

# --8<-- [start:fraud-with-xgboost]
topups = topup_transactions()
fraud_rate = topups["is_fraud"].mean()
weight = (topups["is_fraud"] == 0).sum() / topups["is_fraud"].sum()
print(f"{len(topups)} top-ups, {fraud_rate:.1%} fraud: scale_pos_weight = {weight:.0f}")
#> 6000 top-ups, 1.7% fraud: scale_pos_weight = 58
status = start_job("topup-fraud-xgb", IMAGES["xgboost"], {"train": "fraud/train/"},
                   {"objective": "binary:logistic", "eval_metric": "aucpr",
                    "scale_pos_weight": f"{weight:.0f}", "num_round": "300"})
print("fraud job:", status)
#> fraud job: Completed
# --8<-- [end:fraud-with-xgboost]

# --8<-- [start:forecast-with-deepar]
calls = support_call_volume()
series = {"start": str(calls["date"].iloc[0].date()), "target": calls["calls"].tolist(),
          "dynamic_feat": [calls["outage"].tolist(), calls["bill_day"].tolist()]}
s3.put_object(Bucket=bucket, Key="calls/train/series.json", Body=json.dumps(series) + "\n")
print(f"one series of {len(series['target'])} days from {series['start']}, "
      f"{len(series['dynamic_feat'])} dynamic features")
#> one series of 730 days from 2024-02-02, 2 dynamic features
status = start_job("support-calls-deepar", IMAGES["deepar"], {"train": "calls/train/"},
                   {"time_freq": "D", "prediction_length": "28", "context_length": "56",
                    "epochs": "100"}, instance="ml.c5.xlarge")
print("forecast job:", status)
#> forecast job: Completed
# --8<-- [end:forecast-with-deepar]

# --8<-- [start:script-mode-job]
# Script mode: AWS's framework container, your training script. The container
# downloads the source archive and runs the entry point with the hyperparameters.
s3.put_object(Bucket=bucket, Key="code/sourcedir.tar.gz", Body=b"(a tar.gz of train.py)")
status = start_job("churn-sklearn-script-mode", IMAGES["sklearn"], {"train": "churn/train/"},
                   {"sagemaker_program": "train.py",
                    "sagemaker_submit_directory": f"s3://{bucket}/code/sourcedir.tar.gz",
                    "C": "0.5"})
job = sm.describe_training_job(TrainingJobName="churn-sklearn-script-mode")
print("script-mode job:", status, "| entry point:", job["HyperParameters"]["sagemaker_program"])
#> script-mode job: Completed | entry point: train.py
# --8<-- [end:script-mode-job]

for obj in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
    s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
iam.delete_role(RoleName="study-guide-side-quests")
print("cleaned up")
#> cleaned up
