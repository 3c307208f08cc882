"""Demo SKUs and the people, places and words the seeded orders are made of."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from ocdesk.sandbox.world.model import REGIONS, Sku
from ocdesk.sandbox.world.store import Store

# (en-US, de-DE, zh-CN, grams)
PRODUCTS = (
    ("Phone Case", "Handyhülle", "手机壳", 60),
    ("USB-C Cable", "USB-C-Kabel", "USB-C 数据线", 45),
    ("Desk Lamp", "Schreibtischlampe", "台灯", 900),
    ("Water Bottle", "Trinkflasche", "水瓶", 320),
    ("Yoga Mat", "Yogamatte", "瑜伽垫", 1100),
    ("Bluetooth Speaker", "Bluetooth-Lautsprecher", "蓝牙音箱", 480),
    ("Coffee Grinder", "Kaffeemühle", "咖啡研磨机", 1300),
    ("Backpack", "Rucksack", "背包", 750),
    ("Wireless Mouse", "Kabellose Maus", "无线鼠标", 110),
    ("Kitchen Scale", "Küchenwaage", "厨房秤", 650),
    ("Running Shoes", "Laufschuhe", "跑鞋", 820),
    ("LED Strip", "LED-Streifen", "LED 灯带", 240),
    ("Tea Set", "Teeservice", "茶具", 1600),
    ("Notebook", "Notizbuch", "笔记本", 300),
    ("Power Bank", "Powerbank", "移动电源", 280),
    ("Cutting Board", "Schneidebrett", "砧板", 950),
    ("Headphones", "Kopfhörer", "耳机", 260),
    ("Plant Pot", "Blumentopf", "花盆", 700),
)
COLOURS = ("Black", "White", "Green", "Blue", "Red", "Grey", "Orange")
SIZES = ("Small", "Medium", "Large")
FIRST_NAMES = (
    "Jessica",
    "Oliver",
    "Amelia",
    "Lukas",
    "Mia",
    "Noah",
    "Chloe",
    "Jack",
    "Sophie",
    "Liam",
    "Emma",
    "Felix",
    "Grace",
    "Ethan",
    "Hannah",
    "Wei",
    "Li",
    "Isla",
)
LAST_NAMES = (
    "Wang",
    "Smith",
    "Müller",
    "Brown",
    "Schmidt",
    "Taylor",
    "Jones",
    "Wilson",
    "Fischer",
    "Nguyen",
    "Martin",
    "Clarke",
    "Weber",
    "Chen",
    "Walker",
    "Evans",
)
CITIES = {
    "GB": (("Coventry", "CV4 9ES"), ("Leeds", "LS1 4DY"), ("Bristol", "BS1 5TR")),
    "DE": (("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331")),
    "AU": (("Sydney", "2000"), ("Melbourne", "3000"), ("Brisbane", "4000")),
    "US": (("Austin", "73301"), ("Seattle", "98101"), ("Newark", "07102")),
}
STREETS = ("Elm Tree Ave", "High Street", "Hauptstraße", "George St", "Main Street", "Park Road")
_STATUS_ODDS = (("approved", 0.88), ("draft", 0.04), ("pending_review", 0.05), ("rejected", 0.03))
_REGION_WEIGHTS = (5, 5, 3, 2, 2, 2, 1)


def pick_region(rng: random.Random) -> str:
    return rng.choices(REGIONS, weights=_REGION_WEIGHTS)[0]


def _status(rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for status, odds in _STATUS_ODDS:
        total += odds
        if roll < total:
            return status
    return "approved"


def _names(rng: random.Random, product: tuple[str, str, str, int]) -> list[dict[str, str]]:
    colour, size = rng.choice(COLOURS), rng.choice(SIZES)
    names = [
        {
            "SKUName": product[0],
            "attributeDescription": f"{colour}, {size}",
            "languageCode": "en-US",
        }
    ]
    if rng.random() < 0.2:
        names.append({"SKUName": product[1], "attributeDescription": "", "languageCode": "de-DE"})
    if rng.random() < 0.1:
        names.append({"SKUName": product[2], "attributeDescription": "", "languageCode": "zh-CN"})
    return names


def _extra(rng: random.Random, product: tuple[str, str, str, int], ref: str) -> dict:
    battery = product[0] in ("Bluetooth Speaker", "Power Bank", "Wireless Mouse", "Headphones")
    extra = {
        "SKUDescription": f"{product[0]} from the demo catalogue",
        "SKUPictureURLList": [
            {"SKUPictureURL": f"https://static.sandbox.ocdesk.example/{ref}.jpg"}
        ],
        "SIOC": rng.random() < 0.2,
        "countryOfOrigin": rng.choice(("CN", "CN", "CN", "DE", "GB", "VN", "US")),
        "dimensionUnit": "cm",
        "length": rng.randint(5, 60),
        "width": rng.randint(3, 40),
        "height": rng.randint(1, 30),
        "weight": product[3],
        "weightUnit": "g",
        "fileList": [],
    }
    if battery:
        extra.update(batteryForm="BCE", batteryType="OLB", batteryNumber=1)
    return extra


def seed_skus(store: Store, now: datetime, count: int = 220) -> None:
    rng = store.rng
    for index in range(count):
        product = PRODUCTS[index % len(PRODUCTS)]
        ref = f"DEMO-{index + 1:04d}"
        regions = sorted(
            {pick_region(rng) for _ in range(rng.choice((1, 1, 2, 2, 3)))}, key=REGIONS.index
        )
        created = now - timedelta(days=rng.uniform(380, 720))
        sku = Sku(
            mfskuid=store.ids.sku(),
            reference=ref,
            seller_sku=ref,
            names=_names(rng, product),
            regions=regions,
            status=_status(rng),
            created=created,
            updated=created + timedelta(days=rng.uniform(0, 360)),
            extra=_extra(rng, product, ref),
        )
        store.add_sku(sku)


def skus_by_region(store: Store) -> dict[str, list[Sku]]:
    """Approved SKUs per warehouse: only those can be ordered and stocked."""
    out: dict[str, list[Sku]] = {region: [] for region in REGIONS}
    for sku in store.skus.values():
        if sku.status == "approved":
            for region in sku.regions:
                out[region].append(sku)
    return out
