"""The backup file: a manifest anyone can read, then a payload nobody can without the vault key.

Layout::

    MAGIC (16 bytes) | manifest length (4 bytes, big-endian) | manifest JSON | zero padding
    ... up to HEADER_SIZE, then the payload: chunks of [length (4 bytes) | AES-GCM ciphertext]

The manifest (format, vault, time, schema revision, row counts, payload size and SHA-256) is
sealed with an HMAC, so a moved date or a swapped count is caught before anything is restored.
The payload is zlib-compressed JSON lines, cut into chunks, each encrypted under a key made for
this one backup; a chunk's nonce carries its number and a last-chunk flag, so a reordered,
cut-short or spliced payload fails to decrypt. The whole file is written to a temp file in the
target folder (owner-only), fsynced and atomically put in place: a crash leaves either the old
file or the new one, never half of one.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import struct
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shopprivacy.domain.errors import IntegrityProblem
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.kdf import expand

MAGIC = b"SHOPPRIVACY-BAK1"
FORMAT_VERSION = 1
HEADER_SIZE = 64 * 1024
CHUNK_SIZE = 1024 * 1024
_LEN = struct.Struct(">I")
_AAD = b"shopprivacy backup chunk"

NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "errors", "This file is not a backup of this app. Nothing was restored from it."
)
CUT_SHORT = QT_TRANSLATE_NOOP(
    "errors",
    "The backup file is incomplete: it was cut short, perhaps while being copied. "
    "Nothing was restored from it.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "The backup file is damaged: its contents no longer match its seal (code {problem}). "
    "Nothing was restored from it.",
)


class BackupDamaged(IntegrityProblem):
    """The file is not a whole, untouched backup; ``problem`` is a short code for support."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        if problem == "not_a_backup":
            super().__init__(NOT_A_BACKUP)
        elif problem.startswith("truncated"):
            super().__init__(CUT_SHORT)
        else:
            super().__init__(DAMAGED, problem=problem)


@dataclass(frozen=True)
class Manifest:
    backup_id: str
    vault_id: str
    created_at: str  # ISO 8601, UTC
    schema_revision: str | None
    source_backend: str
    row_counts: dict[str, int]
    payload_size: int = 0
    payload_sha256: str = ""
    chunks: int = 0
    recovery_slot: dict[str, str] | None = None  # wrapped blob, as stored in clear in key_slots
    format: int = FORMAT_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "backup_id": self.backup_id,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "schema_revision": self.schema_revision,
            "source_backend": self.source_backend,
            "row_counts": dict(self.row_counts),
            "payload_size": self.payload_size,
            "payload_sha256": self.payload_sha256,
            "chunks": self.chunks,
            "recovery_slot": self.recovery_slot,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        try:
            return cls(
                format=int(data["format"]),
                backup_id=str(data["backup_id"]),
                vault_id=str(data["vault_id"]),
                created_at=str(data["created_at"]),
                schema_revision=data["schema_revision"],
                source_backend=str(data["source_backend"]),
                row_counts={str(k): int(v) for k, v in data["row_counts"].items()},
                payload_size=int(data["payload_size"]),
                payload_sha256=str(data["payload_sha256"]),
                chunks=int(data["chunks"]),
                recovery_slot=data.get("recovery_slot"),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise BackupDamaged("manifest") from exc


def backup_key(master: bytes, backup_id: str) -> bytes:
    """A key for this one backup: chunk nonces can then simply count from zero."""
    return expand(master, f"shopprivacy backup v1:{backup_id}")


def _manifest_mac(key: bytes, body: bytes) -> str:
    return hmac.new(expand(key, "manifest"), body, hashlib.sha256).hexdigest()


def _nonce(index: int, last: bool) -> bytes:
    return struct.pack(">QI", index, 1 if last else 0)


def _canonical(manifest: Manifest) -> bytes:
    return json.dumps(manifest.to_dict(), sort_keys=True, separators=(",", ":")).encode()


# --- writing ---------------------------------------------------------------------------------


def write_backup(
    target: Path, manifest: Manifest, master: bytes, lines: Iterable[bytes]
) -> Manifest:
    """Write ``lines`` (JSON lines, each ending in a newline) as a backup at ``target``.
    Returns the manifest completed with the payload's size, hash and chunk count."""
    target = Path(target)
    key = backup_key(master, manifest.backup_id)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp_name, 0o600)  # mkstemp's default on POSIX; said again, on purpose
        with os.fdopen(fd, "w+b") as out:
            out.write(b"\0" * HEADER_SIZE)
            size, digest, chunks = _write_payload(out, key, lines)
            done = Manifest(
                **{
                    **manifest.__dict__,
                    "payload_size": size,
                    "payload_sha256": digest,
                    "chunks": chunks,
                }
            )
            out.seek(0)
            out.write(_header(done, key))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(target.parent)
    return done


