"""Orchestrate a training job with AWS Step Functions.

The executed state machine uses the request-response integration
(arn:aws:states:::sagemaker:createTrainingJob): Step Functions calls
CreateTrainingJob and moves on. The production pattern adds ".sync" so the
state waits for the job to finish; that variant is only built here, because
moto cannot run it. On a real account the execution starts a billable training job.
"""

import json
import time

import boto3

REGION = "us-east-1"
sfn = boto3.client("stepfunctions", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
ROLE = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"
BUCKET = f"s3://study-guide-models-{account}-{REGION}"

# --8<-- [start:state-machine-definition]
def training_state(resource):
    return {
        "Type": "Task",
        "Resource": resource,
        "Parameters": {
            "TrainingJobName.$": "$.job_name",  # taken from the execution input
            "AlgorithmSpecification": {
                "TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
                "TrainingInputMode": "File",
            },
            "RoleArn": ROLE,
            "HyperParameters": {"objective": "binary:logistic", "num_round": "200"},
            "InputDataConfig": [{"ChannelName": "train", "DataSource": {"S3DataSource": {
                "S3DataType": "S3Prefix", "S3Uri": f"{BUCKET}/churn/train/"}}}],
            "OutputDataConfig": {"S3OutputPath": f"{BUCKET}/churn/artifacts/"},
            "ResourceConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeSizeInGB": 30},
            "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
        },
        "ResultPath": "$.training",
        "Next": "Done",
    }

request_response = {
    "StartAt": "StartTraining",
    "States": {"StartTraining": training_state("arn:aws:states:::sagemaker:createTrainingJob"),
               "Done": {"Type": "Succeed"}},
}
wait_for_job = {  # production: ".sync" waits for Completed/Failed and retries on throttling
    "StartAt": "StartTraining",
    "States": {"StartTraining": {**training_state("arn:aws:states:::sagemaker:createTrainingJob.sync"),
                                 "Retry": [{"ErrorEquals": ["SageMaker.AmazonSageMakerException"],
                                            "IntervalSeconds": 30, "MaxAttempts": 3, "BackoffRate": 2.0}]},
               "Done": {"Type": "Succeed"}},
}
print(wait_for_job["States"]["StartTraining"]["Resource"])
#> arn:aws:states:::sagemaker:createTrainingJob.sync
# --8<-- [end:state-machine-definition]

# --8<-- [start:run-state-machine]
machine_arn = sfn.create_state_machine(
    name="study-guide-churn-training",
    definition=json.dumps(request_response),
    roleArn=f"arn:aws:iam::{account}:role/study-guide-stepfunctions",
)["stateMachineArn"]
execution_arn = sfn.start_execution(
    stateMachineArn=machine_arn, input=json.dumps({"job_name": "study-guide-churn-sfn-001"})
)["executionArn"]
status = sfn.describe_execution(executionArn=execution_arn)["status"]
while status == "RUNNING":  # request-response returns as soon as the job is created
    time.sleep(2)
    status = sfn.describe_execution(executionArn=execution_arn)["status"]
print(status)
#> SUCCEEDED
sm.get_waiter("training_job_completed_or_stopped").wait(TrainingJobName="study-guide-churn-sfn-001")
print(sm.describe_training_job(TrainingJobName="study-guide-churn-sfn-001")["TrainingJobStatus"])
#> Completed
# --8<-- [end:run-state-machine]

# --8<-- [start:cleanup]
sfn.delete_state_machine(stateMachineArn=machine_arn)
print(len([m for m in sfn.list_state_machines()["stateMachines"] if m["name"].startswith("study-guide")]))
#> 0
# --8<-- [end:cleanup]
