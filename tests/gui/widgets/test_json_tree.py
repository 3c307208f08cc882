"""JsonView: a response as a browsable tree, and a Raw pane that never shows a usable credential."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from ocdesk.gui.widgets.json_tree import JsonView, format_exchange

BODY = {
    "code": 0,
    "message": "Success",
    "data": {"orderList": [{"orderNumber": "OCO2000011384024GB", "weight": 1.5, "paid": True,
                            "remark": None}]},
}  # fmt: skip


@dataclass
class Exchange:
    method: str = "POST"
    url: str = "http://127.0.0.1:8765/openapi/3pp/outbound/v2/query"
    request_headers: dict[str, str] = field(default_factory=dict)
    request_body: Any = '{"messageId":"m1","data":{"referenceNumber":"#1003"}}'
    status: int = 200
    response_headers: dict[str, str] = field(
        default_factory=lambda: {"Content-Type": "application/json"}
    )
    response_text: str = '{"code":0,"message":"Success","data":null}'


@dataclass
class Result:
    body: Any
    exchange: Exchange


@pytest.fixture
def view(qtbot) -> JsonView:
    widget = JsonView()
    qtbot.addWidget(widget)
    return widget


def _child(model, parent: QModelIndex, key: str) -> QModelIndex:
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.data(index) == key:
            return index
    raise AssertionError(f"{key} not found")


def test_tree_shows_key_value_and_type(view):
    view.set_document(BODY)
    model = view.model
    order = model.index(0, 0, _child(model, _child(model, QModelIndex(), "data"), "orderList"))
    assert model.data(order) == "[0]"
    assert model.data(order.siblingAtColumn(1)) == "{4 keys}"
    rows = {
        model.data(model.index(r, 0, order)): (
            model.data(model.index(r, 1, order)),
            model.data(model.index(r, 2, order)),
        )
        for r in range(model.rowCount(order))
    }
    assert rows == {
        "orderNumber": ("OCO2000011384024GB", "string"),
        "weight": ("1.5", "number"),
        "paid": ("true", "boolean"),
        "remark": ("null", "null"),
    }


def test_small_documents_open_expanded_and_large_ones_collapsed(view):
    view.set_document(BODY)
    assert view.tree.isExpanded(_child(view.model, QModelIndex(), "data"))
    view.set_document({"data": [{"n": i} for i in range(1000)]})
    assert not view.tree.isExpanded(_child(view.model, QModelIndex(), "data"))


def test_copy_value_copies_containers_as_json(view):
    view.set_document(BODY)
    view.tree.setCurrentIndex(_child(view.model, QModelIndex(), "data"))
    view.copy_button.click()
    assert '"orderNumber": "OCO2000011384024GB"' in QApplication.clipboard().text()
    view.tree.setCurrentIndex(_child(view.model, QModelIndex(), "message"))
    view.copy_value()
    assert QApplication.clipboard().text() == "Success"


def test_raw_pane_shows_the_exchange_with_credentials_masked(view):
    token, signature = secrets.token_hex(20), secrets.token_hex(16)
    exchange = Exchange(
        request_headers={"Access-Token": f"Bearer {token}", "vAuthorization": signature,
                         "clientKey": "k-123"},
    )  # fmt: skip
    view.set_result(Result(BODY, exchange))
    view.raw_button.click()
    assert view.stack.currentWidget() is view.raw_edit
    text = view.raw_edit.toPlainText()
    assert text.startswith("POST http://127.0.0.1:8765/openapi/3pp/outbound/v2/query")
    assert token not in text and signature not in text
    assert f"Access-Token: Bearer …{token[-4:]}" in text
    assert "clientKey: k-123" in text
    assert '"referenceNumber": "#1003"' in text  # request body pretty-printed
    assert "HTTP 200" in text and "Content-Type: application/json" in text
    view.show_raw(False)
    assert view.stack.currentWidget() is view.tree and not view.raw_button.isChecked()


def test_oauth_secrets_in_url_and_body_are_masked_but_oc_codes_are_not():
    secret, refresh = secrets.token_hex(16), secrets.token_hex(24)
    exchange = Exchange(
        url=f"https://example.invalid/oauth/token?grant_type=refresh_token&client_secret={secret}",
        response_text=f'{{"access_token":"{secrets.token_hex(24)}","refresh_token":"{refresh}"}}',
    )
    text = format_exchange(exchange)
    assert secret not in text and refresh not in text
    assert "grant_type=refresh_token" in text
    vendor = format_exchange(Exchange(response_text='{"code":3,"message":"bad"}'))
    assert '"code": 3' in vendor


def test_non_json_bodies_are_shown_as_they_came(view):
    view.set_exchange(Exchange(status=502, response_text="<html>Bad Gateway</html>"))
    assert "HTTP 502" in view.raw_edit.toPlainText()
    assert "<html>Bad Gateway</html>" in view.raw_edit.toPlainText()
