"""One model, three hosting shapes: a two-variant real-time endpoint, a serverless
endpoint and an asynchronous endpoint, then one real-time invocation.

Plain boto3. On a real account the real-time and asynchronous endpoints start
billable instances; the cleanup section deletes everything this file creates.
"""

import boto3

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)
runtime = boto3.client("sagemaker-runtime", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]

IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
ROLE = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"
ARTIFACTS = f"s3://study-guide-models-{account}-{REGION}/churn"

# --8<-- [start:create-models]
for version in ("v1", "v2"):
    sm.create_model(
        ModelName=f"study-guide-churn-{version}",
        PrimaryContainer={
            "Image": IMAGE,  # a provided (built-in algorithm) container
            "ModelDataUrl": f"{ARTIFACTS}/{version}/model.tar.gz",
        },
        ExecutionRoleArn=ROLE,
    )
print(sorted(m["ModelName"] for m in sm.list_models(NameContains="study-guide-churn")["Models"]))
#> ['study-guide-churn-v1', 'study-guide-churn-v2']
# --8<-- [end:create-models]

# --8<-- [start:realtime-two-variants]
sm.create_endpoint_config(
    EndpointConfigName="study-guide-churn-ab",
    ProductionVariants=[
        {
            "VariantName": "current",
            "ModelName": "study-guide-churn-v1",
            "InstanceType": "ml.m5.large",
            "InitialInstanceCount": 2,
            "InitialVariantWeight": 9.0,  # 9 / (9 + 1) = 90 % of requests
        },
        {
            "VariantName": "challenger",
            "ModelName": "study-guide-churn-v2",
            "InstanceType": "ml.m5.large",
            "InitialInstanceCount": 1,
            "InitialVariantWeight": 1.0,  # 10 % of requests
        },
    ],
)
sm.create_endpoint(EndpointName="study-guide-churn-rt", EndpointConfigName="study-guide-churn-ab")
sm.get_waiter("endpoint_in_service").wait(EndpointName="study-guide-churn-rt")
endpoint = sm.describe_endpoint(EndpointName="study-guide-churn-rt")
print(endpoint["EndpointStatus"])
#> InService
for variant in endpoint["ProductionVariants"]:
    print(variant["VariantName"], variant["CurrentWeight"], variant["DesiredInstanceCount"])
    #> current 9.0 2
    #> challenger 1.0 1
# --8<-- [end:realtime-two-variants]

# --8<-- [start:serverless-config]
sm.create_endpoint_config(
    EndpointConfigName="study-guide-churn-serverless",
    ProductionVariants=[
        {
            "VariantName": "AllTraffic",
            "ModelName": "study-guide-churn-v1",
            # no instance type or count: memory and concurrency instead
            "ServerlessConfig": {"MemorySizeInMB": 2048, "MaxConcurrency": 20},
        }
    ],
)
config = sm.describe_endpoint_config(EndpointConfigName="study-guide-churn-serverless")
print(config["ProductionVariants"][0]["ServerlessConfig"])
#> {'MemorySizeInMB': 2048, 'MaxConcurrency': 20}
# --8<-- [end:serverless-config]

# --8<-- [start:async-config]
sm.create_endpoint_config(
    EndpointConfigName="study-guide-churn-async",
    ProductionVariants=[
        {
            "VariantName": "AllTraffic",
            "ModelName": "study-guide-churn-v1",
            "InstanceType": "ml.m5.xlarge",
            "InitialInstanceCount": 1,
        }
    ],
    AsyncInferenceConfig={
        "OutputConfig": {
            "S3OutputPath": f"{ARTIFACTS}/async-output/",
            "S3FailurePath": f"{ARTIFACTS}/async-failures/",
        },
        "ClientConfig": {"MaxConcurrentInvocationsPerInstance": 4},
    },
)
config = sm.describe_endpoint_config(EndpointConfigName="study-guide-churn-async")
print(sorted(config["AsyncInferenceConfig"]["OutputConfig"]))
#> ['S3FailurePath', 'S3OutputPath']
# --8<-- [end:async-config]

# --8<-- [start:invoke-realtime]
rows = "12,70.5,1,0\n60,25.0,0,2\n"  # two customers, CSV without a header
response = runtime.invoke_endpoint(
    EndpointName="study-guide-churn-rt",
    ContentType="text/csv",
    Accept="text/csv",
    Body=rows.encode(),
)
print(response["ContentType"])
#> text/csv
print(response["Body"].read().decode().split())
#> ['0.87', '0.12']
# --8<-- [end:invoke-realtime]

# --8<-- [start:cleanup]
sm.delete_endpoint(EndpointName="study-guide-churn-rt")
sm.get_waiter("endpoint_deleted").wait(EndpointName="study-guide-churn-rt")
for name in ("study-guide-churn-ab", "study-guide-churn-serverless", "study-guide-churn-async"):
    sm.delete_endpoint_config(EndpointConfigName=name)
for version in ("v1", "v2"):
    sm.delete_model(ModelName=f"study-guide-churn-{version}")
print(len(sm.list_endpoints(NameContains="study-guide-churn")["Endpoints"]))
#> 0
# --8<-- [end:cleanup]
