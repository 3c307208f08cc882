"""The Qt-free layers' messages in Chinese with ocdesk/resources/i18n/ocdesk_core_zh_CN.qm
installed, unchanged English without; the GUI installs it at start, the command line on --lang
or locale."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ocdesk import cli, translation
from ocdesk.api import catalog
from ocdesk.api.dates import format_datetime
from ocdesk.api.errors import BusinessError, OutcomeUnknown, TransportError, ValidationError
from ocdesk.api.identifiers import IdKind
from ocdesk.api.validation import validate
from ocdesk.jobs.bulk_report import CREATED, INVALID, BulkReport, ItemOutcome
from ocdesk.jobs.concurrent import fetch_many
from ocdesk.jobs.csv_items import SourceItem
from ocdesk.jobs.csv_rows import CsvFileError
from ocdesk.jobs.failure_words import failure_words
from ocdesk.jobs.pricing import wait_for_result
from ocdesk.jobs.record_actions import Match
from ocdesk.jobs.record_fields import card_data
from ocdesk.jobs.tables import read_table
from ocdesk.labels.printing import printer_trouble
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.store.profiles import Profile, ProfileError

pytestmark = pytest.mark.usefixtures("root_logging")  # the commands set up logging
CJK = re.compile(r"[\u4e00-\u9fff]")
NO_PRINTER = "ocdesk-no-such-printer"


def _messages() -> dict[str, str]:
    """One message of each Qt-free layer, as built now."""
    with pytest.raises(ValidationError) as invalid:
        validate(catalog.get("sku.create"), [{"referenceSKUID": "A1", "weight": 2}])
    report = BulkReport("outbound.create")
    report.add(ItemOutcome(0, SourceItem({}), "R1", CREATED, "OC0001"))
    report.add(ItemOutcome(1, SourceItem({}), "R2", INVALID, reason="bad"))
    lost = TransportError("reset", outcome_unknown=True)
    network = failure_words(TransportError("Connection refused host='127.0.0.1'"))
    assert network is not None
    vas = card_data(Match(IdKind.VAS, "VAS01", {"vasType": "RELABEL"}))
    with pytest.raises(ProfileError) as profile:
        Profile("Desk", "sandbox", "uk", "https://oc.example", "")
    return {
        "validation": "; ".join(p.message for p in invalid.value.problems),
        "hint": BusinessError("Order exists", code=10001).hint,
        "unknown": OutcomeUnknown(lost, ["R1"]).hint,
        "report": report.summary(),
        "network": network.what,
        "printer": printer_trouble(NO_PRINTER) or "",
        "service": vas.service,
        "profile": str(profile.value),
    }


ENGLISH = {
    "validation": "is required; is required when weight is sent",
    "hint": "Read OC's message above and correct the request before sending it again.",
    "unknown": "It may have reached OC: look it up before sending it again. Look up: R1.",
    "report": "1 created, 1 invalid (not sent)",
    "network": "OC cannot be reached: check the network connection (or whether the sandbox is "
    "running).",
    "service": "Relabel",
    "profile": "Client id must not be empty.",
}


@pytest.fixture
def chinese() -> Iterator[None]:
    catalog_file = translation.catalog_for("zh_CN")
    assert catalog_file is not None, "ocdesk/resources/i18n/ocdesk_core_zh_CN.qm is missing"
    assert translation.install_for_cli(catalog_file)
    yield
    translation.uninstall()


def test_without_a_translation_every_layer_speaks_english_as_before() -> None:
    said = _messages()
    assert {k: v for k, v in said.items() if k in ENGLISH} == ENGLISH
    assert NO_PRINTER in said["printer"] and not CJK.search(said["printer"])


def test_with_the_chinese_translation_every_layer_speaks_chinese(chinese: None) -> None:
    said = _messages()
    assert said["validation"] == "为必填项; 为必填项（填写了重量时）"
    assert said["hint"] == "请阅读上面 OC 的提示，改正请求后再发送。"
    assert said["unknown"] == "请求可能已到达 OC：重新发送前请先查询。请查询：R1。"
    assert said["report"] == "已创建 1 个，无效 1 个（未发送）"
    assert said["network"] == "无法连接 OC：请检查网络连接（或沙箱是否在运行）。"
    assert said["service"] == "换标"
    assert said["profile"] == "客户端 ID 不能为空。"
    assert "打印" in said["printer"]


def _fetch_progress() -> list[str]:
    """What a search split into parts (periods of at most 7 days, say) says as it goes."""
    said: list[str] = []
    fetch_many(lambda _endpoint, _data: None, "outbound.query", [{}, {}],
               rows_of=lambda _answer: [], max_workers=1,
               progress=lambda _done, _total, text: said.append(text))  # fmt: skip
    return said


def test_a_search_in_parts_says_how_far_it_got_in_the_desk_language(chinese: None) -> None:
    assert _fetch_progress() == ["已获取 1 / 2 部分", "已获取 2 / 2 部分"]
    translation.uninstall()
    assert _fetch_progress() == ["Fetched 1 of 2 parts", "Fetched 2 of 2 parts"]


def test_a_freight_estimate_says_how_it_goes_in_the_desk_language(chinese: None) -> None:
    answers = iter([[], [{"channelCode": "EXP"}]])  # OC still pricing, then the estimate

    class Answer:
        def __init__(self) -> None:
            self._rows = next(answers)

        def rows(self) -> list[dict[str, Any]]:
            return self._rows

    said: list[str] = []
    wait_for_result(lambda _endpoint, _data: Answer(), "R1", sleep=lambda _seconds: None,
                    progress=lambda _done, _total, text: said.append(text))  # fmt: skip
    assert said == ["OC 正在估算 R1 的运费，稍后再次查询", "运费估算已完成"]


def test_a_chinese_desk_is_told_in_chinese_how_a_file_was_read_and_why_not(
    chinese: None, tmp_path: Path
) -> None:
    orders = tmp_path / "出库单.csv"
    orders.write_bytes("参考号,收件人\nR1,张伟\n".encode("gbk"))
    pdf = tmp_path / "orders.csv"
    pdf.write_bytes(b"%PDF-1.7\n")

    table = read_table(orders)
    with pytest.raises(CsvFileError) as refused:
        read_table(pdf)

    assert table.rows[0].values == {"参考号": "R1", "收件人": "张伟"}
    assert table.source == "按 GBK（中文 Excel） 编码读取"
    assert str(refused.value) == "orders.csv 是 PDF 文件，不是表格"


def test_the_catalog_language_follows_the_locale_names_people_use() -> None:
    found = translation.catalog_for("zh_CN")
    assert found is not None and found.name == "ocdesk_core_zh_CN.qm"
    for name in ("zh_CN.UTF-8", "zh-cn", "zh", "zh_CN.GB18030@stroke"):
        assert translation.catalog_for(name) == found, name
    for name in ("", "C", "POSIX", "C.UTF-8", "en_GB.UTF-8", "fr_FR", "de"):
        assert translation.catalog_for(name) is None, name


def test_the_gui_start_installs_the_chinese_messages_for_a_chinese_desk(tmp_path: Path) -> None:
    """The application and its language, as `ocdesk` starts them, on a computer set to Chinese
    with no language chosen in the preferences."""
    script = (
        "import sys\n"
        "from ocdesk.api.errors import BusinessError\n"
        "from ocdesk.gui.app import _make_application\n"
        "from ocdesk.gui.language import apply_language\n"
        "from ocdesk.store.profiles import ProfileStore\n"
        "app = _make_application()\n"
        "apply_language(app, ProfileStore(sys.argv[1]))\n"
        "print(BusinessError('x').hint)\n"
    )
    env = {**os.environ, "LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    settings = str(tmp_path / "settings.json")
    done = subprocess.run([sys.executable, "-c", script, settings], capture_output=True,
                          text=True, env=env, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "请阅读上面 OC 的提示，改正请求后再发送。"


def test_the_window_speaks_its_own_language_whatever_the_command_line_asked(
    chinese: None, qapp: Any
) -> None:
    """`ocdesk --lang zh_CN` opening an English window: its messages follow the window."""
    from PySide6.QtCore import QLocale

    from ocdesk.gui.language import install_translations

    try:
        assert "ocdesk_core" not in install_translations(qapp, QLocale("en_US"))
        assert BusinessError("x").hint == ENGLISH["hint"]
        assert "ocdesk_core" in install_translations(qapp, QLocale("zh_CN"))
        assert BusinessError("x").hint == "请阅读上面 OC 的提示，改正请求后再发送。"
    finally:
        install_translations(qapp, QLocale("C"))


# --- the command line ---------------------------------------------------------------------------

BAD_ORDER = json.dumps([{"referenceNumber": "x" * 51}])


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def test_cli_lang_zh_cn_says_the_error_in_chinese_and_keeps_script_words(
    shared_sandbox: Sandbox, capsys: Any, english_locale: None
) -> None:
    argv = ("call", "outbound.create", "--data", BAD_ORDER, "--sandbox-url", shared_sandbox.base_url)
    code, out, err = run(capsys, "--lang", "zh_CN", *argv)

    assert code == 2 and out == ""
    assert err.startswith("输入无效，未发送任何内容：\n")
    assert "data[0].referenceNumber: 最多 50 个字符（现有 51 个）" in err
    assert "data[0].productList: 为必填项" in err

    code, _, english = run(capsys, *argv)
    assert code == 2 and english.startswith("Invalid input; nothing was sent:\n")
    assert "data[0].referenceNumber: must be at most 50 characters (it has 51)" in english
    assert not CJK.search(english)


def test_cli_follows_a_chinese_locale_unless_told_english(
    shared_sandbox: Sandbox, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MESSAGES", "zh_CN.UTF-8")
    argv = ("call", "outbound.create", "--data", BAD_ORDER, "--sandbox-url", shared_sandbox.base_url)

    assert run(capsys, *argv)[2].startswith("输入无效")
    assert run(capsys, "--lang", "en", *argv)[2].startswith("Invalid input")
    monkeypatch.setenv("LC_ALL", "C")  # LC_ALL comes first, as POSIX orders them
    assert run(capsys, *argv)[2].startswith("Invalid input")


def test_cli_hint_line_keeps_its_prefix_and_the_exit_code_in_chinese(capsys: Any) -> None:
    code, _, err = run(capsys, "--lang", "zh_CN", "call", "warehouse.services",
                       "--sandbox-url", "http://127.0.0.1:9")  # fmt: skip
    assert code == cli.EXIT_NETWORK
    assert "无法连接 OC" in err
    assert "\nerror: " in err and "\nhint: 请用 `ocdesk sandbox` 启动一个沙箱" in err


def test_cli_json_output_is_the_same_in_any_language(
    shared_sandbox: Sandbox, capsys: Any, english_locale: None
) -> None:
    url = shared_sandbox.base_url
    now = datetime.now(UTC)
    window = json.dumps({"startTime": format_datetime(now - timedelta(days=6)),
                         "endTime": format_datetime(now)})  # fmt: skip
    query = ("call", "outbound.query", "--data", window, "--sandbox-url", url)
    code, listed, err = run(capsys, *query)
    assert code == 0, err
    number = json.loads(listed)["data"][0]["orderNumber"]

    english = run(capsys, "find", number, "--json", "--sandbox-url", url)
    chinese = run(capsys, "--lang", "zh_CN", "find", number, "--json", "--sandbox-url", url)
    assert english[0] == chinese[0] == 0
    assert json.loads(english[1]) and english[1] == chinese[1]
    again = run(capsys, "--lang", "zh_CN", *query)[1]
    assert again.replace(_message_id(again), "") == listed.replace(_message_id(listed), "")


def _message_id(answer: str) -> str:
    """OC's id of one answer: the only thing two answers to the same question differ in."""
    return str(json.loads(answer)["messageId"])


