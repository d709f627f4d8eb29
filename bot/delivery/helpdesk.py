"""The help desk's outbox rows: an attendee's question to the organisers, their answer back.

A question goes to the help-desk group (HELPDESK_CHAT_ID) or, without one, to each organiser
privately, one row each under the job `helpdesk-question:<number>` (written once, also if the tap
that asked it is handled twice). An answer is one row to the attendee under a job naming the
organiser's message, so a reply handled twice is relayed once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage
from bot.store.helpdesk import HelpQuestion


def question_messages(question: HelpQuestion, recipients: Iterable[int]) -> list[NewMessage]:
    job = f"{OutboxKind.HELPDESK_QUESTION}:{question.id}"
    payload = {
        "question": question.id,
        "user": question.user_id,
        "name": question.first_name,
        "language": question.language,
        "text": question.text,
        "asked_at": question.asked_at.isoformat(),
    }
    return [NewMessage(job, chat, OutboxKind.HELPDESK_QUESTION, payload) for chat in recipients]


def answer_message(question: HelpQuestion, answer: str, chat_id: int, message_id: int) -> NewMessage:
    """The organiser's reply (message `message_id` of chat `chat_id`) for the attendee."""
    job = f"{OutboxKind.HELPDESK_ANSWER}:{question.id}:{chat_id}:{message_id}"
    payload = {
        "question": question.id,
        "asked": question.text,
        "answer": answer,
        "language": question.language,
    }
    return NewMessage(job, question.user_id, OutboxKind.HELPDESK_ANSWER, payload)


def question_of(payload: dict[str, Any]) -> HelpQuestion:
    """The question a help-desk row carries (its renderer needs no database)."""
    return HelpQuestion(
        id=int(payload["question"]),
        user_id=int(payload.get("user") or 0),
        first_name=str(payload.get("name", "")),
        language=str(payload.get("language", "")),
        text=str(payload.get("text", "")),
        asked_at=datetime.fromisoformat(str(payload["asked_at"])),
    )
