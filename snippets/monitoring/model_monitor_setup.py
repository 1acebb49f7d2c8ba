"""Wire an endpoint for SageMaker Model Monitor: data capture, a data quality
job definition, and the monitoring schedule request.

moto implements the endpoint and the job definition; it does not implement
CreateMonitoringSchedule, so that request goes through botocore's Stubber,
which validates every field name and type without calling a service.
"""

import boto3
from botocore.stub import Stubber

REGION = "us-east-1"
sts = boto3.client("sts", region_name=REGION)
account = sts.get_caller_identity()["Account"]
bucket = f"study-guide-monitor-{account}-{REGION}"
role_arn = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"
image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"

s3 = boto3.client("s3", region_name=REGION)
s3.create_bucket(Bucket=bucket)
sm = boto3.client("sagemaker", region_name=REGION)
sm.create_model(
    ModelName="study-guide-churn",
    PrimaryContainer={"Image": image, "ModelDataUrl": f"s3://{bucket}/model/model.tar.gz"},
    ExecutionRoleArn=role_arn,
)

# --8<-- [start:endpoint-with-data-capture]
sm.create_endpoint_config(
    EndpointConfigName="study-guide-churn-capture",
    ProductionVariants=[{
        "VariantName": "AllTraffic",
        "ModelName": "study-guide-churn",
        "InstanceType": "ml.m5.large",
        "InitialInstanceCount": 1,
    }],
    DataCaptureConfig={
        "EnableCapture": True,
        "InitialSamplingPercentage": 20,          # keep 1 request in 5
        "DestinationS3Uri": f"s3://{bucket}/datacapture",
        "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}],
        "CaptureContentTypeHeader": {"CsvContentTypes": ["text/csv"]},
    },
)
sm.create_endpoint(EndpointName="study-guide-churn", EndpointConfigName="study-guide-churn-capture")
sm.get_waiter("endpoint_in_service").wait(EndpointName="study-guide-churn")

capture = sm.describe_endpoint_config(EndpointConfigName="study-guide-churn-capture")["DataCaptureConfig"]
print(capture["EnableCapture"], capture["InitialSamplingPercentage"],
      [o["CaptureMode"] for o in capture["CaptureOptions"]])
#> True 20 ['Input', 'Output']
# --8<-- [end:endpoint-with-data-capture]

# --8<-- [start:data-quality-job-definition]
monitor_image = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer"
sm.create_data_quality_job_definition(
    JobDefinitionName="study-guide-churn-data-quality",
    DataQualityBaselineConfig={
        "ConstraintsResource": {"S3Uri": f"s3://{bucket}/baseline/constraints.json"},
        "StatisticsResource": {"S3Uri": f"s3://{bucket}/baseline/statistics.json"},
    },
    DataQualityAppSpecification={"ImageUri": monitor_image},
    DataQualityJobInput={"EndpointInput": {
        "EndpointName": "study-guide-churn",
        "LocalPath": "/opt/ml/processing/input/endpoint",
    }},
    DataQualityJobOutputConfig={"MonitoringOutputs": [{"S3Output": {
        "S3Uri": f"s3://{bucket}/monitoring/data-quality",
        "LocalPath": "/opt/ml/processing/output",
        "S3UploadMode": "EndOfJob",
    }}]},
    JobResources={"ClusterConfig": {
        "InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeSizeInGB": 20,
    }},
    RoleArn=role_arn,
    StoppingCondition={"MaxRuntimeInSeconds": 1800},
)
definition = sm.describe_data_quality_job_definition(JobDefinitionName="study-guide-churn-data-quality")
print(definition["JobDefinitionName"])
#> study-guide-churn-data-quality
print(definition["DataQualityBaselineConfig"]["StatisticsResource"]["S3Uri"].rsplit("/", 1)[-1])
#> statistics.json
# --8<-- [end:data-quality-job-definition]

# --8<-- [start:monitoring-schedule-request]
schedule_request = {
    "MonitoringScheduleName": "study-guide-churn-hourly",
    "MonitoringScheduleConfig": {
        "ScheduleConfig": {"ScheduleExpression": "cron(0 * ? * * *)"},  # hourly
        "MonitoringJobDefinitionName": "study-guide-churn-data-quality",
        "MonitoringType": "DataQuality",
    },
}
stubbed = boto3.client("sagemaker", region_name=REGION)
with Stubber(stubbed) as stub:
    stub.add_response(
        "create_monitoring_schedule",
        {"MonitoringScheduleArn": f"arn:aws:sagemaker:{REGION}:{account}:monitoring-schedule/study-guide-churn-hourly"},
        schedule_request,  # Stubber checks the request against the API model
    )
    stubbed.create_monitoring_schedule(**schedule_request)
    print("request validated:", schedule_request["MonitoringScheduleConfig"]["MonitoringType"])
    #> request validated: DataQuality
# --8<-- [end:monitoring-schedule-request]

# --8<-- [start:cleanup]
sm.delete_data_quality_job_definition(JobDefinitionName="study-guide-churn-data-quality")
sm.delete_endpoint(EndpointName="study-guide-churn")
sm.get_waiter("endpoint_deleted").wait(EndpointName="study-guide-churn")
sm.delete_endpoint_config(EndpointConfigName="study-guide-churn-capture")
sm.delete_model(ModelName="study-guide-churn")
s3.delete_bucket(Bucket=bucket)
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
