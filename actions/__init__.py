"""The rasa-sdk action server: thin adapters from Rasa trackers to `bot`."""

from bot.geo import resolve_location

# Load the gazetteer (about two seconds) when the action server starts, not
# when the first person in need writes.
resolve_location("Hartford")
