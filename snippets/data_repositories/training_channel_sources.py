"""One training job, three channels: Amazon S3, Amazon EFS and Amazon FSx for Lustre.

A SageMaker AI training channel names its storage in ``DataSource``: either an
``S3DataSource`` (with an input mode such as File, Pipe or FastFile) or a
``FileSystemDataSource`` that mounts an EFS or FSx for Lustre file system. File
system channels need the job to run inside your VPC (``VpcConfig``).

On a real account this creates an EFS file system, an FSx for Lustre file
system and a training job: all three are billed until the cleanup runs.
"""

import boto3

REGION = "us-east-1"
sts = boto3.client("sts", region_name=REGION)
ec2 = boto3.client("ec2", region_name=REGION)
efs = boto3.client("efs", region_name=REGION)
fsx = boto3.client("fsx", region_name=REGION)
iam = boto3.client("iam", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
sm = boto3.client("sagemaker", region_name=REGION)

account = sts.get_caller_identity()["Account"]
bucket = f"study-guide-repos-{account}-{REGION}"  # globally unique, not printed

# --8<-- [start:network-and-file-systems]
# File systems live in a VPC; the training job joins the same subnet.
vpc_id = ec2.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]
subnet_id = ec2.create_subnet(
    VpcId=vpc_id, CidrBlock="10.20.1.0/24", AvailabilityZone="us-east-1a"
)["Subnet"]["SubnetId"]
sg_id = ec2.create_security_group(
    GroupName="study-guide-training", Description="training to NFS and Lustre", VpcId=vpc_id
)["GroupId"]
# NFS for EFS; Lustre for FSx needs 988 and 1018-1023. Only members of the group may connect.
for first, last in [(2049, 2049), (988, 988), (1018, 1023)]:
    ec2.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": first, "ToPort": last,
        "UserIdGroupPairs": [{"GroupId": sg_id}],
    }])

s3.create_bucket(Bucket=bucket)
s3.put_object(Bucket=bucket, Key="curated/churn/train/part-0000.csv", Body=b"0,34,12.5\n1,51,80.1\n")

# Amazon EFS: a shared NFS file system, here holding a vocabulary your team edits.
efs_id = efs.create_file_system(
    CreationToken="study-guide-shared-assets", PerformanceMode="generalPurpose",
    ThroughputMode="elastic", Encrypted=True,
)["FileSystemId"]
# On AWS, wait until LifeCycleState is "available" before adding the mount target.
mount_target_id = efs.create_mount_target(
    FileSystemId=efs_id, SubnetId=subnet_id, SecurityGroups=[sg_id]
)["MountTargetId"]

# Amazon FSx for Lustre linked to the S3 prefix: objects appear as files, loaded on first read.
lustre = fsx.create_file_system(
    FileSystemType="LUSTRE", StorageCapacity=1200,
    SubnetIds=[subnet_id], SecurityGroupIds=[sg_id],
    LustreConfiguration={"DeploymentType": "SCRATCH_2", "ImportPath": f"s3://{bucket}/curated/"},
)["FileSystem"]
print(lustre["FileSystemType"], lustre["StorageCapacity"], "GiB")
#> LUSTRE 1200 GiB
# --8<-- [end:network-and-file-systems]

role_arn = iam.create_role(
    RoleName="study-guide-training-role",
    AssumeRolePolicyDocument='{"Version":"2012-10-17","Statement":[{"Effect":"Allow",'
    '"Principal":{"Service":"sagemaker.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
)["Role"]["Arn"]

# --8<-- [start:three-channel-sources]
channels = [
    {   # Amazon S3, streamed on demand: no copy to the ML storage volume first
        "ChannelName": "train",
        "InputMode": "FastFile",
        "DataSource": {"S3DataSource": {
            "S3DataType": "S3Prefix",
            "S3Uri": f"s3://{bucket}/curated/churn/train/",
            "S3DataDistributionType": "ShardedByS3Key",
        }},
    },
    {   # Amazon EFS, mounted read-only at the channel directory
        "ChannelName": "assets",
        "DataSource": {"FileSystemDataSource": {
            "FileSystemId": efs_id,
            "FileSystemType": "EFS",
            "FileSystemAccessMode": "ro",
            "DirectoryPath": "/vocab",
        }},
    },
    {   # Amazon FSx for Lustre: path starts with the file system's mount name
        "ChannelName": "images",
        "DataSource": {"FileSystemDataSource": {
            "FileSystemId": lustre["FileSystemId"],
            "FileSystemType": "FSxLustre",
            "FileSystemAccessMode": "ro",
            "DirectoryPath": f"/{lustre['LustreConfiguration'].get('MountName', 'fsx')}/churn",
        }},
    },
]
# --8<-- [end:three-channel-sources]

# --8<-- [start:create-training-job]
sm.create_training_job(
    TrainingJobName="study-guide-channel-sources",
    AlgorithmSpecification={
        "TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "TrainingInputMode": "File",  # default for channels that set no InputMode
    },
    RoleArn=role_arn,
    InputDataConfig=channels,
    OutputDataConfig={"S3OutputPath": f"s3://{bucket}/models/"},
    ResourceConfig={"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 30},
    VpcConfig={"SecurityGroupIds": [sg_id], "Subnets": [subnet_id]},  # required for EFS/FSx
    StoppingCondition={"MaxRuntimeInSeconds": 3600},
    HyperParameters={"objective": "binary:logistic", "num_round": "50"},
)
sm.get_waiter("training_job_completed_or_stopped").wait(TrainingJobName="study-guide-channel-sources")
job = sm.describe_training_job(TrainingJobName="study-guide-channel-sources")
print(job["TrainingJobStatus"])
#> Completed
for channel in job["InputDataConfig"]:
    source = next(iter(channel["DataSource"]))
    detail = channel["DataSource"][source].get("FileSystemType", channel.get("InputMode", "File"))
    print(f"{channel['ChannelName']:<7} {source:<21} {detail}")
    #> train   S3DataSource          FastFile
    #> assets  FileSystemDataSource  EFS
    #> images  FileSystemDataSource  FSxLustre
# --8<-- [end:create-training-job]

# --8<-- [start:cleanup]
fsx.delete_file_system(FileSystemId=lustre["FileSystemId"])
efs.delete_mount_target(MountTargetId=mount_target_id)
efs.delete_file_system(FileSystemId=efs_id)
for obj in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
    s3.delete_object(Bucket=bucket, Key=obj["Key"])
s3.delete_bucket(Bucket=bucket)
iam.delete_role(RoleName="study-guide-training-role")
ec2.delete_security_group(GroupId=sg_id)
ec2.delete_subnet(SubnetId=subnet_id)
ec2.delete_vpc(VpcId=vpc_id)
print("deleted file systems, bucket, role and network")
#> deleted file systems, bucket, role and network
# --8<-- [end:cleanup]
