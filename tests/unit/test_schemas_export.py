import json

import jsonschema

from graphkit.models import Document
from graphkit.schema_export import default_dir, export_schemas, stale_schemas


def test_schemas_exported_files_match_models():
    assert stale_schemas() == [], "run `graphkit schemas export` and commit schemas/json"


def test_schemas_stale_file_is_detected(tmp_path):
    export_schemas(tmp_path)
    assert stale_schemas(tmp_path) == []
    path = tmp_path / "entity.schema.json"
    data = json.loads(path.read_text())
    data["properties"].pop("kb_id")
    path.write_text(json.dumps(data))
    assert stale_schemas(tmp_path) == ["entity.schema.json"]


def test_schemas_document_schema_validates_a_record():
    schema = json.loads((default_dir() / "document.schema.json").read_text())
    record = json.loads(Document(doc_id="a", title="T", text="Nội dung.").model_dump_json())
    jsonschema.validate(record, schema)
    record["extra"] = 1
    try:
        jsonschema.validate(record, schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("unknown fields must be rejected by the schema")
