"""Auto scaling for a real-time endpoint variant: a target-tracking policy on
invocations per instance plus two scheduled actions for a known daily peak.

Plain boto3 against Application Auto Scaling. The endpoint itself is created
first so the scalable target has something to point at; on a real account it
starts billable instances and the cleanup section removes everything.
"""

import boto3

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)
aas = boto3.client("application-autoscaling", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]

sm.create_model(
    ModelName="study-guide-scaling-model",
    PrimaryContainer={
        "Image": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "ModelDataUrl": f"s3://study-guide-models-{account}-{REGION}/churn/v1/model.tar.gz",
    },
    ExecutionRoleArn=f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution",
)
sm.create_endpoint_config(
    EndpointConfigName="study-guide-scaling-config",
    ProductionVariants=[{
        "VariantName": "AllTraffic", "ModelName": "study-guide-scaling-model",
        "InstanceType": "ml.c5.xlarge", "InitialInstanceCount": 2,
    }],
)
sm.create_endpoint(EndpointName="study-guide-scaling", EndpointConfigName="study-guide-scaling-config")
sm.get_waiter("endpoint_in_service").wait(EndpointName="study-guide-scaling")

# --8<-- [start:register-scalable-target]
resource_id = "endpoint/study-guide-scaling/variant/AllTraffic"
aas.register_scalable_target(
    ServiceNamespace="sagemaker",
    ResourceId=resource_id,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    MinCapacity=2,   # keep two instances (two Availability Zones) at all times
    MaxCapacity=8,
)
target = aas.describe_scalable_targets(ServiceNamespace="sagemaker", ResourceIds=[resource_id])
t = target["ScalableTargets"][0]
print(t["ScalableDimension"], t["MinCapacity"], t["MaxCapacity"])
#> sagemaker:variant:DesiredInstanceCount 2 8
# --8<-- [end:register-scalable-target]

# --8<-- [start:target-tracking-policy]
aas.put_scaling_policy(
    PolicyName="study-guide-invocations-per-instance",
    ServiceNamespace="sagemaker",
    ResourceId=resource_id,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    PolicyType="TargetTrackingScaling",
    TargetTrackingScalingPolicyConfiguration={
        # average requests per instance per minute that one instance handles comfortably
        "TargetValue": 700.0,
        "PredefinedMetricSpecification": {
            "PredefinedMetricType": "SageMakerVariantInvocationsPerInstance"
        },
        "ScaleOutCooldown": 60,   # add capacity quickly
        "ScaleInCooldown": 600,   # remove it slowly
    },
)
policy = aas.describe_scaling_policies(ServiceNamespace="sagemaker", ResourceId=resource_id)
p = policy["ScalingPolicies"][0]
print(p["PolicyType"], p["TargetTrackingScalingPolicyConfiguration"]["TargetValue"])
#> TargetTrackingScaling 700.0
# --8<-- [end:target-tracking-policy]

# --8<-- [start:scheduled-actions]
# Time-based scaling: raise the floor before the 08:00 UTC rush, lower it at night.
aas.put_scheduled_action(
    ServiceNamespace="sagemaker",
    ScheduledActionName="study-guide-morning-peak",
    ResourceId=resource_id,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    Schedule="cron(45 7 ? * MON-FRI *)",
    ScalableTargetAction={"MinCapacity": 4, "MaxCapacity": 8},
)
aas.put_scheduled_action(
    ServiceNamespace="sagemaker",
    ScheduledActionName="study-guide-night",
    ResourceId=resource_id,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    Schedule="cron(0 20 ? * * *)",
    ScalableTargetAction={"MinCapacity": 2, "MaxCapacity": 4},
)
actions = aas.describe_scheduled_actions(ServiceNamespace="sagemaker", ResourceId=resource_id)
for a in sorted(actions["ScheduledActions"], key=lambda a: a["ScheduledActionName"]):
    print(a["ScheduledActionName"], a["Schedule"], a["ScalableTargetAction"])
    #> study-guide-morning-peak cron(45 7 ? * MON-FRI *) {'MinCapacity': 4, 'MaxCapacity': 8}
    #> study-guide-night cron(0 20 ? * * *) {'MinCapacity': 2, 'MaxCapacity': 4}
# --8<-- [end:scheduled-actions]

# --8<-- [start:cleanup]
for name in ("study-guide-morning-peak", "study-guide-night"):
    aas.delete_scheduled_action(ServiceNamespace="sagemaker", ScheduledActionName=name,
                                ResourceId=resource_id,
                                ScalableDimension="sagemaker:variant:DesiredInstanceCount")
aas.delete_scaling_policy(PolicyName="study-guide-invocations-per-instance", ServiceNamespace="sagemaker",
                          ResourceId=resource_id,
                          ScalableDimension="sagemaker:variant:DesiredInstanceCount")
aas.deregister_scalable_target(ServiceNamespace="sagemaker", ResourceId=resource_id,
                               ScalableDimension="sagemaker:variant:DesiredInstanceCount")
sm.delete_endpoint(EndpointName="study-guide-scaling")
sm.get_waiter("endpoint_deleted").wait(EndpointName="study-guide-scaling")
sm.delete_endpoint_config(EndpointConfigName="study-guide-scaling-config")
sm.delete_model(ModelName="study-guide-scaling-model")
print(len(aas.describe_scalable_targets(ServiceNamespace="sagemaker")["ScalableTargets"]))
#> 0
# --8<-- [end:cleanup]
