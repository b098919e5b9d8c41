"""The rasa-sdk action server: thin adapters from Rasa trackers to `bot`."""
