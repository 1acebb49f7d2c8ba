"""A blue/green endpoint update with canary traffic shifting and auto-rollback.

moto does not implement UpdateEndpoint, so this file sends the request through
botocore's Stubber: botocore validates every field name, type and range, and
the stub answers instead of a service. Nothing is deployed by this file.
"""

import boto3
from botocore.stub import Stubber

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)

# --8<-- [start:canary-deployment-config]
deployment_config = {
    "BlueGreenUpdatePolicy": {
        "TrafficRoutingConfiguration": {
            "Type": "CANARY",  # or ALL_AT_ONCE, LINEAR
            "CanarySize": {"Type": "CAPACITY_PERCENT", "Value": 10},
            "WaitIntervalInSeconds": 600,  # baking period after the canary
        },
        "TerminationWaitInSeconds": 300,  # keep the blue fleet 5 min after the shift
        "MaximumExecutionTimeoutInSeconds": 3600,
    },
    "AutoRollbackConfiguration": {
        "Alarms": [
            {"AlarmName": "study-guide-churn-5xx-errors"},
            {"AlarmName": "study-guide-churn-p99-latency"},
        ]
    },
}
request = {
    "EndpointName": "study-guide-churn-rt",
    "EndpointConfigName": "study-guide-churn-v2-config",  # the green fleet
    "DeploymentConfig": deployment_config,
}
# --8<-- [end:canary-deployment-config]

# --8<-- [start:stubbed-update-endpoint]
with Stubber(sm) as stub:
    stub.add_response(
        "update_endpoint",
        {"EndpointArn": f"arn:aws:sagemaker:{REGION}:123456789012:endpoint/study-guide-churn-rt"},
        request,  # the stub checks that the call sends exactly this
    )
    sm.update_endpoint(**request)  # botocore validates the request here
    stub.assert_no_pending_responses()

routing = deployment_config["BlueGreenUpdatePolicy"]["TrafficRoutingConfiguration"]
print(routing["Type"], routing["CanarySize"]["Value"], "% first, bake", routing["WaitIntervalInSeconds"], "s")
#> CANARY 10 % first, bake 600 s
print([a["AlarmName"] for a in deployment_config["AutoRollbackConfiguration"]["Alarms"]])
#> ['study-guide-churn-5xx-errors', 'study-guide-churn-p99-latency']
# --8<-- [end:stubbed-update-endpoint]

# --8<-- [start:linear-variant]
linear = {
    "Type": "LINEAR",
    "LinearStepSize": {"Type": "CAPACITY_PERCENT", "Value": 25},  # 4 steps of 25 %
    "WaitIntervalInSeconds": 300,
}
steps = 100 // linear["LinearStepSize"]["Value"]
print(f"{steps} shifts, at least {steps * linear['WaitIntervalInSeconds'] // 60} min of baking")
#> 4 shifts, at least 20 min of baking
# --8<-- [end:linear-variant]
