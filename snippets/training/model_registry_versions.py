"""Version models in the SageMaker Model Registry and gate them with approval status.

Offline: python -m studyguide.offline snippets/training/model_registry_versions.py
"""

import boto3
from botocore.exceptions import ClientError

REGION = "us-east-1"
sts = boto3.client("sts", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)
account = sts.get_caller_identity()["Account"]
bucket = f"study-guide-registry-{account}-{REGION}"
image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"

# --8<-- [start:create-package-group]
sm.create_model_package_group(
    ModelPackageGroupName="study-guide-churn",
    ModelPackageGroupDescription="Churn classifiers trained on the weekly CRM extract",
)
# --8<-- [end:create-package-group]

# --8<-- [start:register-two-versions]
for run, auc in (("run-041", "0.803"), ("run-057", "0.814")):
    sm.create_model_package(
        ModelPackageGroupName="study-guide-churn",
        ModelPackageDescription=f"XGBoost from training {run}",
        InferenceSpecification={
            "Containers": [{"Image": image,
                            "ModelDataUrl": f"s3://{bucket}/churn/{run}/model.tar.gz"}],
            "SupportedContentTypes": ["text/csv"],
            "SupportedResponseMIMETypes": ["text/csv"]},
        ModelApprovalStatus="PendingManualApproval",
        CustomerMetadataProperties={"training_run": run, "validation_auc": auc,
                                    "dataset_version": "crm-2025-w14"},
    )
packages = sm.list_model_packages(ModelPackageGroupName="study-guide-churn",
                                  SortBy="CreationTime", SortOrder="Ascending")
for p in packages["ModelPackageSummaryList"]:
    print(p["ModelPackageVersion"], p["ModelApprovalStatus"])
    #> 1 PendingManualApproval
    #> 2 PendingManualApproval
# --8<-- [end:register-two-versions]

# --8<-- [start:approve-a-version]
latest = packages["ModelPackageSummaryList"][-1]["ModelPackageArn"]
sm.update_model_package(ModelPackageArn=latest, ModelApprovalStatus="Approved",
                        ApprovalDescription="AUC beat v1 and the baseline; bias report reviewed")
approved = sm.list_model_packages(ModelPackageGroupName="study-guide-churn",
                                  ModelApprovalStatus="Approved")["ModelPackageSummaryList"]
detail = sm.describe_model_package(ModelPackageName=approved[0]["ModelPackageArn"])
print("approved version:", detail["ModelPackageVersion"], "-", detail["ApprovalDescription"])
#> approved version: 2 - AUC beat v1 and the baseline; bias report reviewed
# --8<-- [end:approve-a-version]

# --8<-- [start:cleanup-registry]
# Versions must be deleted before their group. (The moto mock used by our
# tests does not implement these two delete calls; AWS does.)
try:
    for p in sm.list_model_packages(ModelPackageGroupName="study-guide-churn")["ModelPackageSummaryList"]:
        sm.delete_model_package(ModelPackageName=p["ModelPackageArn"])
    sm.delete_model_package_group(ModelPackageGroupName="study-guide-churn")
except (ClientError, NotImplementedError):
    pass
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup-registry]
