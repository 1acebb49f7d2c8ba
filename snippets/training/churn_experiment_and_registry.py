"""Record the churn training runs as an experiment, then register the chosen
model as a version in the SageMaker Model Registry, awaiting approval.

Offline: python -m studyguide.offline snippets/training/churn_experiment_and_registry.py
"""

import json

import boto3

REGION = "us-east-1"
s3 = boto3.client("s3", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)
bucket = "study-guide-churn-registry"
s3.create_bucket(Bucket=bucket)
IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"

# --8<-- [start:record-runs-as-experiment]
sm.create_experiment(ExperimentName="churn-2026-01",
                     Description="Churn model for the 2026-01-31 snapshot")
runs = {"depth-3": {"max_depth": 3, "eta": 0.05}, "depth-6": {"max_depth": 6, "eta": 0.05}}
for run, params in runs.items():
    sm.create_trial(TrialName=f"churn-{run}", ExperimentName="churn-2026-01")
    sm.create_trial_component(
        TrialComponentName=f"churn-{run}-training",
        Parameters={"data_snapshot": {"StringValue": "s3://lake/ml/churn/2026-01-31/"},
                    "code_commit": {"StringValue": "9f2c1e7"},
                    **{k: {"NumberValue": v} for k, v in params.items()}})
    sm.associate_trial_component(TrialComponentName=f"churn-{run}-training",
                                 TrialName=f"churn-{run}")
for summary in sm.list_trials(ExperimentName="churn-2026-01")["TrialSummaries"]:
    component = sm.describe_trial_component(
        TrialComponentName=summary["TrialName"] + "-training")
    print(summary["TrialName"], "max_depth =", component["Parameters"]["max_depth"]["NumberValue"],
          "| data:", component["Parameters"]["data_snapshot"]["StringValue"])
    #> churn-depth-3 max_depth = 3.0 | data: s3://lake/ml/churn/2026-01-31/
    #> churn-depth-6 max_depth = 6.0 | data: s3://lake/ml/churn/2026-01-31/
# --8<-- [end:record-runs-as-experiment]

# --8<-- [start:register-model-version]
sm.create_model_package_group(ModelPackageGroupName="churn-xgboost",
                              ModelPackageGroupDescription="Churn propensity models")
metrics_key = "churn/evaluation/churn-depth-3.json"
s3.put_object(Bucket=bucket, Key=metrics_key, Body=json.dumps(
    {"binary_classification_metrics": {"auc": {"value": 0.81}}}))
version = sm.create_model_package(
    ModelPackageGroupName="churn-xgboost",
    ModelPackageDescription="depth-3 run, snapshot 2026-01-31, commit 9f2c1e7",
    InferenceSpecification={
        "Containers": [{"Image": IMAGE, "ModelDataUrl":
                        f"s3://{bucket}/churn/models/churn-depth-3/output/model.tar.gz"}],
        "SupportedContentTypes": ["text/csv"], "SupportedResponseMIMETypes": ["text/csv"]},
    ModelMetrics={"ModelQuality": {"Statistics": {
        "ContentType": "application/json", "S3Uri": f"s3://{bucket}/{metrics_key}"}}},
    ModelApprovalStatus="PendingManualApproval",
    CustomerMetadataProperties={"experiment": "churn-2026-01", "trial": "churn-depth-3"},
)
package = sm.describe_model_package(ModelPackageName=version["ModelPackageArn"])
print(package["ModelPackageGroupName"], "version", package["ModelPackageVersion"],
      "->", package["ModelApprovalStatus"])
#> churn-xgboost version 1 -> PendingManualApproval
# --8<-- [end:register-model-version]

# (delete_model_package is not emulated offline; on AWS delete the version before its group)
# sm.delete_model_package_group(ModelPackageGroupName="churn-xgboost")
for run in runs:
    sm.disassociate_trial_component(TrialComponentName=f"churn-{run}-training",
                                    TrialName=f"churn-{run}")
    sm.delete_trial_component(TrialComponentName=f"churn-{run}-training")
    sm.delete_trial(TrialName=f"churn-{run}")
sm.delete_experiment(ExperimentName="churn-2026-01")
for obj in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
    s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
print("cleaned up")
#> cleaned up
