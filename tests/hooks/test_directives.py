import pytest
from guide import GuideError
from guide.directives import expand, leftovers

PAGE = "# T\n\n<!-- @hello world -->\n\n```\n<!-- @hello code -->\n```\n<!-- @unknown x -->\n"


def test_handled_directives_expand_outside_code_only():
    out = expand(PAGE, {"hello": lambda args: f"Hello {args[0]}!"}, "docs/t.md", 5)
    assert "Hello world!" in out
    assert "<!-- @hello code -->" in out


def test_unknown_directive_is_reported_with_line():
    expanded = expand(PAGE, {"hello": lambda args: "Hello"}, "docs/t.md", 5)
    assert leftovers(expanded, "docs/t.md", 5) == ["docs/t.md:12: unknown directive '<!-- @unknown x -->'"]


def test_handler_errors_name_file_and_line():
    with pytest.raises(GuideError) as error:
        expand(PAGE, {"hello": lambda args: {}[args[0]]}, "docs/t.md", 1)
    assert "docs/t.md:3: directive @hello world" in str(error.value)
