"""The one paced sender: drains the outbox at Telegram's pace and marks each row as it goes.

Several messages are in flight at once (within Telegram's limits, bot/delivery/limits.py), so one
slow answer holds nobody. What happens to a row when a send fails:

* 429: the outbox pauses for `retry_after`; the row stays pending, not counted as an attempt.
* 403: the user blocked the bot: the row is `blocked`, the user marked.
* 400: the message itself was refused: the row is `failed` (logged at WARNING).
* not sent (connection refused, reset before sending, 5xx): tried again with a capped back-off for
  as long as the message is useful: a reminder until its session starts (the renderer says so), any
  other message for `max_age` after it was written; then `failed`, logged at WARNING.
* maybe sent (Telegram did not answer in time, it may have delivered): the row remembers it and is
  sent once more at most; if that answer does not come either, the row is marked `sent` with the
  error "unconfirmed" rather than risk a third copy.

After a crash it resumes from the rows still pending: the messages in flight at the crash (at most
`concurrency`) may be sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from bot.answers.split import split_message
from bot.clock import Clock
from bot.delivery.limits import Priority, SendLimits
from bot.delivery.outbox import Envelope, Outbox, OutboxState
from bot.store.safety import DatabaseGone

log = logging.getLogger(__name__)

Button = tuple[str, str]  # (label, callback data)


@dataclass(frozen=True, slots=True)
class Photo:
    """A picture sent with the text as its caption: the bytes to upload, or the file id Telegram
    gave the same picture before; `uploaded` is told the file id of an upload, to reuse it."""

    content: bytes | str
    filename: str
    uploaded: Callable[[str], None] | None = None


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    photo: Photo | None = None  # the text is then the photo's caption (kept short)

    def parts(self) -> list[Rendered]:
        """The message cut to Telegram's size, buttons under the last part (as replies are)."""
        if self.photo is not None:
            return [self]
        texts = split_message(self.text)
        if len(texts) == 1:
            return [self]
        return [Rendered(text) for text in texts[:-1]] + [Rendered(texts[-1], self.buttons)]


class Blocked(Exception):
    """The recipient blocked the bot (403)."""


