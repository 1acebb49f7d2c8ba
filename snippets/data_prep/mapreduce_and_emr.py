"""MapReduce by hand, then the same idea on AWS: a Glue Spark job with bookmarks and a transient EMR cluster.

The map/shuffle/reduce part is plain Python. The Glue job and the EMR cluster are plain
boto3 and run against moto in the tests; on a real account the cluster is billed until it
terminates after its last step.
"""

import json
from collections import defaultdict
from itertools import chain

import boto3

# --8<-- [start:map-shuffle-reduce]
# Three input splits, as three mappers on three nodes would see them: (customer, event) lines.
splits = [
    ["c1 play", "c2 play", "c1 skip"],
    ["c3 play", "c1 play", "c2 cancel"],
    ["c2 play", "c3 skip", "c3 play"],
]


def mapper(line):                      # runs next to the data, one split per task
    customer, event = line.split()
    yield customer, (1, int(event == "skip"))


def reducer(key, values):              # runs once per key, after the shuffle
    events, skips = map(sum, zip(*values))
    return key, {"events": events, "skip_rate": round(skips / events, 2)}


mapped = chain.from_iterable(mapper(line) for split in splits for line in split)
shuffled = defaultdict(list)           # the shuffle groups every value of a key on one reducer
for key, value in mapped:
    shuffled[key].append(value)
for key in sorted(shuffled):
    print(reducer(key, shuffled[key]))
    #> ('c1', {'events': 3, 'skip_rate': 0.33})
    #> ('c2', {'events': 3, 'skip_rate': 0.0})
    #> ('c3', {'events': 3, 'skip_rate': 0.33})
# --8<-- [end:map-shuffle-reduce]

REGION = "us-east-1"
glue = boto3.client("glue", region_name=REGION)
emr = boto3.client("emr", region_name=REGION)
iam = boto3.client("iam", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
bucket = f"study-guide-etl-{account}-{REGION}"  # never printed
glue_role = iam.create_role(RoleName="study-guide-glue-etl-role", AssumeRolePolicyDocument=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"},
                   "Action": "sts:AssumeRole"}]}))["Role"]["Arn"]

# --8<-- [start:glue-etl-job]
glue.create_job(
    Name="study-guide-sessionize-clicks",
    Role=glue_role,
    Command={"Name": "glueetl", "ScriptLocation": f"s3://{bucket}/scripts/sessionize.py",
             "PythonVersion": "3"},
    GlueVersion="5.0",
    WorkerType="G.1X",                 # 1 DPU per worker: 4 vCPU, 16 GB
    NumberOfWorkers=10,
    DefaultArguments={
        "--job-bookmark-option": "job-bookmark-enable",   # process only files new since the last run
        "--enable-metrics": "true",
    },
)
job = glue.get_job(JobName="study-guide-sessionize-clicks")["Job"]
print(job["Command"]["Name"], job["GlueVersion"], job["WorkerType"], job["NumberOfWorkers"],
      job["DefaultArguments"]["--job-bookmark-option"])
#> glueetl 5.0 G.1X 10 job-bookmark-enable
# --8<-- [end:glue-etl-job]

# --8<-- [start:emr-transient-cluster]
cluster = emr.run_job_flow(
    Name="study-guide-nightly-features",
    ReleaseLabel="emr-7.5.0",
    Applications=[{"Name": "Spark"}, {"Name": "Hive"}],
    Instances={
        "InstanceGroups": [
            {"Name": "primary", "InstanceRole": "MASTER", "InstanceType": "m5.xlarge", "InstanceCount": 1},
            {"Name": "core", "InstanceRole": "CORE", "InstanceType": "r5.2xlarge", "InstanceCount": 2},
            # Task nodes hold no HDFS data, so losing a Spot task node costs only recomputation.
            {"Name": "task-spot", "InstanceRole": "TASK", "InstanceType": "r5.2xlarge",
             "InstanceCount": 4, "Market": "SPOT"},
        ],
        "KeepJobFlowAliveWhenNoSteps": False,     # transient: terminate after the last step
    },
    Steps=[
        {"Name": "hive-daily-aggregates", "ActionOnFailure": "TERMINATE_CLUSTER",
         "HadoopJarStep": {"Jar": "command-runner.jar",
                           "Args": ["hive-script", "--run-hive-script", "--args",
                                    "-f", f"s3://{bucket}/hql/daily_aggregates.q"]}},
        {"Name": "spark-build-features", "ActionOnFailure": "TERMINATE_CLUSTER",
         "HadoopJarStep": {"Jar": "command-runner.jar",
                           "Args": ["spark-submit", "--deploy-mode", "cluster",
                                    f"s3://{bucket}/jobs/build_features.py"]}},
    ],
    JobFlowRole="EMR_EC2_DefaultRole",
    ServiceRole="EMR_DefaultRole",
    LogUri=f"s3://{bucket}/emr-logs/",
)
cluster_id = cluster["JobFlowId"]   # an id: used, never printed
steps = emr.list_steps(ClusterId=cluster_id)["Steps"]
print(sorted(step["Name"] for step in steps))
#> ['hive-daily-aggregates', 'spark-build-features']
groups = emr.list_instance_groups(ClusterId=cluster_id)["InstanceGroups"]
print(sorted((g["InstanceGroupType"], g["Market"], g["RequestedInstanceCount"]) for g in groups))
#> [('CORE', 'ON_DEMAND', 2), ('MASTER', 'ON_DEMAND', 1), ('TASK', 'SPOT', 4)]
# --8<-- [end:emr-transient-cluster]

# --8<-- [start:cleanup]
emr.terminate_job_flows(JobFlowIds=[cluster_id])
glue.delete_job(JobName="study-guide-sessionize-clicks")
iam.delete_role(RoleName="study-guide-glue-etl-role")
print("cleaned up")
#> cleaned up
# --8<-- [end:cleanup]
