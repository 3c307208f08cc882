"""The file to start a bulk import from: every column the importer reads, and one example row.

Written as CSV or .xlsx (by the name the user picks); in a workbook the numbers are numbers
and the ids text, as a seller's own sheet would hold them. Read back, the example is an item
with no problems, so a template filled in the same way is sent as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ocdesk.jobs.csv_items import READERS, Column
from ocdesk.jobs.tables import write_table

EXAMPLES: dict[str, dict[str, Any]] = {
    "outbound.create": {
        "referenceNumber": "SO-240501", "orderPlatform": "OTHERS", "serviceRegion": "UK",
        "shippingServiceCode": "GBDomesticStandard", "consigneeName": "Jessica Wang",
        "houseNumber": "133", "consigneeAddress1": "Elm Tree Avenue", "consigneeCity": "Coventry",
        "consigneeProvinceOrState": "West Midlands", "consigneeZipCode": "CV4 9ES",
        "consigneeCountryCode": "GB", "consigneePhone": "077-4639677",
        "consigneeEmail": "jessica.wang@example.com", "mfSkuId": "OC0062065993319",
        "skuQuantity": 1, "declaredValue": 24.99, "currency": "GBP",
    },
    "sku.create": {
        "referenceSKUID": "LAMP-OAK-01", "SKUName": "Desk lamp", "languageCode": "en-US",
        "attributeDescription": "Oak, warm white",
        "SKUdescription": "LED desk lamp with an oak base and a fabric shade", "length": 30,
        "width": 15, "height": 12, "dimensionUnit": "cm", "weight": 850, "weightUnit": "g",
        "withBattery": "false", "countryOfOrigin": "CN", "serviceRegion": "UK|DE",
        "withBrand": "WOB", "SKUPictureURL": "https://images.example.com/lamp-oak-01/front.jpg",
        "salesURL": "https://shop.example.com/lamp-oak-01",
    },
}  # fmt: skip
"""The example row of each bulk create's template, by catalog id."""


def template_columns(endpoint_id: str) -> list[Column]:
    reader = READERS[endpoint_id]
    return [*reader.item_columns, *reader.row_columns]


def write_template(endpoint_id: str, path: Path | str) -> None:
    """Write the template of `endpoint_id` (outbound.create, sku.create) to `path`."""
    columns = template_columns(endpoint_id)
    example = EXAMPLES[endpoint_id]
    write_table(path, [c.name for c in columns], [[example.get(c.name, "") for c in columns]])
