"""The support-notes side quest: do the notes carry a churn signal, and what
would Amazon Comprehend and Amazon Bedrock requests over them look like?

The two service calls are validated by botocore.stub.Stubber against the real
service models and answered with canned responses; nothing reaches AWS.
Run: python snippets/modeling/support_notes_ai_services.py
"""

import boto3
from botocore.stub import Stubber

from studyguide.datasets import churn_case

# --8<-- [start:notes-carry-signal]
df = churn_case()
notes = df[df["support_note"] != ""]
mentions_leaving = notes["support_note"].str.contains(
    "cancel|competitor|PAC code", case=False, regex=True)
print(f"{len(notes)} customers have a note; {mentions_leaving.sum()} mention leaving")
#> 1543 customers have a note; 204 mention leaving
print(f"churn rate when the note mentions leaving: {notes[mentions_leaving]['churned'].mean():.0%}")
#> churn rate when the note mentions leaving: 77%
print(f"churn rate for every other note:           {notes[~mentions_leaving]['churned'].mean():.0%}")
#> churn rate for every other note:           27%
# --8<-- [end:notes-carry-signal]

# --8<-- [start:comprehend-batch-sentiment]
comprehend = boto3.client("comprehend", region_name="us-east-1")
batch = notes["support_note"].drop_duplicates().head(3).tolist()         # up to 25 documents per call
request = {"TextList": batch, "LanguageCode": "en"}
canned = {"ResultList": [
    {"Index": i, "Sentiment": s, "SentimentScore": {"Positive": 0.02, "Negative": 0.9,
                                                  "Neutral": 0.07, "Mixed": 0.01}}
    for i, s in enumerate(["NEGATIVE", "NEGATIVE", "NEUTRAL"])], "ErrorList": []}
with Stubber(comprehend) as stub:
    stub.add_response("batch_detect_sentiment", canned, request)
    answer = comprehend.batch_detect_sentiment(**request)
for note, result in zip(batch, answer["ResultList"]):
    print(f"{result['Sentiment']:8s} | {note}")
    #> NEGATIVE | Customer disputes a charge on the last bill.
    #> NEGATIVE | Reports dropped calls at home in the evening.
    #> NEUTRAL  | SIM card replaced after damage.
# --8<-- [end:comprehend-batch-sentiment]

# --8<-- [start:bedrock-tag-a-note]
bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")
note = notes.loc[mentions_leaving, "support_note"].iloc[0]
request = {
    "modelId": "amazon.nova-lite-v1:0",
    "system": [{"text": "You tag telecom support notes. Answer with one word: "
                        "billing, network, cancel or device."}],
    "messages": [{"role": "user", "content": [{"text": note}]}],
    "inferenceConfig": {"maxTokens": 5, "temperature": 0.0},
}
with Stubber(bedrock) as stub:
    stub.add_response("converse", {
        "output": {"message": {"role": "assistant", "content": [{"text": "cancel"}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 38, "outputTokens": 2, "totalTokens": 40},
        "metrics": {"latencyMs": 210}}, request)
    reply = bedrock.converse(**request)
print(f"{note!r} -> {reply['output']['message']['content'][0]['text']}")
#> 'Says a competitor offers the same plan cheaper; wants to leave.' -> cancel
print(f"tokens billed for this note: {reply['usage']['totalTokens']}")
#> tokens billed for this note: 40
# --8<-- [end:bedrock-tag-a-note]
