"""
Verification of the JWT a CDS Client signs (CDS Hooks 2.0, "Trusting CDS Clients"), in pure
Python: the runtime stays Rust-free (PyJWT's RS and ES algorithms need ``cryptography``, built from
Rust).  Only verification, only with public keys, so no secret is handled and timing side
channels do not apply; the arithmetic is Python's big integers.

- ES384: ECDSA over NIST P-384 with SHA-384 (FIPS 186-4; the JWS signature is r || s, 48 bytes
  each, RFC 7518 section 3.4).  The public point is checked to lie on the curve; r and s in
  [1, n - 1]; the check is x(u1 G + u2 Q) mod n == r.
- RS384: RSASSA-PKCS1-v1_5 with SHA-384 (RFC 8017 section 8.2.2): the expected encoding is built
  from the digest and compared in constant time with s^e mod n (no parsing of the decrypted
  block).  Keys below 2048 bits are refused.
- Claims: ``alg`` only ES384 or RS384 (never ``none`` or a symmetric algorithm, as the
  specification requires), ``typ`` JWT, ``kid`` in the configured JWKS; ``iss`` in the allow
  list, ``aud`` the URL of the endpoint called, ``exp`` not past, ``iat`` not in the future,
  ``jti`` never seen before (kept until the token expires; per worker, in memory).

tests/api/cds/test_jwt.py checks it against keys and signatures made by ``cryptography`` and
PyJWT (test-only) and against the example token of the CDS Hooks specification.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs


__all__ = ["JwtError", "Verifier", "load_jwks"]

# NIST P-384 (FIPS 186-4, D.1.2.4; SEC 2 secp384r1).
_P = 2**384 - 2**128 - 2**96 + 2**32 - 1
_A = _P - 3
_B = int(
    "b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef",
    16,
)
_GX = int(
    "aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7",
    16,
)
_GY = int(
    "3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f",
    16,
)
_N = int(
    "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973",
    16,
)
_SIZE = 48  # bytes of a P-384 coordinate and of r and s
# DER DigestInfo prefix of SHA-384 (RFC 8017 section 9.2, note 1).
_SHA384_PREFIX = bytes.fromhex("3041300d060960864801650304020205000430")
_MIN_RSA_BITS = 2048
ALGORITHMS = ("ES384", "RS384")
CLOCK_SKEW_SECONDS = 60

_Point = tuple[int, int, int]  # Jacobian coordinates; Z == 0 is the point at infinity
_INFINITY: _Point = (1, 1, 0)


class JwtError(Exception):
    """A token refused; the message says which check failed (never the token itself)."""


def _b64(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise JwtError(f"{what} is not base64url text")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise JwtError(f"{what} is not base64url") from exc


def _double(p: _Point) -> _Point:
    x, y, z = p
    if z == 0 or y == 0:
        return _INFINITY
    yy = y * y % _P
    s = 4 * x * yy % _P
    zz = z * z % _P
    m = (3 * x * x + _A * zz * zz) % _P
    x3 = (m * m - 2 * s) % _P
    y3 = (m * (s - x3) - 8 * yy * yy) % _P
    return x3, y3, 2 * y * z % _P


def _add(p: _Point, q: _Point) -> _Point:
    if p[2] == 0:
        return q
    if q[2] == 0:
        return p
    x1, y1, z1 = p
    x2, y2, z2 = q
    z1z1, z2z2 = z1 * z1 % _P, z2 * z2 % _P
    u1, u2 = x1 * z2z2 % _P, x2 * z1z1 % _P
    s1, s2 = y1 * z2 * z2z2 % _P, y2 * z1 * z1z1 % _P
    if u1 == u2:
        return _double(p) if s1 == s2 else _INFINITY
    h, rr = (u2 - u1) % _P, (s2 - s1) % _P
    hh = h * h % _P
    hhh = h * hh % _P
    v = u1 * hh % _P
    x3 = (rr * rr - hhh - 2 * v) % _P
    y3 = (rr * (v - x3) - s1 * hhh) % _P
    return x3, y3, z1 * z2 * h % _P


def _multiply(k: int, p: _Point) -> _Point:
    result = _INFINITY
    for bit in f"{k:b}":
        result = _double(result)
        if bit == "1":
            result = _add(result, p)
    return result


def _affine_x(p: _Point) -> int:
    x, _, z = p
    return x * pow(z * z % _P, -1, _P) % _P


@attrs.frozen
class EcKey:
    """A P-384 public key (x, y), checked to be a point of the curve."""

    x: int
    y: int

    def verify(self, message: bytes, signature: bytes) -> bool:
        if len(signature) != 2 * _SIZE:
            return False
        r = int.from_bytes(signature[:_SIZE], "big")
        s = int.from_bytes(signature[_SIZE:], "big")
        if not (1 <= r < _N and 1 <= s < _N):
            return False
        e = int.from_bytes(hashlib.sha384(message).digest(), "big")
        w = pow(s, -1, _N)
        point = _add(
            _multiply(e * w % _N, (_GX, _GY, 1)), _multiply(r * w % _N, (self.x, self.y, 1))
        )
        if point[2] == 0:
            return False
        return _affine_x(point) % _N == r


@attrs.frozen
class RsaKey:
    n: int
    e: int

    def verify(self, message: bytes, signature: bytes) -> bool:
        size = (self.n.bit_length() + 7) // 8
        if len(signature) != size:
            return False
        s = int.from_bytes(signature, "big")
        if s >= self.n:
            return False
        encoded = pow(s, self.e, self.n).to_bytes(size, "big")
        digest = _SHA384_PREFIX + hashlib.sha384(message).digest()
        expected = b"\x00\x01" + b"\xff" * (size - 3 - len(digest)) + b"\x00" + digest
        return hmac.compare_digest(encoded, expected)


Key = EcKey | RsaKey


def _ec_key(jwk: Mapping[str, Any], kid: str) -> EcKey:
    if jwk.get("crv") != "P-384":
        raise ValueError(f"key {kid!r}: only EC keys on P-384 (ES384) are accepted")
    x = int.from_bytes(_b64(jwk.get("x"), f"key {kid!r} x"), "big")
    y = int.from_bytes(_b64(jwk.get("y"), f"key {kid!r} y"), "big")
    if not (0 <= x < _P and 0 <= y < _P) or (y * y - x * x * x - _A * x - _B) % _P != 0:
        raise ValueError(f"key {kid!r}: (x, y) is not a point of P-384")
    return EcKey(x, y)


def _rsa_key(jwk: Mapping[str, Any], kid: str) -> RsaKey:
    n = int.from_bytes(_b64(jwk.get("n"), f"key {kid!r} n"), "big")
    e = int.from_bytes(_b64(jwk.get("e"), f"key {kid!r} e"), "big")
    if n.bit_length() < _MIN_RSA_BITS or e < 3 or e % 2 == 0:
        raise ValueError(f"key {kid!r}: an RSA key of at least {_MIN_RSA_BITS} bits, odd e")
    return RsaKey(n, e)


def load_jwks(text: str) -> dict[str, tuple[str, Key]]:
    """A JWK Set (RFC 7517) as kid -> (algorithm, public key); ValueError names what is wrong."""
    try:
        data = json.loads(text)
        keys = data["keys"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError("not a JWK Set (a JSON object with a `keys` array)") from exc
    if not isinstance(keys, list) or not keys:
        raise ValueError("the JWK Set has no keys")
    out: dict[str, tuple[str, Key]] = {}
    for jwk in keys:
        kid, found = _key(jwk)
        if kid in out:
            raise ValueError(f"key {kid!r} appears twice")
        out[kid] = found
    return out


def _key(jwk: Any) -> tuple[str, tuple[str, Key]]:
    if not isinstance(jwk, dict) or not isinstance(jwk.get("kid"), str):
        raise ValueError("every key is an object with a `kid`")  # noqa: TRY004  (config error)
    kid: str = jwk["kid"]
    if "d" in jwk or "p" in jwk:
        raise ValueError(f"key {kid!r} is a private key; configure public keys only")
    try:
        if jwk.get("kty") == "EC":
            found: tuple[str, Key] = ("ES384", _ec_key(jwk, kid))
        elif jwk.get("kty") == "RSA":
            found = ("RS384", _rsa_key(jwk, kid))
        else:
            raise ValueError(f"key {kid!r}: kty must be EC (P-384) or RSA")
    except JwtError as exc:
        raise ValueError(str(exc)) from exc
    if jwk.get("alg") not in (None, found[0]):
        raise ValueError(f"key {kid!r}: alg {jwk.get('alg')!r} does not fit its key type")
    return kid, found


def _json(part: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(_b64(part, what))
    except (ValueError, UnicodeDecodeError) as exc:
        raise JwtError(f"{what} is not JSON") from exc
    if not isinstance(value, dict):
        raise JwtError(f"{what} is not a JSON object")
    return value


def _number(claims: Mapping[str, Any], name: str) -> float:
    value = claims.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise JwtError(f"claim {name} is required and must be a number")
    return float(value)


@attrs.define
class Verifier:
    """
    Checks the bearer token of one request.

    Attributes:
        keys: kid -> (algorithm, public key), from the configured JWKS.
        issuers: the ``iss`` values trusted.
        base_url: this service's public base URL; ``aud`` must be ``{base_url}{path}``.
        clock: seconds since the epoch (tests pass a fixed one).
    """

    keys: Mapping[str, tuple[str, Key]]
    issuers: tuple[str, ...]
    base_url: str
    clock: Callable[[], float] = time.time
    _seen: dict[str, float] = attrs.field(factory=dict)

    def verify(self, authorization: str | None, path: str) -> dict[str, Any]:
        """The token's claims, or JwtError naming the failed check."""
        if not authorization or not authorization.startswith("Bearer "):
            raise JwtError("an Authorization: Bearer <JWT> header is required")
        parts = authorization.removeprefix("Bearer ").strip().split(".")
        if len(parts) != 3:  # header.payload.signature
            raise JwtError("the token is not a JWS compact serialization (3 parts)")
        header = _json(parts[0], "the JWT header")
        alg, kid = header.get("alg"), header.get("kid")
        if alg not in ALGORITHMS:
            raise JwtError(f"alg must be one of {list(ALGORITHMS)}")
        if header.get("typ") != "JWT":
            raise JwtError("typ must be JWT")
        found = self.keys.get(kid) if isinstance(kid, str) else None
        if found is None:
            raise JwtError("kid does not name a key of the configured JWKS")
        key_alg, key = found
        if key_alg != alg:
            raise JwtError(f"alg {alg} does not fit key {kid!r} ({key_alg})")
        signature = _b64(parts[2], "the signature")
        if not key.verify(f"{parts[0]}.{parts[1]}".encode("ascii"), signature):
            raise JwtError("the signature does not verify")
        claims = _json(parts[1], "the JWT payload")
        self._claims(claims, path)
        return claims

    def _claims(self, claims: Mapping[str, Any], path: str) -> None:
        now = self.clock()
        if claims.get("iss") not in self.issuers:
            raise JwtError("iss is not a trusted issuer")
        audience = claims.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        expected = self.base_url.rstrip("/") + path
        if expected not in audiences:
            raise JwtError(f"aud must be {expected}")
        exp = _number(claims, "exp")
        if exp <= now - CLOCK_SKEW_SECONDS:
            raise JwtError("the token has expired (exp)")
        if _number(claims, "iat") > now + CLOCK_SKEW_SECONDS:
            raise JwtError("iat is in the future")
        jti = claims.get("jti")
        if not isinstance(jti, str) or not jti:
            raise JwtError("claim jti is required")
        self._seen = {k: v for k, v in self._seen.items() if v > now - CLOCK_SKEW_SECONDS}
        if jti in self._seen:
            raise JwtError("jti was already used (replay)")
        self._seen[jti] = exp
