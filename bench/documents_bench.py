"""Document reading speed: sandboxed vs bare pdfplumber, the pypdfium2 fast path, OCR, busy cores.

Run: `.venv/bin/python bench/documents_bench.py [--pages 3] [--files 20]`. A report, not a test.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import time
from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers.documents import ReaderLimits, pdfium
from parsers.documents.pdf import layout_texts
from parsers.sandbox import read_sandboxed
from parsers.types import Attachment

FIXTURES = Path(__file__).parents[1] / "fixtures" / "docs"
LINE = "Assange and Manning have been imprisoned for exposing US and British war crimes."


def text_pdf(pages: int, seed: int) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        for row in range(40):
            pdf.drawString(60, 780 - row * 18, f"{seed}.{page}.{row} {LINE}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def timed(label: str, pages: int, work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    seconds = time.perf_counter() - started
    print(f"{label:<44} {pages / seconds:8.1f} pages/s  {1000 * seconds / pages:8.1f} ms/page")
    return seconds


def bare_pdfplumber(corpus: list[bytes]) -> None:
    for data in corpus:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()


def burn(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def run(corpus: list[bytes], pages: int, limits: ReaderLimits) -> dict[str, float]:
    out = {
        "bare": timed("pdfplumber, one process", pages, lambda: bare_pdfplumber(corpus)),
        "layout": timed(
            "our PDF reader (layout), one process", pages, lambda: [layout_texts(d) for d in corpus]
        ),
        "pdfium": timed(
            "pypdfium2 text layer, one process",
            pages,
            lambda: [pdfium.page_texts(d, 10_000) for d in corpus],
        ),
        "sandbox": timed(
            "our PDF reader through the sandbox",
            pages,
            lambda: [
                read_sandboxed(Attachment("b.pdf", "application/pdf", d), limits) for d in corpus
            ],
        ),
    }
    print(f"sandbox / bare pdfplumber: {out['sandbox'] / out['bare']:.2f}x the time")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=3)
    parser.add_argument("--files", type=int, default=20)
    args = parser.parse_args()
    limits = ReaderLimits()
    corpus = [text_pdf(args.pages, seed) for seed in range(args.files)]
    pages = args.pages * args.files
    print(f"## {args.files} text PDFs of {args.pages} pages, idle machine")
    run(corpus, pages, limits)
    print("## OCR (one page each, sandboxed)")
    for name in ("scanned-rotated.pdf", "photo-of-printed-page.jpg"):
        data = (FIXTURES / name).read_bytes()
        timed(
            f"OCR {name}",
            1,
            lambda d=data, n=name: read_sandboxed(
                Attachment(n, "application/octet-stream", d), limits
            ),
        )
    print("## the same with both cores busy")
    burners = [multiprocessing.Process(target=burn, args=(600,)) for _ in range(2)]
    for process in burners:
        process.start()
    try:
        run(corpus, pages, limits)
        data = (FIXTURES / "scanned-rotated.pdf").read_bytes()
        timed(
            "OCR scanned-rotated.pdf (busy)",
            1,
            lambda: read_sandboxed(Attachment("s.pdf", "application/pdf", data), limits),
        )
    finally:
        for process in burners:
            process.kill()


if __name__ == "__main__":
    main()
