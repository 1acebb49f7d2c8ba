"""A Glue Data Quality ruleset written in DQDL, sent through botocore's Stubber.

moto does not implement Glue Data Quality, so this request is validated by
botocore (field names and types) but not executed against a service.
"""

import boto3
from botocore.stub import Stubber

glue = boto3.client("glue", region_name="us-east-1")

# --8<-- [start:dqdl-ruleset-request]
ruleset = """Rules = [
    RowCount > 1000,
    IsComplete "customer_id",
    IsUnique "customer_id",
    Completeness "annual_income" > 0.95,
    ColumnValues "contract" in ["month-to-month", "one-year", "two-year"],
    ColumnValues "monthly_charges" between 0 and 500,
    ColumnValues "churned" in [0, 1]
]"""
request = {
    "Name": "churn-training-data-checks",
    "Description": "Gate before the nightly training job",
    "Ruleset": ruleset,
    "TargetTable": {"DatabaseName": "study_guide_lake", "TableName": "customer_churn"},
}
with Stubber(glue) as stub:
    stub.add_response("create_data_quality_ruleset", {"Name": request["Name"]}, request)
    response = glue.create_data_quality_ruleset(**request)
print(response["Name"], "-", ruleset.count("\n") - 1, "rules validated by botocore")
#> churn-training-data-checks - 7 rules validated by botocore
# --8<-- [end:dqdl-ruleset-request]
