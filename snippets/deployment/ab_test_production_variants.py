"""An A/B test on one SageMaker AI endpoint: the current model and a challenger
as two production variants with 90/10 traffic weights, a request pinned to one
variant, a latency alarm per variant, and the weight shift that promotes the
challenger without a redeployment.

Plain boto3. On a real account the endpoint runs billable instances; the
cleanup section deletes it.
"""

import boto3

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)
runtime = boto3.client("sagemaker-runtime", region_name=REGION)
cloudwatch = boto3.client("cloudwatch", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
role = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"
image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"

for version in ("v1", "v2"):
    sm.create_model(
        ModelName=f"study-guide-churn-{version}", ExecutionRoleArn=role,
        PrimaryContainer={"Image": image,
                          "ModelDataUrl": f"s3://study-guide-models-{account}-{REGION}/churn/{version}/model.tar.gz"},
    )

# --8<-- [start:two-variants]
sm.create_endpoint_config(
    EndpointConfigName="study-guide-churn-ab",
    ProductionVariants=[
        {"VariantName": "Champion", "ModelName": "study-guide-churn-v1",
         "InstanceType": "ml.m5.large", "InitialInstanceCount": 2, "InitialVariantWeight": 9.0},
        {"VariantName": "Challenger", "ModelName": "study-guide-churn-v2",
         "InstanceType": "ml.m5.large", "InitialInstanceCount": 1, "InitialVariantWeight": 1.0},
    ],
)
sm.create_endpoint(EndpointName="study-guide-churn", EndpointConfigName="study-guide-churn-ab")
sm.get_waiter("endpoint_in_service").wait(EndpointName="study-guide-churn")
variants = sm.describe_endpoint(EndpointName="study-guide-churn")["ProductionVariants"]
total = sum(v["CurrentWeight"] for v in variants)
for v in variants:
    print(v["VariantName"], f"{v['CurrentWeight'] / total:.0%}")
#> Champion 90%
#> Challenger 10%
# --8<-- [end:two-variants]

# --8<-- [start:invoke-a-variant]
# Normal calls are routed by weight; TargetVariant pins one call to a variant,
# for example to run a fixed test set against the challenger.
response = runtime.invoke_endpoint(
    EndpointName="study-guide-churn", ContentType="text/csv",
    Body=b"34,2,71.5\n3,1,99.0\n", TargetVariant="Challenger",
)
print(response["ContentType"], response["Body"].read().decode().split())
#> text/csv ['0.87', '0.12']
# --8<-- [end:invoke-a-variant]

# --8<-- [start:variant-alarm]
# Each variant publishes its own metrics; alarm on the challenger's latency.
cloudwatch.put_metric_alarm(
    AlarmName="study-guide-challenger-latency", Namespace="AWS/SageMaker",
    MetricName="ModelLatency", Statistic="Average", Period=60,
    EvaluationPeriods=5, DatapointsToAlarm=3,
    Threshold=200_000,  # ModelLatency is reported in microseconds: 200 ms
    ComparisonOperator="GreaterThanThreshold", TreatMissingData="notBreaching",
    Dimensions=[{"Name": "EndpointName", "Value": "study-guide-churn"},
                {"Name": "VariantName", "Value": "Challenger"}],
)
alarm = cloudwatch.describe_alarms(AlarmNames=["study-guide-challenger-latency"])["MetricAlarms"][0]
print([d["Value"] for d in alarm["Dimensions"]])
#> ['study-guide-churn', 'Challenger']
# --8<-- [end:variant-alarm]

# --8<-- [start:shift-weights]
# The challenger won: move all traffic to it in place, with no new endpoint.
sm.update_endpoint_weights_and_capacities(
    EndpointName="study-guide-churn",
    DesiredWeightsAndCapacities=[
        {"VariantName": "Champion", "DesiredWeight": 0.0},
        {"VariantName": "Challenger", "DesiredWeight": 1.0, "DesiredInstanceCount": 2},
    ],
)
sm.get_waiter("endpoint_in_service").wait(EndpointName="study-guide-churn")
for v in sm.describe_endpoint(EndpointName="study-guide-churn")["ProductionVariants"]:
    print(v["VariantName"], v["CurrentWeight"])
#> Champion 0.0
#> Challenger 1.0
# --8<-- [end:shift-weights]

# Cleanup: the endpoint bills per instance-hour until it is deleted.
cloudwatch.delete_alarms(AlarmNames=["study-guide-challenger-latency"])
sm.delete_endpoint(EndpointName="study-guide-churn")
sm.delete_endpoint_config(EndpointConfigName="study-guide-churn-ab")
for version in ("v1", "v2"):
    sm.delete_model(ModelName=f"study-guide-churn-{version}")
