"""Which printer, media preset and path a label type prints with, kept in the settings file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ocdesk.labels import presets
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.presets import MediaPreset
from ocdesk.labels.printing import VIA_CUPS, VIA_QT
from ocdesk.store.profiles import ProfileStore

__all__ = [
    "VIA_CUPS",
    "VIA_QT",
    "PrinterChoice",
    "known_addresses",
    "load_choice",
    "remember_address",
    "save_choice",
]
PREF_PREFIX = "labels.printer."
# Label printers typed in by address (zpl://...), offered again in every printer choice.
ADDRESSES_PREF = "labels.printer_addresses"
MAX_ADDRESSES = 10
# "Auto" renders for thermal printers, the common desk printer: 203 dpi keeps bars on whole dots.
AUTO_DPI = 203


@dataclass(frozen=True)
class PrinterChoice:
    """Where labels of one type go.

    `preset_key` None means the label's own page size picks the stock (presets.preset_for),
    never the printer's default paper. `via` "cups" sends the PDF itself to CUPS. A `printer`
    that is an address (zpl://..., tspl://...) gets the label's dots directly, whatever `via`.
    """

    printer: str
    preset_key: str | None
    via: str = VIA_QT

    def preset(self, doc: LabelDocument) -> MediaPreset:
        """The stock `doc` prints on with this choice."""
        if self.preset_key:
            return presets.get(self.preset_key)
        width, height = doc.page_size_mm(0)
        return presets.preset_for(width, height, dpi=AUTO_DPI)

    def to_pref(self) -> dict[str, Any]:
        return {"printer": self.printer, "preset": self.preset_key, "via": self.via}

    @classmethod
    def from_pref(cls, value: Any) -> PrinterChoice | None:
        """The stored choice, or None when the settings hold nothing usable."""
        if not isinstance(value, dict) or not value.get("printer"):
            return None
        via = VIA_CUPS if value.get("via") == VIA_CUPS else VIA_QT
        preset = value.get("preset") or None
        return cls(str(value["printer"]), str(preset) if preset else None, via)


def load_choice(profiles: ProfileStore, label_type: str) -> PrinterChoice | None:
    return PrinterChoice.from_pref(profiles.get_pref(PREF_PREFIX + label_type))


def save_choice(profiles: ProfileStore, label_type: str, choice: PrinterChoice) -> None:
    profiles.set_pref(PREF_PREFIX + label_type, choice.to_pref())


def known_addresses(profiles: ProfileStore) -> list[str]:
    """The label printer addresses typed in before, newest first."""
    stored = profiles.get_pref(ADDRESSES_PREF, [])
    return [str(address) for address in stored if isinstance(address, str) and address]


def remember_address(profiles: ProfileStore, address: str) -> None:
    """Offer `address` first from now on (a few are kept)."""
    others = [known for known in known_addresses(profiles) if known != address]
    profiles.set_pref(ADDRESSES_PREF, [address, *others][:MAX_ADDRESSES])
