import pytest

from graphkit.config import available_pipelines, load_pipeline
from graphkit.errors import ConfigError
from graphkit.registry import Registry


def test_config_default_pipeline_loads():
    cfg = load_pipeline("vi-news")
    assert cfg.name == "vi-news"
    assert cfg.ner.backend == "auto"
    assert "vi-news" in available_pipelines()


def test_config_unknown_pipeline_names_known_ones():
    with pytest.raises(ConfigError, match="vi-news"):
        load_pipeline("no-such-pipeline")


def test_config_unknown_field_is_an_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('name = "x"\n[ner]\nbackend = "auto"\nbogus = 1\n')
    with pytest.raises(ConfigError, match="bogus"):
        load_pipeline(str(path))


def test_config_registry_unknown_component_fails_at_once():
    reg: Registry[object] = Registry("ner")
    reg.register("ner.a.v1")(object)
    with pytest.raises(ConfigError, match="ner.a.v1"):
        reg.get("ner.b.v1")
