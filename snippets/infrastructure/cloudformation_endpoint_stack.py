"""Infrastructure as code for an endpoint: one CloudFormation stack creates the
model, endpoint configuration and endpoint and exports the endpoint name; a
second (application) stack imports that name into a Parameter Store value.

Plain boto3. moto runs both stacks; on a real account the first stack starts two
billable instances, and the cleanup section deletes both stacks (importer first).
"""

import json

import boto3

REGION = "us-east-1"
cfn = boto3.client("cloudformation", region_name=REGION)
ssm = boto3.client("ssm", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]

# --8<-- [start:endpoint-template]
endpoint_template = {
    "AWSTemplateFormatVersion": "2010-09-09",
    "Description": "Churn model served on a real-time SageMaker AI endpoint",
    "Parameters": {
        "ModelDataUrl": {"Type": "String"},
        "ExecutionRoleArn": {"Type": "String"},
        "InstanceType": {"Type": "String", "Default": "ml.m5.large"},
    },
    "Resources": {
        "Model": {
            "Type": "AWS::SageMaker::Model",
            "Properties": {
                "ExecutionRoleArn": {"Ref": "ExecutionRoleArn"},
                "PrimaryContainer": {
                    "Image": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
                    "ModelDataUrl": {"Ref": "ModelDataUrl"},
                },
            },
        },
        "EndpointConfig": {
            "Type": "AWS::SageMaker::EndpointConfig",
            "Properties": {
                "ProductionVariants": [{
                    "VariantName": "AllTraffic",
                    "ModelName": {"Fn::GetAtt": ["Model", "ModelName"]},
                    "InstanceType": {"Ref": "InstanceType"},
                    "InitialInstanceCount": 2,
                    "InitialVariantWeight": 1.0,
                }],
            },
        },
        "Endpoint": {
            "Type": "AWS::SageMaker::Endpoint",
            "Properties": {"EndpointConfigName": {"Fn::GetAtt": ["EndpointConfig", "EndpointConfigName"]}},
        },
    },
    "Outputs": {
        "EndpointName": {
            "Value": {"Fn::GetAtt": ["Endpoint", "EndpointName"]},
            "Export": {"Name": "study-guide-churn-endpoint-name"},  # cross-stack reference
        }
    },
}
body = json.dumps(endpoint_template)
print(len(json.loads(body)["Resources"]), "resources,", len(body), "bytes of JSON")
#> 3 resources, 1108 bytes of JSON
# --8<-- [end:endpoint-template]

# --8<-- [start:create-endpoint-stack]
cfn.create_stack(
    StackName="study-guide-churn-endpoint",
    TemplateBody=body,
    Parameters=[
        {"ParameterKey": "ModelDataUrl",
         "ParameterValue": f"s3://study-guide-models-{account}-{REGION}/churn/v1/model.tar.gz"},
        {"ParameterKey": "ExecutionRoleArn",
         "ParameterValue": f"arn:aws:iam::{account}:role/study-guide-sagemaker-execution"},
    ],
)
cfn.get_waiter("stack_create_complete").wait(StackName="study-guide-churn-endpoint")
stack = cfn.describe_stacks(StackName="study-guide-churn-endpoint")["Stacks"][0]
print(stack["StackStatus"])
#> CREATE_COMPLETE
resources = cfn.list_stack_resources(StackName="study-guide-churn-endpoint")["StackResourceSummaries"]
for r in sorted(resources, key=lambda r: r["LogicalResourceId"]):
    print(r["LogicalResourceId"], r["ResourceType"], r["ResourceStatus"])
    #> Endpoint AWS::SageMaker::Endpoint CREATE_COMPLETE
    #> EndpointConfig AWS::SageMaker::EndpointConfig CREATE_COMPLETE
    #> Model AWS::SageMaker::Model CREATE_COMPLETE
# --8<-- [end:create-endpoint-stack]

# --8<-- [start:import-in-second-stack]
# The application stack (owned by another team) needs the endpoint name for its
# Lambda function: it imports the export instead of hard-coding the name.
app_template = {
    "Resources": {
        "EndpointNameParameter": {
            "Type": "AWS::SSM::Parameter",
            "Properties": {
                "Name": "/study-guide/churn/endpoint-name",
                "Type": "String",
                "Value": {"Fn::ImportValue": "study-guide-churn-endpoint-name"},
            },
        }
    }
}
cfn.create_stack(StackName="study-guide-churn-app", TemplateBody=json.dumps(app_template))
cfn.get_waiter("stack_create_complete").wait(StackName="study-guide-churn-app")
exported = {e["Name"]: e["Value"] for e in cfn.list_exports()["Exports"]}
imported = ssm.get_parameter(Name="/study-guide/churn/endpoint-name")["Parameter"]["Value"]
print(imported == exported["study-guide-churn-endpoint-name"])
#> True
# --8<-- [end:import-in-second-stack]

# --8<-- [start:cleanup]
# An exported value cannot be deleted while another stack imports it: delete the importer first.
for name in ("study-guide-churn-app", "study-guide-churn-endpoint"):
    cfn.delete_stack(StackName=name)
    cfn.get_waiter("stack_delete_complete").wait(StackName=name)
print(len(boto3.client("sagemaker", region_name=REGION).list_endpoints()["Endpoints"]))
#> 0
# --8<-- [end:cleanup]
