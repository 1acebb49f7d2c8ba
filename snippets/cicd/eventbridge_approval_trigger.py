"""Start a deployment pipeline when someone approves a model version in the
SageMaker Model Registry: an EventBridge rule on the model package state change.

Plain boto3. The rule targets a SageMaker pipeline. A copy of the rule on a
test event bus, with an SQS queue as target, shows which events the pattern
matches (moto delivers to SQS; it cannot start pipelines).
"""

import json

import boto3

REGION = "us-east-1"
events = boto3.client("events", region_name=REGION)
sqs = boto3.client("sqs", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]

# --8<-- [start:approval-rule]
pattern = {
    "source": ["aws.sagemaker"],
    "detail-type": ["SageMaker Model Package State Change"],
    "detail": {
        "ModelPackageGroupName": ["study-guide-churn"],
        "ModelApprovalStatus": ["Approved"],
    },
}
events.put_rule(Name="study-guide-churn-approved", EventPattern=json.dumps(pattern), State="ENABLED")
events.put_targets(
    Rule="study-guide-churn-approved",
    Targets=[{
        "Id": "deploy-pipeline",
        "Arn": f"arn:aws:sagemaker:{REGION}:{account}:pipeline/study-guide-churn-deploy",
        "RoleArn": f"arn:aws:iam::{account}:role/study-guide-events-start-pipeline",
        "SageMakerPipelineParameters": {"PipelineParameterList": [
            {"Name": "ModelPackageGroup", "Value": "study-guide-churn"},
        ]},
    }],
)
print(json.dumps(json.loads(events.describe_rule(Name="study-guide-churn-approved")["EventPattern"]), indent=1))
#> {
#>  "source": [
#>   "aws.sagemaker"
#>  ],
#>  "detail-type": [
#>   "SageMaker Model Package State Change"
#>  ],
#>  "detail": {
#>   "ModelPackageGroupName": [
#>    "study-guide-churn"
#>   ],
#>   "ModelApprovalStatus": [
#>    "Approved"
#>   ]
#>  }
#> }
# --8<-- [end:approval-rule]

# --8<-- [start:which-events-match]
# Test the pattern safely: the same rule on a separate test bus, with a queue as target.
events.create_event_bus(Name="study-guide-test-bus")
events.put_rule(Name="study-guide-churn-approved-test", EventBusName="study-guide-test-bus",
                EventPattern=json.dumps(pattern))
queue_url = sqs.create_queue(QueueName="study-guide-approval-audit")["QueueUrl"]
queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
events.put_targets(Rule="study-guide-churn-approved-test", EventBusName="study-guide-test-bus",
                   Targets=[{"Id": "audit", "Arn": queue_arn}])

def registry_event(status):
    return {
        "EventBusName": "study-guide-test-bus",
        "Source": "aws.sagemaker",
        "DetailType": "SageMaker Model Package State Change",
        "Detail": json.dumps({"ModelPackageGroupName": "study-guide-churn",
                              "ModelPackageVersion": 7, "ModelApprovalStatus": status}),
    }

events.put_events(Entries=[registry_event("PendingManualApproval"),
                           registry_event("Rejected"),
                           registry_event("Approved")])
messages = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10).get("Messages", [])
print([json.loads(m["Body"])["detail"]["ModelApprovalStatus"] for m in messages])
#> ['Approved']
# --8<-- [end:which-events-match]

# --8<-- [start:cleanup]
events.remove_targets(Rule="study-guide-churn-approved", Ids=["deploy-pipeline"])
events.delete_rule(Name="study-guide-churn-approved")
events.remove_targets(Rule="study-guide-churn-approved-test", EventBusName="study-guide-test-bus", Ids=["audit"])
events.delete_rule(Name="study-guide-churn-approved-test", EventBusName="study-guide-test-bus")
events.delete_event_bus(Name="study-guide-test-bus")
sqs.delete_queue(QueueUrl=queue_url)
print(len(events.list_rules(NamePrefix="study-guide")["Rules"]))
#> 0
# --8<-- [end:cleanup]
