"""Whether a file sits on a network folder (NFS, SMB, sshfs…), from the mount table: no database driver,
so the read-only path (app/services/reading) can ask it as cheaply as store.py's warning does."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "sshfs", "fuse.sshfs", "davfs", "afpfs", "ncpfs"}


def network_filesystem(path: Path) -> Optional[str]:
    """The kind of network folder `path` is on ("nfs4", "SMB"), or None for a local disk (or when unknown)."""
    resolved = str(Path(path).resolve())
    if sys.platform == "win32" and resolved.startswith("\\\\"):
        return "SMB"
    kind = None
    try:
        best = ""
        for line in Path("/proc/mounts").read_text().splitlines():
            parts = line.split()
            if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
                best, kind = parts[1], (parts[2] if parts[2] in NETWORK_FILESYSTEMS else None)
    except OSError:
        return None
    return kind