def _header(manifest: Manifest, key: bytes) -> bytes:
    body = _canonical(manifest)
    sealed = json.dumps(
        {"manifest": manifest.to_dict(), "mac": _manifest_mac(key, body)},
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    header = MAGIC + _LEN.pack(len(sealed)) + sealed
    if len(header) > HEADER_SIZE:
        raise ValueError("backup manifest too large")
    return header + b"\0" * (HEADER_SIZE - len(header))


def _write_payload(out: IO[bytes], key: bytes, lines: Iterable[bytes]) -> tuple[int, str, int]:
    aead = AESGCM(key)
    sha = hashlib.sha256()
    size = 0
    index = 0
    compressor = zlib.compressobj(6)
    pending = bytearray()

    def emit(block: bytes, last: bool) -> None:
        nonlocal size, index
        sealed = aead.encrypt(_nonce(index, last), block, _AAD)
        record = _LEN.pack(len(sealed)) + sealed
        out.write(record)
        sha.update(record)
        size += len(record)
        index += 1

    for line in lines:
        pending += compressor.compress(line)
        while len(pending) >= CHUNK_SIZE:
            emit(bytes(pending[:CHUNK_SIZE]), last=False)
            del pending[:CHUNK_SIZE]
    pending += compressor.flush()
    while len(pending) > CHUNK_SIZE:
        emit(bytes(pending[:CHUNK_SIZE]), last=False)
        del pending[:CHUNK_SIZE]
    emit(bytes(pending), last=True)
    return size, sha.hexdigest(), index


def _fsync_folder(folder: Path) -> None:
    # The rename itself must reach the disk too; Windows has no directory handles for this.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- reading ---------------------------------------------------------------------------------


def read_manifest(path: Path) -> Manifest:
    """The manifest as written (not yet checked against any key)."""
    with open(path, "rb") as f:
        head = f.read(HEADER_SIZE)
    return _parse_header(head)[0]


def _parse_header(head: bytes) -> tuple[Manifest, bytes, str]:
    if len(head) < HEADER_SIZE or not head.startswith(MAGIC):
        raise BackupDamaged("not_a_backup" if not head.startswith(MAGIC) else "truncated_header")
    (length,) = _LEN.unpack_from(head, len(MAGIC))
    start = len(MAGIC) + _LEN.size
    if length > HEADER_SIZE - start:
        raise BackupDamaged("manifest")
    try:
        sealed = json.loads(head[start : start + length])
        manifest = Manifest.from_dict(sealed["manifest"])
        mac = str(sealed["mac"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged("manifest") from exc
    if manifest.format != FORMAT_VERSION:
        raise BackupDamaged("unknown_format")
    return manifest, _canonical(manifest), mac


def verify_backup(path: Path, master: bytes) -> Manifest:
    """Check the manifest's seal, the payload's size and SHA-256, and that every chunk decrypts.
    Raises BackupDamaged; changes nothing."""
    manifest = check_header(path, master)
    for _block in _chunks(path, manifest, master):
        pass
    return manifest


def check_header(path: Path, master: bytes) -> Manifest:
    try:
        size_on_disk = os.path.getsize(path)
        with open(path, "rb") as f:
            head = f.read(HEADER_SIZE)
    except OSError as exc:
        raise BackupDamaged("unreadable") from exc
    manifest, body, mac = _parse_header(head)
    key = backup_key(master, manifest.backup_id)
    if not hmac.compare_digest(mac, _manifest_mac(key, body)):
        # Also what a backup of another vault looks like: the caller compares vault ids first.
        raise BackupDamaged("manifest_seal")
    expected = HEADER_SIZE + manifest.payload_size
    if size_on_disk != expected:
        raise BackupDamaged("truncated" if size_on_disk < expected else "extra_bytes")
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        f.seek(HEADER_SIZE)
        while block := f.read(CHUNK_SIZE):
            sha.update(block)
    if not hmac.compare_digest(sha.hexdigest(), manifest.payload_sha256):
        raise BackupDamaged("payload_hash")
    return manifest


def _chunks(path: Path, manifest: Manifest, master: bytes) -> Iterator[bytes]:
    aead = AESGCM(backup_key(master, manifest.backup_id))
    with open(path, "rb") as f:
        f.seek(HEADER_SIZE)
        for index in range(manifest.chunks):
            raw_len = f.read(_LEN.size)
            if len(raw_len) != _LEN.size:
                raise BackupDamaged("truncated")
            (length,) = _LEN.unpack(raw_len)
            sealed = f.read(length)
            if len(sealed) != length:
                raise BackupDamaged("truncated")
            try:
                yield aead.decrypt(_nonce(index, index == manifest.chunks - 1), sealed, _AAD)
            except InvalidTag as exc:
                raise BackupDamaged("payload") from exc
        if f.read(1):
            raise BackupDamaged("extra_bytes")


def read_lines(path: Path, manifest: Manifest, master: bytes) -> Iterator[bytes]:
    """The payload's JSON lines, decrypted and decompressed as they are read."""
    decompressor = zlib.decompressobj()
    rest = b""
    try:
        for block in _chunks(path, manifest, master):
            data = rest + decompressor.decompress(block)
            *whole, rest = data.split(b"\n")
            yield from whole
        rest += decompressor.flush()
    except zlib.error as exc:
        raise BackupDamaged("payload") from exc
    if rest:
        yield rest


def encode_bytes(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def decode_bytes(value: str) -> bytes:
    return base64.b64decode(value.encode("ascii"), validate=True)
