"""Encrypt a training-data bucket by default with a customer managed KMS key (SSE-KMS)."""

import boto3

REGION = "us-east-1"
s3 = boto3.client("s3", region_name=REGION)
kms = boto3.client("kms", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-training-data-{account}-{REGION}"  # never printed

# --8<-- [start:default-encryption]
key_id = kms.create_key(Description="study guide training data", KeyUsage="ENCRYPT_DECRYPT")["KeyMetadata"]["KeyId"]
kms.enable_key_rotation(KeyId=key_id)               # yearly rotation of the key material
s3.create_bucket(Bucket=bucket)
s3.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration={"Rules": [{
    "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": key_id},
    "BucketKeyEnabled": True,                        # fewer KMS requests, lower KMS cost
}]})
s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={
    "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True})

# No encryption argument on the upload: the bucket default applies.
s3.put_object(Bucket=bucket, Key="train/part-0000.csv", Body=b"tenure,charges,churned\n12,70.5,0\n")
head = s3.head_object(Bucket=bucket, Key="train/part-0000.csv")
print(head["ServerSideEncryption"], head["SSEKMSKeyId"].endswith(key_id))
#> aws:kms True
rule = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"][0]
print(rule["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"], rule["BucketKeyEnabled"])
#> aws:kms True
print("rotation enabled:", kms.get_key_rotation_status(KeyId=key_id)["KeyRotationEnabled"])
#> rotation enabled: True
# --8<-- [end:default-encryption]

# --8<-- [start:cleanup]
s3.delete_object(Bucket=bucket, Key="train/part-0000.csv")
s3.delete_bucket(Bucket=bucket)
kms.schedule_key_deletion(KeyId=key_id, PendingWindowInDays=7)   # 7 to 30 days; 7 is the minimum
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
