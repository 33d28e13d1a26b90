"""Decode Cairn's pinned known-answer vectors with an independent implementation.

The Rust tests prove that Cairn still reads its own fixtures; this script proves that the
fixtures mean what `core/src/crypto/envelope.rs` and `key_slot.rs` document, by decoding them
with Python's `cryptography` (OpenSSL) and `hashlib` only, following the written format.
"""

import hashlib
import hmac
import json
import pathlib
import sys
import unicodedata

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures"


def hkdf(salt: bytes, material: bytes, label: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, label).derive(material)


def check_envelopes() -> int:
    vectors = json.loads((FIXTURES / "envelope-v1.json").read_text())
    for v in vectors:
        record_key = hkdf(bytes.fromhex(v["store_salt"]), bytes.fromhex(v["data_key"]),
                          f"cairn/v1/record/epoch={v['epoch']}".encode())
        assert record_key.hex() == v["record_key"], "record key derivation differs"
        env = bytes.fromhex(v["envelope"])
        assert env[:2] == b"CE" and env[2] == 1 and env[3] == 1, "envelope header differs"
        epoch = int.from_bytes(env[4:8], "big")
        payload_version = int.from_bytes(env[8:10], "big")
        nonce = env[10:22]
        aad = (b"cairn/v1/record\x00" + bytes([1, 1]) + epoch.to_bytes(4, "big")
               + bytes.fromhex(v["id"]) + v["revision"].to_bytes(8, "big")
               + payload_version.to_bytes(2, "big"))
        plain = AESGCM(record_key).decrypt(nonce, env[22:], aad)
        kind = int.from_bytes(plain[:2], "big")
        length = int.from_bytes(plain[2:6], "big")
        assert kind == v["kind"] and payload_version == v["payload_version"]
        assert plain[6:6 + length].decode() == v["body"], "body differs"
        bucket = 256 if v["text_padding"] else 64
        assert len(plain) % bucket == 0 and not any(plain[6 + length:]), "padding differs"
    return len(vectors)


def check_slot(v: dict, params: bytes, salt: bytes, material: bytes) -> None:
    """The part every slot shares, whatever derived its key material: the HMAC check, then the
    data key unwrapped with AES-256-GCM bound to the slot's parameters."""
    check_key = hkdf(salt, material, b"cairn/v1/key-slot/check")
    expected = hmac.new(check_key, b"cairn/v1/key-check", hashlib.sha256).hexdigest()
    assert expected == v["check"], "key check differs"
    wrapped = bytes.fromhex(v["wrapped"])
    wrap_key = hkdf(salt, material, b"cairn/v1/key-slot/wrap")
    data_key = AESGCM(wrap_key).decrypt(wrapped[:12], wrapped[12:],
                                        b"cairn/v1/key-slot\x00" + params)
    assert data_key.hex() == v["data_key"], "wrapped data key differs"


def check_key_slots() -> int:
    vectors = json.loads((FIXTURES / "key-slot-v1.json").read_text())
    for v in vectors:
        params = bytes.fromhex(v["params"])
        salt = params[7:]
        iterations = int.from_bytes(params[2:6], "big")
        if v["source"] == "platform":
            assert params[1] == 1 and iterations == 0
            material = bytes.fromhex(v["secret"])
        else:
            assert params[1] == 2 and iterations >= 600_000
            material = hashlib.pbkdf2_hmac("sha256", v["secret"].encode(), salt, iterations)
        check_slot(v, params, salt, material)
    return len(vectors)


def check_argon2id_slots() -> int:
    """Slots of kdf 3 (core/src/crypto/kdf.rs): params = version 1 | kdf 3 | memory KiB u32 BE |
    passes u32 BE | lanes u8 | salt length u8 | salt; the passphrase NFC-normalised first."""
    vectors = json.loads((FIXTURES / "key-slot-v2.json").read_text())
    for v in vectors:
        params = bytes.fromhex(v["params"])
        assert params[0] == 1 and params[1] == 3, "not an Argon2id slot"
        memory = int.from_bytes(params[2:6], "big")
        passes = int.from_bytes(params[6:10], "big")
        lanes = params[10]
        salt = params[12:]
        assert params[11] == 32 and len(salt) == 32 and memory >= 64 * 1024
        passphrase = unicodedata.normalize("NFC", v["secret"]).encode()
        material = Argon2id(salt=salt, length=32, iterations=passes, lanes=lanes,
                            memory_cost=memory).derive(passphrase)
        check_slot(v, params, salt, material)
    return len(vectors)


def check_backup() -> int:
    """Opens the pinned backup by following docs/backup-format.md step by step."""
    expected = json.loads((FIXTURES / "backup-v1.json").read_text())
    data = (FIXTURES / "backup-v1.cairn-backup").read_bytes()
    assert data[:8] == b"CAIRNBAK" and data[8] == 1 and data[9] == 1, "backup header differs"
    iterations = int.from_bytes(data[10:14], "big")
    salt = data[14:46]
    secrets, chunk_size = data[46], int.from_bytes(data[47:51], "big")
    assert secrets == 2 and iterations >= 600_000
    code = expected["recovery_code"].replace("-", "")
    symbols = "".join(code[i:i + 4] for i in range(0, 30, 5))  # drop each group's check symbol
    secret = symbols.encode() + b"\x00" + expected["passphrase"].encode()
    kek = hashlib.pbkdf2_hmac("sha256", secret, salt, iterations)
    file_key = AESGCM(kek).decrypt(data[51:63], data[63:111], data[:51])
    mac_key = hkdf(salt, file_key, b"cairn/backup/v1/header")
    mac = hmac.new(mac_key, data[:111], hashlib.sha256).digest()
    assert hmac.compare_digest(mac, data[111:143]), "header MAC differs"
    payload_key = AESGCM(hkdf(salt, file_key, b"cairn/backup/v1/payload"))
    body, segment, plain = data[143:], chunk_size + 16, b""
    chunks = [body[i:i + segment] for i in range(0, len(body), segment)]
    for index, chunk in enumerate(chunks):
        nonce = index.to_bytes(8, "big") + b"\x00\x00\x00" + bytes([index == len(chunks) - 1])
        plain += payload_key.decrypt(nonce, chunk, mac)
    assert int.from_bytes(plain[:2], "big") == 1, "payload version differs"
    count, at = int.from_bytes(plain[2:6], "big"), 6
    kinds = []
    for _ in range(count):
        kind = int.from_bytes(plain[at + 16:at + 18], "big")
        length = int.from_bytes(plain[at + 20:at + 24], "big")
        json.loads(plain[at + 24:at + 24 + length])  # every body is JSON
        kinds.append(kind)
        at += 24 + length
    assert not any(plain[at:]) and len(plain) % 16384 == 0, "padding differs"
    assert count == expected["records"] and 1 in kinds, "records differ"
    return 1


if __name__ == "__main__":
    envelopes = check_envelopes()
    slots = check_key_slots() + check_argon2id_slots()
    backups = check_backup()
    print(f"vectors: {envelopes + slots + backups} passed, 0 failed")
    sys.exit(0)
