"""Where the shared contact-file test corpus lives (see /work/shared/corpus/SOURCES.md).

The corpus sits next to the repository, not inside it: `<repo>/../shared/corpus`.
"""
from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def corpus_files(pattern: str = "*") -> list[Path]:
    """Corpus files matching `pattern` in any folder (e.g. "*.vcf"), sorted by path."""
    return sorted(path for path in CORPUS.rglob(pattern) if path.is_file())


def corpus_file(relative: str) -> Path:
    """One corpus file by its path inside the corpus, e.g. "khard/minimal.vcf"."""
    return CORPUS / relative
