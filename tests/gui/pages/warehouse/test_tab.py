"""Warehouse tab: regions and services in a tree, names switch language, refresh says its age."""

from __future__ import annotations

from label_checks import gui_context  # noqa: E402

from ocdesk.gui.pages.registry import pages_for  # noqa: E402
from ocdesk.gui.pages.warehouse.tab import ServicesPage, age_text  # noqa: E402

WAIT_MS = 10_000


def _names(page: ServicesPage, region: str) -> dict[str, str]:
    top = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).text(0) == region
    )
    return {top.child(i).text(0): top.child(i).text(1) for i in range(top.childCount())}


def test_services_page_opens_with_data_and_switches_language(qtbot, oc_session):
    assert [p.default for p in pages_for("Warehouse")] == [True]
    with gui_context(oc_session) as ctx:
        page = ServicesPage(ctx)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.sig_rows_shown, timeout=WAIT_MS):
            page.load_defaults()
        qtbot.waitUntil(lambda: page.tree.topLevelItemCount() >= 6, timeout=WAIT_MS)
        english = _names(page, "DE")["DEDomesticStandard"]
        page.language.setCurrentIndex(page.language.findData("de-DE"))
        german = _names(page, "DE")["DEDomesticStandard"]
        assert german != english and german
        page.language.setCurrentIndex(page.language.findData("zh-CN"))
        assert _names(page, "DE")["DEDomesticStandard"] not in (english, german)
        assert page.age_label.text() == "fetched just now"
        # the platforms column shows OC's applyPlatform as sent
        top = page.tree.topLevelItem(0)
        assert top.child(0).text(2) in ("0,1", "0")
        with qtbot.waitSignal(page.cache.sig_changed, timeout=WAIT_MS):
            page.refresh_button.click()


def test_age_reads_like_a_person_says_it():
    assert age_text(None) == "not fetched from OC yet"
    assert age_text(185) == "fetched 3 min ago"
    assert age_text(3 * 3600) == "fetched 3 h ago"
    assert age_text(5 * 86400) == "fetched 5 days ago"
