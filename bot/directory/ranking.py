"""The order in which services of one tier are shown, computed when the directory is built.

Anything that changes a service, its schedule, languages or areas must call
`rank_services` again (build_database does); search only reads `service.rank`
and the `local_listing` table derived from it.
"""
from __future__ import annotations

from sqlite_utils import Database

# Lower is better: serves everyone, 24/7, seen on a source, and a general line
# before a Spanish-only or population-specific one; a statewide line with a
# restriction ("eligible ZIP codes") after those without one. Computed once per build
# (not per search, where its subqueries would cost milliseconds per row at scale).
# The restriction test mirrors WHOLE_STATE_AREA (models.py) in SQL.
RANK = """(
    (CASE WHEN lower(s.populations) = 'all' OR s.populations LIKE 'all;%' THEN 0 ELSE 8 END)
  + (CASE WHEN EXISTS (SELECT 1 FROM service_area r WHERE r.service_id = s.id AND r.scope = 'statewide'
                       AND r.description IS NOT NULL AND r.description != ''
                       AND lower(r.description) != 'all ct towns' AND lower(r.description) NOT LIKE 'statewide%')
          THEN 16 ELSE 0 END)
  + (CASE WHEN EXISTS (SELECT 1 FROM schedule h WHERE h.service_id = s.id AND h.is_24_7 = 1) THEN 0 ELSE 4 END)
  + (CASE WHEN s.source_verified = 1 THEN 0 ELSE 2 END)
  + (CASE WHEN lower(s.populations) = 'all'
           AND NOT (EXISTS (SELECT 1 FROM language l WHERE l.service_id = s.id)
                    AND NOT EXISTS (SELECT 1 FROM language l WHERE l.service_id = s.id
                                                           AND l.language NOT LIKE 'spanish%'))
          THEN 0 ELSE 1 END)
)"""


LISTING = """
INSERT INTO local_listing (town, category, rank, name, last_verified, service_id)
SELECT a.town, s.category, s.rank, s.name, s.last_verified, s.id
FROM service_area a JOIN service s ON s.id = a.service_id
WHERE a.scope = 'town' AND s.scope = 'local' AND s.status = 'active'
"""


def rank_services(db: Database) -> None:
    """Run it inside the transaction of the change that needs it, so a search never sees the two out of step."""
    db.execute(f"UPDATE service AS s SET rank = {RANK}")
    db.execute("DELETE FROM local_listing")
    db.execute(LISTING)
