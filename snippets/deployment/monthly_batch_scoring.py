"""Score every customer once a month with SageMaker AI batch transform.

The scoring file keeps the customer id in the first column; batch transform
hides it from the model and joins it back to each prediction. Plain boto3;
on a real account the job runs billable instances for its duration only.
"""

import boto3

from studyguide.datasets import churn_case

REGION = "us-east-1"
sm = boto3.client("sagemaker", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
BUCKET = f"study-guide-churn-{account}-{REGION}"
IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
ROLE = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"

s3.create_bucket(Bucket=BUCKET)
sm.create_model(
    ModelName="study-guide-churn-v1",
    PrimaryContainer={"Image": IMAGE, "ModelDataUrl": f"s3://{BUCKET}/models/2026-01-31/model.tar.gz"},
    ExecutionRoleArn=ROLE,
)

# --8<-- [start:write-scoring-file]
customers = churn_case()
customers["month_to_month"] = (customers["contract"] == "month-to-month").astype(int)
scoring = customers[["customer_id", "tenure_months", "monthly_charges", "support_calls", "month_to_month"]]
body = scoring.to_csv(header=False, index=False)
s3.put_object(Bucket=BUCKET, Key="scoring/2026-01-31/customers.csv", Body=body.encode())
print(len(scoring), "rows,", f"{len(body) / 1024:.0f} KiB")
#> 2000 rows, 39 KiB
print(body.splitlines()[0])
#> C00000,69,53.26,2,0
# --8<-- [end:write-scoring-file]

# --8<-- [start:create-transform-job]
sm.create_transform_job(
    TransformJobName="study-guide-churn-scoring-2026-01-31",
    ModelName="study-guide-churn-v1",
    BatchStrategy="MultiRecord",  # pack many CSV lines into each request
    MaxPayloadInMB=6,
    TransformInput={
        "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"s3://{BUCKET}/scoring/2026-01-31/"}},
        "ContentType": "text/csv",
        "SplitType": "Line",  # one record per line
    },
    TransformOutput={"S3OutputPath": f"s3://{BUCKET}/scores/2026-01-31/", "AssembleWith": "Line", "Accept": "text/csv"},
    DataProcessing={
        "InputFilter": "$[1:]",     # the model never sees customer_id
        "JoinSource": "Input",      # glue each prediction to its input line
        "OutputFilter": "$[0,-1]",  # keep customer_id and the score
    },
    TransformResources={"InstanceType": "ml.m5.xlarge", "InstanceCount": 1},
)
sm.get_waiter("transform_job_completed_or_stopped").wait(TransformJobName="study-guide-churn-scoring-2026-01-31")
job = sm.describe_transform_job(TransformJobName="study-guide-churn-scoring-2026-01-31")
print(job["TransformJobStatus"], job["DataProcessing"]["OutputFilter"])
#> Completed $[0,-1]
# --8<-- [end:create-transform-job]

# --8<-- [start:cleanup]
sm.delete_model(ModelName="study-guide-churn-v1")
for obj in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []):
    s3.delete_object(Bucket=BUCKET, Key=obj["Key"])
s3.delete_bucket(Bucket=BUCKET)
print(len(sm.list_models(NameContains="study-guide-churn")["Models"]))
#> 0
# --8<-- [end:cleanup]
