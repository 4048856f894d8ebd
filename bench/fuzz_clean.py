"""Coverage-guided fuzzing of ``cleantext.clean`` with atheris (``pip install -e '.[fuzz]'``).

    .venv/bin/python bench/fuzz_clean.py --minutes 10            # fuzz for ten minutes
    .venv/bin/python bench/fuzz_clean.py --minutes 60 --jobs 2   # longer, two processes
    .venv/bin/python bench/fuzz_clean.py --replay crash-1234     # re-run one input

An input's first byte chooses the mode (``auto``, ``text``, ``html``) and whether the rest
is passed as ``bytes`` or as ``str`` (UTF-8, undecodable bytes as lone surrogates). An
input fails when ``clean`` raises, hangs (``--timeout`` seconds), returns a body with
control characters or invalid Unicode, or metadata of the wrong type. Failing inputs
land in ``<workdir>/findings/`` (``--workdir``, default ``$TMPDIR/cleantext-fuzz``), the
growing corpus in ``<workdir>/corpus/``. Keep each failing input as a regression test:
copy it into ``tests/regressions/`` under a name that says what broke
(``tests/test_regressions.py`` replays every file there with :func:`check`).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import sys
import tempfile
import traceback
import unicodedata
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MODES = ("auto", "text", "html")
_BAD_CATEGORIES = frozenset(("Cc", "Cs"))  # controls and lone surrogates


def source_of(data: bytes) -> tuple[str | bytes, str]:
    """``(source, mode)`` that ``data`` stands for (see the module docstring)."""
    flags = data[0] if data else 0
    mode = MODES[flags % 3]
    payload = data[1:]
    if flags & 4:
        return payload.decode("utf-8", "surrogateescape"), mode
    return payload, mode


def check(data: bytes) -> None:
    """Clean the input ``data`` stands for; raise when anything is wrong with the result."""
    import cleantext

    source, mode = source_of(data)
    doc = cleantext.clean(source, mode=mode)
    for value in (doc.body, doc.title or "", doc.site or "", *doc.authors):
        if not isinstance(value, str):
            raise TypeError(f"not a str: {value!r}")
        value.encode("utf-8")  # lone surrogates raise here
        bad = {ch for ch in value if unicodedata.category(ch) in _BAD_CATEGORIES and ch != "\n"}
        if bad:
            raise ValueError(f"control or invalid characters in output: {sorted(bad)!r}")
    if doc.date is not None and _dt.date.fromisoformat(doc.date).isoformat() != doc.date:
        raise ValueError(f"date not ISO: {doc.date!r}")
    if not all(r.rule and r.family for r in doc.removed):
        raise ValueError("a removal without its rule")
    doc.to_json()


def _seeds() -> list[bytes]:
    """Starting corpus: the seed pages (as text and as bytes) and a small HTML page."""
    out = []
    for path in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")):
        page = path.read_bytes()[:20_000]
        out += [bytes([0]) + page, bytes([5]) + page]
    html = b"<html><head><title>T</title></head><body><article><p>Share prices fell.</p></article></body></html>"
    out += [bytes([2]) + html, bytes([6]) + html]
    return out


def _recorder(findings: Path) -> Callable[[bytes], None]:
    """A fuzz target that writes failing inputs to ``findings`` instead of stopping.

    One input is kept per failure site (exception type and the line that raised it), so
    a single bug does not flood the directory.
    """
    seen: set[str] = set()

    def target(data: bytes) -> None:
        try:
            check(data)
        except Exception as exc:
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            site = f"{type(exc).__name__}-{Path(frame.filename).stem}-{frame.lineno}"
            if site not in seen:
                seen.add(site)
                name = f"fail-{site}-{hashlib.sha1(data).hexdigest()[:12]}"
                (findings / name).write_bytes(data)
                print(f"\n== {name}: {exc!s:.300}", flush=True)

    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz (default 10)")
    parser.add_argument("--jobs", type=int, default=1, help="parallel fuzzing processes")
    parser.add_argument(
        "--timeout", type=int, default=20, help="seconds before an input counts as a hang"
    )
    parser.add_argument("--max-len", type=int, default=20_000, help="longest input tried, in bytes")
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cleantext-fuzz"
    )
    parser.add_argument(
        "--keep-going", action="store_true", help="record failing inputs and carry on fuzzing"
    )
    parser.add_argument("--replay", type=Path, nargs="*", help="run these inputs once and report")
    args, rest = parser.parse_known_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    if args.replay:
        failed = 0
        for path in args.replay:
            try:
                check(path.read_bytes())
                print(f"ok      {path}")
            except Exception as exc:
                failed += 1
                print(f"FAILED  {path}: {type(exc).__name__}: {exc}")
        return 1 if failed else 0

    import atheris

    with atheris.instrument_imports(include=["cleantext"]):
        import cleantext  # noqa: F401

    corpus = args.workdir / "corpus"
    findings = args.workdir / "findings"
    corpus.mkdir(parents=True, exist_ok=True)
    findings.mkdir(parents=True, exist_ok=True)
    if not any(corpus.iterdir()):
        for i, seed in enumerate(_seeds()):
            (corpus / f"seed-{i}").write_bytes(seed)
    flags = [
        f"-max_total_time={int(args.minutes * 60)}",
        f"-timeout={args.timeout}",
        f"-max_len={args.max_len}",
        f"-artifact_prefix={findings}/",
        "-print_final_stats=1",
    ]
    if args.jobs > 1:
        flags += [f"-jobs={args.jobs}", f"-workers={args.jobs}"]
    target = _recorder(findings) if args.keep_going else check
    atheris.Setup([sys.argv[0], *flags, *rest, str(corpus)], target)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
