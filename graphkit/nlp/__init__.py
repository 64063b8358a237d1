"""NER backends (Stanza, underthesea) and the rules-and-knowledge layer.

- :mod:`graphkit.nlp.backends` — the ``NER_BACKENDS`` registry and
  :func:`~graphkit.nlp.backends.create_backend` (``auto`` picks Stanza when its models are
  installed, else the offline underthesea backend).
- :mod:`graphkit.nlp.segment` — word segmentation and POS tags with character offsets.
- :mod:`graphkit.nlp.underthesea_backend` — ``ner.underthesea.v1``.
- :mod:`graphkit.nlp.rules` — :func:`~graphkit.nlp.rules.refine`, which every backend's
  output goes through (titles → roles, organisation heads, the KB gazetteer, capitalisation).
- :mod:`graphkit.nlp.evaluate` — exact-span scoring against CoNLL gold.
- :mod:`graphkit.nlp.paths` — where downloaded models live.
"""
