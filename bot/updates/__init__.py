"""How updates come in from Telegram: fetched and kept, then handled chat by chat."""
