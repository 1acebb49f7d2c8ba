"""Tune the churn XGBoost: an automatic model tuning job on moto, and the same
idea run locally as a small random search scored on validation AUC.

Offline: python -m studyguide.offline snippets/evaluation/churn_tuning_job.py
"""

import json

import boto3
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

from studyguide.datasets import churn_case

REGION = "us-east-1"
iam = boto3.client("iam", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)
bucket = "study-guide-churn-tuning"
s3.create_bucket(Bucket=bucket)
role_arn = iam.create_role(
    RoleName="study-guide-churn-tuning",
    AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                       "Principal": {"Service": "sagemaker.amazonaws.com"}}]}),
)["Role"]["Arn"]

# --8<-- [start:create-tuning-job]
def channel(name):
    return {"ChannelName": name, "ContentType": "text/csv",
            "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
                                            "S3Uri": f"s3://{bucket}/churn/{name}/",
                                            "S3DataDistributionType": "FullyReplicated"}}}

sm.create_hyper_parameter_tuning_job(
    HyperParameterTuningJobName="churn-xgb-tuning",
    HyperParameterTuningJobConfig={
        "Strategy": "Bayesian",
        "HyperParameterTuningJobObjective": {"Type": "Maximize", "MetricName": "validation:auc"},
        "ResourceLimits": {"MaxNumberOfTrainingJobs": 30, "MaxParallelTrainingJobs": 3},
        "ParameterRanges": {
            "IntegerParameterRanges": [{"Name": "max_depth", "MinValue": "2", "MaxValue": "8"}],
            "ContinuousParameterRanges": [
                {"Name": "eta", "MinValue": "0.01", "MaxValue": "0.3", "ScalingType": "Logarithmic"},
                {"Name": "subsample", "MinValue": "0.5", "MaxValue": "1.0"},
                {"Name": "lambda", "MinValue": "0.1", "MaxValue": "10", "ScalingType": "Logarithmic"}]},
        "TrainingJobEarlyStoppingType": "Auto"},
    TrainingJobDefinition={
        "AlgorithmSpecification": {
            "TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
            "TrainingInputMode": "File"},
        "RoleArn": role_arn,
        "StaticHyperParameters": {"objective": "binary:logistic", "eval_metric": "auc",
                                  "num_round": "400", "early_stopping_rounds": "20"},
        "InputDataConfig": [channel("train"), channel("validation")],
        "OutputDataConfig": {"S3OutputPath": f"s3://{bucket}/churn/tuning/"},
        "ResourceConfig": {"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 5},
        "EnableManagedSpotTraining": True,
        "StoppingCondition": {"MaxRuntimeInSeconds": 1800, "MaxWaitTimeInSeconds": 3600}},
)
tuning = sm.describe_hyper_parameter_tuning_job(HyperParameterTuningJobName="churn-xgb-tuning")
config = tuning["HyperParameterTuningJobConfig"]
print(config["Strategy"], "search,", config["ResourceLimits"]["MaxNumberOfTrainingJobs"],
      "jobs,", config["ResourceLimits"]["MaxParallelTrainingJobs"], "at a time, objective",
      config["HyperParameterTuningJobObjective"]["MetricName"])
#> Bayesian search, 30 jobs, 3 at a time, objective validation:auc
# --8<-- [end:create-tuning-job]

# --8<-- [start:random-search-locally]
df = churn_case()
df["annual_income"] = df["annual_income"].fillna(df["annual_income"].median())
X = pd.get_dummies(
    df[["tenure_months", "monthly_charges", "support_calls", "annual_income", "contract", "region"]],
    columns=["contract", "region"], drop_first=True, dtype=float)
# Module 08's split: 1,400 train, 300 validation; the 300 test customers stay unseen.
X_train, X_rest, y_train, y_rest = train_test_split(
    X, df["churned"], test_size=0.3, stratify=df["churned"], random_state=42)
X_val, _, y_val, _ = train_test_split(X_rest, y_rest, test_size=0.5, stratify=y_rest,
                                      random_state=42)
rng = np.random.default_rng(0)
trials = []
for _ in range(12):
    params = {"max_depth": int(rng.integers(2, 9)),
              "learning_rate": float(np.exp(rng.uniform(np.log(0.01), np.log(0.3)))),
              "subsample": float(rng.uniform(0.5, 1.0)),
              "reg_lambda": float(np.exp(rng.uniform(np.log(0.1), np.log(10))))}
    model = XGBClassifier(n_estimators=200, random_state=42, n_jobs=1, **params)
    model.fit(X_train, y_train)
    trials.append((roc_auc_score(y_val, model.predict_proba(X_val)[:, 1]), params))
trials.sort(key=lambda t: t[0], reverse=True)
for auc, p in trials[:2] + trials[-1:]:
    print(f"AUC {auc:.3f}  depth {p['max_depth']}  eta {p['learning_rate']:.3f}  "
          f"subsample {p['subsample']:.2f}  lambda {p['reg_lambda']:.2f}")
    #> AUC 0.804  depth 2  eta 0.098  subsample 0.82  lambda 1.70
    #> AUC 0.802  depth 4  eta 0.034  subsample 0.79  lambda 0.44
    #> AUC 0.746  depth 6  eta 0.159  subsample 0.96  lambda 1.63
# --8<-- [end:random-search-locally]

s3.delete_bucket(Bucket=bucket)
iam.delete_role(RoleName="study-guide-churn-tuning")
print("cleaned up")
#> cleaned up
