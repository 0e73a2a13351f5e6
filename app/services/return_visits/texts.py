"""The words of a return visit, in the user's language: the default reasons and how a follow-up
reads on today's list. A reason the user typed is kept as typed."""
from __future__ import annotations

# The window's language code (settings "language": en, zh_CN, es) → its texts.
DEFAULT_REASONS = {
    "en": {3: "is it working?", 30: "how is it going?"},
    "zh_CN": {3: "用得还好吗？", 30: "用了一个月，感觉怎么样？"},
    "es": {3: "¿funciona bien?", 30: "¿qué tal le va?"},
}
WARRANTY_REASON = {
    "en": "the warranty ends on {date}",
    "zh_CN": "保修期{date}到期",
    "es": "la garantía termina el {date}",
}
# What today's list shows as the follow-up's summary.
SUMMARY = {
    "en": "Return visit: {reason} ({product}, bought {bought})",
    "zh_CN": "回访：{reason}（{product}，{bought}购买）",
    "es": "Visita de seguimiento: {reason} ({product}, comprado el {bought})",
}


def language_key(language: str | None) -> str:
    return language if language in SUMMARY else "en"
