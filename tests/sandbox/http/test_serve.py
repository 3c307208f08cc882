"""`ocdesk sandbox` as a process: the JSON first line, a real call, a clean stop on SIGTERM."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import requests


def test_serve_prints_where_it_listens_then_serves_until_terminated(tmp_path: Path, caller):
    process = subprocess.Popen(
        [sys.executable, "-m", "ocdesk.sandbox.serve", "--seed", "3", "--data-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        first = json.loads(process.stdout.readline())
        assert set(first) == {"base_url", "client_id", "client_secret", "redirect_uri"}
        assert first["base_url"].startswith("http://127.0.0.1:")
        info = requests.get(first["base_url"] + "/__emu/info", timeout=10).json()
        assert info["client_id"] == first["client_id"]
        path = "/openapi/3pp/base/v1/service"
        headers = {"clientKey": first["client_id"],
                   "vAuthorization": caller.sign(path, first["client_id"], info["secretKey"])}  # fmt: skip
        body = requests.get(first["base_url"] + path, headers=headers, timeout=10).json()
        assert body["code"] == 0 and body["data"]
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        process.stdout.close()
    assert json.loads((tmp_path / "tenant.json").read_text())["client_id"] == first["client_id"]
