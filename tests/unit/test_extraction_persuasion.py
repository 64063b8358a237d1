"""The one a state tries to persuade into an act has not acted yet."""

from __future__ import annotations

import pytest

from tests.unit.extraction_docs import facts, make_doc


@pytest.mark.parametrize(
    "text",
    [
        "Pháp sẽ thuyết phục Đức ủng hộ Ukraine trong cuộc họp tới.",
        "Ba Lan đang vận động Đức ủng hộ Ukraine bằng xe tăng.",
        "Nga tìm cách lôi kéo Trung Quốc ủng hộ lập trường của mình.",
    ],
)
def test_persuaded_party_does_not_support_yet(extractor, text):
    got = facts(extractor.extract(make_doc(text)).triples)
    assert not [f for f in got if f[0] == "SUPPORTED" and f[3] == "asserted"]


def test_support_after_a_list_is_kept(extractor):
    got = facts(extractor.extract(make_doc("Mỹ vận động các đồng minh, trong đó Đức ủng hộ Ukraine.")).triples)
    assert ("SUPPORTED", "Đức", "Ukraine", "asserted") in got
