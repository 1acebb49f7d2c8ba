"""Request shapes of four AI services, validated by botocore and answered by a stub.

Nothing here reaches AWS: botocore.stub.Stubber checks every parameter name
and type against the service model, then returns the canned response we give
it. Run: python snippets/modeling/ai_service_requests.py
"""

import boto3
from botocore.stub import Stubber

# --8<-- [start:translate-text]
translate = boto3.client("translate", region_name="us-east-1")
request = {"Text": "Your order has shipped.", "SourceLanguageCode": "en",
           "TargetLanguageCode": "es"}
with Stubber(translate) as stub:
    stub.add_response("translate_text",
                      {"TranslatedText": "Su pedido ha sido enviado.",
                       "SourceLanguageCode": "en", "TargetLanguageCode": "es"},
                      request)
    out = translate.translate_text(**request)
print(out["TranslatedText"])
#> Su pedido ha sido enviado.
# --8<-- [end:translate-text]

# --8<-- [start:transcribe-job]
transcribe = boto3.client("transcribe", region_name="us-east-1")
request = {"TranscriptionJobName": "study-guide-call-0001",
           "Media": {"MediaFileUri": "s3://example-bucket/calls/call-0001.wav"},
           "LanguageCode": "en-US",
           "Settings": {"ShowSpeakerLabels": True, "MaxSpeakerLabels": 2}}
with Stubber(transcribe) as stub:
    stub.add_response("start_transcription_job",
                      {"TranscriptionJob": {"TranscriptionJobName": "study-guide-call-0001",
                                            "TranscriptionJobStatus": "IN_PROGRESS"}},
                      request)
    job = transcribe.start_transcription_job(**request)["TranscriptionJob"]
print(job["TranscriptionJobName"], job["TranscriptionJobStatus"])
#> study-guide-call-0001 IN_PROGRESS
# --8<-- [end:transcribe-job]

# --8<-- [start:rekognition-labels]
rekognition = boto3.client("rekognition", region_name="us-east-1")
request = {"Image": {"S3Object": {"Bucket": "example-bucket", "Name": "shelf/aisle-7.jpg"}},
           "MaxLabels": 5, "MinConfidence": 80.0}
with Stubber(rekognition) as stub:
    stub.add_response("detect_labels",
                      {"Labels": [{"Name": "Shelf", "Confidence": 98.1},
                                  {"Name": "Bottle", "Confidence": 91.4}]},
                      request)
    labels = rekognition.detect_labels(**request)["Labels"]
print([(label["Name"], round(label["Confidence"])) for label in labels])
#> [('Shelf', 98), ('Bottle', 91)]
# --8<-- [end:rekognition-labels]

# --8<-- [start:bedrock-converse]
bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")
request = {"modelId": "amazon.nova-lite-v1:0",
           "messages": [{"role": "user",
                         "content": [{"text": "Summarize this review in 10 words: ..."}]}],
           "inferenceConfig": {"maxTokens": 60, "temperature": 0.2}}
with Stubber(bedrock) as stub:
    stub.add_response("converse", {
        "output": {"message": {"role": "assistant",
                               "content": [{"text": "Fast delivery, sturdy box, but the charger died in a week."}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 42, "outputTokens": 15, "totalTokens": 57},
        "metrics": {"latencyMs": 350}}, request)
    reply = bedrock.converse(**request)
print(reply["stopReason"], reply["usage"]["totalTokens"], "tokens")
#> end_turn 57 tokens
# --8<-- [end:bedrock-converse]
