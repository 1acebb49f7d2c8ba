"""The churn model's monthly retraining as a SageMaker Pipelines workflow,
started on a schedule by an Amazon EventBridge rule.

prepare -> train -> evaluate -> (cost of errors below the rule of thumb?) -> register
for approval, else fail. Plain boto3. On moto the execution succeeds at once
and no step runs; on a real account the steps start billable jobs.
"""

import json
import time

import boto3

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)
events = boto3.client("events", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
ROLE = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"
LAKE = f"s3://study-guide-churn-{account}-{REGION}"
SKLEARN = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3"
XGB = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"


def processing(script, inputs, outputs):
    """Arguments of a processing step: the CreateProcessingJob request minus its name."""
    return {
        "AppSpecification": {"ImageUri": SKLEARN, "ContainerEntrypoint": ["python3", f"/opt/ml/processing/code/{script}"]},
        "RoleArn": ROLE,
        "ProcessingResources": {"ClusterConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.large", "VolumeSizeInGB": 30}},
        "ProcessingInputs": [{"InputName": n, "S3Input": {"S3Uri": u, "LocalPath": f"/opt/ml/processing/{n}",
                              "S3DataType": "S3Prefix", "S3InputMode": "File"}} for n, u in inputs],
        "ProcessingOutputConfig": {"Outputs": [{"OutputName": n, "S3Output": {"S3Uri": u, "LocalPath": f"/opt/ml/processing/{n}",
                                   "S3UploadMode": "EndOfJob"}} for n, u in outputs]},
    }


# --8<-- [start:pipeline-steps]
snapshot = {"Get": "Parameters.SnapshotDate"}
curated = {"Std:Join": {"On": "/", "Values": [f"{LAKE}/ml", snapshot]}}  # s3://.../ml/<date>
definition = {
    "Version": "2020-12-01",
    "Parameters": [
        {"Name": "SnapshotDate", "Type": "String", "DefaultValue": "2026-01-31"},
        {"Name": "MaxTestCostUsd", "Type": "Float", "DefaultValue": 124234.0},  # Module 01's rule of thumb
    ],
    "PipelineExperimentConfig": {"ExperimentName": "study-guide-churn", "TrialName": {"Get": "Execution.PipelineExecutionId"}},
    "Steps": [
        {"Name": "Prepare", "Type": "Processing",
         "Arguments": processing("prepare.py", [("code", f"{LAKE}/code/"), ("curated", f"{LAKE}/curated/")],
                                 [("train", curated), ("validation", curated), ("test", curated)])},
        {"Name": "Train", "Type": "Training", "DependsOn": ["Prepare"],
         "Arguments": {
             "AlgorithmSpecification": {"TrainingImage": XGB, "TrainingInputMode": "File"},
             "RoleArn": ROLE,
             "HyperParameters": {"objective": "binary:logistic", "num_round": "300", "max_depth": "4", "eta": "0.1"},
             "InputDataConfig": [{"ChannelName": c, "ContentType": "text/csv", "DataSource": {"S3DataSource": {
                 "S3DataType": "S3Prefix",
                 "S3Uri": {"Get": f"Steps.Prepare.ProcessingOutputConfig.Outputs['{c}'].S3Output.S3Uri"}}}}
                 for c in ("train", "validation")],
             "OutputDataConfig": {"S3OutputPath": f"{LAKE}/models/"},
             "ResourceConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeSizeInGB": 30},
             "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
         }},
        {"Name": "Evaluate", "Type": "Processing", "DependsOn": ["Train"],
         "Arguments": processing("evaluate.py", [("code", f"{LAKE}/code/"), ("test", curated)],
                                 [("evaluation", f"{LAKE}/evaluation/")]),
         "PropertyFiles": [{"PropertyFileName": "Evaluation", "OutputName": "evaluation", "FilePath": "evaluation.json"}]},
        {"Name": "CostGate", "Type": "Condition", "DependsOn": ["Evaluate"],
         "Arguments": {
             "Conditions": [{"Type": "LessThan",
                             "LeftValue": {"Std:JsonGet": {"PropertyFile": {"Get": "Steps.Evaluate.PropertyFiles.Evaluation"},
                                                           "Path": "test_cost_usd"}},
                             "RightValue": {"Get": "Parameters.MaxTestCostUsd"}}],
             "IfSteps": [{"Name": "Register", "Type": "RegisterModel", "Arguments": {
                 "ModelPackageGroupName": "study-guide-churn",
                 "ModelApprovalStatus": "PendingManualApproval",
                 "InferenceSpecification": {
                     "Containers": [{"Image": XGB, "ModelDataUrl": {"Get": "Steps.Train.ModelArtifacts.S3ModelArtifacts"}}],
                     "SupportedContentTypes": ["text/csv"], "SupportedResponseMIMETypes": ["text/csv"]},
             }}],
             "ElseSteps": [{"Name": "TooCostly", "Type": "Fail",
                            "Arguments": {"ErrorMessage": "cost of errors not below the rule of thumb"}}],
         }},
    ],
}
for step in definition["Steps"]:
    print(step["Name"], step["Type"], "after", step.get("DependsOn", ["start"])[0])
