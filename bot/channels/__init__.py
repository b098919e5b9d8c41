"""Input channels: how messages arrive, checked before any of them reaches the bot."""
