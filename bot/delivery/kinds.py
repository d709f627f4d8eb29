"""The kinds of outbox message: each row names one, and the renderer has one way to write each."""

from enum import StrEnum


class OutboxKind(StrEnum):
    REMINDER = "reminder"  # a starred session starts soon (delivery/reminders.py)
    SPEAKER_REMINDER = "speaker-reminder"  # a speaker is on soon (delivery/speaker_reminders.py)
    SLOT = "slot"  # the channel's post before a time slot (delivery/channel.py)
    CHANGE = "change"  # a starred session was moved, retimed, cancelled or restored
    ANNOUNCEMENT = "announcement"  # an organiser's announcement
    REFUSED = "programme-refused"  # a new programme file was refused: organisers are told why
    FEEDBACK = "feedback"  # how was a session that ended? (delivery/feedback.py)
    HELPDESK_QUESTION = "helpdesk-question"  # an attendee's question to the organisers (delivery/helpdesk.py)
    HELPDESK_ANSWER = "helpdesk-answer"  # an organiser's answer to it, for the attendee
    ROOM_FULL = "room-full"  # a session's followers fill its room (delivery/room_alerts.py)
    DAY_PICTURE = "day-picture"  # the day's picture in the channel (delivery/day_picture.py)
    DIGEST = "digest"  # an attendee's morning digest of their day (delivery/digest.py)
