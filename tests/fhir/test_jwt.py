"""
api/cds/jwt.py against keys and signatures made by an independent library (``cryptography``,
test-only) and against the CDS Hooks specification's own ES384 example token.
"""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from litestar.testing import TestClient

from api.app import create_app
from api.cds.jwt import JwtError, Verifier, load_jwks
from api.config import CdsAuth, Settings
from calc.reference import Reference
from tests.fhir import helpers as h
from tests.fhir.examples import SPEC_JWKS, SPEC_JWT


BASE = "https://cds.example.org"
ISSUER = "https://ehr.example.org"
NOW = 1_800_000_000


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def num(n: int) -> str:
    return b64(n.to_bytes((n.bit_length() + 7) // 8, "big"))


EC_KEY = ec.generate_private_key(ec.SECP384R1())
RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
EC_PUB = EC_KEY.public_key().public_numbers()
RSA_PUB = RSA_KEY.public_key().public_numbers()
JWKS = {
    "keys": [
        {"kty": "EC", "crv": "P-384", "kid": "ec", "x": num(EC_PUB.x), "y": num(EC_PUB.y)},
        {"kty": "RSA", "kid": "rsa", "n": num(RSA_PUB.n), "e": num(RSA_PUB.e), "alg": "RS384"},
    ]
}


def token(alg: str = "ES384", kid: str | None = None, **claims: Any) -> str:
    header = {"alg": alg, "typ": "JWT", "kid": kid or ("ec" if alg == "ES384" else "rsa")}
    payload = {
        "iss": ISSUER,
        "aud": f"{BASE}/cds-services",
        "exp": NOW + 300,
        "iat": NOW,
        "jti": str(time.monotonic_ns()),
    } | claims
    signing = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(payload).encode())}".encode()
    if alg == "ES384":
        r, s = decode_dss_signature(EC_KEY.sign(signing, ec.ECDSA(hashes.SHA384())))
        signature = r.to_bytes(48, "big") + s.to_bytes(48, "big")
    else:
        signature = RSA_KEY.sign(signing, padding.PKCS1v15(), hashes.SHA384())
    return f"Bearer {signing.decode()}.{b64(signature)}"


def verifier() -> Verifier:
    return Verifier(load_jwks(json.dumps(JWKS)), (ISSUER,), BASE, clock=lambda: NOW)


class TestSignatures:
    @pytest.mark.parametrize("alg", ["ES384", "RS384"])
    def test_independent_signatures_verify(self, alg: str) -> None:
        assert ISSUER == verifier().verify(token(alg), "/cds-services")["iss"]

    @pytest.mark.parametrize("alg", ["ES384", "RS384"])
    def test_a_changed_payload_is_refused(self, alg: str) -> None:
        good = token(alg)
        head, _, sig = good.split(".")
        forged = b64(
            json.dumps(
                {
                    "iss": ISSUER,
                    "aud": f"{BASE}/cds-services",
                    "exp": NOW + 300,
                    "iat": NOW,
                    "jti": "x",
                    "admin": True,
                }
            ).encode()
        )
        with pytest.raises(JwtError, match="signature"):
            verifier().verify(f"{head}.{forged}.{sig}", "/cds-services")

    def test_spec_example_token(self) -> None:
        v = Verifier(
            load_jwks(json.dumps(SPEC_JWKS)),
            ("https://fhir-ehr.example.com/",),
            BASE,
            clock=lambda: 1422568000,
        )
        assert (
            "ee22b021-e1b7-4611-ba5b-8eec6a33ac1e"
            == v.verify(f"Bearer {SPEC_JWT}", "/cds-services/some-service")["jti"]
        )


