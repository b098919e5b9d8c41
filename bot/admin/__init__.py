"""The staff web page: log in, search, edit, deactivate and verify directory entries, read the audit trail.

`python -m bot.admin` (or `make admin`, and `make run` alongside the assistant)
serves it on 127.0.0.1:5077. Every change goes through bot/directory/edits.py,
exactly as the `directory` command's do, with the logged-in name as who made it.
Accounts (`directory user ...`) and sessions live in staff.db, apart from the directory.
"""
