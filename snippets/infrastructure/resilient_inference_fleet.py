"""A self-managed inference fleet on EC2 built for failure: an audit trail and an
error alarm, a golden AMI, an Auto Scaling group spread over two Availability
Zones, and an Application Load Balancer that health-checks the model server.

Plain boto3. On a real account this starts billable instances and a load
balancer; the cleanup section at the end removes them.
"""

import boto3

REGION = "us-east-1"
ec2 = boto3.client("ec2", region_name=REGION)
autoscaling = boto3.client("autoscaling", region_name=REGION)
elbv2 = boto3.client("elbv2", region_name=REGION)
cloudtrail = boto3.client("cloudtrail", region_name=REGION)
cloudwatch = boto3.client("cloudwatch", region_name=REGION)
logs = boto3.client("logs", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]

# Network: one VPC, one subnet in each of two Availability Zones.
vpc_id = ec2.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]
subnets = [
    ec2.create_subnet(VpcId=vpc_id, CidrBlock=cidr, AvailabilityZone=az)["Subnet"]["SubnetId"]
    for cidr, az in [("10.20.1.0/24", f"{REGION}a"), ("10.20.2.0/24", f"{REGION}b")]
]
alb_sg = ec2.create_security_group(
    GroupName="study-guide-alb", Description="HTTPS from clients", VpcId=vpc_id)["GroupId"]

# --8<-- [start:audit-and-alarm]
# Who changed what: a multi-Region trail with log file validation.
trail_bucket = f"study-guide-trail-{account}-{REGION}"
s3.create_bucket(Bucket=trail_bucket)  # on AWS it also needs a policy that lets CloudTrail write
cloudtrail.create_trail(Name="study-guide-ml-trail", S3BucketName=trail_bucket,
                        IsMultiRegionTrail=True, EnableLogFileValidation=True)
cloudtrail.start_logging(Name="study-guide-ml-trail")
print("trail logging:", cloudtrail.get_trail_status(Name="study-guide-ml-trail")["IsLogging"])
#> trail logging: True

# What the model server says: keep its logs 30 days and count its tracebacks.
group = "/study-guide/inference-server"
logs.create_log_group(logGroupName=group)
logs.put_retention_policy(logGroupName=group, retentionInDays=30)
logs.put_metric_filter(
    logGroupName=group, filterName="model-tracebacks", filterPattern='"Traceback"',
    metricTransformations=[{"metricName": "ModelTracebacks",
                            "metricNamespace": "StudyGuide/Inference", "metricValue": "1"}],
)
# Alarm when 3 of the last 5 minutes each saw more than 5 tracebacks.
cloudwatch.put_metric_alarm(
    AlarmName="study-guide-model-errors", Namespace="StudyGuide/Inference",
    MetricName="ModelTracebacks", Statistic="Sum", Period=60,
    EvaluationPeriods=5, DatapointsToAlarm=3, Threshold=5,
    ComparisonOperator="GreaterThanThreshold", TreatMissingData="notBreaching",
)
alarm = cloudwatch.describe_alarms(AlarmNames=["study-guide-model-errors"])["MetricAlarms"][0]
print(alarm["MetricName"], alarm["DatapointsToAlarm"], "of", alarm["EvaluationPeriods"])
#> ModelTracebacks 3 of 5
# --8<-- [end:audit-and-alarm]

# --8<-- [start:golden-image]
# Bake once: an instance configured with the drivers, runtime and model server
# becomes an AMI; every instance in the fleet then starts from that image.
base_ami = ec2.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
builder = ec2.run_instances(ImageId=base_ami, MinCount=1, MaxCount=1,
                            InstanceType="c6i.large", SubnetId=subnets[0])
builder_id = builder["Instances"][0]["InstanceId"]
golden_ami = ec2.create_image(InstanceId=builder_id, Name="study-guide-inference-golden-v7")["ImageId"]
ec2.get_waiter("image_available").wait(ImageIds=[golden_ami])
ec2.terminate_instances(InstanceIds=[builder_id])
print(ec2.describe_images(ImageIds=[golden_ami])["Images"][0]["Name"])
#> study-guide-inference-golden-v7

ec2.create_launch_template(
    LaunchTemplateName="study-guide-inference",
    LaunchTemplateData={"ImageId": golden_ami, "InstanceType": "c6i.large"},
)
# --8<-- [end:golden-image]

# --8<-- [start:load-balancer]
alb = elbv2.create_load_balancer(Name="study-guide-inference", Subnets=subnets,
                                 SecurityGroups=[alb_sg], Type="application")["LoadBalancers"][0]
target_group = elbv2.create_target_group(
    Name="study-guide-model-servers", Protocol="HTTP", Port=8080, VpcId=vpc_id,
    HealthCheckPath="/ping", HealthyThresholdCount=2, UnhealthyThresholdCount=3,
)["TargetGroups"][0]
print(alb["Type"], "over", len(alb["AvailabilityZones"]), "Availability Zones")
#> application over 2 Availability Zones
# --8<-- [end:load-balancer]

# --8<-- [start:auto-scaling-group]
autoscaling.create_auto_scaling_group(
    AutoScalingGroupName="study-guide-inference",
    LaunchTemplate={"LaunchTemplateName": "study-guide-inference", "Version": "$Latest"},
    MinSize=2, MaxSize=10, DesiredCapacity=2,
    VPCZoneIdentifier=",".join(subnets),          # one subnet per Availability Zone
    TargetGroupARNs=[target_group["TargetGroupArn"]],
    HealthCheckType="ELB", HealthCheckGracePeriod=300,
)
autoscaling.put_scaling_policy(
    AutoScalingGroupName="study-guide-inference", PolicyName="cpu-target-60",
    PolicyType="TargetTrackingScaling",
    TargetTrackingConfiguration={
        "PredefinedMetricSpecification": {"PredefinedMetricType": "ASGAverageCPUUtilization"},
        "TargetValue": 60.0,
    },
)
group_info = autoscaling.describe_auto_scaling_groups(
    AutoScalingGroupNames=["study-guide-inference"])["AutoScalingGroups"][0]
print(sorted(group_info["AvailabilityZones"]), len(group_info["Instances"]), group_info["HealthCheckType"])
#> ['us-east-1a', 'us-east-1b'] 2 ELB
# --8<-- [end:auto-scaling-group]

# Cleanup: remove everything that bills or holds state.
autoscaling.delete_auto_scaling_group(AutoScalingGroupName="study-guide-inference", ForceDelete=True)
elbv2.delete_load_balancer(LoadBalancerArn=alb["LoadBalancerArn"])
elbv2.delete_target_group(TargetGroupArn=target_group["TargetGroupArn"])
ec2.delete_launch_template(LaunchTemplateName="study-guide-inference")
ec2.deregister_image(ImageId=golden_ami)
cloudtrail.delete_trail(Name="study-guide-ml-trail")
cloudwatch.delete_alarms(AlarmNames=["study-guide-model-errors"])
logs.delete_log_group(logGroupName=group)
