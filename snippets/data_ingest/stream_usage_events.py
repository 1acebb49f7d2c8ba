"""Push the churn case's usage events through an Amazon Kinesis data stream:
batched writes, the partition key that spreads them over shards, and a
consumer that reads them back."""

import json
from collections import Counter

import boto3

from studyguide.datasets import churn_case, usage_events

REGION = "us-east-1"
kinesis = boto3.client("kinesis", region_name=REGION)
events = usage_events(churn_case()).head(2_000)  # the first morning's events are enough to show the flow

# --8<-- [start:create-stream]
kinesis.create_stream(StreamName="churn-usage-events", ShardCount=2)  # provisioned: 2 shards
kinesis.get_waiter("stream_exists").wait(StreamName="churn-usage-events")
summary = kinesis.describe_stream_summary(StreamName="churn-usage-events")["StreamDescriptionSummary"]
print(summary["StreamStatus"], summary["OpenShardCount"], "shards,", summary["RetentionPeriodHours"], "h retention")
#> ACTIVE 2 shards, 24 h retention
# --8<-- [end:create-stream]

# --8<-- [start:put-records-in-batches]
failed = 0
records = [{"Data": json.dumps({**row, "event_time": row["event_time"].isoformat()}).encode(),
            "PartitionKey": row["customer_id"]}  # one customer's events stay in order on one shard
           for row in events.to_dict("records")]
for start in range(0, len(records), 500):  # PutRecords takes at most 500 records per call
    response = kinesis.put_records(StreamName="churn-usage-events", Records=records[start:start + 500])
    failed += response["FailedRecordCount"]  # retry these in real code: throttled records are not lost silently
print(f"sent {len(records)} records in {-(-len(records) // 500)} calls, failed {failed}")
#> sent 2000 records in 4 calls, failed 0
# --8<-- [end:put-records-in-batches]

# --8<-- [start:read-per-shard]
per_shard, kinds = Counter(), Counter()
for shard in kinesis.list_shards(StreamName="churn-usage-events")["Shards"]:
    iterator = kinesis.get_shard_iterator(StreamName="churn-usage-events", ShardId=shard["ShardId"],
                                          ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
    # one call is enough here; a real consumer loops on NextShardIterator (or uses the KCL or Lambda)
    for record in kinesis.get_records(ShardIterator=iterator, Limit=10_000)["Records"]:
        per_shard[shard["ShardId"][-1]] += 1
        kinds[json.loads(record["Data"])["event_type"]] += 1
print("records per shard:", dict(sorted(per_shard.items())))
#> records per shard: {'0': 1024, '1': 976}
print(dict(kinds.most_common()))
#> {'data_session': 1208, 'voice_call': 603, 'app_login': 189}
# --8<-- [end:read-per-shard]

# Cleanup (run, not shown on the page).
kinesis.delete_stream(StreamName="churn-usage-events", EnforceConsumerDeletion=True)
print("deleted stream")
#> deleted stream
