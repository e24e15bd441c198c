"""Language names by code, each in the language itself (its endonym): "Español" for ``es``.

The one table for the screens that pick an interview language, the UI language list, referral packets and XLSForm
column headers. A language is shown by its own name ("Español (es)"), so that whoever speaks it recognises it
whatever the UI language.
"""

from __future__ import annotations

from types import MappingProxyType

OWN_NAMES = MappingProxyType(
    {
        "am": "አማርኛ",
        "ar": "العربية",
        "bn": "বাংলা",
        "de": "Deutsch",
        "en": "English",
        "es": "Español",
        "fa": "فارسی",
        "fr": "Français",
        "hi": "हिन्दी",
        "ht": "Kreyòl ayisyen",
        "it": "Italiano",
        "ja": "日本語",
        "ko": "한국어",
        "pl": "Polski",
        "pt": "Português",
        "ru": "Русский",
        "so": "Soomaali",
        "sw": "Kiswahili",
        "th": "ไทย",
        "tl": "Tagalog",
        "uk": "Українська",
        "ur": "اردو",
        "vi": "Tiếng Việt",
        "zh": "中文",
    }
)
"""Language code (ISO 639-1) -> the language's own name, for the languages instruments commonly use."""


def own_name(code: str) -> str | None:
    """The language's own name, also for a regional code ("es-MX", "pt_BR"); ``None`` when it is not known."""
    return OWN_NAMES.get(code.replace("_", "-").split("-")[0].lower())


def language_name(code: str) -> str:
    """A language's own name with its code, for example "Español (es)"; the code alone when the name is not known."""
    name = own_name(code)
    return f"{name} ({code})" if name else code
