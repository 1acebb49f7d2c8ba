"""Release a retrained churn model safely: a shadow test first, then an A/B
split between two production variants whose weights you shift over time.

Plain boto3. moto ignores shadow variants, so the shadow endpoint
configuration goes through botocore's Stubber: botocore validates every field
name and type, but no service is called. On a real account the endpoints start
billable instances; the cleanup section deletes everything this file creates.
"""

import boto3
from botocore.stub import Stubber

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)
runtime = boto3.client("sagemaker-runtime", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
ROLE = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"

for month in ("2026-01", "2026-02"):
    sm.create_model(
        ModelName=f"study-guide-churn-{month}",
        PrimaryContainer={"Image": IMAGE, "ModelDataUrl": f"s3://study-guide-models-{account}/churn/{month}/model.tar.gz"},
        ExecutionRoleArn=ROLE,
    )

# --8<-- [start:shadow-variant-config]
shadow_config = {
    "EndpointConfigName": "study-guide-churn-shadow-test",
    "ProductionVariants": [{  # answers every request, as today
        "VariantName": "january", "ModelName": "study-guide-churn-2026-01",
        "InstanceType": "ml.c5.large", "InitialInstanceCount": 2,
    }],
    "ShadowProductionVariants": [{  # gets a copy of requests; its answers are logged, never returned
        "VariantName": "february", "ModelName": "study-guide-churn-2026-02",
        "InstanceType": "ml.c5.large", "InitialInstanceCount": 1,
        "InitialVariantWeight": 0.5,  # replicate about half of the traffic to the shadow
    }],
    "DataCaptureConfig": {
        "EnableCapture": True, "InitialSamplingPercentage": 100,
        "DestinationS3Uri": f"s3://study-guide-models-{account}/capture/shadow-test/",
        "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}],
    },
}
checked = boto3.client("sagemaker", region_name=REGION)
with Stubber(checked) as stub:  # validates the request against the API model; not executed
    stub.add_response("create_endpoint_config", {"EndpointConfigArn": "arn:aws:sagemaker:::endpoint-config/x"}, shadow_config)
    checked.create_endpoint_config(**shadow_config)
print([v["VariantName"] for v in shadow_config["ShadowProductionVariants"]], "receives copies only")
#> ['february'] receives copies only
# --8<-- [end:shadow-variant-config]

# --8<-- [start:ab-production-variants]
sm.create_endpoint_config(
    EndpointConfigName="study-guide-churn-ab",
    ProductionVariants=[
        {"VariantName": "january", "ModelName": "study-guide-churn-2026-01", "InstanceType": "ml.c5.large",
         "InitialInstanceCount": 2, "InitialVariantWeight": 9.0},
        {"VariantName": "february", "ModelName": "study-guide-churn-2026-02", "InstanceType": "ml.c5.large",
         "InitialInstanceCount": 1, "InitialVariantWeight": 1.0},
    ],
)
sm.create_endpoint(EndpointName="study-guide-churn-ab", EndpointConfigName="study-guide-churn-ab")
sm.get_waiter("endpoint_in_service").wait(EndpointName="study-guide-churn-ab")
variants = sm.describe_endpoint(EndpointName="study-guide-churn-ab")["ProductionVariants"]
total = sum(v["CurrentWeight"] for v in variants)
print({v["VariantName"]: f"{v['CurrentWeight'] / total:.0%}" for v in variants})
#> {'january': '90%', 'february': '10%'}
# --8<-- [end:ab-production-variants]

# --8<-- [start:shift-weights]
# A week later the February model's retention results look better: move to an even split, no redeploy.
sm.update_endpoint_weights_and_capacities(
    EndpointName="study-guide-churn-ab",
    DesiredWeightsAndCapacities=[
        {"VariantName": "january", "DesiredWeight": 1.0, "DesiredInstanceCount": 2},
        {"VariantName": "february", "DesiredWeight": 1.0, "DesiredInstanceCount": 2},
    ],
)
sm.get_waiter("endpoint_in_service").wait(EndpointName="study-guide-churn-ab")
variants = sm.describe_endpoint(EndpointName="study-guide-churn-ab")["ProductionVariants"]
print([(v["VariantName"], v["CurrentWeight"], v["DesiredInstanceCount"]) for v in variants])
#> [('january', 1.0, 2), ('february', 1.0, 2)]
# --8<-- [end:shift-weights]

# --8<-- [start:invoke-one-variant]
# A tester pins a request to one variant, whatever the weights say.
response = runtime.invoke_endpoint(
    EndpointName="study-guide-churn-ab", TargetVariant="february",
    ContentType="text/csv", Body=b"3,94.5,4,1\n",
)
print(response["InvokedProductionVariant"], response["Body"].read().decode().strip())
#> february 0.84
# --8<-- [end:invoke-one-variant]

# --8<-- [start:cleanup]
sm.delete_endpoint(EndpointName="study-guide-churn-ab")
sm.get_waiter("endpoint_deleted").wait(EndpointName="study-guide-churn-ab")
sm.delete_endpoint_config(EndpointConfigName="study-guide-churn-ab")
for month in ("2026-01", "2026-02"):
    sm.delete_model(ModelName=f"study-guide-churn-{month}")
print(len(sm.list_models(NameContains="study-guide-churn")["Models"]))
#> 0
# --8<-- [end:cleanup]