def test_cli_speaks_english_where_qt_cannot_load(
    shared_sandbox: Sandbox, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", None)  # import fails, as on a bare server
    code, _, err = run(capsys, "--lang", "zh_CN", "call", "outbound.create", "--data", BAD_ORDER,
                       "--sandbox-url", shared_sandbox.base_url)  # fmt: skip
    assert code == 2 and err.startswith("Invalid input; nothing was sent:\n")


def test_cli_refuses_a_language_it_has_no_messages_in(capsys: Any) -> None:
    code, out, err = run(capsys, "--lang", "fr_FR", "endpoints")
    assert code == 2 and out == ""
    assert err == "error: --lang fr_FR: ocdesk has no messages in that language; use zh_CN or en\n"


def test_an_english_command_never_loads_qt_for_its_messages() -> None:
    """Qt's QTranslator costs a Chinese command about a tenth of a second; English pays nothing."""
    script = (
        "import sys\n"
        "from ocdesk import cli\n"
        "cli.main(['endpoints'])\n"
        "print('qt' if 'PySide6.QtCore' in sys.modules else 'no qt', file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**env, "LANG": "en_US.UTF-8"}, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "no qt"


def test_a_chinese_desk_reads_why_a_shared_database_address_will_not_do(chinese: None) -> None:
    from ocdesk.store.location import check_url

    assert check_url("postgresql://desk:pw@db.lan/wh") == (
        "请不要在地址中写密码：ocdesk 会把密码保存在系统密钥环中。"
    )
    assert check_url("mysql://db/wh").startswith("共享数据库地址以 postgresql:// 开头")
