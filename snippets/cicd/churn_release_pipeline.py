"""The churn model's release pipeline in AWS CodePipeline: the source is the
repository of infrastructure and inference code, CodeBuild runs the tests,
CloudFormation deploys to staging, a person approves, CloudFormation deploys to
production.

Plain boto3. moto stores the pipeline definition; nothing runs. The CodeBuild
project request goes through botocore's Stubber (validated, not executed).
"""

import json

import boto3
from botocore.stub import Stubber

REGION = "us-east-1"
iam = boto3.client("iam", region_name=REGION)
codepipeline = boto3.client("codepipeline", region_name=REGION)
account = boto3.client("sts", region_name=REGION).get_caller_identity()["Account"]
ARTIFACTS = f"study-guide-cicd-{account}-{REGION}"


def service_role(name, service):
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": service},
                                                     "Action": "sts:AssumeRole"}]}
    return iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]


pipeline_role = service_role("study-guide-codepipeline", "codepipeline.amazonaws.com")
build_role = service_role("study-guide-codebuild", "codebuild.amazonaws.com")

# --8<-- [start:test-project]
buildspec = """
version: 0.2
phases:
  install:
    commands: [pip install -r requirements-dev.txt]
  build:
    commands:
      - pytest tests/unit                       # feature code and payload contract
      - cfn-lint infrastructure/*.yaml          # templates are valid before any deploy
      - python infrastructure/render_params.py  # picks the latest Approved package
artifacts:
  files: [infrastructure/*.yaml, infrastructure/params-*.json]
"""
project = {
    "name": "study-guide-churn-tests",
    "source": {"type": "CODEPIPELINE", "buildspec": buildspec},
    "artifacts": {"type": "CODEPIPELINE"},
    "environment": {"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0",
                    "computeType": "BUILD_GENERAL1_SMALL"},
    "serviceRole": build_role,
}
checked = boto3.client("codebuild", region_name=REGION)
with Stubber(checked) as stub:  # moto wants a source location here; botocore validates, nothing runs
    stub.add_response("create_project", {"project": {"name": project["name"]}}, project)
    checked.create_project(**project)
print(project["name"], [line.split("#")[0].strip() for line in buildspec.splitlines() if "- " in line][:2])
#> study-guide-churn-tests ['- pytest tests/unit', '- cfn-lint infrastructure/*.yaml']
# --8<-- [end:test-project]


# --8<-- [start:release-stages]
def deploy(stage, run_order=1):
    return {"name": f"Deploy-{stage}", "runOrder": run_order, "inputArtifacts": [{"name": "Built"}],
            "actionTypeId": {"category": "Deploy", "owner": "AWS", "provider": "CloudFormation", "version": "1"},
            "configuration": {"ActionMode": "CREATE_UPDATE", "StackName": f"study-guide-churn-{stage}",
                              "TemplatePath": "Built::infrastructure/endpoint.yaml",
                              "TemplateConfiguration": f"Built::infrastructure/params-{stage}.json",
                              "RoleArn": f"arn:aws:iam::{account}:role/study-guide-cfn-deploy"}}


stages = [
    {"name": "Source", "actions": [{
        "name": "Repository", "outputArtifacts": [{"name": "Code"}],
        "actionTypeId": {"category": "Source", "owner": "AWS", "provider": "CodeStarSourceConnection", "version": "1"},
        "configuration": {"ConnectionArn": f"arn:aws:codeconnections:{REGION}:{account}:connection/example",
                          "FullRepositoryId": "example-telecom/churn-serving", "BranchName": "main"}}]},
    {"name": "Test", "actions": [{
        "name": "UnitTestsAndLint", "inputArtifacts": [{"name": "Code"}], "outputArtifacts": [{"name": "Built"}],
        "actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1"},
        "configuration": {"ProjectName": "study-guide-churn-tests"}}]},
    {"name": "Staging", "actions": [deploy("staging")]},
    {"name": "Approve", "actions": [{
        "name": "ReleaseManager",
        "actionTypeId": {"category": "Approval", "owner": "AWS", "provider": "Manual", "version": "1"},
        "configuration": {"CustomData": "Check the staging endpoint's integration tests and shadow results"}}]},
    {"name": "Production", "actions": [deploy("prod")]},
]
codepipeline.create_pipeline(pipeline={
    "name": "study-guide-churn-release", "roleArn": pipeline_role,
    "artifactStore": {"type": "S3", "location": ARTIFACTS}, "stages": stages,
})
stored = codepipeline.get_pipeline(name="study-guide-churn-release")["pipeline"]
for stage in stored["stages"]:
    action = stage["actions"][0]["actionTypeId"]
    print(f"{stage['name']:<10} {action['category']:<8} {action['provider']}")
#> Source     Source   CodeStarSourceConnection
#> Test       Build    CodeBuild
#> Staging    Deploy   CloudFormation
#> Approve    Approval Manual
#> Production Deploy   CloudFormation
# --8<-- [end:release-stages]

# --8<-- [start:cleanup]
codepipeline.delete_pipeline(name="study-guide-churn-release")
for role in ("study-guide-codepipeline", "study-guide-codebuild"):
    iam.delete_role(RoleName=role)
print(len(codepipeline.list_pipelines()["pipelines"]))
#> 0
# --8<-- [end:cleanup]
