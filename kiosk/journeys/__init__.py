"""One home per citizen journey: ``callback``, ``documents`` and ``call``.

Each holds its rules as plain Python (what may be entered, checked and submitted; testable
without Qt, which an import contract keeps so) and, beside them, the view-model QML binds to
and the Qt glue it needs (``viewmodel.py`` and its helpers). A call may show documents, and
documents reuse the callback's contact checks and submission seam: the journeys build on each
other in that order only.
"""
