"""Real SMTP servers (aiosmtpd) on free loopback ports, collecting what they receive.

``smtp_server`` is a plain server; ``smtp_server_auth`` requires AUTH (PLAIN/LOGIN)
without TLS; ``smtp_server_starttls`` requires STARTTLS and then AUTH; ``smtp_server_ssl``
speaks implicit TLS and requires AUTH. The TLS variants use a self-signed certificate
for ``localhost``/127.0.0.1 made at test time with ``cryptography`` (or the ``openssl``
CLI); if neither is available only those variants are skipped. ``tls_client_context``
is an SSL context that trusts that certificate.

Each server exposes ``.host``, ``.port``, ``.messages`` (parsed EmailMessage objects),
``.envelopes`` (mail_from, rcpt_tos) and, for the AUTH variants, ``.username`` and
``.password`` (invented test values).
"""

from __future__ import annotations

import email
import email.policy
import ipaddress
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from monitor.mailcatcher import LoopbackController

TEST_USER = "alerts@example.com"
TEST_PASSWORD = "test-smtp-password-5e1f"


@dataclass
class SmtpTestServer:
    host: str
    port: int = 0
    # Kept out of repr so a failing test prints the server, not every message it holds.
    messages: list[EmailMessage] = field(default_factory=list, repr=False)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list, repr=False)
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    auth_attempts: list[str] = field(default_factory=list, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = envelope.original_content or envelope.content
        msg = email.message_from_bytes(content, policy=email.policy.default)
        with self._lock:
            self.messages.append(msg)
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        self.auth_attempts.append(mechanism)
        if (isinstance(auth_data, LoginPassword)
                and auth_data.login.decode() == self.username
                and auth_data.password.decode() == self.password):
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


def pytest_configure(config: pytest.Config) -> None:
    # The AUTH-without-STARTTLS variants are deliberate (loopback test servers).
    config.addinivalue_line("filterwarnings", "ignore:Requiring AUTH while not requiring TLS:UserWarning")


def _make_cert_with_cryptography(directory: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def _make_cert_with_openssl(directory: Path) -> tuple[Path, Path]:
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key_path), "-out", str(cert_path)],
        check=True, capture_output=True, timeout=30,
    )
    return cert_path, key_path


@pytest.fixture(scope="session")
def tls_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(cert.pem, key.pem): a self-signed certificate for localhost and 127.0.0.1."""
    directory = tmp_path_factory.mktemp("smtp-tls")
    try:
        return _make_cert_with_cryptography(directory)
    except ImportError:
        pass
    if shutil.which("openssl"):
        return _make_cert_with_openssl(directory)
    pytest.skip("neither the cryptography package nor the openssl CLI can make a test certificate")


@pytest.fixture(scope="session")
def tls_client_context(tls_cert: tuple[Path, Path]) -> ssl.SSLContext:
    """A client context that trusts the test certificate (and nothing else)."""
    return ssl.create_default_context(cafile=str(tls_cert[0]))


def _server_context(tls_cert: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(tls_cert[0]), str(tls_cert[1]))
    return context


def _serve(state: SmtpTestServer, **kwargs: Any) -> Iterator[SmtpTestServer]:
    controller = LoopbackController(state, hostname=state.host, port=0, **kwargs)
    controller.start()
    state.port = controller.port
    try:
        yield state
    finally:
        controller.stop()


@pytest.fixture
def smtp_server() -> Iterator[SmtpTestServer]:
    """A plain SMTP server on loopback: no TLS, no AUTH."""
    yield from _serve(SmtpTestServer("127.0.0.1"))


@pytest.fixture
def smtp_server_auth() -> Iterator[SmtpTestServer]:
    """An SMTP server that requires AUTH (PLAIN or LOGIN) over a plain connection."""
    state = SmtpTestServer("127.0.0.1", username=TEST_USER, password=TEST_PASSWORD)
    yield from _serve(state, authenticator=state.authenticate, auth_required=True,
                      auth_require_tls=False)


@pytest.fixture
def smtp_server_starttls(tls_cert: tuple[Path, Path]) -> Iterator[SmtpTestServer]:
    """An SMTP server that requires STARTTLS, then AUTH."""
    state = SmtpTestServer("127.0.0.1", username=TEST_USER, password=TEST_PASSWORD)
    yield from _serve(state, tls_context=_server_context(tls_cert), require_starttls=True,
                      authenticator=state.authenticate, auth_required=True)


@pytest.fixture
def smtp_server_ssl(tls_cert: tuple[Path, Path]) -> Iterator[SmtpTestServer]:
    """An SMTP server on implicit TLS (like port 465) that requires AUTH."""
    state = SmtpTestServer("127.0.0.1", username=TEST_USER, password=TEST_PASSWORD)
    # aiosmtpd only counts STARTTLS as TLS for AUTH; this connection is encrypted from
    # the first byte, so its plain-connection guard is switched off.
    yield from _serve(state, ssl_context=_server_context(tls_cert),
                      authenticator=state.authenticate, auth_required=True, auth_require_tls=False)
