"""Staff passwords, stored only as memory-hard hashes.

scrypt (hashlib) with a random salt per password and OWASP's cost (N=2**17,
r=8, p=1: 128 MiB and about half a second a guess), so a stolen staff.db is
slow to attack even on GPUs. Each hash carries its own parameters, so the cost
can be raised later without locking anyone out.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass

SCHEME = "scrypt"
COST_N = 2**17
BLOCK_SIZE_R = 8
PARALLELISM_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_LENGTH = 12
# Bounds the work one request can ask for; no one types a longer password.
MAX_LENGTH = 1024
# Each hash takes 128 MiB: one at a time keeps a burst of logins from exhausting memory.
_ONE_AT_A_TIME = threading.Lock()


class WeakPassword(ValueError):
    """A password refused before it is stored; the message says why."""


@dataclass(frozen=True)
class Params:
    n: int = COST_N
    r: int = BLOCK_SIZE_R
    p: int = PARALLELISM_P

    @property
    def maxmem(self) -> int:
        return 2 * 128 * self.n * self.r * self.p


def check_strength(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_LENGTH} characters (a few words make a good one)")
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"a password of at most {MAX_LENGTH} characters, please")
    if password.strip() != password:
        raise WeakPassword("a password cannot start or end with a space (it is easy to mistype)")
    return password


def _derive(password: str, salt: bytes, params: Params) -> bytes:
    with _ONE_AT_A_TIME:
        return hashlib.scrypt(
            password.encode("utf-8", "surrogatepass"), salt=salt, n=params.n, r=params.r, p=params.p,
            maxmem=params.maxmem, dklen=KEY_BYTES,
        )  # fmt: skip


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, params: Params = Params()) -> str:
    """'scrypt$N$r$p$salt$key' (base64), for a password that passed check_strength."""
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(check_strength(password), salt, params)
    return "$".join([SCHEME, str(params.n), str(params.r), str(params.p), _b64(salt), _b64(key)])


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison; a malformed stored hash never matches."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        params = Params(int(n), int(r), int(p))
        expected = base64.b64decode(key, validate=True)
        salt_bytes = base64.b64decode(salt, validate=True)
    except ValueError:
        return False
    if scheme != SCHEME or len(password) > MAX_LENGTH:
        return False
    return hmac.compare_digest(_derive(password, salt_bytes, params), expected)


@functools.lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


def waste_time(password: str) -> bool:
    """The same work as verify_password, for a name with no account, so a guess at a name
    takes as long as a guess at a password; always False."""
    verify_password(password, _dummy_hash())
    return False
