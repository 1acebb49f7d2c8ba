"""Size a stream, then schedule batch ingestion: AWS Glue triggers and an EventBridge Scheduler schedule.

The Glue job, its triggers and the schedule are plain boto3 and run against moto in the
tests. Nothing here starts a job run: a trigger or schedule only fires at its time.
"""

import json
import math

import boto3

REGION = "us-east-1"
glue = boto3.client("glue", region_name=REGION)
scheduler = boto3.client("scheduler", region_name=REGION)
iam = boto3.client("iam", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-ingest-{account}-{REGION}"  # never printed


def role(name: str, service: str) -> str:
    """Create a role that ``service`` may assume and return its ARN."""
    return iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}],
    }))["Role"]["Arn"]


# --8<-- [start:size-a-stream]
# A provisioned Kinesis shard accepts 1 MB/s or 1,000 records/s of writes, whichever comes first.
def shards_needed(records_per_second: int, average_record_kb: float) -> int:
    by_bytes = math.ceil(records_per_second * average_record_kb / 1000)
    by_count = math.ceil(records_per_second / 1000)
    return max(by_bytes, by_count, 1)


for rate, size_kb in [(3000, 0.5), (3000, 2.0), (200, 40.0)]:
    print(f"{rate} records/s of {size_kb} KB -> {shards_needed(rate, size_kb)} shards")
    #> 3000 records/s of 0.5 KB -> 3 shards
    #> 3000 records/s of 2.0 KB -> 6 shards
    #> 200 records/s of 40.0 KB -> 8 shards
# --8<-- [end:size-a-stream]

glue_role = role("study-guide-glue-ingest-role", "glue.amazonaws.com")
scheduler_role = role("study-guide-scheduler-role", "scheduler.amazonaws.com")

# --8<-- [start:glue-scheduled-and-conditional]
for name, script in [("study-guide-load-billing", "load_billing.py"),
                     ("study-guide-build-features", "build_features.py")]:
    glue.create_job(
        Name=name,
        Role=glue_role,
        Command={"Name": "glueetl", "ScriptLocation": f"s3://{bucket}/scripts/{script}"},
        GlueVersion="5.0",
        WorkerType="G.1X",
        NumberOfWorkers=4,
    )

# 1) Load the nightly billing export at 02:15 UTC, every day.
glue.create_trigger(
    Name="study-guide-nightly-billing",
    Type="SCHEDULED",
    Schedule="cron(15 2 * * ? *)",          # minutes hours day-of-month month day-of-week year
    Actions=[{"JobName": "study-guide-load-billing"}],
    StartOnCreation=True,
)
# 2) Build features only after the load has succeeded: a conditional trigger chains the jobs.
glue.create_trigger(
    Name="study-guide-features-after-load",
    Type="CONDITIONAL",
    Predicate={"Logical": "AND", "Conditions": [{"LogicalOperator": "EQUALS", "JobName": "study-guide-load-billing",
                                                "State": "SUCCEEDED"}]},
    Actions=[{"JobName": "study-guide-build-features"}],
    StartOnCreation=True,
)
for name in ("study-guide-nightly-billing", "study-guide-features-after-load"):
    trigger = glue.get_trigger(Name=name)["Trigger"]
    print(trigger["Type"], trigger.get("Schedule", "-"), "->", trigger["Actions"][0]["JobName"])
    #> SCHEDULED cron(15 2 * * ? *) -> study-guide-load-billing
    #> CONDITIONAL - -> study-guide-build-features
# --8<-- [end:glue-scheduled-and-conditional]

# --8<-- [start:eventbridge-scheduler]
# EventBridge Scheduler evaluates cron in a time zone you choose; Glue and EventBridge rules use UTC.
scheduler.create_schedule(
    Name="study-guide-weekly-backfill",
    ScheduleExpression="cron(0 6 ? * MON *)",          # 06:00 every Monday
    ScheduleExpressionTimezone="Europe/Berlin",
    FlexibleTimeWindow={"Mode": "FLEXIBLE", "MaximumWindowInMinutes": 30},
    Target={
        # Universal target: call any AWS API, here glue:StartJobRun, with this input.
        "Arn": "arn:aws:scheduler:::aws-sdk:glue:startJobRun",
        "RoleArn": scheduler_role,
        "Input": json.dumps({"JobName": "study-guide-load-billing", "Arguments": {"--mode": "backfill"}}),
    },
)
schedule = scheduler.get_schedule(Name="study-guide-weekly-backfill")
print(schedule["ScheduleExpression"], schedule["ScheduleExpressionTimezone"], schedule["FlexibleTimeWindow"])
#> cron(0 6 ? * MON *) Europe/Berlin {'Mode': 'FLEXIBLE', 'MaximumWindowInMinutes': 30}
# --8<-- [end:eventbridge-scheduler]

# --8<-- [start:cleanup]
scheduler.delete_schedule(Name="study-guide-weekly-backfill")
for name in ("study-guide-nightly-billing", "study-guide-features-after-load"):
    glue.delete_trigger(Name=name)
for name in ("study-guide-load-billing", "study-guide-build-features"):
    glue.delete_job(JobName=name)
for name in ("study-guide-glue-ingest-role", "study-guide-scheduler-role"):
    iam.delete_role(RoleName=name)
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
