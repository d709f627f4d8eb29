"""The kinds of outbox messages that are not derived from the programme (those name themselves)."""

CHANGE = "change"
ANNOUNCEMENT = "announcement"
REFUSED = "programme-refused"
