"""The batch driver: same result in worker processes, errors collected, canonical names."""

import pytest

from graphkit.config import load_pipeline
from graphkit.models import RawSource
from graphkit.pipeline import BatchAborted, run_batch

ARTICLES = [
    ("a1", "date 2022-02-08\nTin 1\n\nTổng thống Nga Vladimir Putin đã hội đàm với Tổng thống Pháp Emmanuel Macron."),
    ("a2", "date 2022-02-09\nTin 2\n\nÔng Putin tiếp Thủ tướng Đức Olaf Scholz tại Điện Kremlin hôm 15/2."),
    ("a3", "date 2022-02-10\nTin 3\n\nNga yêu cầu NATO đưa ra bảo đảm an ninh bằng văn bản."),
]


def _sources(extra: list[RawSource] | None = None) -> list[RawSource]:
    items = [RawSource(name=f"{i}.txt", doc_id=i, kind="txt", data=t.encode()) for i, t in ARTICLES]
    return items + (extra or [])


def _config(workers: int):
    cfg = load_pipeline("vi-news")
    return cfg.model_copy(update={"batch": cfg.batch.model_copy(update={"workers": workers})})


def _facts(result) -> set[tuple[str, str, str, str]]:
    return {
        (t.doc_id, str(t.predicate), t.subject.name, getattr(t.object, "name", None) or t.object.topic)
        for t in result.triples
    }


def test_pipeline_workers_give_the_same_result_as_one_process():
    one = run_batch(_sources(), _config(1))
    two = run_batch(_sources(), _config(2))
    assert [d.doc_id for d in one.documents] == ["a1", "a2", "a3"]
    assert _facts(one) == _facts(two)
    assert {e.id for e in one.entities} == {e.id for e in two.entities}
    assert ("a1", "MET", "Vladimir Putin", "Emmanuel Macron") in _facts(one)


def test_pipeline_merges_entities_across_documents():
    result = run_batch(_sources(), _config(1))
    putin = [e for e in result.entities if e.name == "Vladimir Putin"]
    assert len(putin) == 1
    assert {m.doc_id for m in putin[0].mentions} == {"a1", "a2"}
    # the short mention in a2 carries the canonical name chosen across documents
    assert any(t.subject.name == "Vladimir Putin" for t in result.triples if t.doc_id == "a2")


def test_pipeline_bad_input_is_collected_and_the_rest_completes():
    bad = RawSource(name="bad.txt", doc_id="bad", kind="txt", data=b"\x00\x01\x00binary")
    result = run_batch(_sources([bad]), _config(1))
    assert [e.input for e in result.errors] == ["bad.txt"]
    assert len(result.documents) == 3


def test_pipeline_strict_stops_at_the_first_bad_input():
    bad = RawSource(name="bad.txt", doc_id="bad", kind="txt", data=b"\x00\x01\x00binary")
    with pytest.raises(BatchAborted, match="bad.txt"):
        run_batch([bad, *_sources()], _config(1), strict=True)


def test_pipeline_duplicate_doc_ids_are_reported():
    dup = RawSource(name="again/a1.txt", doc_id="a1", kind="txt", data=ARTICLES[0][1].encode())
    result = run_batch(_sources([dup]), _config(1))
    assert any("duplicate" in e.message for e in result.errors)
    assert len(result.documents) == 3
