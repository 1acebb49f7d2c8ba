"""Lock down the data and the network of an ML workload: a customer managed KMS
key as the bucket's default encryption, public access blocked, a security group
that admits only HTTPS from inside the VPC, an S3 gateway endpoint, and a bucket
policy that refuses plain HTTP and traffic from outside that endpoint.

Plain boto3. The bucket policy is applied last because moto evaluates
conditioned policies more strictly than AWS does (see MOTO-AND-SNIPPETS.md).
"""

import json

import boto3

REGION = "us-east-1"
kms = boto3.client("kms", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
ec2 = boto3.client("ec2", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-patients-{account}-{REGION}"

# --8<-- [start:kms-default-encryption]
key = kms.create_key(Description="study-guide training data", KeyUsage="ENCRYPT_DECRYPT")["KeyMetadata"]
key_arn = key["Arn"]
kms.enable_key_rotation(KeyId=key_arn)
s3.create_bucket(Bucket=bucket)
s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={
    "BlockPublicAcls": True, "IgnorePublicAcls": True,
    "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
s3.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration={"Rules": [{
    "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": key_arn},
    "BucketKeyEnabled": True}]})

s3.put_object(Bucket=bucket, Key="train/visits.csv", Body=b"age_band,visits,readmitted\n40-49,3,0\n")
head = s3.head_object(Bucket=bucket, Key="train/visits.csv")
print(head["ServerSideEncryption"], head["SSEKMSKeyId"] == key_arn)
#> aws:kms True
print("rotation:", kms.get_key_rotation_status(KeyId=key_arn)["KeyRotationEnabled"])
#> rotation: True
# --8<-- [end:kms-default-encryption]

# --8<-- [start:security-group-and-endpoint]
vpc_id = ec2.create_vpc(CidrBlock="10.30.0.0/16")["Vpc"]["VpcId"]
subnet_id = ec2.create_subnet(VpcId=vpc_id, CidrBlock="10.30.1.0/24",
                              AvailabilityZone=f"{REGION}a")["Subnet"]["SubnetId"]
route_table = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
ec2.associate_route_table(RouteTableId=route_table, SubnetId=subnet_id)

sg_id = ec2.create_security_group(GroupName="study-guide-training",
                                  Description="training and endpoint ENIs", VpcId=vpc_id)["GroupId"]
ec2.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{
    "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
    "IpRanges": [{"CidrIp": "10.30.0.0/16", "Description": "HTTPS from inside the VPC only"}]}])
rules = ec2.describe_security_groups(GroupIds=[sg_id])["SecurityGroups"][0]["IpPermissions"]
print([(r["FromPort"], r["IpRanges"][0]["CidrIp"]) for r in rules])
#> [(443, '10.30.0.0/16')]

# Private subnets reach S3 through a gateway endpoint, not through the internet.
endpoint_id = ec2.create_vpc_endpoint(
    VpcId=vpc_id, ServiceName=f"com.amazonaws.{REGION}.s3",
    VpcEndpointType="Gateway", RouteTableIds=[route_table])["VpcEndpoint"]["VpcEndpointId"]
print(ec2.describe_vpc_endpoints(VpcEndpointIds=[endpoint_id])["VpcEndpoints"][0]["VpcEndpointType"])
#> Gateway
# --8<-- [end:security-group-and-endpoint]

# --8<-- [start:bucket-policy]
policy = {"Version": "2012-10-17", "Statement": [
    {"Sid": "DenyPlainHttp", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
     "Resource": [f"arn:aws:s3:::{bucket}", f"arn:aws:s3:::{bucket}/*"],
     "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
    {"Sid": "DenyOutsideVpcEndpoint", "Effect": "Deny", "Principal": "*",
     "Action": ["s3:GetObject", "s3:PutObject"], "Resource": f"arn:aws:s3:::{bucket}/*",
     "Condition": {"StringNotEquals": {"aws:SourceVpce": endpoint_id}}},
]}
s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))
stored = json.loads(s3.get_bucket_policy(Bucket=bucket)["Policy"])
print([s["Sid"] for s in stored["Statement"]])
#> ['DenyPlainHttp', 'DenyOutsideVpcEndpoint']
# --8<-- [end:bucket-policy]

# Cleanup: the policy must go first, or it would block the deletes outside the VPC.
s3.delete_bucket_policy(Bucket=bucket)
s3.delete_object(Bucket=bucket, Key="train/visits.csv")
s3.delete_bucket(Bucket=bucket)
ec2.delete_vpc_endpoints(VpcEndpointIds=[endpoint_id])
kms.schedule_key_deletion(KeyId=key["KeyId"], PendingWindowInDays=7)
