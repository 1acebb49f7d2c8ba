"""Register the churn model in the SageMaker Model Registry, approve it, and
deploy the approved version to a real-time endpoint with auto scaling.

Plain boto3. On a real account the endpoint starts a billable instance; the
cleanup section deletes everything this file creates.
"""

import boto3

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)
autoscaling = boto3.client("application-autoscaling", region_name=REGION)
runtime = boto3.client("sagemaker-runtime", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]

IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
ROLE = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"
ARTIFACT = f"s3://study-guide-models-{account}-{REGION}/churn/2026-01-31/model.tar.gz"
GROUP = "study-guide-churn"

# --8<-- [start:register-version]
sm.create_model_package_group(
    ModelPackageGroupName=GROUP,
    ModelPackageGroupDescription="Telecom churn classifier, one version per monthly retraining",
)
package = sm.create_model_package(
    ModelPackageGroupName=GROUP,
    ModelApprovalStatus="PendingManualApproval",  # nobody deploys it yet
    InferenceSpecification={
        "Containers": [{"Image": IMAGE, "ModelDataUrl": ARTIFACT}],
        "SupportedContentTypes": ["text/csv"],
        "SupportedResponseMIMETypes": ["text/csv"],
        "SupportedRealtimeInferenceInstanceTypes": ["ml.m5.large", "ml.c5.large"],
        "SupportedTransformInstanceTypes": ["ml.m5.xlarge"],
    },
    CustomerMetadataProperties={"snapshot": "2026-01-31", "threshold": "0.14"},
)
version = sm.describe_model_package(ModelPackageName=package["ModelPackageArn"])
print(version["ModelPackageVersion"], version["ModelApprovalStatus"])
#> 1 PendingManualApproval
# --8<-- [end:register-version]

# --8<-- [start:approve-version]
sm.update_model_package(
    ModelPackageArn=package["ModelPackageArn"],
    ModelApprovalStatus="Approved",
    ApprovalDescription="Cost of errors 17 % below the rule of thumb on the January test set",
)
approved = sm.list_model_packages(ModelPackageGroupName=GROUP, ModelApprovalStatus="Approved")
print([p["ModelPackageVersion"] for p in approved["ModelPackageSummaryList"]])
#> [1]
# --8<-- [end:approve-version]

# --8<-- [start:deploy-approved-version]
sm.create_model(
    ModelName="study-guide-churn-v1",
    Containers=[{"ModelPackageName": package["ModelPackageArn"]}],  # image and artifact come from the registry
    ExecutionRoleArn=ROLE,
)
sm.create_endpoint_config(
    EndpointConfigName="study-guide-churn-v1-config",
    ProductionVariants=[{
        "VariantName": "AllTraffic",
        "ModelName": "study-guide-churn-v1",
        "InstanceType": "ml.c5.large",
        "InitialInstanceCount": 2,  # two instances: one can fail without an outage
    }],
)
sm.create_endpoint(EndpointName="study-guide-churn", EndpointConfigName="study-guide-churn-v1-config")
sm.get_waiter("endpoint_in_service").wait(EndpointName="study-guide-churn")
endpoint = sm.describe_endpoint(EndpointName="study-guide-churn")
print(endpoint["EndpointStatus"], endpoint["ProductionVariants"][0]["CurrentInstanceCount"])
#> InService 2
# --8<-- [end:deploy-approved-version]

# --8<-- [start:invoke-endpoint]
# Two customers as the model was trained: tenure_months, monthly_charges, support_calls, month_to_month
rows = "3,94.5,4,1\n58,41.0,0,0\n"
response = runtime.invoke_endpoint(
    EndpointName="study-guide-churn",
    ContentType="text/csv",
    Accept="text/csv",
    Body=rows.encode(),
)
scores = [float(s) for s in response["Body"].read().decode().split()]
print(scores, ["offer" if s >= 0.14 else "no offer" for s in scores])
#> [0.81, 0.07] ['offer', 'no offer']
# --8<-- [end:invoke-endpoint]

# --8<-- [start:target-tracking-scaling]
resource = "endpoint/study-guide-churn/variant/AllTraffic"
autoscaling.register_scalable_target(
    ServiceNamespace="sagemaker",
    ResourceId=resource,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    MinCapacity=2,
    MaxCapacity=6,
)
autoscaling.put_scaling_policy(
    PolicyName="invocations-per-instance",
    ServiceNamespace="sagemaker",
    ResourceId=resource,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    PolicyType="TargetTrackingScaling",
    TargetTrackingScalingPolicyConfiguration={
        "TargetValue": 600.0,  # invocations per instance per minute, from a load test
        "PredefinedMetricSpecification": {"PredefinedMetricType": "SageMakerVariantInvocationsPerInstance"},
        "ScaleOutCooldown": 60,
        "ScaleInCooldown": 300,  # scale in slowly, scale out fast
    },
)
target = autoscaling.describe_scalable_targets(ServiceNamespace="sagemaker", ResourceIds=[resource])
print(target["ScalableTargets"][0]["MinCapacity"], target["ScalableTargets"][0]["MaxCapacity"])
#> 2 6
# --8<-- [end:target-tracking-scaling]

# --8<-- [start:scheduled-scaling]
# The retention campaign starts on the 1st of each month at 06:00 UTC: be ready before the calls come.
autoscaling.put_scheduled_action(
    ServiceNamespace="sagemaker",
    ScheduledActionName="campaign-week",
    ResourceId=resource,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    Schedule="cron(0 5 1 * ? *)",
    ScalableTargetAction={"MinCapacity": 4, "MaxCapacity": 8},
)
actions = autoscaling.describe_scheduled_actions(ServiceNamespace="sagemaker", ResourceId=resource)
print([(a["ScheduledActionName"], a["Schedule"]) for a in actions["ScheduledActions"]])
#> [('campaign-week', 'cron(0 5 1 * ? *)')]
# --8<-- [end:scheduled-scaling]

# --8<-- [start:cleanup]
autoscaling.delete_scheduled_action(
    ServiceNamespace="sagemaker", ScheduledActionName="campaign-week", ResourceId=resource,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
)
autoscaling.deregister_scalable_target(
    ServiceNamespace="sagemaker", ResourceId=resource, ScalableDimension="sagemaker:variant:DesiredInstanceCount",
)
sm.delete_endpoint(EndpointName="study-guide-churn")
sm.get_waiter("endpoint_deleted").wait(EndpointName="study-guide-churn")
sm.delete_endpoint_config(EndpointConfigName="study-guide-churn-v1-config")
sm.delete_model(ModelName="study-guide-churn-v1")
# The registry entry stays: it costs nothing and is the audit trail of what was deployed.
print(len(sm.list_endpoints(NameContains="study-guide-churn")["Endpoints"]))
#> 0
# --8<-- [end:cleanup]
