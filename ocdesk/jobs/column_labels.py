"""Column names a seller may use instead of OC's field names, in English and in Chinese.

A header cell names a field by OC's own name (`referenceNumber`, any case) or by one of its
desk labels: the words the console's forms use (`Your order number`) and those of OC's Chinese
pages (`参考号`). Case, spaces and a required-field star (`收件人*`) do not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ocdesk.api.text import translate
from ocdesk.jobs.csv_rows import CsvFileError

ORDER_LABELS: Mapping[str, tuple[str, ...]] = {
    "referenceNumber": ("Your order number", "Your reference", "Reference", "参考号", "订单参考号",
                        "客户订单号"),
    "orderPlatform": ("Sold on", "Platform", "订单平台", "销售平台"),
    "serviceRegion": ("Service region", "Warehouse region", "服务区域", "仓库区域"),
    "shippingServiceCode": ("Shipping service", "Service", "物流服务", "物流服务代码", "派送服务"),
    "ebayId": ("eBay buyer id", "eBay buyer", "eBay买家ID", "买家ID"),
    "ebayOrderId": ("eBay order id", "eBay order number", "eBay订单号"),
    "consigneeName": ("Name", "Recipient", "Recipient name", "收件人", "收件人姓名"),
    "companyName": ("Company", "公司", "公司名称", "收件人公司"),
    "houseNumber": ("House number", "门牌号"),
    "consigneeAddress1": ("Address", "Address 1", "Address, line 1", "地址", "地址1", "收件人地址"),
    "consigneeAddress2": ("Address 2", "Address, line 2", "地址2"),
    "consigneeCity": ("City", "城市"),
    "consigneeProvinceOrState": ("County / state", "State", "Province", "County", "省/州", "省州",
                                 "州/省"),
    "consigneeZipCode": ("Postcode", "Zip code", "Post code", "邮编", "邮政编码"),
    "consigneeCountryCode": ("Country", "Country code", "国家", "国家代码", "国家/地区"),
    "consigneePhone": ("Phone", "Telephone", "电话", "收件人电话", "联系电话"),
    "consigneeEmail": ("Email", "E-mail", "邮箱", "电子邮箱"),
    "remark": ("Note for the warehouse", "Note", "Remark", "备注"),
    "mfSkuId": ("SKU", "OC SKU", "MFSKUID", "SKU编号", "OC SKU编号"),
    "skuQuantity": ("Quantity", "Qty", "数量"),
    "declaredValue": ("Declared value", "Value", "申报价值", "申报金额"),
    "currency": ("Currency", "币种", "货币"),
}  # fmt: skip

SKU_LABELS: Mapping[str, tuple[str, ...]] = {
    "referenceSKUID": ("Your SKU id", "Reference SKU", "Seller SKU", "参考SKU", "卖家SKU", "自定义SKU"),
    "SKUName": ("Name", "SKU name", "Product name", "SKU名称", "商品名称", "名称"),
    "languageCode": ("Language", "Language code", "语言", "语言代码"),
    "attributeDescription": ("Attributes", "Attribute description", "属性", "属性描述"),
    "SKUdescription": ("Description", "描述", "SKU描述", "商品描述"),
    "length": ("Length", "长", "长度"),
    "width": ("Width", "宽", "宽度"),
    "height": ("Height", "高", "高度"),
    "dimensionUnit": ("Size unit", "Dimension unit", "尺寸单位", "长度单位"),
    "weight": ("Weight", "重量"),
    "weightUnit": ("Weight unit", "重量单位"),
    "withBattery": ("Battery", "With battery", "带电", "是否带电", "含电池"),
    "batteryForm": ("How it is packed", "Battery form", "电池形式", "电池包装"),
    "batteryType": ("Battery type", "电池类型"),
    "batteryNumber": ("Batteries per SKU", "Battery number", "电池数量"),
    "countryOfOrigin": ("Country of origin", "Origin", "原产国", "原产地"),
    "serviceRegion": ("Service regions", "Service region", "服务区域"),
    "withBrand": ("Brand", "With brand", "品牌", "是否有品牌"),
    "SKUPictureURL": ("Pictures", "Picture URL", "图片", "图片链接"),
    "salesURL": ("Product page", "Sales URL", "销售链接", "商品链接"),
}  # fmt: skip

_NOISE = re.compile(r"[\s*＊:：]+")


def _key(text: str) -> str:
    """What a header means regardless of case, spaces, a star or a colon."""
    return _NOISE.sub("", text).casefold()


def field_names(
    headers: Iterable[str], fields: Iterable[str], labels: Mapping[str, tuple[str, ...]]
) -> dict[str, str]:
    """header -> OC field name for every header that names one of `fields`.

    CsvFileError when two columns name the same field (`参考号` and `referenceNumber`):
    which one to send would be a guess.
    """
    meanings: dict[str, str] = {}
    for field in fields:
        for name in (field, *labels.get(field, ())):
            meanings.setdefault(_key(name), field)
    found: dict[str, str] = {}
    taken: dict[str, str] = {}
    for header in headers:
        field = meanings.get(_key(header), "") if header else ""
        if not field:
            continue
        if field in taken:
            twice = translate(
                "csv_files",
                "line 1: the columns {first} and {second} both mean {field}; keep one of them",
            )
            raise CsvFileError(
                twice.format(first=repr(taken[field]), second=repr(header), field=field)
            )
        found[header], taken[field] = field, header
    return found


def mapping_words(found: Mapping[str, str]) -> str:
    """`参考号 → referenceNumber, 收件人 → consigneeName`: the columns read under another name."""
    return ", ".join(f"{header} → {field}" for header, field in found.items() if header != field)
