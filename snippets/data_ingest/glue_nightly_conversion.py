"""The batch half of ingestion: an AWS Glue job that converts the contact
centre's nightly JSON export to partitioned Parquet, and a scheduled trigger
that runs it every night. The job's script is PySpark; here we define and
schedule it, the part an ML engineer writes in boto3 or infrastructure as code."""

import boto3

REGION = "us-east-1"
glue = boto3.client("glue", region_name=REGION)
iam = boto3.client("iam", region_name=REGION)
s3 = boto3.client("s3", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"churn-case-lake-{account}-{REGION}"  # globally unique, not printed
s3.create_bucket(Bucket=bucket)
role_arn = iam.create_role(
    RoleName="churn-glue-etl",
    AssumeRolePolicyDocument='{"Version":"2012-10-17","Statement":[{"Effect":"Allow",'
                             '"Principal":{"Service":"glue.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
)["Role"]["Arn"]

# --8<-- [start:define-glue-job]
s3.put_object(Bucket=bucket, Key="scripts/contacts_to_parquet.py", Body=b"# PySpark script, see the page")
glue.create_job(
    Name="contacts-json-to-parquet",
    Role=role_arn,
    Command={"Name": "glueetl", "ScriptLocation": f"s3://{bucket}/scripts/contacts_to_parquet.py",
             "PythonVersion": "3"},
    GlueVersion="5.0",
    WorkerType="G.1X", NumberOfWorkers=2,          # small nightly export: two workers
    DefaultArguments={
        "--job-bookmark-option": "job-bookmark-enable",  # process only files not seen by earlier runs
        "--source_path": f"s3://{bucket}/raw/contact_centre/",
        "--target_path": f"s3://{bucket}/curated/contacts/",
    },
)
job = glue.get_job(JobName="contacts-json-to-parquet")["Job"]
print(job["Command"]["Name"], job["GlueVersion"], job["WorkerType"], job["NumberOfWorkers"],
      job["DefaultArguments"]["--job-bookmark-option"])
#> glueetl 5.0 G.1X 2 job-bookmark-enable
# --8<-- [end:define-glue-job]

# --8<-- [start:schedule-nightly]
glue.create_trigger(
    Name="contacts-nightly",
    Type="SCHEDULED",
    Schedule="cron(30 2 * * ? *)",                  # 02:30 UTC, after the 02:00 export lands
    Actions=[{"JobName": "contacts-json-to-parquet"}],
    StartOnCreation=True,
)
trigger = glue.get_trigger(Name="contacts-nightly")["Trigger"]
print(trigger["Type"], trigger["Schedule"], [action["JobName"] for action in trigger["Actions"]])
#> SCHEDULED cron(30 2 * * ? *) ['contacts-json-to-parquet']
# --8<-- [end:schedule-nightly]

# Cleanup (run, not shown on the page).
glue.delete_trigger(Name="contacts-nightly")
glue.delete_job(JobName="contacts-json-to-parquet")
iam.delete_role(RoleName="churn-glue-etl")
s3.delete_object(Bucket=bucket, Key="scripts/contacts_to_parquet.py")
s3.delete_bucket(Bucket=bucket)
print("deleted trigger, job, role and bucket")
#> deleted trigger, job, role and bucket
