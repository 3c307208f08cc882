"""OC's outbound callbacks on this desk: the local receiver, its SQLite inbox, a test sender."""

from ocdesk.webhook.inbox import InboxEntry, WebhookInbox
from ocdesk.webhook.receiver import ReceiverError, ReceiverSettings, WebhookReceiver
from ocdesk.webhook.sender import send_test_event

__all__ = [
    "InboxEntry",
    "ReceiverError",
    "ReceiverSettings",
    "WebhookInbox",
    "WebhookReceiver",
    "send_test_event",
]
