"""The CardDAV password: in the system keyring (the `keyring` package: Secret Service, macOS
Keychain, Windows Credential Locker), else $RAPPORT_CARDDAV_PASSWORD, else asked each time.
Never in the store, a settings file or a log."""
from __future__ import annotations

import os
from typing import Optional

from .client import server_of

SERVICE = "Rapport CardDAV"
ENV = "RAPPORT_CARDDAV_PASSWORD"


def _key(url: str, username: str) -> str:
    return f"{username}@{server_of(url)}"


def save(url: str, username: str, password: str) -> bool:
    """True when the keyring took it; False when this system has none (then it is asked each time)."""
    if not username or not password:
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, _key(url, username), password)
        return True
    except Exception:  # noqa: BLE001 - keyring raises backend-specific errors; no keyring means "ask"
        return False


def load(url: str, username: str) -> Optional[str]:
    if not username:
        return ""  # a server without a login
    try:
        import keyring

        found = keyring.get_password(SERVICE, _key(url, username))
        if found:
            return found
    except Exception:  # noqa: BLE001 - see save()
        pass
    return os.environ.get(ENV) or None


def forget(url: str, username: str) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, _key(url, username))
    except Exception:  # noqa: BLE001 - nothing stored, or no keyring: nothing to forget
        pass
