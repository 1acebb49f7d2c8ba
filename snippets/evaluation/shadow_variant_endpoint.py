"""Put a challenger model in shadow behind the production model of an endpoint.

The moto mock used by our tests accepts ShadowProductionVariants but drops it,
so this file checks the request with botocore.stub.Stubber instead: botocore
validates every field name and type against the SageMaker API model, and the
stub returns the response we give it. Nothing is sent to AWS.
Run: python snippets/evaluation/shadow_variant_endpoint.py
"""

import boto3
from botocore.stub import Stubber

sm = boto3.client("sagemaker", region_name="us-east-1")

# --8<-- [start:shadow-endpoint-config]
shadow_config = {
    "EndpointConfigName": "study-guide-churn-shadow-test",
    "ProductionVariants": [{"VariantName": "production-v1", "ModelName": "study-guide-churn-v1",
                            "InstanceType": "ml.m5.large", "InitialInstanceCount": 1,
                            "InitialVariantWeight": 1.0}],
    # Receives a copy of the production requests; its responses are never returned to callers.
    "ShadowProductionVariants": [{"VariantName": "shadow-v2", "ModelName": "study-guide-churn-v2",
                                  "InstanceType": "ml.m5.large", "InitialInstanceCount": 1,
                                  "InitialVariantWeight": 1.0}],
    "DataCaptureConfig": {"EnableCapture": True, "InitialSamplingPercentage": 100,
                          "DestinationS3Uri": "s3://example-bucket/churn/capture/",
                          "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}]},
}
with Stubber(sm) as stub:
    stub.add_response("create_endpoint_config",
                      {"EndpointConfigArn": "arn:aws:sagemaker:us-east-1:111122223333:"
                                            "endpoint-config/study-guide-churn-shadow-test"},
                      shadow_config)
    sm.create_endpoint_config(**shadow_config)
print("request valid:", len(shadow_config["ProductionVariants"]), "production variant,",
      len(shadow_config["ShadowProductionVariants"]), "shadow variant")
#> request valid: 1 production variant, 1 shadow variant
# --8<-- [end:shadow-endpoint-config]

# --8<-- [start:compare-variant-metrics]
# In CloudWatch, each variant publishes its own ModelLatency and Invocations
# under the AWS/SageMaker namespace, with the dimensions EndpointName and
# VariantName. Here are one hour of averages you might read for the pair:
observed = {"production-v1": {"ModelLatency_us": 4100, "Invocation5XXErrors": 0, "agreement": None},
            "shadow-v2": {"ModelLatency_us": 6900, "Invocation5XXErrors": 3, "agreement": 0.962}}
prod, shadow = observed["production-v1"], observed["shadow-v2"]
print(f"latency +{(shadow['ModelLatency_us'] / prod['ModelLatency_us'] - 1):.0%}, "
      f"5XX errors {shadow['Invocation5XXErrors']}, same prediction on {shadow['agreement']:.1%} of requests")
#> latency +68%, 5XX errors 3, same prediction on 96.2% of requests
# --8<-- [end:compare-variant-metrics]
