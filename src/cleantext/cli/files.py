"""Reading and rewriting text files safely: encoding, newline style and permissions kept.

A file is read as bytes once. :func:`read_text` refuses what cannot be rewritten without
loss (binary data, bytes that do not decode and re-encode to themselves) and remembers how
the file was written, so :func:`write_text` can put the new text back the same way, through
a temporary file in the same folder renamed over the original (a reader never sees half a
file, a crash never leaves one).
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cleantext.decode import BOMS, decode_noting, detect, stray_utf8, utf16_without_bom

SNIFF_BYTES = 8192  # a NUL byte in the first 8 KB marks a binary file, as git decides


class FileError(Exception):
    """A file that cannot be read or written; the message is one line, fit for stderr."""


@dataclass(frozen=True)
class TextFile:
    """A file's text with newlines as ``"\\n"``, and how to write it back the same way.

    ``newline`` is the file's dominant line ending (``"\\n"``, ``"\\r\\n"`` or ``"\\r"``),
    ``encoding`` a Python codec name, ``bom`` the byte-order mark it started with (or
    ``b""``), ``mode`` its permission bits, ``owner`` its user and group ids, ``note`` how
    bytes that are not plain UTF-8 were read (for ``--explain``).
    """

    path: Path
    text: str
    encoding: str = "utf-8"
    newline: str = "\n"
    bom: bytes = b""
    mode: int = 0o644
    owner: tuple[int, int] | None = None
    note: str | None = None


def describe(exc: OSError) -> str:
    """A short reason for an ``OSError``: ``"no such file"``, ``"permission denied"``..."""
    reasons = {
        errno.ENOENT: "no such file",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EISDIR: "is a directory",
        errno.ENOTDIR: "not a directory",
        errno.EROFS: "read-only file system",
        errno.ENOSPC: "no space left on device",
    }
    return reasons.get(exc.errno or 0, exc.strerror or type(exc).__name__).lower()


def newline_style(text: str) -> str:
    """The dominant line ending of ``text``: ``"\\r\\n"``, ``"\\r"`` or ``"\\n"`` (the default)."""
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf > lf and crlf >= cr:
        return "\r\n"
    if cr > lf and cr > crlf:
        return "\r"
    return "\n"


def to_lf(text: str) -> str:
    """``text`` with every line ending (CRLF, CR) turned into ``"\\n"``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_binary(data: bytes) -> bool:
    """True for data with a NUL byte near the start (UTF-16/32 with a BOM aside)."""
    if any(data.startswith(bom) for bom, name in BOMS if not name.startswith("utf-8")):
        return False
    return b"\x00" in data[:SNIFF_BYTES] and utf16_without_bom(data) is None


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or :class:`FileError` saying in a few words why not."""
    if path.is_dir():
        raise FileError("is a directory")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FileError(describe(exc)) from None


def decode_exact(data: bytes) -> tuple[str, str, bytes, str | None]:
    """``(text, encoding, bom, note)`` such that the text encodes back to exactly ``data``.

    UTF-8 first (by far the most common, and never wrong when it succeeds), a BOM's
    encoding, UTF-16 without a BOM, UTF-8 with a few stray bytes (kept as they are, lone
    surrogates in the text, so every line written back is byte-exact), then the detected
    code page (:func:`cleantext.decode.detect`); :class:`FileError` when nothing
    round-trips. ``note`` says how bytes that are not plain UTF-8 were read.
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                note = None if name == "utf-8" else f"decoded as {name.upper()} (byte-order mark)"
                return data[len(bom) :].decode(name), name, bom, note
            except UnicodeDecodeError:
                raise FileError(f"not valid {name.upper()} despite its byte-order mark") from None
    wide = utf16_without_bom(data)
    if wide:
        return data.decode(wide), wide, b"", f"decoded as {wide.upper()} (no byte-order mark)"
    try:
        return data.decode("utf-8"), "utf-8", b"", None
    except UnicodeDecodeError:
        pass
    stray = stray_utf8(data)
    if stray:
        note = f"decoded as UTF-8; {stray} stray byte{'s' if stray != 1 else ''} kept as they are"
        return data.decode("utf-8", "surrogateescape"), "utf-8", b"", note
    guess = detect(data)
    if guess:
        try:
            text = data.decode(guess)
            if text.encode(guess) == data:
                return text, codecs.lookup(guess).name, b"", f"decoded as {guess} (detected)"
        except (UnicodeError, LookupError):
            pass
    raise FileError("cannot decode as text (not UTF-8, and no encoding round-trips)")


