"""A private Dovecot for the tests: its own config, ports, users and Maildirs, never the system's.

Everything lives in one temporary directory (config, base_dir, state_dir, log) except the mail,
which sits in its own `mkdtemp()` owned by `nobody`: Dovecot refuses to run mail processes as
root, and `nobody` cannot reach into pytest's root-only temp tree.

With `introspection_url`, the server also takes XOAUTH2 and OAUTHBEARER logins: an oauth2 passdb
asks that endpoint about each token (RFC 7662, `introspection_mode = post`), and a token it refuses
is refused: it never falls through to the passwd-file, so a password sent as a token fails too.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import imapclient

NOBODY_UID = 65534
NOBODY_GID = 65534
USER_COUNT = 200
_PR_SET_PDEATHSIG = 1


def install_hint() -> str | None:
    """None when Dovecot can run here, else the one command that makes it possible."""
    if shutil.which("dovecot") and shutil.which("doveadm"):
        return None
    return "apt-get install -y dovecot-imapd   (or: make test, as root)"


@dataclass(frozen=True)
class Account:
    """One mailbox on the test server."""

    user: str
    password: str


@dataclass(frozen=True)
class Tls:
    """Files of a certificate made at test time: the CA that signed it, and the server's pair."""

    ca_file: Path
    cert_file: Path
    key_file: Path
    host_name: str  # the only DNS name in the certificate (127.0.0.1 is in it as an IP too)


