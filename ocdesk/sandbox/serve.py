"""The body of `ocdesk sandbox`: run the emulator in the foreground until interrupted."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options, shared by `ocdesk sandbox` and `python -m ocdesk.sandbox.serve`."""
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free one)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the demo data")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="keep the demo tenant here across runs")  # fmt: skip
    parser.add_argument("--faults", type=Path, default=None,
                        help="JSON list of faults to inject from the start")  # fmt: skip


def serve(args: argparse.Namespace) -> int:
    """Run with the options of `add_arguments`."""
    return main(args.host, args.port, args.seed, args.data_dir, args.faults)


def main(
    host: str = "127.0.0.1",
    port: int = 0,
    seed: int = 1,
    data_dir: Path | None = None,
    faults: Path | None = None,
) -> int:
    """Serve until SIGINT or SIGTERM.

    The first stdout line is one JSON object (base_url, client_id, client_secret, redirect_uri)
    so a parent process can read where the emulator listens and how to log in.
    """
    from ocdesk.sandbox.http.server import Sandbox  # here, so `ocdesk --help` stays quick

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with Sandbox(host, port, seed, data_dir, faults) as sandbox:
        info = sandbox.info()
        keys = ("base_url", "client_id", "client_secret", "redirect_uri")
        print(json.dumps({k: info[k] for k in keys}), flush=True)
        while not stop.wait(timeout=0.5):  # a bare wait() would delay signal handling on Windows
            pass
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="ocdesk sandbox", description=__doc__)
    add_arguments(parser)
    sys.exit(serve(parser.parse_args()))
