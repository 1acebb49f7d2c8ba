"""Record API activity with a CloudTrail trail and cap ML spend with AWS Budgets."""

import json

import boto3

REGION = "us-east-1"
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-trail-{account}-{REGION}"
s3 = boto3.client("s3", region_name=REGION)
cloudtrail = boto3.client("cloudtrail", region_name=REGION)
budgets = boto3.client("budgets", region_name=REGION)

# --8<-- [start:cloudtrail-trail]
s3.create_bucket(Bucket=bucket)
# CloudTrail must be allowed to write into the bucket before the trail is created.
s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "AclCheck", "Effect": "Allow",
         "Principal": {"Service": "cloudtrail.amazonaws.com"},
         "Action": "s3:GetBucketAcl", "Resource": f"arn:aws:s3:::{bucket}"},
        {"Sid": "Write", "Effect": "Allow",
         "Principal": {"Service": "cloudtrail.amazonaws.com"},
         "Action": "s3:PutObject",
         "Resource": f"arn:aws:s3:::{bucket}/AWSLogs/{account}/*",
         "Condition": {"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}}},
    ],
}))
cloudtrail.create_trail(
    Name="study-guide-ml-audit",
    S3BucketName=bucket,
    IsMultiRegionTrail=True,
    EnableLogFileValidation=True,   # digest files prove logs were not altered
)
# Management events are on by default; add S3 object-level (data) events for the
# model-artifact prefix, which trails do not log unless you ask.
cloudtrail.put_event_selectors(
    TrailName="study-guide-ml-audit",
    AdvancedEventSelectors=[
        {"Name": "management", "FieldSelectors": [
            {"Field": "eventCategory", "Equals": ["Management"]}]},
        {"Name": "model-artifacts", "FieldSelectors": [
            {"Field": "eventCategory", "Equals": ["Data"]},
            {"Field": "resources.type", "Equals": ["AWS::S3::Object"]},
            {"Field": "resources.ARN", "StartsWith": [f"arn:aws:s3:::{bucket}-models/"]}]},
    ],
)
cloudtrail.start_logging(Name="study-guide-ml-audit")
trail = cloudtrail.get_trail(Name="study-guide-ml-audit")["Trail"]
status = cloudtrail.get_trail_status(Name="study-guide-ml-audit")
selectors = cloudtrail.get_event_selectors(TrailName="study-guide-ml-audit")["AdvancedEventSelectors"]
print(trail["Name"], "multi-region:", trail["IsMultiRegionTrail"],
      "validation:", trail["LogFileValidationEnabled"], "logging:", status["IsLogging"])
#> study-guide-ml-audit multi-region: True validation: True logging: True
print([s["Name"] for s in selectors])
#> ['management', 'model-artifacts']
# --8<-- [end:cloudtrail-trail]

# --8<-- [start:monthly-budget]
budgets.create_budget(
    AccountId=account,
    Budget={
        "BudgetName": "study-guide-churn-ml",
        "BudgetLimit": {"Amount": "1500", "Unit": "USD"},
        "TimeUnit": "MONTHLY",
        "BudgetType": "COST",
        # Only spend tagged project=churn (an activated cost allocation tag).
        "CostFilters": {"TagKeyValue": ["user:project$churn"]},
    },
    NotificationsWithSubscribers=[
        {"Notification": {"NotificationType": "FORECASTED", "ComparisonOperator": "GREATER_THAN",
                          "Threshold": 80, "ThresholdType": "PERCENTAGE"},
         "Subscribers": [{"SubscriptionType": "EMAIL", "Address": "ml-team@example.com"}]},
        {"Notification": {"NotificationType": "ACTUAL", "ComparisonOperator": "GREATER_THAN",
                          "Threshold": 100, "ThresholdType": "PERCENTAGE"},
         "Subscribers": [{"SubscriptionType": "EMAIL", "Address": "ml-team@example.com"}]},
    ],
)
budget = budgets.describe_budget(AccountId=account, BudgetName="study-guide-churn-ml")["Budget"]
alerts = budgets.describe_notifications_for_budget(AccountId=account, BudgetName="study-guide-churn-ml")
print(budget["BudgetName"], budget["BudgetLimit"]["Amount"], budget["BudgetLimit"]["Unit"], budget["TimeUnit"])
#> study-guide-churn-ml 1500 USD MONTHLY
print(sorted((n["NotificationType"], n["Threshold"]) for n in alerts["Notifications"]))
#> [('ACTUAL', 100), ('FORECASTED', 80)]
# --8<-- [end:monthly-budget]

# --8<-- [start:cleanup]
budgets.delete_budget(AccountId=account, BudgetName="study-guide-churn-ml")
cloudtrail.stop_logging(Name="study-guide-ml-audit")
cloudtrail.delete_trail(Name="study-guide-ml-audit")
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
    for obj in page.get("Contents", []):  # log files the trail delivered
        s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
