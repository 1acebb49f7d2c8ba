"""Lock down the churn endpoint: a customer managed KMS key, a private VPC with
VPC endpoints, a network-isolated model, and a caller that may invoke one
endpoint and nothing else.

Plain boto3. On a real account the VPC endpoints bill per hour; the cleanup
section deletes everything this file creates.
"""

import json

import boto3

REGION = "us-east-1"
kms = boto3.client("kms", region_name=REGION)
ec2 = boto3.client("ec2", region_name=REGION)
iam = boto3.client("iam", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
ROLE = f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"

# --8<-- [start:customer-managed-key]
key = kms.create_key(
    Description="Churn model artifacts, endpoint volumes and captured requests",
    KeyUsage="ENCRYPT_DECRYPT",
)["KeyMetadata"]
kms.create_alias(AliasName="alias/study-guide-churn", TargetKeyId=key["KeyId"])
kms.enable_key_rotation(KeyId=key["KeyId"])
print(kms.get_key_rotation_status(KeyId=key["KeyId"])["KeyRotationEnabled"])
#> True
# --8<-- [end:customer-managed-key]

# --8<-- [start:private-subnets-and-endpoints]
vpc_id = ec2.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]
subnets = [
    ec2.create_subnet(VpcId=vpc_id, CidrBlock=cidr, AvailabilityZone=zone)["Subnet"]["SubnetId"]
    for cidr, zone in [("10.20.1.0/24", "us-east-1a"), ("10.20.2.0/24", "us-east-1b")]
]  # private: no internet gateway, no NAT gateway
sg_id = ec2.create_security_group(
    GroupName="study-guide-churn-endpoint", Description="HTTPS from inside the VPC only", VpcId=vpc_id,
)["GroupId"]
ec2.authorize_security_group_ingress(
    GroupId=sg_id, IpPermissions=[{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
                                   "IpRanges": [{"CidrIp": "10.20.0.0/16"}]}],
)
route_table = ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["RouteTables"][0]
ec2.create_vpc_endpoint(  # gateway endpoint: S3 traffic stays on the AWS network
    VpcId=vpc_id, ServiceName=f"com.amazonaws.{REGION}.s3", VpcEndpointType="Gateway",
    RouteTableIds=[route_table["RouteTableId"]],
)
ec2.create_vpc_endpoint(  # interface endpoint: the portal calls the model without the internet
    VpcId=vpc_id, ServiceName=f"com.amazonaws.{REGION}.sagemaker.runtime", VpcEndpointType="Interface",
    SubnetIds=subnets, SecurityGroupIds=[sg_id], PrivateDnsEnabled=True,
)
found = ec2.describe_vpc_endpoints(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["VpcEndpoints"]
print(sorted((e["ServiceName"].split(".", 3)[-1], e["VpcEndpointType"]) for e in found))
#> [('s3', 'Gateway'), ('sagemaker.runtime', 'Interface')]
# --8<-- [end:private-subnets-and-endpoints]

# --8<-- [start:isolated-encrypted-model]
sm.create_model(
    ModelName="study-guide-churn-private",
    PrimaryContainer={"Image": IMAGE, "ModelDataUrl": f"s3://study-guide-models-{account}/churn/model.tar.gz"},
    ExecutionRoleArn=ROLE,
    VpcConfig={"Subnets": subnets, "SecurityGroupIds": [sg_id]},
    EnableNetworkIsolation=True,  # the container gets no network access at all
)
sm.create_endpoint_config(
    EndpointConfigName="study-guide-churn-private",
    ProductionVariants=[{"VariantName": "AllTraffic", "ModelName": "study-guide-churn-private",
                         "InstanceType": "ml.c5.large", "InitialInstanceCount": 2}],
    KmsKeyId=key["Arn"],  # encrypts the storage volumes of the endpoint's instances
    DataCaptureConfig={
        "EnableCapture": True, "InitialSamplingPercentage": 20,
        "DestinationS3Uri": f"s3://study-guide-models-{account}/capture/",
        "KmsKeyId": key["Arn"],  # captured customer data is encrypted with the same key
        "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}],
    },
)
model = sm.describe_model(ModelName="study-guide-churn-private")
config = sm.describe_endpoint_config(EndpointConfigName="study-guide-churn-private")
print(len(model["VpcConfig"]["Subnets"]), "private subnets; volume key set:", config["KmsKeyId"] == key["Arn"])
#> 2 private subnets; volume key set: True
# --8<-- [end:isolated-encrypted-model]

# --8<-- [start:least-privilege-caller]
invoke_only = {
    "Version": "2012-10-17",
    "Statement": [{
        "Sid": "InvokeTheChurnEndpointOnly",
        "Effect": "Allow",
        "Action": "sagemaker:InvokeEndpoint",
        "Resource": f"arn:aws:sagemaker:{REGION}:{account}:endpoint/study-guide-churn-private",
    }],
}
iam.create_role(
    RoleName="study-guide-portal-backend",
    AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}),
)
iam.put_role_policy(RoleName="study-guide-portal-backend", PolicyName="invoke-churn",
                    PolicyDocument=json.dumps(invoke_only))
policy = iam.get_role_policy(RoleName="study-guide-portal-backend", PolicyName="invoke-churn")["PolicyDocument"]
statement = policy["Statement"][0]
print(statement["Action"], statement["Resource"].split(":")[-1])
#> sagemaker:InvokeEndpoint endpoint/study-guide-churn-private
# --8<-- [end:least-privilege-caller]

# --8<-- [start:cleanup]
iam.delete_role_policy(RoleName="study-guide-portal-backend", PolicyName="invoke-churn")
iam.delete_role(RoleName="study-guide-portal-backend")
sm.delete_endpoint_config(EndpointConfigName="study-guide-churn-private")
sm.delete_model(ModelName="study-guide-churn-private")
ec2.delete_vpc_endpoints(VpcEndpointIds=[e["VpcEndpointId"] for e in found])
ec2.delete_security_group(GroupId=sg_id)
for subnet in subnets:
    ec2.delete_subnet(SubnetId=subnet)
ec2.delete_vpc(VpcId=vpc_id)
kms.delete_alias(AliasName="alias/study-guide-churn")
kms.schedule_key_deletion(KeyId=key["KeyId"], PendingWindowInDays=7)  # keys are never deleted at once
print(kms.describe_key(KeyId=key["KeyId"])["KeyMetadata"]["KeyState"])
#> PendingDeletion
# --8<-- [end:cleanup]
