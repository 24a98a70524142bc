#!/usr/bin/env python3
"""docnorm's -t chunks beside docling's HierarchicalChunker and HybridChunker, on the same
structure: docnorm's -t json of a file is rebuilt as a DoclingDocument (headings with their
labels and levels, paragraphs, list items, tables), so the comparison is of the chunking,
not of the parsing. HybridChunker counts characters here (a tokenizer of one token per
character), so its limit means what --chunk-size means.

Not part of any check (docling-core is not a dependency):
  python3 -m venv /tmp/dl && /tmp/dl/bin/pip install 'docling-core[chunking]'
  /tmp/dl/bin/python scripts/compare-docling-chunks.py FILE.docx [LIMIT]
"""
import json
import os
import statistics
import subprocess
import sys

from docling_core.transforms.chunker.hierarchical_chunker import HierarchicalChunker
from docling_core.transforms.chunker.hybrid_chunker import HybridChunker
from docling_core.transforms.chunker.tokenizer.base import BaseTokenizer
from docling_core.types.doc import DoclingDocument, DocItemLabel, GroupLabel, TableCell, TableData

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BIN = os.environ.get("DOCNORM_BIN", os.path.join(ROOT, ".build", "release", "docnorm"))


class Characters(BaseTokenizer):
    """One token per Unicode scalar, as docnorm counts."""
    max_tokens: int = 1000

    def count_tokens(self, text):
        return len(text)

    def get_max_tokens(self):
        return self.max_tokens

    def get_tokenizer(self):
        return len  # semchunk takes a token counter


def shown(block):
    label = (block.get("label") or {}).get("text") or ""
    return label + block.get("text", "")


def build(model):
    doc = DoclingDocument(name="doc")
    def add(blocks, parent=None):
        for b in blocks:
            t = b["type"]
            if t == "heading":
                if b["level"] == 1:
                    doc.add_title(text=shown(b), parent=parent)
                else:
                    doc.add_heading(text=shown(b), level=b["level"] - 1, parent=parent)
            elif t == "paragraph":
                doc.add_text(label=DocItemLabel.TEXT, text=b["text"], parent=parent)
            elif t == "list":
                group = doc.add_group(label=GroupLabel.LIST, parent=parent)
                for item in b["items"]:
                    doc.add_list_item(text=shown(item), parent=group)
            elif t == "table":
                rows = b["rows"]
                width = max((sum(c["colspan"] for c in r["cells"]) for r in rows), default=0)
                data = TableData(num_rows=len(rows), num_cols=width)
                for i, r in enumerate(rows):
                    col = 0
                    for c in r["cells"]:
                        data.table_cells.append(TableCell(text=c["text"], start_row_offset_idx=i, end_row_offset_idx=i + 1,
                                                          start_col_offset_idx=col, end_col_offset_idx=col + c["colspan"],
                                                          column_header=r["header"] or i == 0))
                        col += c["colspan"]
                doc.add_table(data=data, parent=parent)
            elif t == "blockQuote":
                add(b["blocks"], parent)
    add(model["blocks"])
    return doc


def describe(name, texts, headings):
    sizes = [len(t) for t in texts]
    print(f"{name}: {len(texts)} chunks, size median {statistics.median(sizes):.0f}, max {max(sizes)}, "
          f"under 100: {sum(s < 100 for s in sizes)}; first headings {headings[:2]}")


def main():
    path = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    model = json.loads(subprocess.run([BIN, "convert", path, "-t", "json"], capture_output=True, text=True, check=True).stdout)
    ours = [json.loads(l) for l in subprocess.run([BIN, "convert", path, "-t", "chunks", "--chunk-size", str(limit)],
                                                   capture_output=True, text=True, check=True).stdout.splitlines()]
    doc = build(model)
    hier = list(HierarchicalChunker().chunk(doc))
    hybrid = list(HybridChunker(tokenizer=Characters(max_tokens=limit), merge_peers=True).chunk(doc))
    describe("docnorm", [r["text"] for r in ours], [r["headings"] for r in ours])
    describe("HierarchicalChunker", [c.text for c in hier], [c.meta.headings for c in hier])
    describe("HybridChunker", [c.text for c in hybrid], [c.meta.headings for c in hybrid])
    print(f"docnorm splits: {sorted({r['split'] or 'whole' for r in ours})}; "
          f"HybridChunker over {limit} chars: {sum(len(c.text) > limit for c in hybrid)}; "
          f"its contextualized text over {limit}: {sum(len(HybridChunker(tokenizer=Characters(max_tokens=limit)).contextualize(c)) > limit for c in hybrid)}")
    if "--show" in sys.argv:
        for label, chunks in (("hier", hier), ("hybrid", hybrid)):
            for c in chunks[:6]:
                print(label, c.meta.headings, repr(c.text[:80]))


if __name__ == "__main__":
    main()
