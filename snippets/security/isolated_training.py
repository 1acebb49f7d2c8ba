"""Run a SageMaker AI training job inside private subnets with no internet path:
VPC, subnets, a self-referencing security group, an S3 gateway endpoint, and a
training request with network isolation, inter-container encryption and KMS.
The bucket policy that refuses plain HTTP comes last.
"""

import json

import boto3

REGION = "us-east-1"
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-secure-train-{account}-{REGION}"
ec2 = boto3.client("ec2", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
kms = boto3.client("kms", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)
s3.create_bucket(Bucket=bucket)
key = kms.create_key(Description="study-guide training volumes and output")["KeyMetadata"]
key_arn = key["Arn"]

# --8<-- [start:private-vpc]
vpc_id = ec2.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]
ec2.modify_vpc_attribute(VpcId=vpc_id, EnableDnsSupport={"Value": True})
ec2.modify_vpc_attribute(VpcId=vpc_id, EnableDnsHostnames={"Value": True})  # needed for private DNS on interface endpoints
subnets = [
    ec2.create_subnet(VpcId=vpc_id, CidrBlock=cidr, AvailabilityZone=az)["Subnet"]["SubnetId"]
    for cidr, az in [("10.20.1.0/24", "us-east-1a"), ("10.20.2.0/24", "us-east-1b")]
]
route_table = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
associations = [ec2.associate_route_table(RouteTableId=route_table, SubnetId=subnet)["AssociationId"]
                for subnet in subnets]

sg_id = ec2.create_security_group(GroupName="study-guide-training",
                                  Description="training nodes talk only to each other",
                                  VpcId=vpc_id)["GroupId"]
# Distributed training nodes must reach each other: allow all traffic from the group itself.
ec2.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{
    "IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": sg_id}]}])
routes = ec2.describe_route_tables(RouteTableIds=[route_table])["RouteTables"][0]["Routes"]
print(len(subnets), "private subnets; routes:", [r.get("GatewayId") for r in routes])
#> 2 private subnets; routes: ['local']
# --8<-- [end:private-vpc]

# --8<-- [start:vpc-endpoints]
s3_endpoint = ec2.create_vpc_endpoint(
    VpcId=vpc_id, VpcEndpointType="Gateway",
    ServiceName=f"com.amazonaws.{REGION}.s3",
    RouteTableIds=[route_table],       # adds a prefix-list route to S3
)["VpcEndpoint"]
api_endpoint = ec2.create_vpc_endpoint(
    VpcId=vpc_id, VpcEndpointType="Interface",
    ServiceName=f"com.amazonaws.{REGION}.sagemaker.api",
    SubnetIds=subnets, SecurityGroupIds=[sg_id], PrivateDnsEnabled=True,
)["VpcEndpoint"]
print(s3_endpoint["VpcEndpointType"], s3_endpoint["ServiceName"].split(".")[-1])
#> Gateway s3
print(api_endpoint["VpcEndpointType"], api_endpoint["ServiceName"].split(".", 3)[-1])
#> Interface sagemaker.api
# --8<-- [end:vpc-endpoints]

# --8<-- [start:isolated-training-job]
sm.create_training_job(
    TrainingJobName="study-guide-churn-isolated",
    AlgorithmSpecification={
        "TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "TrainingInputMode": "File",
    },
    RoleArn=f"arn:aws:iam::{account}:role/study-guide-churn-training",
    InputDataConfig=[{"ChannelName": "train", "DataSource": {"S3DataSource": {
        "S3DataType": "S3Prefix", "S3Uri": f"s3://{bucket}/churn/train/",
        "S3DataDistributionType": "ShardedByS3Key"}}}],
    OutputDataConfig={"S3OutputPath": f"s3://{bucket}/churn/models/", "KmsKeyId": key_arn},
    ResourceConfig={"InstanceType": "ml.m5.xlarge", "InstanceCount": 2,
                    "VolumeSizeInGB": 30, "VolumeKmsKeyId": key_arn},
    StoppingCondition={"MaxRuntimeInSeconds": 3600},
    HyperParameters={"objective": "binary:logistic", "num_round": "200"},
    VpcConfig={"SecurityGroupIds": [sg_id], "Subnets": subnets},
    EnableNetworkIsolation=True,                 # container gets no network at all
    EnableInterContainerTrafficEncryption=True,  # encrypt node-to-node traffic
)
sm.get_waiter("training_job_completed_or_stopped").wait(TrainingJobName="study-guide-churn-isolated")
job = sm.describe_training_job(TrainingJobName="study-guide-churn-isolated")
print(job["TrainingJobStatus"], "isolation:", job["EnableNetworkIsolation"],
      "encrypted traffic:", job["EnableInterContainerTrafficEncryption"])
#> Completed isolation: True encrypted traffic: True
print("subnets:", len(job["VpcConfig"]["Subnets"]),
      "volume key set:", job["ResourceConfig"]["VolumeKmsKeyId"] == key_arn)
#> subnets: 2 volume key set: True
# --8<-- [end:isolated-training-job]

# --8<-- [start:deny-insecure-transport]
s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{
        "Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*",
        "Action": "s3:*",
        "Resource": [f"arn:aws:s3:::{bucket}", f"arn:aws:s3:::{bucket}/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    }],
}))
stored = json.loads(s3.get_bucket_policy(Bucket=bucket)["Policy"])
print(stored["Statement"][0]["Sid"], stored["Statement"][0]["Condition"])
#> DenyInsecureTransport {'Bool': {'aws:SecureTransport': 'false'}}
# --8<-- [end:deny-insecure-transport]

# --8<-- [start:cleanup]
s3.delete_bucket_policy(Bucket=bucket)
s3.delete_bucket(Bucket=bucket)
ec2.delete_vpc_endpoints(VpcEndpointIds=[s3_endpoint["VpcEndpointId"], api_endpoint["VpcEndpointId"]])
ec2.delete_security_group(GroupId=sg_id)
for association in associations:
    ec2.disassociate_route_table(AssociationId=association)
for subnet in subnets:
    ec2.delete_subnet(SubnetId=subnet)
ec2.delete_route_table(RouteTableId=route_table)
ec2.delete_vpc(VpcId=vpc_id)
kms.schedule_key_deletion(KeyId=key["KeyId"], PendingWindowInDays=7)
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
