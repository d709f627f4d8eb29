"""Test doubles that run for real on 127.0.0.1 (no mocks): see :mod:`.bot_api`."""

from .bot_api import (
    BotApiError,
    Call,
    FakeBotApi,
    MethodHandler,
    StoredFile,
    UploadedFile,
    Violations,
)

__all__ = [
    "BotApiError",
    "Call",
    "FakeBotApi",
    "MethodHandler",
    "StoredFile",
    "UploadedFile",
    "Violations",
]
