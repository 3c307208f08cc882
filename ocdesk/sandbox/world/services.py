"""The §7.1 warehouse/service fixture, with service names in en-US, de-DE, zh-CN and it-IT."""

from __future__ import annotations

import re
from typing import Any

_US = [
    "USDomesticStandard",
    "USDomesticExpress",
    "USDomesticEconomy",
    "US_UPSMIOnly",
    "USInternationalStandard",
    "US_FedExOnly",
    "USDomestic_UPSGroundOnly",
    "USDomestic_UPSSurePostOnly",
]

SERVICES: dict[str, list[str]] = {
    "DE": [
        "DEDomesticStandard",
        "DEInternationalStandard",
        "DEDomesticEconomy",
        "DEDomesticFreight",
        "DEDomStd_GLSPreferred",
        "DEDomStd_GLSOnly",
        "DEIntStd_GLSPreferred",
        "DEIntStd_GLSOnly",
    ],
    "UK": [
        "GBDomesticStandard",
        "GBDomesticExpress",
        "GBDomesticEconomy",
        "GBDomesticStandardLetter",
        "GBInternationalStandard",
        "GBDomesticFreight",
        "GBDomStd_RMPreferred",
        "GBDomStd_RMOnly",
        "GBDomStd_HMPreferred",
        "GBDomStd_HMOnly",
        "GBDomExp_RMPreferred",
        "GBDomExp_RMOnly",
        "GBDomExp_HMPreferred",
        "GBDomExp_HMOnly",
        "GBDomExp_YodelPreferred",
        "GBDomStd_YodelOnly",
        "GBDomExp_YodelOnly",
        "GBDomStd_YodelPreferred",
    ],
    "AU": [
        "AUDomesticExpress",
        "AU_AUP_eParcel",
        "AU_AUP_Express",
        "AUDomesticStandard",
        "AUDomesticEconomy",
        "AUDomesticFreight",
        "AUDomStd_AUPostPreferred",
        "AUDomStd_PFLPreferred",
        "AUDomStd_AUPostOnly",
        "AUDomStd_PFLOnly",
        "AUInternationalStandard",
        "AU_PFLOnly",
    ],
    "US-West": _US,
    "US-East": _US,
    "US-South": _US,
    "AU-MEL": ["AU_AUP_eParcel", "AU_AUP_Express", "AU_PFLOnly"],
}

# Codes OC lists in AU with applyPlatform "0" (marked * in §7.1).
_PLATFORM_0 = {
    "AUDomStd_AUPostPreferred",
    "AUDomStd_PFLPreferred",
    "AUDomStd_AUPostOnly",
    "AUDomStd_PFLOnly",
}

LANGUAGES = ("en-US", "de-DE", "zh-CN", "it-IT")
_ABBREVIATIONS = {"Dom": "Domestic", "Int": "International", "Std": "Standard", "Exp": "Express"}
_WORDS: dict[str, tuple[str, str, str, str]] = {
    "Domestic": ("Domestic", "Inland", "国内", "Nazionale"),
    "International": ("International", "International", "国际", "Internazionale"),
    "Standard": ("Standard", "Standardversand", "标准配送", "Standard"),
    "Express": ("Express", "Expressversand", "快速配送", "Espresso"),
    "Economy": ("Economy", "Sparversand", "经济配送", "Economico"),
    "Freight": ("Freight", "Frachtversand", "大件货运", "Merci"),
    "Letter": ("Letter", "Brief", "信件", "Lettera"),
}
_CARRIER_MODE: dict[str, tuple[str, str, str, str]] = {
    "Preferred": (
        "{} as Preferred Carrier",
        "{} als bevorzugter Versender",
        "{}优先",
        "{} come corriere preferito",
    ),
    "Only": (
        "{} as Assigned Carrier",
        "{} als zugewiesener Versender",
        "指定{}",
        "{} come corriere assegnato",
    ),
    "": ("{}", "{}", "{}", "{}"),
}


def _parts(code: str) -> tuple[str, list[str], str, str]:
    """Split `GBDomStd_RMPreferred` into ("GB", ["Domestic", "Standard"], "RM", "Preferred")."""
    head, _, tail = code.partition("_")
    words = [_ABBREVIATIONS.get(w, w) for w in re.findall(r"[A-Z][a-z]+", head[2:])]
    match = re.fullmatch(r"(.+?)(Preferred|Only)?", tail) if tail else None
    carrier = match.group(1).replace("_", " ") if match else ""
    mode = (match.group(2) or "") if match else ""
    return head[:2], words, carrier, mode


def service_name(code: str, language: str = "en-US") -> str:
    index = LANGUAGES.index(language)
    country, words, carrier, mode = _parts(code)
    text = " ".join([country, *(_WORDS[w][index] if w in _WORDS else w for w in words)])
    if carrier:
        joiner = "-" if words else " "
        text += joiner + _CARRIER_MODE[mode][index].format(carrier)
    return text


def _product(region: str, code: str) -> dict[str, Any]:
    platform = "0" if region == "AU" and code in _PLATFORM_0 else "0,1"
    return {
        "shippingServiceCode": code,
        "shippingServiceNameList": [
            {
                "applyPlatform": platform,
                "language": lang,
                "shippingServiceName": service_name(code, lang),
            }
            for lang in LANGUAGES
        ],
    }


def service_list() -> list[dict[str, Any]]:
    """The `data` of `warehouse.services`."""
    return [
        {"serviceRegion": region, "productList": [_product(region, code) for code in codes]}
        for region, codes in SERVICES.items()
    ]
