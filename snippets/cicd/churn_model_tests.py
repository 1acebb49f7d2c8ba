"""The automated tests a churn release runs in CI/CD: a unit test of the
payload contract, and an integration test against the staging endpoint.

Plain Python and boto3. In the release pipeline, CodeBuild runs the unit test
before anything is deployed, and the integration test after the staging deploy.
"""

import boto3

FEATURES = ["tenure_months", "monthly_charges", "support_calls", "month_to_month"]


def to_payload(customer: dict) -> str:
    """One CSV line in the exact feature order the model was trained on."""
    row = dict(customer, month_to_month=int(customer["contract"] == "month-to-month"))
    return ",".join(str(row[name]) for name in FEATURES)


# --8<-- [start:unit-test-payload-contract]
def test_payload_matches_training_columns():
    customer = {"customer_id": "C00042", "tenure_months": 3, "monthly_charges": 94.5,
                "support_calls": 4, "contract": "month-to-month", "region": "north"}
    assert to_payload(customer) == "3,94.5,4,1"  # no id, no region, fixed order


test_payload_matches_training_columns()
print("unit: payload contract holds")
#> unit: payload contract holds
# --8<-- [end:unit-test-payload-contract]


# --8<-- [start:integration-test-staging]
def test_staging_endpoint_scores_a_batch(endpoint="study-guide-churn-staging"):
    runtime = boto3.client("sagemaker-runtime", region_name="us-east-1")
    rows = ["3,94.5,4,1", "58,41.0,0,0"]
    response = runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/csv",
                                       Body="\n".join(rows).encode())
    scores = [float(s) for s in response["Body"].read().decode().split()]
    assert len(scores) == len(rows)                # one score per customer
    assert all(0.0 <= s <= 1.0 for s in scores)    # probabilities, not labels
    assert scores[0] > scores[1]                   # a known risky customer outranks a loyal one
    return scores


print("integration:", test_staging_endpoint_scores_a_batch())
#> integration: [0.81, 0.07]
# --8<-- [end:integration-test-staging]
