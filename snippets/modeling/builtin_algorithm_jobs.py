"""The SageMaker AI form of three classic models: Linear Learner, k-means and Factorization Machines.

On a real account this starts billable training jobs. Offline:
python -m studyguide.offline snippets/modeling/builtin_algorithm_jobs.py
"""

import json

import boto3

REGION = "us-east-1"
sts = boto3.client("sts", region_name=REGION)
iam = boto3.client("iam", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)

account = sts.get_caller_identity()["Account"]
bucket = f"study-guide-builtins-{account}-{REGION}"
s3.create_bucket(Bucket=bucket)
role_arn = iam.create_role(
    RoleName="study-guide-sagemaker-builtins",
    AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                       "Principal": {"Service": "sagemaker.amazonaws.com"}}]}),
)["Role"]["Arn"]
# First-party algorithm images in us-east-1 (other Regions use other registry accounts).
REGISTRY = "382416733822.dkr.ecr.us-east-1.amazonaws.com"


def start(job, image, hyperparameters, content_type, instance_type):
    """Start one training job that reads protobuf or CSV from its prefix in the bucket."""
    sm.create_training_job(
        TrainingJobName=job,
        AlgorithmSpecification={"TrainingImage": f"{REGISTRY}/{image}:1", "TrainingInputMode": "Pipe"},
        RoleArn=role_arn,
        HyperParameters=hyperparameters,
        InputDataConfig=[{"ChannelName": "train", "ContentType": content_type,
                          "DataSource": {"S3DataSource": {
                              "S3DataType": "S3Prefix", "S3Uri": f"s3://{bucket}/{job}/train/",
                              "S3DataDistributionType": "ShardedByS3Key"}}}],
        OutputDataConfig={"S3OutputPath": f"s3://{bucket}/{job}/output/"},
        ResourceConfig={"InstanceType": instance_type, "InstanceCount": 2, "VolumeSizeInGB": 20},
        StoppingCondition={"MaxRuntimeInSeconds": 3600},
    )


# --8<-- [start:linear-learner-job]
# Binary classifier with L1 and weight decay (L2); feature_dim is inferred from the data if omitted.
start("churn-linear-learner", "linear-learner",
      {"predictor_type": "binary_classifier", "l1": "0.001", "wd": "0.01",
       "binary_classifier_model_selection_criteria": "precision_at_target_recall",
       "target_recall": "0.8", "epochs": "15"},
      "application/x-recordio-protobuf", "ml.m5.xlarge")
# --8<-- [end:linear-learner-job]

# --8<-- [start:kmeans-job]
# Unsupervised: no label column; k and feature_dim are required.
start("segments-kmeans", "kmeans",
      {"k": "5", "feature_dim": "12", "init_method": "kmeans++", "mini_batch_size": "500"},
      "text/csv", "ml.c5.xlarge")
# --8<-- [end:kmeans-job]

# --8<-- [start:factorization-machines-job]
# Sparse user-by-item clicks: predictor_type, num_factors and feature_dim are required.
start("clicks-factorization-machines", "factorization-machines",
      {"predictor_type": "binary_classifier", "num_factors": "64", "feature_dim": "25000",
       "epochs": "20", "mini_batch_size": "1000"},
      "application/x-recordio-protobuf", "ml.c5.2xlarge")
# --8<-- [end:factorization-machines-job]

# --8<-- [start:describe-builtin-jobs]
for job in ("churn-linear-learner", "segments-kmeans", "clicks-factorization-machines"):
    d = sm.describe_training_job(TrainingJobName=job)
    image = d["AlgorithmSpecification"]["TrainingImage"].split("/")[1]
    print(f"{job:30s} {image:26s} {d['ResourceConfig']['InstanceType']:14s} "
          f"{d['TrainingJobStatus']}")
    #> churn-linear-learner           linear-learner:1           ml.m5.xlarge   Completed
    #> segments-kmeans                kmeans:1                   ml.c5.xlarge   Completed
    #> clicks-factorization-machines  factorization-machines:1   ml.c5.2xlarge  Completed
# --8<-- [end:describe-builtin-jobs]
