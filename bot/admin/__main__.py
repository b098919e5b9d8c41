"""`python -m bot.admin`: serve the staff web page (127.0.0.1:5077 unless told otherwise)."""
from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from bot.admin import accounts
from bot.admin.app import Settings, create_app
from bot.paths import resources_db, staff_db

DEFAULT_PORT = 5077
TRUE = ("1", "true", "yes")


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the staff web page for the service directory.")
    parser.add_argument("--host", default=os.environ.get("ADMIN_HOST", "127.0.0.1"),
                        help="address to listen on (default 127.0.0.1, or $ADMIN_HOST); expose it only behind TLS")
    parser.add_argument("--port", type=int, default=os.environ.get("ADMIN_PORT", DEFAULT_PORT),
                        help=f"port (default {DEFAULT_PORT}, or $ADMIN_PORT)")
    parser.add_argument("--db", type=Path, default=resources_db(),
                        help="the directory (default resources.db, or $RESOURCES_DB)")
    parser.add_argument("--staff-db", type=Path, default=staff_db(),
                        help="staff accounts (default staff.db, or $STAFF_DB)")
    parser.add_argument("--secure-cookies", action="store_true",
                        default=os.environ.get("ADMIN_SECURE_COOKIES", "").lower() in TRUE,
                        help="mark cookies Secure (behind an HTTPS proxy; or set ADMIN_SECURE_COOKIES=1)")
    args = parser.parse_args()  # fmt: skip
    log = logging.StreamHandler()  # our lines only: Sanic logs its own, without propagating twice
    log.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logging.getLogger("bot").addHandler(log)
    logging.getLogger("bot").setLevel(logging.INFO)
    with accounts.opened(args.staff_db) as conn:  # made now, readable by its owner only
        no_users = not accounts.has_users(conn)
    print(f"Staff page: http://{args.host}:{args.port}/", flush=True)
    if no_users:
        print("No staff account yet: create one with `directory user add NAME` (README, Staff web page).", flush=True)
    app = create_app(Settings(args.db, args.staff_db, args.secure_cookies))
    app.run(host=args.host, port=args.port, access_log=False, motd=False)


if __name__ == "__main__":
    main()
