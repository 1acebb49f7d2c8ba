"""A model-building pipeline as SageMaker Pipelines JSON: train, evaluate, and
register the model only when the evaluation passes a quality gate.

Plain boto3: create_pipeline and start_pipeline_execution. On moto the execution
succeeds at once and no step runs; on a real account the steps start billable
training and processing jobs.
"""

import json
import time

import boto3

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
ROLE = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"
BUCKET = f"s3://study-guide-models-{account}-{REGION}"
XGB = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"

# --8<-- [start:pipeline-definition]
definition = {
    "Version": "2020-12-01",
    "Parameters": [
        {"Name": "TrainInstanceType", "Type": "String", "DefaultValue": "ml.m5.xlarge"},
        {"Name": "MinAuc", "Type": "Float", "DefaultValue": 0.80},
    ],
    "Steps": [
        {
            "Name": "TrainChurnModel",
            "Type": "Training",
            "Arguments": {  # the CreateTrainingJob request, minus the job name
                "AlgorithmSpecification": {"TrainingImage": XGB, "TrainingInputMode": "File"},
                "RoleArn": ROLE,
                # eval_metric plus a validation channel make XGBoost log validation:auc
                "HyperParameters": {"objective": "binary:logistic", "num_round": "200",
                                    "eval_metric": "auc"},
                "InputDataConfig": [
                    {"ChannelName": channel, "ContentType": "text/csv",
                     "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
                                                     "S3Uri": f"{BUCKET}/churn/{channel}/"}}}
                    for channel in ("train", "validation")
                ],
                "OutputDataConfig": {"S3OutputPath": f"{BUCKET}/churn/artifacts/"},
                "ResourceConfig": {"InstanceCount": 1, "VolumeSizeInGB": 30,
                                   "InstanceType": {"Get": "Parameters.TrainInstanceType"}},
                "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
            },
        },
        {
            "Name": "CheckAuc",
            "Type": "Condition",
            "Arguments": {
                "Conditions": [{
                    "Type": "GreaterThanOrEqualTo",
                    "LeftValue": {"Get": "Steps.TrainChurnModel.FinalMetricDataList['validation:auc'].Value"},
                    "RightValue": {"Get": "Parameters.MinAuc"},
                }],
                "IfSteps": [{
                    "Name": "RegisterChurnModel",
                    "Type": "RegisterModel",
                    "Arguments": {
                        "ModelPackageGroupName": "study-guide-churn",
                        "ModelApprovalStatus": "PendingManualApproval",  # a human approves
                        "InferenceSpecification": {
                            "Containers": [{"Image": XGB, "ModelDataUrl": {
                                "Get": "Steps.TrainChurnModel.ModelArtifacts.S3ModelArtifacts"}}],
                            "SupportedContentTypes": ["text/csv"],
                            "SupportedResponseMIMETypes": ["text/csv"],
                        },
                    },
                }],
                "ElseSteps": [{"Name": "AucTooLow", "Type": "Fail",
                               "Arguments": {"ErrorMessage": "validation AUC below MinAuc"}}],
            },
        },
    ],
}
print([s["Name"] for s in definition["Steps"]])
#> ['TrainChurnModel', 'CheckAuc']
# --8<-- [end:pipeline-definition]

# --8<-- [start:create-and-start]
sm.create_pipeline(
    PipelineName="study-guide-churn-build",
    PipelineDefinition=json.dumps(definition),
    RoleArn=ROLE,
)
execution_arn = sm.start_pipeline_execution(
    PipelineName="study-guide-churn-build",
    PipelineParameters=[{"Name": "MinAuc", "Value": "0.85"}],  # override a default per run
)["PipelineExecutionArn"]
waiter_delay = 30  # seconds between polls on a real account
status = sm.describe_pipeline_execution(PipelineExecutionArn=execution_arn)["PipelineExecutionStatus"]
while status == "Executing":  # moto finishes at once; AWS takes minutes
    time.sleep(waiter_delay)
    status = sm.describe_pipeline_execution(PipelineExecutionArn=execution_arn)["PipelineExecutionStatus"]
print(status)
#> Succeeded
params = sm.list_pipeline_parameters_for_execution(PipelineExecutionArn=execution_arn)
print({p["Name"]: p["Value"] for p in params["PipelineParameters"]})
#> {'MinAuc': '0.85'}
# --8<-- [end:create-and-start]

# --8<-- [start:cleanup]
sm.delete_pipeline(PipelineName="study-guide-churn-build")
print(len(sm.list_pipelines(PipelineNamePrefix="study-guide")["PipelineSummaries"]))
#> 0
# --8<-- [end:cleanup]
