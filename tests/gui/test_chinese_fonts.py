"""Chinese is drawn as Chinese: in the window and in the PDFs and charts ocdesk draws itself.

A missing CJK font shows every character as the same empty box ("tofu"), so these tests draw
different characters and require different pictures. On Linux the font comes from a system
package (fonts-noto-cjk on Debian and Ubuntu; README, .ci/run).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from ocdesk.gui.station.sample import sample_label
from ocdesk.gui.widgets.line_chart import LineChart
from ocdesk.labels.document import open_pdf
from ocdesk.labels.render import render_label

pytest_plugins = ("chinese_fixtures",)

CHARACTERS = ("库", "存", "退", "货")


def drawn(text: str, font: QFont) -> QImage:
    image = QImage(64, 64, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(QPoint(8, 48), text)
    painter.end()
    return image


def test_a_font_for_simplified_chinese_is_installed(qapp: Any) -> None:
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, "no font for Chinese: install fonts-noto-cjk (see README)"


def test_the_window_font_draws_each_chinese_character_differently(qapp: Any) -> None:
    font = QFont(qapp.font())
    font.setPixelSize(40)
    pictures = [drawn(c, font) for c in CHARACTERS]
    blank = drawn(" ", font)
    assert all(p != blank for p in pictures)
    assert len({bytes(p.constBits()) for p in pictures}) == len(CHARACTERS)



def test_the_test_page_pdf_carries_chinese_glyphs(chinese: None) -> None:
    """The station's test page is a PDF ocdesk draws: in Chinese its words are Chinese, and
    two printer names of different characters print differently."""
    pictures = []
    for name in ("库库库", "存存存"):
        doc = sample_label("return", name)
        with open_pdf(doc.pdf) as pdf:
            assert pdf.getAllText(0).text().startswith("测试标签")  # its words in Chinese
            pictures.append(render_label(pdf, doc, 0, 150))
    assert pictures[0] != pictures[1]


def test_the_chart_draws_its_chinese_words(qtbot: Any, chinese: None) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    assert chart.empty_text == "没有可绘制的数据。"
    pictures = []
    for text in ("库存", "退货"):
        chart.set_empty_text(text)
        pictures.append(chart.grab().toImage())
    assert pictures[0] != pictures[1]
