"""Who said what: named experts with roles and quotes, unnamed sources apart. (placeholder)"""

from __future__ import annotations

from .models import Expert, Sentence, UnnamedSource


def extract_experts(text: str, sentences: list[Sentence]) -> tuple[list[Expert], list[UnnamedSource]]:
    return [], []