#> Prepare Processing after start
#> Train Training after Prepare
#> Evaluate Processing after Train
#> CostGate Condition after Evaluate
# --8<-- [end:pipeline-steps]

# --8<-- [start:create-and-run]
sm.create_pipeline(PipelineName="study-guide-churn-retrain", PipelineDefinition=json.dumps(definition), RoleArn=ROLE)
run = sm.start_pipeline_execution(
    PipelineName="study-guide-churn-retrain",
    PipelineExecutionDisplayName="snapshot-2026-02-28",
    PipelineParameters=[{"Name": "SnapshotDate", "Value": "2026-02-28"}],
)["PipelineExecutionArn"]
status = sm.describe_pipeline_execution(PipelineExecutionArn=run)["PipelineExecutionStatus"]
while status == "Executing":  # moto finishes at once; on AWS this takes tens of minutes
    time.sleep(60)
    status = sm.describe_pipeline_execution(PipelineExecutionArn=run)["PipelineExecutionStatus"]
print(status)
#> Succeeded
params = sm.list_pipeline_parameters_for_execution(PipelineExecutionArn=run)["PipelineParameters"]
print({p["Name"]: p["Value"] for p in params})
#> {'SnapshotDate': '2026-02-28'}
# --8<-- [end:create-and-run]

# --8<-- [start:monthly-schedule]
# Two days after month end the labels of the previous snapshot are in: retrain then.
events.put_rule(
    Name="study-guide-churn-monthly-retrain",
    ScheduleExpression="cron(0 3 2 * ? *)",  # 03:00 UTC on the 2nd of every month
    State="ENABLED",
)
events.put_targets(
    Rule="study-guide-churn-monthly-retrain",
    Targets=[{
        "Id": "retrain",
        "Arn": f"arn:aws:sagemaker:{REGION}:{account}:pipeline/study-guide-churn-retrain",
        "RoleArn": f"arn:aws:iam::{account}:role/study-guide-eventbridge-start-pipeline",
        "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "MaxTestCostUsd", "Value": "124234"}]},
    }],
)
rule = events.describe_rule(Name="study-guide-churn-monthly-retrain")
target = events.list_targets_by_rule(Rule="study-guide-churn-monthly-retrain")["Targets"][0]
print(rule["ScheduleExpression"], target["Arn"].split(":")[-1])
#> cron(0 3 2 * ? *) pipeline/study-guide-churn-retrain
# --8<-- [end:monthly-schedule]

# --8<-- [start:cleanup]
events.remove_targets(Rule="study-guide-churn-monthly-retrain", Ids=["retrain"])
events.delete_rule(Name="study-guide-churn-monthly-retrain")
sm.delete_pipeline(PipelineName="study-guide-churn-retrain")
print(len(sm.list_pipelines(PipelineNamePrefix="study-guide-churn")["PipelineSummaries"]))
#> 0
# --8<-- [end:cleanup]
