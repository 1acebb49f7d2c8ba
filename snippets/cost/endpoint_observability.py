"""Watch an inference endpoint with CloudWatch metrics, an alarm, a log metric
filter and an EventBridge rule.

SageMaker AI publishes ModelLatency itself; here we publish a few sample
points into a study-guide namespace so the statistics are reproducible.
"""

import json
import time
from datetime import datetime, timedelta, timezone

import boto3

REGION = "us-east-1"
cw = boto3.client("cloudwatch", region_name=REGION)
logs = boto3.client("logs", region_name=REGION)
events = boto3.client("events", region_name=REGION)
sqs = boto3.client("sqs", region_name=REGION)
sns = boto3.client("sns", region_name=REGION)

DIMENSIONS = [
    {"Name": "EndpointName", "Value": "study-guide-churn"},
    {"Name": "VariantName", "Value": "AllTraffic"},
]

# --8<-- [start:publish-and-read-latency]
# ModelLatency is reported in microseconds: 45,000 us = 45 ms.
now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
samples_us = [42_000, 45_000, 51_000, 48_000, 230_000, 44_000]
cw.put_metric_data(
    Namespace="StudyGuide/SageMaker",
    MetricData=[{
        "MetricName": "ModelLatency",
        "Dimensions": DIMENSIONS,
        "Timestamp": now,
        "Value": v,
        "Unit": "Microseconds",
    } for v in samples_us],
)
# On a real account, new points can take a minute or two to become readable.
stats = cw.get_metric_statistics(
    Namespace="StudyGuide/SageMaker",
    MetricName="ModelLatency",
    Dimensions=DIMENSIONS,
    StartTime=now - timedelta(minutes=5),
    EndTime=now + timedelta(minutes=5),
    Period=600,
    Statistics=["Average", "Maximum", "SampleCount"],
)
point = stats["Datapoints"][0]
print(f"samples={point['SampleCount']:.0f} average={point['Average'] / 1000:.1f} ms "
      f"max={point['Maximum'] / 1000:.1f} ms")
#> samples=6 average=76.7 ms max=230.0 ms
# --8<-- [end:publish-and-read-latency]

# --8<-- [start:latency-alarm]
topic_arn = sns.create_topic(Name="study-guide-ml-oncall")["TopicArn"]
cw.put_metric_alarm(
    AlarmName="study-guide-churn-latency-high",
    Namespace="AWS/SageMaker",
    MetricName="ModelLatency",
    Dimensions=DIMENSIONS,
    ExtendedStatistic="p90",      # tail latency, not the average
    Period=60,
    EvaluationPeriods=5,
    DatapointsToAlarm=3,          # 3 of the last 5 minutes
    Threshold=200_000,            # 200 ms, in microseconds
    ComparisonOperator="GreaterThanThreshold",
    TreatMissingData="notBreaching",
    AlarmActions=[topic_arn],
)
# moto never evaluates alarms; force the state to show what a breach looks like.
cw.set_alarm_state(
    AlarmName="study-guide-churn-latency-high",
    StateValue="ALARM",
    StateReason="p90 ModelLatency above 200 ms for 3 of 5 minutes",
)
alarm = cw.describe_alarms(AlarmNames=["study-guide-churn-latency-high"])["MetricAlarms"][0]
print(alarm["AlarmName"], alarm["ExtendedStatistic"], alarm["StateValue"])
#> study-guide-churn-latency-high p90 ALARM
# --8<-- [end:latency-alarm]

# --8<-- [start:log-metric-filter]
group = "/aws/sagemaker/Endpoints/study-guide-churn"
logs.create_log_group(logGroupName=group)
logs.put_metric_filter(
    logGroupName=group,
    filterName="model-errors",
    filterPattern="ERROR",
    metricTransformations=[{
        "metricName": "ContainerErrorLines",
        "metricNamespace": "StudyGuide/SageMaker",
        "metricValue": "1",
        "defaultValue": 0,
    }],
)
logs.create_log_stream(logGroupName=group, logStreamName="AllTraffic/i-demo")
now_ms = int(time.time() * 1000)  # CloudWatch Logs rejects events older than 14 days
logs.put_log_events(
    logGroupName=group,
    logStreamName="AllTraffic/i-demo",
    logEvents=[
        {"timestamp": now_ms, "message": "INFO invocation ok 44ms"},
        {"timestamp": now_ms + 1, "message": "ERROR feature 'tenure_months' missing"},
        {"timestamp": now_ms + 2, "message": "INFO invocation ok 47ms"},
    ],
)
found = logs.filter_log_events(logGroupName=group, filterPattern="ERROR")["events"]
print(len(found), "error line:", found[0]["message"])
#> 1 error line: ERROR feature 'tenure_months' missing
# --8<-- [end:log-metric-filter]

# --8<-- [start:endpoint-state-rule]
queue_url = sqs.create_queue(QueueName="study-guide-endpoint-events")["QueueUrl"]
queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
events.put_rule(
    Name="study-guide-endpoint-failed",
    EventPattern=json.dumps({
        "source": ["aws.sagemaker"],
        "detail-type": ["SageMaker Endpoint State Change"],
        "detail": {"EndpointStatus": ["FAILED"]},
    }),
)
events.put_targets(Rule="study-guide-endpoint-failed", Targets=[{"Id": "queue", "Arn": queue_arn}])

# Two events arrive; only the FAILED one matches the pattern.
for status in ["IN_SERVICE", "FAILED"]:
    events.put_events(Entries=[{
        "Source": "aws.sagemaker",
        "DetailType": "SageMaker Endpoint State Change",
        "Detail": json.dumps({"EndpointName": "study-guide-churn", "EndpointStatus": status}),
    }])
messages = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10).get("Messages", [])
print(len(messages), [json.loads(m["Body"])["detail"]["EndpointStatus"] for m in messages])
#> 1 ['FAILED']
# --8<-- [end:endpoint-state-rule]

# --8<-- [start:cleanup]
events.remove_targets(Rule="study-guide-endpoint-failed", Ids=["queue"])
events.delete_rule(Name="study-guide-endpoint-failed")
sqs.delete_queue(QueueUrl=queue_url)
logs.delete_log_group(logGroupName=group)
cw.delete_alarms(AlarmNames=["study-guide-churn-latency-high"])
sns.delete_topic(TopicArn=topic_arn)
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