class TestClaims:
    @pytest.mark.parametrize(
        ("make", "message"),
        [
            (lambda: None, "Bearer"),
            (lambda: "Bearer a.b", "3 parts"),
            (lambda: token(iss="https://evil.example"), "iss"),
            (lambda: token(aud=f"{BASE}/cds-services/other"), "aud"),
            (lambda: token(exp=NOW - 3600), "expired"),
            (lambda: token(iat=NOW + 3600), "iat"),
            (lambda: token(jti=""), "jti"),
            (lambda: token(exp="soon"), "exp"),
            (lambda: token(kid="unknown"), "kid"),
            (lambda: token("RS384", kid="ec"), "does not fit"),
            (lambda: "Bearer " + b64(b'{"alg":"none","typ":"JWT","kid":"ec"}') + ".e30.", "alg"),
            (
                lambda: "Bearer " + b64(b'{"alg":"HS256","typ":"JWT","kid":"ec"}') + ".e30.c2ln",
                "alg",
            ),
            (lambda: "Bearer " + b64(b'{"alg":"ES384","kid":"ec"}') + ".e30.c2ln", "typ"),
            (lambda: "Bearer " + b64(b"[1]") + ".e30.c2ln", "object"),
            (lambda: "Bearer !!!.e30.c2ln", "JSON"),
        ],
    )
    def test_refused(self, make: Any, message: str) -> None:
        with pytest.raises(JwtError, match=message):
            verifier().verify(make(), "/cds-services")

    def test_replay_is_refused(self) -> None:
        v, once = verifier(), token(jti="same")
        v.verify(once, "/cds-services")
        with pytest.raises(JwtError, match="replay"):
            v.verify(once, "/cds-services")


class TestJwks:
    @pytest.mark.parametrize(
        ("jwks", "message"),
        [
            ("nope", "JWK Set"),
            ({"keys": []}, "no keys"),
            ({"keys": [{"kty": "EC"}]}, "kid"),
            ({"keys": [{**JWKS["keys"][0], "d": "secret"}]}, "private"),
            ({"keys": [{**JWKS["keys"][0], "crv": "P-256"}]}, "P-384"),
            ({"keys": [{**JWKS["keys"][0], "y": JWKS["keys"][0]["x"]}]}, "not a point"),
            ({"keys": [{**JWKS["keys"][1], "n": num(2**1023 + 1)}]}, "2048"),
            ({"keys": [{"kty": "oct", "kid": "k"}]}, "kty"),
            ({"keys": [{**JWKS["keys"][0], "alg": "RS384"}]}, "does not fit"),
            ({"keys": [JWKS["keys"][0], JWKS["keys"][0]]}, "twice"),
        ],
    )
    def test_refused(self, jwks: Any, message: str) -> None:
        with pytest.raises(ValueError, match=message):
            load_jwks(jwks if isinstance(jwks, str) else json.dumps(jwks))


class TestService:
    def test_401_without_and_200_with_a_token(self, reference: Reference, tmp_path: Any) -> None:
        path = tmp_path / "jwks.json"
        path.write_text(json.dumps(JWKS))
        env = {
            "OPIOID_CALC_CDS_JWT": "on",
            "OPIOID_CALC_CDS_JWKS_FILE": str(path),
            "OPIOID_CALC_CDS_ISSUERS": ISSUER,
            "OPIOID_CALC_CDS_BASE_URL": BASE,
            "OPIOID_CALC_ACCESS_LOG": "off",
        }
        settings = Settings.from_env(env)
        assert isinstance(settings.cds_auth, CdsAuth)
        app = create_app(reference, settings)
        app.state["cds_verifier"].clock = time.time
        with TestClient(app=app) as client:
            refused = client.get("/cds-services")
            assert (401, "application/problem+json") == (
                refused.status_code,
                refused.headers["content-type"],
            )
            now = int(time.time())
            ok = client.get(
                "/cds-services", headers={"Authorization": token(exp=now + 60, iat=now)}
            )
            assert 200 == ok.status_code
            body = h.hook("patient-view", active=[h.fentanyl_patch()])
            aud = f"{BASE}/cds-services/opioid-mme-patient-view"
            called = client.post(
                "/cds-services/opioid-mme-patient-view",
                json=body,
                headers={"Authorization": token(aud=aud, exp=now + 60, iat=now)},
            )
            assert 200 == called.status_code

    @pytest.mark.parametrize(
        "env",
        [
            {"OPIOID_CALC_CDS_JWT": "on"},
            {"OPIOID_CALC_CDS_JWT": "maybe"},
        ],
    )
    def test_bad_configuration_stops_the_start(self, env: dict[str, str]) -> None:
        with pytest.raises(ValueError, match="OPIOID_CALC_CDS_"):
            Settings.from_env(env)
