import pytest
from guide import GuideError
from guide.yamlines import load, loads


def test_mappings_and_lists_remember_their_lines():
    data = loads("a: 1\nitems:\n  - x: 1\n  - x: 2\n")
    assert data.line == 1
    assert data.line_of("items") == 2
    assert [item.line for item in data["items"]] == [3, 4]
    assert data["items"].item_lines == [3, 4]


def test_duplicate_key_is_an_error_with_file_and_line(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text("term: a\nterm: b\n")
    with pytest.raises(GuideError) as error:
        load(path)
    assert f"{path}:2:" in str(error.value)
    assert "duplicate key" in str(error.value)


def test_syntax_error_names_file_and_line(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text("a: 1\nb: [unclosed\n")
    with pytest.raises(GuideError) as error:
        load(path)
    assert str(path) in str(error.value) and "invalid YAML" in str(error.value)
