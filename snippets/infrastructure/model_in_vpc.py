"""Host a model inside your own VPC: private subnets in two Availability Zones,
a security group, the model's VpcConfig and network isolation.

Plain boto3. The VPC, subnets and security group cost nothing, but the interface
VPC endpoint is billed per hour while it exists; the cleanup section deletes all of
them together with the model.
"""

import boto3

REGION = "us-east-1"
ec2 = boto3.client("ec2", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]

# --8<-- [start:private-network]
vpc_id = ec2.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]
subnet_ids = [
    ec2.create_subnet(VpcId=vpc_id, CidrBlock=cidr, AvailabilityZone=az)["Subnet"]["SubnetId"]
    for cidr, az in (("10.20.1.0/24", "us-east-1a"), ("10.20.2.0/24", "us-east-1b"))
]
sg_id = ec2.create_security_group(
    GroupName="study-guide-model-sg", Description="SageMaker AI model containers", VpcId=vpc_id
)["GroupId"]
# containers only talk to each other and to VPC endpoints over HTTPS inside the VPC
ec2.authorize_security_group_ingress(
    GroupId=sg_id,
    IpPermissions=[{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
                    "IpRanges": [{"CidrIp": "10.20.0.0/16"}]}],
)
print(len(subnet_ids), "private subnets in",
      sorted(s["AvailabilityZone"] for s in ec2.describe_subnets(SubnetIds=subnet_ids)["Subnets"]))
#> 2 private subnets in ['us-east-1a', 'us-east-1b']
# --8<-- [end:private-network]

# --8<-- [start:model-vpc-config]
sm.create_model(
    ModelName="study-guide-churn-private",
    PrimaryContainer={
        "Image": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "ModelDataUrl": f"s3://study-guide-models-{account}-{REGION}/churn/v1/model.tar.gz",
    },
    ExecutionRoleArn=f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution",
    VpcConfig={"SecurityGroupIds": [sg_id], "Subnets": subnet_ids},
    EnableNetworkIsolation=True,  # the container itself gets no network access at all
)
model = sm.describe_model(ModelName="study-guide-churn-private")
print(len(model["VpcConfig"]["Subnets"]), "subnets,",
      len(model["VpcConfig"]["SecurityGroupIds"]), "security group")
#> 2 subnets, 1 security group
# --8<-- [end:model-vpc-config]

# --8<-- [start:runtime-vpc-endpoint]
# Clients inside the VPC reach InvokeEndpoint through an interface VPC endpoint,
# so inference traffic never crosses the public internet.
vpce = ec2.create_vpc_endpoint(
    VpcId=vpc_id,
    VpcEndpointType="Interface",
    ServiceName=f"com.amazonaws.{REGION}.sagemaker.runtime",
    SubnetIds=subnet_ids,
    SecurityGroupIds=[sg_id],
    PrivateDnsEnabled=True,
)["VpcEndpoint"]
print(vpce["VpcEndpointType"], vpce["ServiceName"])
#> Interface com.amazonaws.us-east-1.sagemaker.runtime
# --8<-- [end:runtime-vpc-endpoint]

# --8<-- [start:cleanup]
sm.delete_model(ModelName="study-guide-churn-private")
ec2.delete_vpc_endpoints(VpcEndpointIds=[vpce["VpcEndpointId"]])
ec2.delete_security_group(GroupId=sg_id)
for subnet_id in subnet_ids:
    ec2.delete_subnet(SubnetId=subnet_id)
ec2.delete_vpc(VpcId=vpc_id)
print("deleted")
#> deleted
# --8<-- [end:cleanup]
