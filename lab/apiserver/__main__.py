"""`python -m lab.apiserver --lab-dir DIR`: run the API stand-in for the lab in DIR, on 127.0.0.1."""

from __future__ import annotations

import argparse
import ssl
from pathlib import Path

from lab.apiserver.server import ApiServer, Store, Tokens
from lab.paths import LabPaths


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m lab.apiserver")
    parser.add_argument("--lab-dir", required=True, type=Path)
    parser.add_argument("--port", type=int, default=0, help="0: any free port, written to apiserver.port")
    args = parser.parse_args()
    paths = LabPaths(args.lab_dir)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(paths.pki / "apiserver.crt", paths.pki / "apiserver.key")
    server = ApiServer(("127.0.0.1", args.port), Store(paths.state), Tokens(paths.api_tokens), tls)
    tmp = paths.api_port_file.with_suffix(".tmp")
    tmp.write_text(str(server.server_address[1]))
    tmp.replace(paths.api_port_file)  # written once listening: the lab waits for this file
    server.serve_forever()


if __name__ == "__main__":
    main()