def read_text(path: Path) -> TextFile:
    """Read ``path`` for rewriting: exact decoding, newlines normalised, style remembered."""
    try:
        info = path.stat()
    except OSError as exc:
        raise FileError(describe(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise FileError("is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise FileError("not a regular file")
    data = read_bytes(path)
    if is_binary(data):
        raise FileError("binary file")
    text, encoding, bom, note = decode_exact(data)
    mode, owner = stat.S_IMODE(info.st_mode), (info.st_uid, info.st_gid)
    return TextFile(path, to_lf(text), encoding, newline_style(text), bom, mode, owner, note)


def read_lenient(data: bytes, kind: str = "file") -> tuple[str, str | None]:
    """Text from bytes for reading only (stdin, filter mode): never fails on bad bytes;
    with a note on how bytes that are not plain UTF-8 were read.

    Binary data is still refused (:class:`FileError`): cleaning it would print garbage.
    """
    if is_binary(data):
        raise FileError(f"binary {kind}")
    text, note = decode_noting(data)
    return to_lf(text), note


def encode(file: TextFile, text: str) -> bytes:
    """``text`` (``"\\n"`` newlines) as bytes written the way ``file`` was.

    The file's own encoding when the text fits it, UTF-8 (without BOM) otherwise.
    """
    if file.newline != "\n":
        text = text.replace("\n", file.newline)
    # Stray bytes of a mostly-UTF-8 file were read as lone surrogates: they go back as
    # they came.
    errors = "surrogateescape" if codecs.lookup(file.encoding).name == "utf-8" else "strict"
    try:
        return file.bom + text.encode(file.encoding, errors)
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape")


def _writable(path: Path) -> bool:
    """Whether this user may write ``path`` itself (not only the folder that holds it)."""
    try:
        return os.access(path, os.W_OK)
    except OSError:
        return False


def _overwrite(path: Path, data: bytes) -> None:
    """Write ``data`` into the existing file ``path`` itself: its inode, owner, group and
    links stay (a rename would replace them)."""
    with open(path, "r+b") as handle:
        handle.write(data)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())


def write_atomic(path: Path, data: bytes, mode: int, owner: tuple[int, int] | None = None) -> None:
    """Replace ``path``'s content with ``data``, with permission bits ``mode``.

    A file this user may not write is refused (``permission denied``), even where the
    folder would allow replacing it. The bytes go to a temporary file in the same folder
    (same file system, so the rename is atomic), flushed to disk, then renamed over the
    target. A symbolic link is followed: the file it points to is rewritten and the link
    stays a link. When the temporary file cannot take the target's owner and group
    (``owner``: uid, gid; only root may give a file away) or the target has other hard
    links, the target is written in place instead, so that it keeps them; the temporary
    file is removed only once that write is complete.
    """
    target = Path(os.path.realpath(path))
    if target.exists() and not _writable(target):
        raise FileError("permission denied")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise FileError(f"cannot write next to it: {describe(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if owner is not None and hasattr(os, "chown"):
            with contextlib.suppress(OSError):  # only root may give a file away
                os.chown(tmp, *owner)
        made = os.stat(tmp)
        try:
            links = os.stat(target).st_nlink
        except FileNotFoundError:
            links = 0
        if links > 1 or (owner is not None and links and (made.st_uid, made.st_gid) != owner):
            try:
                _overwrite(target, data)
            except OSError as exc:  # the new text is safe in the temporary file: say where
                raise FileError(f"cannot write: {describe(exc)} (new text kept in {tmp})") from None
            os.unlink(tmp)
        else:
            os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise FileError(f"cannot write: {describe(exc)}") from None


def write_text(file: TextFile, text: str) -> None:
    """Write ``text`` back to ``file.path`` in its encoding, newline style and permissions."""
    write_atomic(file.path, encode(file, text), file.mode, file.owner)