class RetryAfter(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class Rejected(Exception):
    """The message itself was refused (400): sending it again would not help."""


class Transient(Exception):
    """The message did not reach Telegram (connection refused, 5xx): try again later."""


class Uncertain(Transient):
    """Telegram did not answer in time: the message may have been delivered."""


class Transport(Protocol):
    """Sends one message, waiting on the shared SendLimits and recording the send in it."""

    async def send(self, chat_id: int, message: Rendered) -> None: ...

    async def edit(self, chat_id: int, message_id: int, text: str) -> None:
        """Shows `text` in place of a message the bot sent (a progress report)."""
        ...


# Renders an envelope in its recipient's language, or None when it no longer applies.
Renderer = Callable[[Envelope], Awaitable[Rendered | None]]

# Messages in flight at once: enough that slow answers (up to the 5 s read time-out) do not hold
# the pace; also the most a kill -9 can make arrive twice.
CONCURRENCY = 16
MAX_BACKOFF = 30.0  # seconds between two tries of a message that did not get through
MAX_AGE = timedelta(hours=6)  # an announcement or notice older than this is no longer news


class Sender:
    def __init__(
        self,
        outbox: Outbox,
        transport: Transport,
        render: Renderer,
        clock: Clock,
        *,
        limits: SendLimits,
        on_blocked: Callable[[int], Awaitable[None]] | None = None,
        on_sent: Callable[[Envelope], None] | None = None,
        idle_poll: float = 0.5,
        concurrency: int = CONCURRENCY,
        max_age: timedelta = MAX_AGE,
    ) -> None:
        self.outbox = outbox
        self.transport = transport
        self.render = render
        self.clock = clock
        self.on_blocked = on_blocked
        self.on_sent = on_sent
        # Shared with every other send of the bot (replies too, which go first): the transport
        # waits on it; here it only tells which chat may go next.
        self.limits = limits
        self.idle_poll = idle_poll
        self.concurrency = concurrency
        self.max_age = max_age
        self.sent = 0
        self.failed = 0
        self._wake = asyncio.Event()
        self._stopping = False
        self._stopped = asyncio.Event()
        self._in_flight: dict[int, asyncio.Task[None]] = {}  # envelope id → its send
        self._busy_chats: set[int] = set()
        # For each batch being gone through, the envelopes whose send has ended since it was read.
        self._watching: list[set[int]] = []

    def wake(self) -> None:
        """New rows were written: look at once rather than at the next poll."""
        self._wake.set()

    def stop(self) -> None:
        """Finish the messages in flight, then stop; pending rows wait for the next start."""
        self._stopping = True
        self._stopped.set()
        self._wake.set()

    async def run(self) -> None:
        self._stopping = False
        # A run that just ended (a restart, a crash) may have sent in the last second: wait one
        # window before sending, so that neither limit is exceeded across the restart.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopped.wait(), self.limits.window)
        self._stopped.clear()
        try:
            while not self._stopping:
                try:
                    worked = await self.drain_once(wait=False)
                except DatabaseGone:  # logged once where it was noticed; nothing can be marked
                    worked = False
                except Exception:  # the sender must outlive any one bad row or database hiccup
                    log.exception("outbox sender: unexpected error")
                    worked = False
                if not worked and not self._stopping:
                    self._wake.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), self.idle_poll)
        finally:
            await self._finish_in_flight()

    async def drain_once(self, *, wait: bool = True) -> bool:
        """Start sending what is pending and due now, as far as the limits allow; with `wait`, wait
        for those sends to end. True if it started anything."""
        paused = self.limits.paused_for(Priority.OUTBOX)
        if paused > 0:  # Telegram asked us to wait (429)
            await self._stopped_within(paused)
            return True
        # A send that ends while the batch is read or gone through may still be in it as pending.
        finished: set[int] = set()
        self._watching.append(finished)
        try:
            return await self._start_batch(finished, wait=wait)
        finally:
            self._watching = [watching for watching in self._watching if watching is not finished]

    async def _start_batch(self, finished: set[int], *, wait: bool) -> bool:
        batch = await self.outbox.pending(self.clock.now())
        started = False
        waiting_for_chat: list[float] = []
        for envelope in batch:
            if self._stopping:
                break
            if envelope.id in self._in_flight or envelope.id in finished:
                continue
            if envelope.recipient in self._busy_chats:
                continue
            ready_in = self.limits.chat_ready_in(envelope.recipient)
            if ready_in > 0:
                waiting_for_chat.append(ready_in)  # another chat may go first
                continue
            if len(self._in_flight) >= self.concurrency:
                await self._one_finished()
                if self._stopping:
                    break
            self._start(envelope)
            started = True
        if wait:
            await self._finish_in_flight()
        if not started and waiting_for_chat and not self._in_flight and not self._stopping:
            # Only chats that must wait their second: wait for the earliest, then go again.
            await self._stopped_within(min(waiting_for_chat))
            return True
        return started

    def _start(self, envelope: Envelope) -> None:
        self._busy_chats.add(envelope.recipient)
        task = asyncio.create_task(self._send(envelope), name=f"outbox-send-{envelope.id}")
        self._in_flight[envelope.id] = task

        def done(_: asyncio.Task[None]) -> None:
            self._in_flight.pop(envelope.id, None)
            for finished in self._watching:
                finished.add(envelope.id)
            self._busy_chats.discard(envelope.recipient)
            self._wake.set()

        task.add_done_callback(done)

    async def _one_finished(self) -> None:
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()), return_when=asyncio.FIRST_COMPLETED)

    async def _finish_in_flight(self) -> None:
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()))

    async def _send(self, envelope: Envelope) -> None:
        try:
            await self._deliver(envelope)
        except DatabaseGone:  # the row cannot be marked: it waits in the lost database
            return
        except Exception:  # one bad row must not take the others down; it is tried again later
            log.exception("outbox sender: message %s (%s) failed unexpectedly", envelope.id, envelope.job)
            await self.outbox.retry_later(envelope.id, self._later(envelope), "unexpected error")

    async def _deliver(self, envelope: Envelope) -> None:
        now = self.clock.now()
        rendered = await self.render(envelope)
        if rendered is None and envelope.attempts:
            # It did not get through while it was useful (a reminder whose session has begun).
            await self._fail(envelope, f"no longer useful after {envelope.attempts} tries: {envelope.error}")
            return
        if rendered is None:
            await self.outbox.mark(envelope.id, OutboxState.OBSOLETE, now)
            return
        if envelope.attempts and now - envelope.created_at > self.max_age:
            await self._fail(envelope, "no longer useful: Telegram could not be reached in time")
            return
        parts = rendered.parts()
        for index in range(envelope.parts_sent, len(parts)):
            try:
                await self.transport.send(envelope.recipient, parts[index])
            except RetryAfter as error:
                log.warning("429 from Telegram: the outbox waits %.1f s", error.seconds)
                self.limits.pause(Priority.OUTBOX, error.seconds)
                await self.outbox.keep_pending(envelope.id, parts_sent=index)
                return
            except Blocked:
                await self.outbox.mark(
                    envelope.id, OutboxState.BLOCKED, self.clock.now(), "blocked by the user"
                )
                if self.on_blocked is not None:
                    await self.on_blocked(envelope.recipient)
                return
            except Rejected as error:
                await self._fail(envelope, str(error))
                return
            except Uncertain as error:
                if envelope.uncertain >= 1:
                    # Twice without an answer: it most likely arrived; a third copy is worse.
                    log.warning(
                        "message %s (%s) to %s: no answer from Telegram twice, counted as sent",
                        envelope.id,
                        envelope.job,
                        envelope.recipient,
                    )
                    await self.outbox.mark(
                        envelope.id, OutboxState.SENT, self.clock.now(), f"unconfirmed: {error}"
                    )
                    self.sent += 1
                    return
                await self.outbox.retry_later(
                    envelope.id, self._later(envelope), str(error), parts_sent=index, uncertain=True
                )
                return
            except Transient as error:
                await self.outbox.retry_later(
                    envelope.id, self._later(envelope), str(error), parts_sent=index
                )
                return
            if index + 1 < len(parts):
                await self.outbox.keep_pending(envelope.id, parts_sent=index + 1)
        await self.outbox.mark(envelope.id, OutboxState.SENT, self.clock.now())
        self.sent += 1
        if self.on_sent is not None:
            self.on_sent(envelope)

    def _later(self, envelope: Envelope) -> float:
        backoff = min(MAX_BACKOFF, 2.0 ** min(envelope.attempts, 8))
        return self.clock.now().timestamp() + backoff

    async def _fail(self, envelope: Envelope, reason: str) -> None:
        log.warning(
            "outbox: message %s (job %s) to %s failed: %s",
            envelope.id,
            envelope.job,
            envelope.recipient,
            reason,
        )
        await self.outbox.mark(envelope.id, OutboxState.FAILED, self.clock.now(), reason)
        self.failed += 1

    async def _stopped_within(self, seconds: float) -> bool:
        """Wait `seconds`, unless stop() comes first."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopped.wait(), seconds)
        return self._stopped.is_set()
