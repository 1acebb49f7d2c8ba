"""CloudWatch alarms that watch the churn endpoint and the weekly drift score.

SageMaker AI publishes endpoint metrics to CloudWatch by itself; the weekly
drift job publishes its PSI as a custom metric. Alarms notify the on-call
channel through Amazon SNS. Plain boto3; moto never evaluates alarms, so the
state change is shown with set_alarm_state.
"""

import boto3

REGION = "us-east-1"
cloudwatch = boto3.client("cloudwatch", region_name=REGION)
sns = boto3.client("sns", region_name=REGION)
topic_arn = sns.create_topic(Name="study-guide-churn-oncall")["TopicArn"]
ENDPOINT = [{"Name": "EndpointName", "Value": "study-guide-churn"}, {"Name": "VariantName", "Value": "AllTraffic"}]

# --8<-- [start:latency-and-error-alarms]
cloudwatch.put_metric_alarm(
    AlarmName="study-guide-churn-latency",
    Namespace="AWS/SageMaker",
    MetricName="ModelLatency",  # reported in microseconds
    Dimensions=ENDPOINT,
    ExtendedStatistic="p99",
    Period=60,
    EvaluationPeriods=5,
    DatapointsToAlarm=3,  # 3 bad minutes out of 5, not one blip
    Threshold=200_000,  # 200 ms for the agent's screen
    ComparisonOperator="GreaterThanThreshold",
    TreatMissingData="notBreaching",  # no calls at night is not an incident
    AlarmActions=[topic_arn],
)
cloudwatch.put_metric_alarm(
    AlarmName="study-guide-churn-5xx",
    Namespace="AWS/SageMaker",
    MetricName="Invocation5XXErrors",
    Dimensions=ENDPOINT,
    Statistic="Sum",
    Period=300,
    EvaluationPeriods=1,
    Threshold=5,
    ComparisonOperator="GreaterThanOrEqualToThreshold",
    TreatMissingData="notBreaching",
    AlarmActions=[topic_arn],
)
alarms = cloudwatch.describe_alarms(AlarmNamePrefix="study-guide-churn")["MetricAlarms"]
print(sorted((a["AlarmName"], a["MetricName"]) for a in alarms))
#> [('study-guide-churn-5xx', 'Invocation5XXErrors'), ('study-guide-churn-latency', 'ModelLatency')]
# --8<-- [end:latency-and-error-alarms]

# --8<-- [start:drift-metric-and-alarm]
# The weekly drift job publishes its PSI per feature (values from usage_drift_over_time.py).
for week, psi in [(6, 0.032), (7, 0.123), (8, 0.268)]:
    cloudwatch.put_metric_data(
        Namespace="StudyGuide/Churn",
        MetricData=[{"MetricName": "FeaturePSI", "Dimensions": [{"Name": "Feature", "Value": "data_mb"}],
                     "Value": psi, "Unit": "None"}],
    )
cloudwatch.put_metric_alarm(
    AlarmName="study-guide-churn-drift-data-mb",
    Namespace="StudyGuide/Churn",
    MetricName="FeaturePSI",
    Dimensions=[{"Name": "Feature", "Value": "data_mb"}],
    Statistic="Maximum",
    Period=86_400,
    EvaluationPeriods=1,
    Threshold=0.25,
    ComparisonOperator="GreaterThanOrEqualToThreshold",
    AlarmActions=[topic_arn],
)
stats = cloudwatch.get_metric_statistics(
    Namespace="StudyGuide/Churn", MetricName="FeaturePSI", Dimensions=[{"Name": "Feature", "Value": "data_mb"}],
    StartTime="2026-01-01T00:00:00Z", EndTime="2100-01-01T00:00:00Z", Period=86_400 * 365 * 50,
    Statistics=["Maximum", "SampleCount"],
)
point = stats["Datapoints"][0]
print(point["Maximum"], int(point["SampleCount"]))
#> 0.268 3
# --8<-- [end:drift-metric-and-alarm]

# --8<-- [start:alarm-state-change]
# On AWS the alarm evaluates the data by itself; here we set the state it would reach.
cloudwatch.set_alarm_state(
    AlarmName="study-guide-churn-drift-data-mb", StateValue="ALARM",
    StateReason="Threshold crossed: FeaturePSI 0.268 >= 0.25",
)
alarm = cloudwatch.describe_alarms(AlarmNames=["study-guide-churn-drift-data-mb"])["MetricAlarms"][0]
print(alarm["StateValue"], "->", len(alarm["AlarmActions"]), "SNS topic notified")
#> ALARM -> 1 SNS topic notified
# --8<-- [end:alarm-state-change]

# --8<-- [start:cleanup]
cloudwatch.delete_alarms(AlarmNames=[a["AlarmName"] for a in cloudwatch.describe_alarms(
    AlarmNamePrefix="study-guide-churn")["MetricAlarms"]])
sns.delete_topic(TopicArn=topic_arn)
print(len(cloudwatch.describe_alarms(AlarmNamePrefix="study-guide-churn")["MetricAlarms"]))
#> 0
# --8<-- [end:cleanup]
