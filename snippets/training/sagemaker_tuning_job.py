"""Bayesian automatic model tuning with early stopping, then a warm-start follow-up.

On a real account this starts billable training jobs. Offline:
python -m studyguide.offline snippets/training/sagemaker_tuning_job.py
"""

import json

import boto3

REGION = "us-east-1"
sts = boto3.client("sts", region_name=REGION)
iam = boto3.client("iam", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)

account = sts.get_caller_identity()["Account"]
bucket = f"study-guide-tuning-{account}-{REGION}"
s3.create_bucket(Bucket=bucket)
role_arn = iam.create_role(
    RoleName="study-guide-sagemaker-tuning",
    AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                       "Principal": {"Service": "sagemaker.amazonaws.com"}}]}),
)["Role"]["Arn"]
image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"

# --8<-- [start:training-job-template]
training_definition = {
    "AlgorithmSpecification": {"TrainingImage": image, "TrainingInputMode": "File"},
    "RoleArn": role_arn,
    "StaticHyperParameters": {"objective": "binary:logistic", "eval_metric": "auc",
                              "num_round": "300"},
    "InputDataConfig": [
        {"ChannelName": channel, "ContentType": "text/csv",
         "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
                                         "S3Uri": f"s3://{bucket}/churn/{channel}/"}}}
        for channel in ("train", "validation")],
    "OutputDataConfig": {"S3OutputPath": f"s3://{bucket}/churn/tuning-output/"},
    "ResourceConfig": {"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 10},
    "StoppingCondition": {"MaxRuntimeInSeconds": 1800},
}
# --8<-- [end:training-job-template]

# --8<-- [start:create-bayesian-tuning-job]
tuning_config = {
    "Strategy": "Bayesian",
    "HyperParameterTuningJobObjective": {"Type": "Maximize", "MetricName": "validation:auc"},
    "ResourceLimits": {"MaxNumberOfTrainingJobs": 30, "MaxParallelTrainingJobs": 3},
    "ParameterRanges": {
        "ContinuousParameterRanges": [
            {"Name": "eta", "MinValue": "0.01", "MaxValue": "0.3", "ScalingType": "Logarithmic"},
            {"Name": "alpha", "MinValue": "0", "MaxValue": "5", "ScalingType": "Linear"}],
        "IntegerParameterRanges": [
            {"Name": "max_depth", "MinValue": "2", "MaxValue": "10", "ScalingType": "Auto"}]},
    "TrainingJobEarlyStoppingType": "Auto",
}
sm.create_hyper_parameter_tuning_job(
    HyperParameterTuningJobName="study-guide-churn-bayes",
    HyperParameterTuningJobConfig=tuning_config,
    TrainingJobDefinition=training_definition,
)
tuning = sm.describe_hyper_parameter_tuning_job(
    HyperParameterTuningJobName="study-guide-churn-bayes")
config = tuning["HyperParameterTuningJobConfig"]
print(config["Strategy"], config["TrainingJobEarlyStoppingType"],
      config["HyperParameterTuningJobObjective"]["MetricName"],
      config["ResourceLimits"]["MaxNumberOfTrainingJobs"], "jobs,",
      config["ResourceLimits"]["MaxParallelTrainingJobs"], "in parallel")
#> Bayesian Auto validation:auc 30 jobs, 3 in parallel
# --8<-- [end:create-bayesian-tuning-job]

# --8<-- [start:warm-start-tuning-job]
# A second round that reuses what the first round learned: same data and
# algorithm, a narrower eta range and 20 more jobs.
narrower = json.loads(json.dumps(tuning_config))
narrower["ParameterRanges"]["ContinuousParameterRanges"][0].update(MinValue="0.05", MaxValue="0.2")
narrower["ResourceLimits"]["MaxNumberOfTrainingJobs"] = 20
sm.create_hyper_parameter_tuning_job(
    HyperParameterTuningJobName="study-guide-churn-bayes-warm",
    HyperParameterTuningJobConfig=narrower,
    TrainingJobDefinition=training_definition,
    WarmStartConfig={"ParentHyperParameterTuningJobs": [
                         {"HyperParameterTuningJobName": "study-guide-churn-bayes"}],
                     "WarmStartType": "IdenticalDataAndAlgorithm"},
)
warm = sm.describe_hyper_parameter_tuning_job(
    HyperParameterTuningJobName="study-guide-churn-bayes-warm")
print(warm["WarmStartConfig"]["WarmStartType"],
      [p["HyperParameterTuningJobName"] for p in warm["WarmStartConfig"]["ParentHyperParameterTuningJobs"]])
#> IdenticalDataAndAlgorithm ['study-guide-churn-bayes']
# --8<-- [end:warm-start-tuning-job]

# --8<-- [start:cleanup-tuning]
s3.delete_bucket(Bucket=bucket)
iam.delete_role(RoleName="study-guide-sagemaker-tuning")
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup-tuning]
