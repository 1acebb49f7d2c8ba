"""A SageMaker AI execution role that can read one S3 prefix, write another,
and use exactly one KMS key, plus a look at envelope encryption with that key.
"""

import json

import boto3

REGION = "us-east-1"
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-ml-data-{account}-{REGION}"
iam = boto3.client("iam", region_name=REGION)
kms = boto3.client("kms", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)

# --8<-- [start:customer-managed-key]
key = kms.create_key(
    Description="study-guide churn training data and model artifacts",
    KeyUsage="ENCRYPT_DECRYPT",
    KeySpec="SYMMETRIC_DEFAULT",
)["KeyMetadata"]
kms.create_alias(AliasName="alias/study-guide-churn", TargetKeyId=key["KeyId"])
kms.enable_key_rotation(KeyId=key["KeyId"])
print(key["KeyUsage"], key["KeySpec"], kms.get_key_rotation_status(KeyId=key["KeyId"])["KeyRotationEnabled"])
#> ENCRYPT_DECRYPT SYMMETRIC_DEFAULT True
# --8<-- [end:customer-managed-key]

# --8<-- [start:envelope-encryption]
# S3 and EBS do this for you: a data key encrypts the bytes, KMS encrypts the data key.
data_key = kms.generate_data_key(KeyId="alias/study-guide-churn", KeySpec="AES_256")
print(len(data_key["Plaintext"]) * 8, "bit data key; stored copy is encrypted:",
      data_key["CiphertextBlob"] != data_key["Plaintext"])
#> 256 bit data key; stored copy is encrypted: True
secret = kms.encrypt(KeyId="alias/study-guide-churn", Plaintext=b"customer_id,tenure\nC00001,14")
plain = kms.decrypt(CiphertextBlob=secret["CiphertextBlob"])["Plaintext"]
print(plain.decode().splitlines()[1])
#> C00001,14
# --8<-- [end:envelope-encryption]

# --8<-- [start:execution-role-policy]
trust = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow",
                   "Principal": {"Service": "sagemaker.amazonaws.com"},
                   "Action": "sts:AssumeRole"}],
}
policy = {
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "ListOnlyTheProjectPrefix", "Effect": "Allow",
         "Action": "s3:ListBucket", "Resource": f"arn:aws:s3:::{bucket}",
         "Condition": {"StringLike": {"s3:prefix": ["churn/*"]}}},
        {"Sid": "ReadTrainingData", "Effect": "Allow",
         "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{bucket}/churn/train/*"},
        {"Sid": "WriteModelArtifacts", "Effect": "Allow",
         "Action": "s3:PutObject", "Resource": f"arn:aws:s3:::{bucket}/churn/models/*"},
        {"Sid": "UseOneKey", "Effect": "Allow",
         "Action": ["kms:Decrypt", "kms:GenerateDataKey", "kms:CreateGrant"],
         "Resource": key["Arn"]},
        {"Sid": "Logs", "Effect": "Allow",
         "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
         "Resource": f"arn:aws:logs:{REGION}:{account}:log-group:/aws/sagemaker/*"},
    ],
}
iam.create_role(RoleName="study-guide-churn-training",
                AssumeRolePolicyDocument=json.dumps(trust),
                Description="SageMaker AI training role for the churn project only")
arn = iam.create_policy(PolicyName="study-guide-churn-training-access",
                        PolicyDocument=json.dumps(policy))["Policy"]["Arn"]
iam.attach_role_policy(RoleName="study-guide-churn-training", PolicyArn=arn)
attached = iam.list_attached_role_policies(RoleName="study-guide-churn-training")["AttachedPolicies"]
print([p["PolicyName"] for p in attached])
#> ['study-guide-churn-training-access']
print([s["Sid"] for s in policy["Statement"]])
#> ['ListOnlyTheProjectPrefix', 'ReadTrainingData', 'WriteModelArtifacts', 'UseOneKey', 'Logs']
# --8<-- [end:execution-role-policy]

# --8<-- [start:default-bucket-encryption]
s3.create_bucket(Bucket=bucket)
s3.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration={"Rules": [{
    "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": key["Arn"]},
    "BucketKeyEnabled": True,   # fewer KMS requests, lower KMS cost
}]})
s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={
    "BlockPublicAcls": True, "IgnorePublicAcls": True,
    "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
s3.put_object(Bucket=bucket, Key="churn/train/part-0000.csv", Body=b"tenure,churned\n14,0\n")
head = s3.head_object(Bucket=bucket, Key="churn/train/part-0000.csv")
print(head["ServerSideEncryption"], head["SSEKMSKeyId"] == key["Arn"])
#> aws:kms True
# --8<-- [end:default-bucket-encryption]

# --8<-- [start:cleanup]
s3.delete_object(Bucket=bucket, Key="churn/train/part-0000.csv")
s3.delete_bucket(Bucket=bucket)
iam.detach_role_policy(RoleName="study-guide-churn-training", PolicyArn=arn)
iam.delete_policy(PolicyArn=arn)
iam.delete_role(RoleName="study-guide-churn-training")
kms.delete_alias(AliasName="alias/study-guide-churn")
kms.schedule_key_deletion(KeyId=key["KeyId"], PendingWindowInDays=7)  # 7 days is the minimum wait
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