class Dovecot:
    """A Dovecot master in its own process group, on 127.0.0.1 and a free port."""

    def __init__(
        self, workdir: Path, *, tls: Tls | None = None, introspection_url: str | None = None
    ) -> None:
        self.workdir = workdir
        self.tls = tls
        self.introspection_url = introspection_url
        self.mail_root = Path(tempfile.mkdtemp(prefix="intake-dovecot-mail-"))
        os.chown(self.mail_root, NOBODY_UID, NOBODY_GID)
        self.config = workdir / "dovecot.conf"
        self.host = "127.0.0.1"
        self.port = 0  # IMAPS when `tls`, else plain IMAP
        self.starttls_port = 0  # plain IMAP with STARTTLS, when `tls`
        self._process: subprocess.Popen[bytes] | None = None
        self._next_user = 0
        self._write_users()

    # --- life cycle -----------------------------------------------------------------------

    def start(self, *, port: int | None = None) -> None:
        """Start on `port` (the same one after a restart), else on a free one; retry a lost race."""
        for _attempt in range(5):
            self.port = port or free_port()
            if self.tls and not port:
                self.starttls_port = free_port()
            self._write_config()
            self._process = subprocess.Popen(
                ["dovecot", "-F", "-c", str(self.config)],
                stdout=subprocess.DEVNULL,
                stderr=(self.workdir / "master.err").open("ab"),
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
            if self._wait_ready():
                return
            self.stop()
            if port:
                time.sleep(0.2)
        raise RuntimeError(f"dovecot did not start: {self.log_tail()}")

    def stop(self) -> None:
        """Stop the whole process group at once (SIGTERM to the master alone takes a second)."""
        if self._process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._process.pid, signal.SIGTERM)
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait()
        self._process = None

    def restart(self) -> None:
        self.stop()
        self.start(port=self.port)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.mail_root, ignore_errors=True)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _wait_ready(self) -> bool:
        # A bound for a hung start only: a loaded machine can take seconds to start the master.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                return False
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.port), 0.5),
            ):
                return True
            time.sleep(0.01)
        return False

    def log_tail(self, lines: int = 20) -> str:
        text = ""
        for name in ("dovecot.log", "master.err"):
            path = self.workdir / name
            if path.exists():
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    # --- users and mail -------------------------------------------------------------------

    def new_account(self) -> Account:
        """A user nobody else in this session has touched: a fresh, empty mailbox."""
        self._next_user += 1
        if self._next_user > USER_COUNT:
            raise RuntimeError("the test Dovecot ran out of users: raise USER_COUNT")
        return account(self._next_user)

    def client(self, who: Account, *, timeout: float = 10) -> imapclient.IMAPClient:
        """A logged-in imapclient connection, for the tests' own setup and checks."""
        if self.tls:
            import ssl

            context = ssl.create_default_context(cafile=str(self.tls.ca_file))
            client = imapclient.IMAPClient(
                self.host, self.port, ssl=True, ssl_context=context, timeout=timeout
            )
        else:
            client = imapclient.IMAPClient(self.host, self.port, ssl=False, timeout=timeout)
        client.login(who.user, who.password)
        return client

    def doveadm(self, *args: str, data: bytes | None = None) -> str:
        done = subprocess.run(
            ["doveadm", "-c", str(self.config), *args],
            input=data,
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {done.stderr.decode()}")
        return done.stdout.decode()

    def deliver(self, who: Account, data: bytes, folder: str = "INBOX") -> None:
        """Put one message in a folder without IMAP (what a mail server's delivery does)."""
        self.doveadm("save", "-u", who.user, "-m", folder, data=data)

    def recreate_folder(self, who: Account, folder: str, messages: list[bytes]) -> None:
        """Delete a folder and make it again with these messages: a new UIDVALIDITY."""
        with _logged_in(self, who) as c:
            if c.folder_exists(folder):
                c.delete_folder(folder)
            c.create_folder(folder)
            for data in messages:
                c.append(folder, data)

    # --- files ----------------------------------------------------------------------------

    def _write_users(self) -> None:
        users = map(account, range(1, USER_COUNT + 1))
        lines = [f"{a.user}:{{PLAIN}}{a.password}::::::" for a in users]
        (self.workdir / "passwd").write_text("\n".join(lines) + "\n")

    def _write_config(self) -> None:
        w = self.workdir
        addresses = self.host
        imap_port = self.starttls_port if self.tls else self.port
        listeners = (
            f"inet_listener imap {{\n    address = {addresses}\n    port = {imap_port}\n  }}\n"
            f"  inet_listener imaps {{\n    address = {addresses}\n"
            f"    port = {self.port if self.tls else 0}\n    ssl = yes\n  }}"
        )
        ssl = (
            f"ssl = required\nssl_cert = <{self.tls.cert_file}\nssl_key = <{self.tls.key_file}\n"
            "ssl_dh = </usr/share/dovecot/dh.pem\n"
            if self.tls
            else "ssl = no\n"
        )
        self.config.write_text(
            f"""# A private test instance: nothing here is read from /etc/dovecot.
protocols = imap
listen = {addresses}
base_dir = {w}/run
state_dir = {w}/state
instance_name = intake-test-{os.getpid()}-{id(self)}
log_path = {w}/dovecot.log
info_log_path = {w}/dovecot.log
{ssl}disable_plaintext_auth = no
auth_mechanisms = {self._mechanisms()}
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_privileged_group =
first_valid_uid = {NOBODY_UID}
last_valid_uid = 0
first_valid_gid = {NOBODY_GID}
last_valid_gid = 0
mailbox_idle_check_interval = 1 secs
namespace inbox {{
  inbox = yes
  separator = /
}}
{self._oauth_passdb()}passdb {{
  driver = passwd-file
  args = scheme=PLAIN {w}/passwd
}}
userdb {{
  driver = static
  args = uid={NOBODY_UID} gid={NOBODY_GID} home={self.mail_root}/%u
}}
service auth {{
  user = root
}}
service imap-login {{
  {listeners}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
"""
        )

    def _mechanisms(self) -> str:
        return "plain login xoauth2 oauthbearer" if self.introspection_url else "plain login"

    def _oauth_passdb(self) -> str:
        """The oauth2 passdb and its settings file, when the server takes OAuth tokens."""
        if not self.introspection_url:
            return ""
        settings = self.workdir / "dovecot-oauth2.conf.ext"
        settings.write_text(
            f"introspection_url = {self.introspection_url}\n"
            "introspection_mode = post\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
            "timeout_msecs = 5000\n"
        )
        # First, for token mechanisms only; a refused token ends there and never reaches the
        # passwd-file (which would take a password sent as a token).
        return (
            "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {settings}\n"
            "  result_failure = return-fail\n  result_internalfail = return-fail\n}\n"
        )


def account(number: int) -> Account:
    return Account(user=f"user{number:03d}", password=f"pw-{number:03d}")


@contextlib.contextmanager
def _logged_in(server: Dovecot, who: Account) -> Iterator[imapclient.IMAPClient]:
    client = server.client(who)
    try:
        yield client
    finally:
        with contextlib.suppress(Exception):
            client.logout()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    """Runs in the child before exec: a crashed test run takes its Dovecot with it."""
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def make_tls(directory: Path, host_name: str = "imap.test") -> Tls:
    """A private CA and a server certificate for `host_name` and 127.0.0.1, made with openssl."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_key, ca_cert = directory / "ca.key", directory / "ca.pem"
    key, csr, cert = directory / "server.key", directory / "server.csr", directory / "server.pem"
    ext = directory / "server.ext"
    ext.write_text(
        f"subjectAltName = DNS:{host_name}, IP:127.0.0.1\n"
        "basicConstraints = CA:FALSE\nkeyUsage = digitalSignature\n"
        "extendedKeyUsage = serverAuth\n"
    )
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl(
        "req",
        "-x509",
        *ec,
        "-keyout",
        ca_key,
        "-out",
        ca_cert,
        "-days",
        "2",
        "-subj",
        "/CN=intake test CA",
    )
    _openssl("req", "-new", *ec, "-keyout", key, "-out", csr, "-subj", f"/CN={host_name}")
    _openssl(
        "x509",
        "-req",
        "-in",
        csr,
        "-CA",
        ca_cert,
        "-CAkey",
        ca_key,
        "-CAcreateserial",
        "-out",
        cert,
        "-days",
        "2",
        "-extfile",
        ext,
    )
    # Dovecot's processes read the key after dropping privileges.
    for path in (key, cert):
        path.chmod(0o644)
    return Tls(ca_file=ca_cert, cert_file=cert, key_file=key, host_name=host_name)


def _openssl(*args: object) -> None:
    subprocess.run(["openssl", *map(str, args)], check=True, capture_output=True)
