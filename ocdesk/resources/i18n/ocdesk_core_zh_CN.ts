<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PrinterStatus</name>
    <message>
        <source>its print head is open</source>
        <translation>打印头打开了</translation>
    </message>
    <message>
        <source>close the print head</source>
        <translation>请合上打印头</translation>
    </message>
    <message>
        <source>it is out of labels</source>
        <translation>标签纸用完了</translation>
    </message>
    <message>
        <source>load labels</source>
        <translation>请装入标签纸</translation>
    </message>
    <message>
        <source>the labels are jammed</source>
        <translation>标签纸卡住了</translation>
    </message>
    <message>
        <source>clear the jam</source>
        <translation>请清除卡纸</translation>
    </message>
    <message>
        <source>it is out of ribbon</source>
        <translation>碳带用完了</translation>
    </message>
    <message>
        <source>put in a new ribbon</source>
        <translation>请装上新碳带</translation>
    </message>
    <message>
        <source>it is paused</source>
        <translation>打印机已暂停</translation>
    </message>
    <message>
        <source>press its Pause button to let it go on</source>
        <translation>请按打印机的暂停键让它继续</translation>
    </message>
    <message>
        <source>it reports an error</source>
        <translation>打印机报告了错误</translation>
    </message>
    <message>
        <source>look at its display or lights</source>
        <translation>请查看打印机的屏幕或指示灯</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>done in part: {error}</source>
        <translation>部分完成：{error}</translation>
    </message>
    <message>
        <source>unknown: {error}</source>
        <translation>结果未知：{error}</translation>
    </message>
    <message>
        <source>refused: {error}</source>
        <translation>被拒绝：{error}</translation>
    </message>
    <message>
        <source>not done: {error}</source>
        <translation>未完成：{error}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>ok; {refused} of {count} refused: {numbers}</source>
        <translation>成功；{count} 项中 {refused} 项被拒绝：{numbers}</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>created {created} of {total}</source>
        <translation>{total} 个中已创建 {created} 个</translation>
    </message>
    <message>
        <source>created {created} of {total} ({already} already at OC)</source>
        <translation>{total} 个中已创建 {created} 个（其中 {already} 个 OC 已有）</translation>
    </message>
    <message>
        <source>refused {count}</source>
        <translation>被拒绝 {count} 个</translation>
    </message>
    <message>
        <source>unknown {count}</source>
        <translation>结果未知 {count} 个</translation>
    </message>
    <message>
        <source>not at OC, sent again {count}</source>
        <translation>OC 没有、已重新发送 {count} 个</translation>
    </message>
    <message>
        <source>not sent {count}: {why}</source>
        <translation>未发送 {count} 个：{why}</translation>
    </message>
    <message>
        <source>still unknown: {why}</source>
        <translation>仍然未知：{why}</translation>
    </message>
    <message>
        <source>checked at OC: not done: none of {missing} is at OC</source>
        <translation>已在 OC 核对：未完成，OC 没有 {missing} 中的任何一个</translation>
    </message>
    <message>
        <source>checked at OC: done, {count} found at OC ({found})</source>
        <translation>已在 OC 核对：已完成，OC 有其中 {count} 个（{found}）</translation>
    </message>
    <message>
        <source>not done: {missing}</source>
        <translation>未完成：{missing}</translation>
    </message>
    <message>
        <source>{printer} {preset}: {message}</source>
        <translation>{printer} {preset}：{message}</translation>
    </message>
    <message>
        <source>{printer} {preset}:</source>
        <translation>{printer} {preset}：</translation>
    </message>
    <message>
        <source>reprint: {reason}</source>
        <translation>重打：{reason}</translation>
    </message>
    <message>
        <source>{printer}, {preset}, batch {batch} #{seq}: {message}</source>
        <translation>{printer}，{preset}，批次 {batch} 第 {seq} 张：{message}</translation>
    </message>
    <message>
        <source>reprint: printed again in a batch</source>
        <translation>重打：在批量打印中重新打印</translation>
    </message>
</context>
<context>
    <name>bulk_create</name>
    <message>
        <source>orders</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>created late: OC processed it after the checks</source>
        <translation>已创建（较晚）：OC 在核对之后才处理了它</translation>
    </message>
    <message>
        <source>not sent: the job was cancelled</source>
        <translation>未发送：任务已取消</translation>
    </message>
    <message>
        <source>Sending {noun} {first}-{last}</source>
        <translation>正在发送第 {first}-{last} 个{noun}</translation>
    </message>
    <message>
        <source>Checking at OC what earlier runs left unknown</source>
        <translation>正在向 OC 核对之前几次运行结果未知的请求</translation>
    </message>
    <message>
        <source>{key} {reference} is already used by {first}</source>
        <translation>{key} {reference} 已被 {first} 使用</translation>
    </message>
    <message>
        <source>Sending again the {count} {noun} OC did not get</source>
        <translation>正在重新发送 OC 没有收到的 {count} 个{noun}</translation>
    </message>
    <message>
        <source>not sent: {error}</source>
        <translation>未发送：{error}</translation>
    </message>
    <message>
        <source>OC&apos;s answer does not mention them</source>
        <translation>OC 的回复中没有提到它们</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>OC refused it ({why}), but whether OC already holds it could not be checked ({error}); {advice}</source>
        <translation>OC 拒绝了它（{why}），但无法核对 OC 是否已有它（{error}）；{advice}</translation>
    </message>
    <message>
        <source>No answer from OC for {count} {noun} from {first}: checking whether they arrived ({check} of {of})</source>
        <translation>从第 {first} 个起的 {count} 个{noun}没有收到 OC 的回复：正在核对它们是否已到达 OC（第 {check} 次，共 {of} 次）</translation>
    </message>
    <message>
        <source>the answer was lost ({cause}) and OC could not be asked ({error})</source>
        <translation>回复丢失（{cause}），且无法向 OC 查询（{error}）</translation>
    </message>
    <message>
        <source>the answer was lost ({cause}) and OC did not hold it after {checks} checks over {seconds} s</source>
        <translation>回复丢失（{cause}），在 {seconds} 秒内核对 {checks} 次后 OC 仍没有它</translation>
    </message>
    <message>
        <source>look up {key} {reference} at OC before sending it again, and keep its {key} as it is</source>
        <translation>重新发送前请先在 OC 查询 {key} {reference}，并保持其 {key} 不变</translation>
    </message>
</context>
<context>
    <name>bulk_report</name>
    <message>
        <source>item {number}</source>
        <translation>第 {number} 项</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可发送</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>已创建 {count} 个</translation>
    </message>
    <message>
        <source> ({already} already at OC)</source>
        <translation>（其中 {already} 个 OC 已有）</translation>
    </message>
    <message>
        <source>{count} refused by OC</source>
        <translation>OC 拒绝 {count} 个</translation>
    </message>
    <message>
        <source>{count} invalid (not sent)</source>
        <translation>无效 {count} 个（未发送）</translation>
    </message>
    <message>
        <source>{count} unknown (look them up before sending again)</source>
        <translation>结果未知 {count} 个（重新发送前请先查询）</translation>
    </message>
    <message>
        <source>{count} not sent</source>
        <translation>未发送 {count} 个</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>没有可发送的内容</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>when grant_type is authorization_code</source>
        <translation>（grant_type 为 authorization_code 时）</translation>
    </message>
    <message>
        <source>when grant_type is refresh_token</source>
        <translation>（grant_type 为 refresh_token 时）</translation>
    </message>
    <message>
        <source>when length, width or height is sent</source>
        <translation>（填写了长、宽或高时）</translation>
    </message>
    <message>
        <source>when weight is sent</source>
        <translation>（填写了重量时）</translation>
    </message>
    <message>
        <source>when orderPlatform is eBay</source>
        <translation>（orderPlatform 为 eBay 时）</translation>
    </message>
    <message>
        <source>when skuType is false</source>
        <translation>（skuType 为 false 时）</translation>
    </message>
    <message>
        <source>when cancelType is 2</source>
        <translation>（cancelType 为 2 时）</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>items</source>
        <translation>条目</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Log in with `ocdesk login --profile NAME`; on a computer without a system keyring, add --insecure-storage to keep the login for later commands.</source>
        <translation>请用 `ocdesk login --profile NAME` 登录；如果这台电脑没有系统密钥环，加上 --insecure-storage 以便之后的命令继续使用这次登录。</translation>
    </message>
    <message>
        <source>Invalid input; nothing was sent:</source>
        <translation>输入无效，未发送任何内容：</translation>
    </message>
    <message>
        <source>It may have reached OC: look it up before sending again.</source>
        <translation>请求可能已到达 OC：重新发送前请先查询。</translation>
    </message>
    <message>
        <source>Look up {fields}: {references}</source>
        <translation>请查询 {fields}：{references}</translation>
    </message>
    <message>
        <source>ocdesk cannot look this up; check it in OC&apos;s portal{what}.</source>
        <translation>ocdesk 无法查询这一项；请在 OC 的卖家后台核对{what}。</translation>
    </message>
    <message>
        <source>To look it up, run:</source>
        <translation>查询请运行：</translation>
    </message>
    <message>
        <source>What it lists was created: do not send it again. If it lists nothing, look again in a minute (OC may still be processing it); only then send it again, under the same reference.</source>
        <translation>查询结果中列出的已经创建：请勿重新发送。如果什么也没有列出，请一分钟后再查（OC 可能仍在处理）；之后才可用同一个参考号重新发送。</translation>
    </message>
    <message>
        <source>Then see {what}.</source>
        <translation>然后查看{what}。</translation>
    </message>
    <message>
        <source>{file}: {problem}; nothing was sent</source>
        <translation>{file}：{problem}；未发送任何内容</translation>
    </message>
    <message>
        <source>{file} holds a header but no rows; nothing was sent</source>
        <translation>{file} 只有表头，没有数据行；未发送任何内容</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>{file}: {how}, {rows}</source>
        <translation>{file}：{how}，{rows}</translation>
    </message>
    <message>
        <source>; columns read as {columns}</source>
        <translation>；列按以下含义读取：{columns}</translation>
    </message>
    <message>
        <source>--report writes .csv or .xlsx, not {name}; nothing was sent</source>
        <translation>--report 只能写入 .csv 或 .xlsx，不能写 {name}；未发送任何内容</translation>
    </message>
    <message>
        <source>{where} ({reference})</source>
        <translation>{where}（{reference}）</translation>
    </message>
    <message>
        <source>{item}: {outcome}: {reason}</source>
        <translation>{item}：{outcome}：{reason}</translation>
    </message>
    <message>
        <source>error: --report: could not write {path}: {reason}</source>
        <translation>错误：--report：无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Report of {count} rows written to {path}.</source>
        <translation>已将 {count} 行的报告写入 {path}。</translation>
    </message>
    <message>
        <source>{count} may have reached OC: look them up before sending them again.</source>
        <translation>有 {count} 个可能已到达 OC：重新发送前请先查询。</translation>
    </message>
    <message>
        <source>{text} ({done} of {total} sent)</source>
        <translation>{text}（已发送 {done} / {total}）</translation>
    </message>
</context>
<context>
    <name>code_words</name>
    <message>
        <source>Truck</source>
        <translation>卡车</translation>
    </message>
    <message>
        <source>Express (courier)</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Ocean freight</source>
        <translation>海运</translation>
    </message>
    <message>
        <source>Air freight</source>
        <translation>空运</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>换标</translation>
    </message>
    <message>
        <source>Repack</source>
        <translation>重新包装</translation>
    </message>
    <message>
        <source>Kitting</source>
        <translation>组套</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>拍照</translation>
    </message>
</context>
<context>
    <name>csv_files</name>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>第 {lines} 行</translation>
    </message>
    <message>
        <source>{text} could mean {decimal} or {joined}, depending on the country the file was made in; write {joined} or {unmistakable}</source>
        <translation>{text} 可能表示 {decimal}，也可能表示 {joined}，取决于文件是在哪个国家制作的；请写成 {joined} 或 {unmistakable}</translation>
    </message>
    <message>
        <source>{text} holds a thousands separator, which countries write differently; write the number without one ({meant} if that is what it means)</source>
        <translation>{text} 含有千位分隔符，各国写法不同；请去掉分隔符再写数字（如果是这个意思，写 {meant}）</translation>
    </message>
    <message>
        <source>line {line}: {name} {text} differs from line {first} ({first_text}) for the same {key}</source>
        <translation>第 {line} 行：{name} {text} 与同一 {key} 的第 {first} 行（{first_text}）不同</translation>
    </message>
    <message>
        <source>line {line}, column {name}: {doubt}</source>
        <translation>第 {line} 行，{name} 列：{doubt}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>line 1 has no {name} column (the columns are: {columns})</source>
        <translation>第 1 行没有 {name} 列（现有的列：{columns}）</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>按 {encoding} 编码读取</translation>
    </message>
    <message>
        <source>the file is empty: line {line} must name the columns</source>
        <translation>文件是空的：第 {line} 行必须写出列名</translation>
    </message>
    <message>
        <source>line {line} names the column {name} twice</source>
        <translation>第 {line} 行把列 {name} 写了两次</translation>
    </message>
    <message>
        <source>line {line}: {count} cells, the header has {width}</source>
        <translation>第 {line} 行：有 {count} 个单元格，而表头有 {width} 个</translation>
    </message>
    <message>
        <source>line {opened}: a quote opened here is closed only on line {closed}, which would read lines {opened}-{closed} as one row; close the quote on line {opened}</source>
        <translation>第 {opened} 行：这里开始的引号直到第 {closed} 行才结束，第 {opened}-{closed} 行会被读成一行；请在第 {opened} 行把引号闭合</translation>
    </message>
    <message>
        <source>line {opened}: a quote opened here is never closed</source>
        <translation>第 {opened} 行：这里开始的引号没有闭合</translation>
    </message>
    <message>
        <source>line {opened}: a quote opened here is not closed within {limit} characters</source>
        <translation>第 {opened} 行：这里开始的引号在 {limit} 个字符内没有闭合</translation>
    </message>
    <message>
        <source>line {line}: a cell goes on after its closing quote; inside a quoted cell, write a quote as two (&quot;&quot;)</source>
        <translation>第 {line} 行：单元格在结束引号之后还有内容；在带引号的单元格里，引号要写成两个（&quot;&quot;）</translation>
    </message>
    <message>
        <source>{shown}; and {count} more lines like these</source>
        <translation>{shown}；另有 {count} 行类似问题</translation>
    </message>
    <message>
        <source>line 1: the columns {first} and {second} both mean {field}; keep one of them</source>
        <translation>第 1 行：列 {first} 和 {second} 都表示 {field}；请只保留其中一列</translation>
    </message>
    <message>
        <source>{name}: ocdesk reads .xlsx workbooks and CSV; save it as .xlsx</source>
        <translation>{name}：ocdesk 只能读取 .xlsx 工作簿和 CSV；请另存为 .xlsx</translation>
    </message>
    <message>
        <source>{name} is a CSV file, which has no sheets; leave out the sheet</source>
        <translation>{name} 是 CSV 文件，没有工作表；请不要指定工作表</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16（Unicode 文本）</translation>
    </message>
    <message>
        <source>GBK (Chinese Excel)</source>
        <translation>GBK（中文 Excel）</translation>
    </message>
    <message>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030（中文）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Excel)</source>
        <translation>Windows-1252（西文 Excel）</translation>
    </message>
    <message>
        <source>{name} is an Excel workbook (.xlsx) with another name; name it .xlsx and open it again</source>
        <translation>{name} 是改了扩展名的 Excel 工作簿（.xlsx）；请把扩展名改为 .xlsx 后重新打开</translation>
    </message>
    <message>
        <source>{name} is an old Excel .xls workbook; save it as .xlsx or CSV and open it again</source>
        <translation>{name} 是旧版 Excel .xls 工作簿；请另存为 .xlsx 或 CSV 后重新打开</translation>
    </message>
    <message>
        <source>{name} is a PDF, not a table</source>
        <translation>{name} 是 PDF 文件，不是表格</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds zero bytes); save it as CSV</source>
        <translation>{name} 不是文本文件（含有零字节）；请另存为 CSV</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text, but line {line} holds bytes that are not; fix that line or save the file again as &apos;CSV UTF-8&apos;</source>
        <translation>{name} 是 UTF-8 编码的文本，但第 {line} 行含有不是 UTF-8 的字节；请改正该行，或将文件重新另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>{name} is in an encoding ocdesk cannot tell (not UTF-8, UTF-16, GBK or Windows-1252); save it as &apos;CSV UTF-8&apos; and open it again</source>
        <translation>{name} 的编码 ocdesk 无法识别（不是 UTF-8、UTF-16、GBK 或 Windows-1252）；请另存为“CSV UTF-8”后重新打开</translation>
    </message>
    <message>
        <source>{name} starts as {encoding} but line {line} is not; save it again as &apos;CSV UTF-8&apos; and open it again</source>
        <translation>{name} 开头是 {encoding} 编码，但第 {line} 行不是；请重新另存为“CSV UTF-8”后再打开</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>cannot open the database {path}: {reason}</source>
        <translation>无法打开数据库 {path}：{reason}</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer ocdesk (schema version {current}; this ocdesk {version} knows up to {known}).</source>
        <translation>数据库 {path} 是由更新版本的 ocdesk 写入的（数据结构版本 {current}；当前 ocdesk {version} 最高只支持 {known}）。</translation>
    </message>
    <message>
        <source>it is a folder, not a database file</source>
        <translation>它是一个文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>cannot check the database {path}: {reason}</source>
        <translation>无法检查数据库 {path}：{reason}</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found: {problem}</source>
        <translation>SQLite 检查发现：{problem}</translation>
    </message>
    <message>
        <source>{problem} It is left as it is and nothing is written to it; until ocdesk is updated, this ocdesk keeps its own records in {own}, and labels printed by the newer version are not in its print history.</source>
        <translation>{problem}该文件保持原样，不会写入任何内容；在 ocdesk 更新之前，当前 ocdesk 把自己的记录保存在 {own}，新版本打印的面单不在它的打印记录中。</translation>
    </message>
    <message>
        <source> The newest daily backup is {backup}.</source>
        <translation>最新的每日备份是 {backup}。</translation>
    </message>
    <message>
        <source>The database {path} was damaged ({reason}). It was moved to {aside} and ocdesk started a new, empty one; nothing was deleted.</source>
        <translation>数据库 {path} 已损坏（{reason}）。它已被移到 {aside}，ocdesk 新建了一个空数据库；没有删除任何内容。</translation>
    </message>
    <message>
        <source>The database {path} is damaged and could not be moved aside ({reason}); move it away by hand.</source>
        <translation>数据库 {path} 已损坏，且无法移开（{reason}）；请手动把它移走。</translation>
    </message>
    <message>
        <source>The shared database {where} was upgraded by a newer ocdesk (schema version {current}; this ocdesk {version} knows up to {known}). Update ocdesk on this desk.</source>
        <translation>共享数据库 {where} 已被更新版本的 ocdesk 升级（结构版本 {current}；本 ocdesk {version} 只认识到 {known}）。请更新本工作台的 ocdesk。</translation>
    </message>
    <message>
        <source>The shared database {where} refused a statement: {reason}</source>
        <translation>共享数据库 {where} 拒绝了一条语句：{reason}</translation>
    </message>
    <message>
        <source>The shared database {where} cannot be reached ({reason}). Check that this PC is on the warehouse network and that the database server is running; ask whoever looks after it.</source>
        <translation>无法连接共享数据库 {where}（{reason}）。请检查本电脑是否连在仓库网络上、数据库服务器是否在运行；可询问负责维护它的同事。</translation>
    </message>
    <message>
        <source>A shared database address starts with postgresql:// (postgresql://user@host/db).</source>
        <translation>共享数据库地址以 postgresql:// 开头（postgresql://用户@主机/数据库）。</translation>
    </message>
    <message>
        <source>This is not a database address ocdesk can read: postgresql://user@host:5432/db.</source>
        <translation>ocdesk 无法识别这个数据库地址，格式应为：postgresql://用户@主机:5432/数据库。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: ocdesk keeps it in the system keyring.</source>
        <translation>请不要在地址中写密码：ocdesk 会把密码保存在系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>endpoint_titles</name>
    <message>
        <source>Access token</source>
        <translation>获取访问令牌</translation>
    </message>
    <message>
        <source>Access token (Return 2.0)</source>
        <translation>获取访问令牌（退货 2.0）</translation>
    </message>
    <message>
        <source>Authorize (browser)</source>
        <translation>授权（浏览器）</translation>
    </message>
    <message>
        <source>Cancel RMA / update return tracking</source>
        <translation>取消退货单 / 更新退货跟踪号</translation>
    </message>
    <message>
        <source>Cancel VAS order</source>
        <translation>取消增值服务单</translation>
    </message>
    <message>
        <source>Cancel outbound order</source>
        <translation>取消出库单</translation>
    </message>
    <message>
        <source>Carton labels</source>
        <translation>箱唛</translation>
    </message>
    <message>
        <source>Cost estimate result</source>
        <translation>费用估算结果</translation>
    </message>
    <message>
        <source>Create SKUs</source>
        <translation>创建 SKU</translation>
    </message>
    <message>
        <source>Create VAS order</source>
        <translation>创建增值服务单</translation>
    </message>
    <message>
        <source>Create inbound order</source>
        <translation>创建入库单</translation>
    </message>
    <message>
        <source>Create outbound orders</source>
        <translation>创建出库单</translation>
    </message>
    <message>
        <source>Fee detail</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <source>Freight estimate (instant)</source>
        <translation>运费估算（即时）</translation>
    </message>
    <message>
        <source>Inbound order detail</source>
        <translation>入库单详情</translation>
    </message>
    <message>
        <source>Link returned items to SKUs</source>
        <translation>退货商品关联 SKU</translation>
    </message>
    <message>
        <source>List inbound orders</source>
        <translation>入库单列表</translation>
    </message>
    <message>
        <source>Outbound callback (received)</source>
        <translation>出库回调（接收）</translation>
    </message>
    <message>
        <source>Query EF services</source>
        <translation>查询 EF 服务</translation>
    </message>
    <message>
        <source>Query SKUs</source>
        <translation>查询 SKU</translation>
    </message>
    <message>
        <source>Query outbound orders</source>
        <translation>查询出库单</translation>
    </message>
    <message>
        <source>Query return orders</source>
        <translation>查询退货单</translation>
    </message>
    <message>
        <source>Refresh access token</source>
        <translation>刷新访问令牌</translation>
    </message>
    <message>
        <source>Request cost estimate</source>
        <translation>申请费用估算</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>退货面单</translation>
    </message>
    <message>
        <source>Return stock snapshot</source>
        <translation>退货库存快照</translation>
    </message>
    <message>
        <source>SKU labels</source>
        <translation>SKU 标签</translation>
    </message>
    <message>
        <source>Service list</source>
        <translation>服务列表</translation>
    </message>
    <message>
        <source>Set up EF services</source>
        <translation>设置 EF 服务</translation>
    </message>
    <message>
        <source>Stock age</source>
        <translation>库龄</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <source>Stock snapshot</source>
        <translation>库存快照</translation>
    </message>
    <message>
        <source>Submit return order (ERP)</source>
        <translation>提交退货单（ERP）</translation>
    </message>
    <message>
        <source>Third-party-label order</source>
        <translation>第三方面单订单</translation>
    </message>
    <message>
        <source>Upload clearance documents</source>
        <translation>上传清关文件</translation>
    </message>
    <message>
        <source>Upload tracking numbers</source>
        <translation>上传跟踪号</translation>
    </message>
    <message>
        <source>VAS order detail</source>
        <translation>增值服务单详情</translation>
    </message>
</context>
<context>
    <name>failure_words</name>
    <message>
        <source>Nothing reached OC: try again when the connection is back.</source>
        <translation>没有任何内容到达 OC：网络恢复后请重试。</translation>
    </message>
    <message>
        <source>OC did not answer in time: OC may be slow, or the network connection poor.</source>
        <translation>OC 没有及时回复：可能是 OC 响应慢，或网络连接不好。</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps happening, check the network connection.</source>
        <translation>请稍后重试；如果一直这样，请检查网络连接。</translation>
    </message>
    <message>
        <source>The connection to OC broke during the call, before OC&apos;s answer arrived.</source>
        <translation>调用过程中与 OC 的连接中断了，OC 的回复没有收到。</translation>
    </message>
    <message>
        <source>Check the network connection, then try again.</source>
        <translation>请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>OC&apos;s address cannot be found: check the network connection (this computer may be offline, or its name service not working).</source>
        <translation>找不到 OC 的地址：请检查网络连接（这台电脑可能没有联网，或域名解析服务不可用）。</translation>
    </message>
    <message>
        <source>The secure connection to OC failed: check this computer&apos;s date and time, and whether a proxy or firewall is in the way.</source>
        <translation>与 OC 的安全连接失败：请检查这台电脑的日期和时间，以及是否有代理或防火墙阻挡。</translation>
    </message>
    <message>
        <source>Nothing reached OC. Ask your IT support if it keeps happening.</source>
        <translation>没有任何内容到达 OC。如果一直这样，请联系 IT 支持。</translation>
    </message>
    <message>
        <source>OC cannot be reached: check the network connection (or whether the sandbox is running).</source>
        <translation>无法连接 OC：请检查网络连接（或沙箱是否在运行）。</translation>
    </message>
    <message>
        <source>OC cannot be reached: check the network connection.</source>
        <translation>无法连接 OC：请检查网络连接。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, tell OC&apos;s support.</source>
        <translation>请几分钟后重试；如果一直这样，请联系 OC 客服。</translation>
    </message>
    <message>
        <source>OC says it is busy: “{message}”.</source>
        <translation>OC 表示系统繁忙：“{message}”。</translation>
    </message>
    <message>
        <source>OC&apos;s service is not available right now: its gateway answered with an error page (HTTP {status}) instead of OC&apos;s answer.</source>
        <translation>OC 的服务暂时不可用：其网关返回了错误页面（HTTP {status}），而不是 OC 的回复。</translation>
    </message>
    <message>
        <source>OC&apos;s answer could not be read (HTTP {status}): it was empty, cut short or a web page instead of OC&apos;s answer.</source>
        <translation>无法读取 OC 的回复（HTTP {status}）：回复为空、不完整，或是一个网页而不是 OC 的回复。</translation>
    </message>
    <message>
        <source>OC had a problem on its side (HTTP {status}){code}: {said}.</source>
        <translation>OC 方面出了问题（HTTP {status}）{code}：{said}。</translation>
    </message>
</context>
<context>
    <name>fetching</name>
    <message>
        <source>Fetched {done} of {total} parts</source>
        <translation>已获取 {done} / {total} 部分</translation>
    </message>
</context>
<context>
    <name>field_help</name>
    <message>
        <source>1 cancels the return, 2 updates its tracking</source>
        <translation>1 取消退货，2 更新其跟踪号</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>地址第二行</translation>
    </message>
    <message>
        <source>Always &apos;code&apos;</source>
        <translation>固定为 &apos;code&apos;</translation>
    </message>
    <message>
        <source>Always this value</source>
        <translation>固定为此值</translation>
    </message>
    <message>
        <source>Automatic eBay Fulfilment order</source>
        <translation>eBay 自动履约订单</translation>
    </message>
    <message>
        <source>BC button cell, OLB other lithium, OT other</source>
        <translation>BC 纽扣电池，OLB 其他锂电池，OT 其他</translation>
    </message>
    <message>
        <source>Barcodes printed on the product</source>
        <translation>印在商品上的条码</translation>
    </message>
    <message>
        <source>Batteries per SKU</source>
        <translation>每个 SKU 的电池数</translation>
    </message>
    <message>
        <source>Battery type (new codes)</source>
        <translation>电池类型（新代码）</translation>
    </message>
    <message>
        <source>Buyer&apos;s eBay user id</source>
        <translation>买家的 eBay 用户名</translation>
    </message>
    <message>
        <source>Buyer&apos;s eBay user id; needed for eBay orders</source>
        <translation>买家的 eBay 用户名；eBay 订单必填</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <source>Carrier name, e.g. DHL</source>
        <translation>承运商名称，例如 DHL</translation>
    </message>
    <message>
        <source>Carrier of the return parcel (cancelType 2)</source>
        <translation>退货包裹的承运商（cancelType 为 2 时）</translation>
    </message>
    <message>
        <source>Carrier of your label, e.g. UPS</source>
        <translation>你的面单的承运商，例如 UPS</translation>
    </message>
    <message>
        <source>Carrier tracking number</source>
        <translation>承运商跟踪号</translation>
    </message>
    <message>
        <source>Carrier, if the buyer already shipped</source>
        <translation>承运商（买家已寄出时）</translation>
    </message>
    <message>
        <source>Carton number</source>
        <translation>箱号</translation>
    </message>
    <message>
        <source>Changed since this day, e.g. 2022-10-31+0800</source>
        <translation>从此日起有变更，例如 2022-10-31+0800</translation>
    </message>
    <message>
        <source>Changed until this day</source>
        <translation>截至此日有变更</translation>
    </message>
    <message>
        <source>Charged from; within the last 12 months</source>
        <translation>扣费起始；须在最近 12 个月内</translation>
    </message>
    <message>
        <source>Charged until; at most 31 days after the start</source>
        <translation>扣费截止；最多在起始后 31 天</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Compliance documents</source>
        <translation>合规文件</translation>
    </message>
    <message>
        <source>Contains a battery</source>
        <translation>含电池</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建时间起</translation>
    </message>
    <message>
        <source>Created or changed since; last 12 months, window under 7 days</source>
        <translation>创建或变更时间起；最近 12 个月内，时间段少于 7 天</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>创建时间止</translation>
    </message>
    <message>
        <source>Currency of the declared value, e.g. GBP</source>
        <translation>申报价值的币种，例如 GBP</translation>
    </message>
    <message>
        <source>Customs documents will be uploaded afterwards</source>
        <translation>清关文件稍后上传</translation>
    </message>
    <message>
        <source>Customs documents, 1-10 files</source>
        <translation>清关文件，1-10 个</translation>
    </message>
    <message>
        <source>Customs tariff code</source>
        <translation>海关税则编码</translation>
    </message>
    <message>
        <source>Customs tariff codes per destination</source>
        <translation>各目的地的海关税则编码</translation>
    </message>
    <message>
        <source>Declared value of one unit</source>
        <translation>单件申报价值</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>目的国家</translation>
    </message>
    <message>
        <source>Destination country, ISO</source>
        <translation>目的国家，ISO 代码</translation>
    </message>
    <message>
        <source>Destination postcode</source>
        <translation>目的地邮编</translation>
    </message>
    <message>
        <source>Destination warehouse, e.g. DE</source>
        <translation>目的仓库，例如 DE</translation>
    </message>
    <message>
        <source>Does the product contain or come with a battery?</source>
        <translation>商品是否含电池或配有电池？</translation>
    </message>
    <message>
        <source>Domestic shipping services</source>
        <translation>国内派送服务</translation>
    </message>
    <message>
        <source>EAN, UPC or OTHER</source>
        <translation>EAN、UPC 或 OTHER</translation>
    </message>
    <message>
        <source>EF (default) or OCN</source>
        <translation>EF（默认）或 OCN</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Expected arrival day, e.g. 2025-12-27+0800</source>
        <translation>预计到仓日期，例如 2025-12-27+0800</translation>
    </message>
    <message>
        <source>Files the warehouse needs, e.g. new labels</source>
        <translation>仓库需要的文件，例如新面单</translation>
    </message>
    <message>
        <source>From; within the last 12 months, window under 7 days</source>
        <translation>起始时间；最近 12 个月内，时间段少于 7 天</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>ISO country code</source>
        <translation>ISO 国家代码</translation>
    </message>
    <message>
        <source>ISO country code, e.g. FR</source>
        <translation>ISO 国家代码，例如 FR</translation>
    </message>
    <message>
        <source>ISO country code, e.g. GB</source>
        <translation>ISO 国家代码，例如 GB</translation>
    </message>
    <message>
        <source>ISO country code, for display</source>
        <translation>ISO 国家代码，用于显示</translation>
    </message>
    <message>
        <source>Id of previously uploaded files</source>
        <translation>之前上传文件的 ID</translation>
    </message>
    <message>
        <source>In dimensionUnit</source>
        <translation>单位为 dimensionUnit</translation>
    </message>
    <message>
        <source>In weightUnit</source>
        <translation>单位为 weightUnit</translation>
    </message>
    <message>
        <source>Instructions for the warehouse</source>
        <translation>给仓库的操作说明</translation>
    </message>
    <message>
        <source>International service paid by you (default true)</source>
        <translation>由你付费的国际服务（默认 true）</translation>
    </message>
    <message>
        <source>International shipping services</source>
        <translation>国际派送服务</translation>
    </message>
    <message>
        <source>Labels to print, 1-999</source>
        <translation>打印张数，1-999</translation>
    </message>
    <message>
        <source>Language of the name, e.g. en-US</source>
        <translation>名称的语言，例如 en-US</translation>
    </message>
    <message>
        <source>Last-mile tracking number</source>
        <translation>尾程跟踪号</translation>
    </message>
    <message>
        <source>New return tracking number (cancelType 2)</source>
        <translation>新的退货跟踪号（cancelType 为 2 时）</translation>
    </message>
    <message>
        <source>Note for the warehouse</source>
        <translation>给仓库的备注</translation>
    </message>
    <message>
        <source>OC SKU id (MFSKUID)</source>
        <translation>OC SKU ID（MFSKUID）</translation>
    </message>
    <message>
        <source>OC SKU id (MFSKUID), e.g. OC0000250260096</source>
        <translation>OC SKU ID（MFSKUID），例如 OC0000250260096</translation>
    </message>
    <message>
        <source>OC SKU id, or your own when skuType is false</source>
        <translation>OC SKU ID；skuType 为 false 时填你自己的</translation>
    </message>
    <message>
        <source>OC SKU ids (MFSKUID)</source>
        <translation>OC SKU ID（MFSKUID）</translation>
    </message>
    <message>
        <source>OC SKU ids (MFSKUID), up to 50</source>
        <translation>OC SKU ID（MFSKUID），最多 50 个</translation>
    </message>
    <message>
        <source>OC VAS number</source>
        <translation>OC 增值服务单号</translation>
    </message>
    <message>
        <source>OC VAS numbers, e.g. OCV4DE00012345</source>
        <translation>OC 增值服务单号，例如 OCV4DE00012345</translation>
    </message>
    <message>
        <source>OC inbound number</source>
        <translation>OC 入库单号</translation>
    </message>
    <message>
        <source>OC inbound numbers to print carton labels for</source>
        <translation>要打印箱唛的 OC 入库单号</translation>
    </message>
    <message>
        <source>OC inbound numbers, e.g. OCI4DE06746410</source>
        <translation>OC 入库单号，例如 OCI4DE06746410</translation>
    </message>
    <message>
        <source>OC order number</source>
        <translation>OC 订单号</translation>
    </message>
    <message>
        <source>OC order number, e.g. OCO2000011384024GB</source>
        <translation>OC 订单号，例如 OCO2000011384024GB</translation>
    </message>
    <message>
        <source>OC order numbers, e.g. OCO2000009385032GB</source>
        <translation>OC 订单号，例如 OCO2000009385032GB</translation>
    </message>
    <message>
        <source>OC return number, e.g. OCS1DE000453014</source>
        <translation>OC 退货单号，例如 OCS1DE000453014</translation>
    </message>
    <message>
        <source>OC service product, usually OCW_TPL</source>
        <translation>OC 服务产品，通常为 OCW_TPL</translation>
    </message>
    <message>
        <source>OC warehouse code, e.g. UK, DE, US-East</source>
        <translation>OC 仓库代码，例如 UK、DE、US-East</translation>
    </message>
    <message>
        <source>OC&apos;s label size code, passed through</source>
        <translation>OC 的面单尺寸代码，原样传递</translation>
    </message>
    <message>
        <source>OF ocean, AF air, RF rail, TK truck</source>
        <translation>OF 海运，AF 空运，RF 铁路，TK 卡车</translation>
    </message>
    <message>
        <source>One entry per parcel</source>
        <translation>每个包裹一条</translation>
    </message>
    <message>
        <source>One entry per warehouse</source>
        <translation>每个仓库一条</translation>
    </message>
    <message>
        <source>Only fees of this kind</source>
        <translation>只看此类费用</translation>
    </message>
    <message>
        <source>Only these OC order numbers</source>
        <translation>只看这些 OC 订单号</translation>
    </message>
    <message>
        <source>Only this warehouse, e.g. UK</source>
        <translation>只看此仓库，例如 UK</translation>
    </message>
    <message>
        <source>Orders created from</source>
        <translation>订单创建时间起</translation>
    </message>
    <message>
        <source>Orders created until</source>
        <translation>订单创建时间止</translation>
    </message>
    <message>
        <source>Origin country, ISO code, e.g. CN</source>
        <translation>原产国，ISO 代码，例如 CN</translation>
    </message>
    <message>
        <source>PB pure battery, BCE in equipment, BPE packed with equipment</source>
        <translation>PB 纯电池，BCE 内置于设备，BPE 与设备同包装</translation>
    </message>
    <message>
        <source>PL packing list, IN invoice, BL bill of lading, MAWB air waybill</source>
        <translation>PL 装箱单，IN 发票，BL 提单，MAWB 空运主运单</translation>
    </message>
    <message>
        <source>Packed in a polybag (&apos;true&apos; or &apos;false&apos;)</source>
        <translation>是否用塑料袋包装（&apos;true&apos; 或 &apos;false&apos;）</translation>
    </message>
    <message>
        <source>Page to fetch, from 1</source>
        <translation>要获取的页码，从 1 开始</translation>
    </message>
    <message>
        <source>Parcels on their way to the warehouse</source>
        <translation>正在寄往仓库的包裹</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Picture web addresses</source>
        <translation>图片网址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>商品描述</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Product names, one per language</source>
        <translation>商品名称，每种语言一个</translation>
    </message>
    <message>
        <source>Product page web address</source>
        <translation>商品页面网址</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>省或州</translation>
    </message>
    <message>
        <source>Province, state or county</source>
        <translation>省、州或郡</translation>
    </message>
    <message>
        <source>Public web address OC sends the browser back to; the same on every step</source>
        <translation>OC 将浏览器跳转回的公网地址；每一步都须相同</translation>
    </message>
    <message>
        <source>Random text OC echoes back, to prove the answer is ours</source>
        <translation>OC 原样返回的随机文本，用来证明应答属于本次请求</translation>
    </message>
    <message>
        <source>Recipient&apos;s company</source>
        <translation>收件人公司</translation>
    </message>
    <message>
        <source>Recipient&apos;s email</source>
        <translation>收件人邮箱</translation>
    </message>
    <message>
        <source>Recipient&apos;s full name</source>
        <translation>收件人全名</translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <source>Recipient&apos;s name, for display</source>
        <translation>收件人姓名，用于显示</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <source>Returned item id, e.g. RI0000000002</source>
        <translation>退货商品 ID，例如 RI0000000002</translation>
    </message>
    <message>
        <source>Returned items to attach to an SKU, 1-200</source>
        <translation>要关联到 SKU 的退货商品，1-200 个</translation>
    </message>
    <message>
        <source>Rows per page, up to 200</source>
        <translation>每页行数，最多 200</translation>
    </message>
    <message>
        <source>SKU: the ids are OC SKU ids; ORDER: they are return numbers</source>
        <translation>SKU：ID 为 OC SKU ID；ORDER：ID 为退货单号</translation>
    </message>
    <message>
        <source>SKUs to print labels for</source>
        <translation>要打印标签的 SKU</translation>
    </message>
    <message>
        <source>Seller SKU ids as shown in OC&apos;s portal</source>
        <translation>OC 卖家后台显示的卖家 SKU ID</translation>
    </message>
    <message>
        <source>Services to price; empty prices all</source>
        <translation>要估价的服务；留空则全部估价</translation>
    </message>
    <message>
        <source>Shipping service from the service list</source>
        <translation>服务列表中的派送服务</translation>
    </message>
    <message>
        <source>Ships in its own container</source>
        <translation>以自身容器发货</translation>
    </message>
    <message>
        <source>Ships in its own packaging</source>
        <translation>以原包装发货</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>TK truck, EX express</source>
        <translation>TK 卡车，EX 快递</translation>
    </message>
    <message>
        <source>The OC SKU it is</source>
        <translation>对应的 OC SKU</translation>
    </message>
    <message>
        <source>The OC outbound order, e.g. OCO2000011384031DE</source>
        <translation>OC 出库单，例如 OCO2000011384031DE</translation>
    </message>
    <message>
        <source>The SKUs and how many units of each</source>
        <translation>SKU 及各自的件数</translation>
    </message>
    <message>
        <source>The SKUs to ship</source>
        <translation>要发货的 SKU</translation>
    </message>
    <message>
        <source>The barcode digits</source>
        <translation>条码数字</translation>
    </message>
    <message>
        <source>The carton it belongs to</source>
        <translation>所属箱子</translation>
    </message>
    <message>
        <source>The cartons you are sending</source>
        <translation>你要发出的箱子</translation>
    </message>
    <message>
        <source>The code exactly as it appeared in the browser&apos;s address bar</source>
        <translation>浏览器地址栏中显示的 code，原样填写</translation>
    </message>
    <message>
        <source>The document, base64-encoded (up to 10 MB)</source>
        <translation>文件内容，base64 编码（最大 10 MB）</translation>
    </message>
    <message>
        <source>The file, base64-encoded</source>
        <translation>文件内容，base64 编码</translation>
    </message>
    <message>
        <source>The id sent with the estimate</source>
        <translation>估价时发送的 ID</translation>
    </message>
    <message>
        <source>The ids to look up, 1-200</source>
        <translation>要查询的 ID，1-200 个</translation>
    </message>
    <message>
        <source>The order&apos;s new status</source>
        <translation>订单的新状态</translation>
    </message>
    <message>
        <source>The refresh token saved at login</source>
        <translation>登录时保存的刷新令牌</translation>
    </message>
    <message>
        <source>The service wanted</source>
        <translation>需要的服务</translation>
    </message>
    <message>
        <source>To; empty means now</source>
        <translation>截止时间；留空表示现在</translation>
    </message>
    <message>
        <source>Tracking number printed on your label</source>
        <translation>你的面单上印的跟踪号</translation>
    </message>
    <message>
        <source>Tracking number, if the buyer already shipped</source>
        <translation>跟踪号（买家已寄出时）</translation>
    </message>
    <message>
        <source>True for an eBay order</source>
        <translation>eBay 订单填 true</translation>
    </message>
    <message>
        <source>True: skuId values are OC SKU ids (no sizes needed)</source>
        <translation>true：skuId 为 OC SKU ID（无需填尺寸）</translation>
    </message>
    <message>
        <source>Unique id of this event</source>
        <translation>此事件的唯一 ID</translation>
    </message>
    <message>
        <source>Unit of length/width/height</source>
        <translation>长宽高的单位</translation>
    </message>
    <message>
        <source>Unit of weight</source>
        <translation>重量单位</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Units in the carton</source>
        <translation>箱内件数</translation>
    </message>
    <message>
        <source>Units, at least 1</source>
        <translation>件数，至少 1</translation>
    </message>
    <message>
        <source>Until; empty means now</source>
        <translation>截止时间；留空表示现在</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT 税号</translation>
    </message>
    <message>
        <source>Variant, e.g. Green, Large</source>
        <translation>规格，例如 Green、Large</translation>
    </message>
    <message>
        <source>WB with brand, WOB without brand</source>
        <translation>WB 有品牌，WOB 无品牌</translation>
    </message>
    <message>
        <source>WEEE number created in OC&apos;s seller portal</source>
        <translation>在 OC 卖家后台创建的 WEEE 编号</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Warehouse code from the service list</source>
        <translation>服务列表中的仓库代码</translation>
    </message>
    <message>
        <source>Warehouse codes, e.g. UK</source>
        <translation>仓库代码，例如 UK</translation>
    </message>
    <message>
        <source>Warehouse receiving the return</source>
        <translation>接收退货的仓库</translation>
    </message>
    <message>
        <source>Warehouse region the file is for</source>
        <translation>文件所属的仓库区域</translation>
    </message>
    <message>
        <source>Warehouse that ships it, e.g. UK</source>
        <translation>发货仓库，例如 UK</translation>
    </message>
    <message>
        <source>Warehouse the SKU is for</source>
        <translation>SKU 所属的仓库</translation>
    </message>
    <message>
        <source>Warehouse, e.g. UK, DE, US-East, AU-Sydney</source>
        <translation>仓库，例如 UK、DE、US-East、AU-Sydney</translation>
    </message>
    <message>
        <source>Warehouses the SKU will be stored in</source>
        <translation>SKU 将存放的仓库</translation>
    </message>
    <message>
        <source>Web address of the document</source>
        <translation>文件的网址</translation>
    </message>
    <message>
        <source>What is in the parcel</source>
        <translation>包裹内的物品</translation>
    </message>
    <message>
        <source>What the carton holds</source>
        <translation>箱内物品</translation>
    </message>
    <message>
        <source>When it shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>When the order was cancelled</source>
        <translation>订单取消时间</translation>
    </message>
    <message>
        <source>When the order was created</source>
        <translation>订单创建时间</translation>
    </message>
    <message>
        <source>When the status changed</source>
        <translation>状态变更时间</translation>
    </message>
    <message>
        <source>Where it was made, ISO code, e.g. CN</source>
        <translation>原产地，ISO 代码，例如 CN</translation>
    </message>
    <message>
        <source>Where the order came from, e.g. OTHERS</source>
        <translation>订单来源，例如 OTHERS</translation>
    </message>
    <message>
        <source>Where the order came from: eBay, AliExpress, OTHERS</source>
        <translation>订单来源：eBay、AliExpress、OTHERS</translation>
    </message>
    <message>
        <source>Why the buyer returns it</source>
        <translation>买家退货原因</translation>
    </message>
    <message>
        <source>Why, in a few words</source>
        <translation>原因，简短说明</translation>
    </message>
    <message>
        <source>Your SKU id</source>
        <translation>你的 SKU ID</translation>
    </message>
    <message>
        <source>Your carton number, e.g. C001</source>
        <translation>你的箱号，例如 C001</translation>
    </message>
    <message>
        <source>Your client id (ClientKey) issued by OC</source>
        <translation>OC 发给你的客户端 ID（ClientKey）</translation>
    </message>
    <message>
        <source>Your label PDF, base64-encoded (up to 5 MB)</source>
        <translation>你的面单 PDF，base64 编码（最大 5 MB）</translation>
    </message>
    <message>
        <source>Your own SKU id; unique per seller</source>
        <translation>你自己的 SKU ID；同一卖家内唯一</translation>
    </message>
    <message>
        <source>Your own SKU ids</source>
        <translation>你自己的 SKU ID</translation>
    </message>
    <message>
        <source>Your own VAS order number; must be unique</source>
        <translation>你自己的增值服务单号；须唯一</translation>
    </message>
    <message>
        <source>Your own VAS order numbers</source>
        <translation>你自己的增值服务单号</translation>
    </message>
    <message>
        <source>Your own id for this estimate; must be unique</source>
        <translation>你为此次估价设的 ID；须唯一</translation>
    </message>
    <message>
        <source>Your own inbound number</source>
        <translation>你自己的入库单号</translation>
    </message>
    <message>
        <source>Your own inbound number; must be unique</source>
        <translation>你自己的入库单号；须唯一</translation>
    </message>
    <message>
        <source>Your own inbound numbers</source>
        <translation>你自己的入库单号</translation>
    </message>
    <message>
        <source>Your own order number</source>
        <translation>你自己的订单号</translation>
    </message>
    <message>
        <source>Your own order number; must be unique</source>
        <translation>你自己的订单号；须唯一</translation>
    </message>
    <message>
        <source>Your own order numbers</source>
        <translation>你自己的订单号</translation>
    </message>
    <message>
        <source>Your own return reference</source>
        <translation>你自己的退货参考号</translation>
    </message>
    <message>
        <source>Your own return reference; must be unique</source>
        <translation>你自己的退货参考号；须唯一</translation>
    </message>
    <message>
        <source>authorization_code after login, refresh_token to renew</source>
        <translation>登录后填 authorization_code，续期填 refresh_token</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>e.g. AU</source>
        <translation>例如 AU</translation>
    </message>
    <message>
        <source>e.g. BRANDAUTH, MSDS, CE</source>
        <translation>例如 BRANDAUTH、MSDS、CE</translation>
    </message>
    <message>
        <source>e.g. GBDomesticStandard</source>
        <translation>例如 GBDomesticStandard</translation>
    </message>
    <message>
        <source>e.g. TPL-0001.pdf</source>
        <translation>例如 TPL-0001.pdf</translation>
    </message>
    <message>
        <source>e.g. created, received, completed</source>
        <translation>例如 created、received、completed</translation>
    </message>
    <message>
        <source>e.g. invoice.PDF</source>
        <translation>例如 invoice.PDF</translation>
    </message>
    <message>
        <source>e.g. new-label.pdf</source>
        <translation>例如 new-label.pdf</translation>
    </message>
    <message>
        <source>eBay item id; guards against duplicate eBay orders</source>
        <translation>eBay 商品编号；防止 eBay 订单重复</translation>
    </message>
    <message>
        <source>eBay order number</source>
        <translation>eBay 订单号</translation>
    </message>
    <message>
        <source>eBay order number like 02-05696-00555; for eBay orders</source>
        <translation>eBay 订单号，如 02-05696-00555；用于 eBay 订单</translation>
    </message>
    <message>
        <source>eBay orders</source>
        <translation>eBay 订单</translation>
    </message>
    <message>
        <source>eBay transaction id</source>
        <translation>eBay 交易号</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
</context>
<context>
    <name>oc_errors</name>
    <message>
        <source>The request may have reached OC and been carried out: look it up (by your own reference number) before sending it again.</source>
        <translation>请求可能已到达 OC 并已执行：重新发送前请先（用您自己的参考号）查询。</translation>
    </message>
    <message>
        <source>OC rejected the signature (vAuthorization): try the other signature setting in the profile (path only / path and body), and check the secret key.</source>
        <translation>OC 拒绝了签名（vAuthorization）：请在配置中改用另一种签名方式（仅路径 / 路径和请求体），并检查密钥。</translation>
    </message>
    <message>
        <source>OC does not know this client id (clientKey): check it in the profile.</source>
        <translation>OC 不认识这个客户端 ID（clientKey）：请在配置中检查。</translation>
    </message>
    <message>
        <source>Your OC login was refused or has expired: log in again from the Account tab.</source>
        <translation>您的 OC 登录被拒绝或已过期：请在“账户”页重新登录。</translation>
    </message>
    <message>
        <source>Some items may have been accepted: check the result before sending them again.</source>
        <translation>部分项目可能已被接受：重新发送前请先检查结果。</translation>
    </message>
    <message>
        <source>OC could not handle this call as sent: check the profile&apos;s host; if it keeps happening, show the raw answer to OC support.</source>
        <translation>OC 无法处理这次调用：请检查配置中的主机地址；如果一直这样，请把原始回复发给 OC 客服。</translation>
    </message>
    <message>
        <source>Correct the fields named and send again; nothing was sent to OC.</source>
        <translation>请改正所列出的字段后再发送；没有任何内容发送到 OC。</translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation>请求无效</translation>
    </message>
    <message>
        <source>Check the profile&apos;s client id and secret, or log in again.</source>
        <translation>请检查配置中的客户端 ID 和密钥，或重新登录。</translation>
    </message>
    <message>
        <source>Log in again from the Account tab; your work is kept.</source>
        <translation>请在“账户”页重新登录；您的工作内容会保留。</translation>
    </message>
    <message>
        <source>Read OC&apos;s message above and correct the request before sending it again.</source>
        <translation>请阅读上面 OC 的提示，改正请求后再发送。</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>OC is slow to answer; try again in a moment.</source>
        <translation>OC 响应较慢；请稍后重试。</translation>
    </message>
    <message>
        <source>OC&apos;s service had a problem; try again in a few minutes.</source>
        <translation>OC 的服务出了问题；请几分钟后重试。</translation>
    </message>
    <message>
        <source>OC says it is busy; try again in a few minutes.</source>
        <translation>OC 表示系统繁忙；请几分钟后重试。</translation>
    </message>
    <message>
        <source>It may have reached OC: look it up before sending it again.</source>
        <translation>请求可能已到达 OC：重新发送前请先查询。</translation>
    </message>
    <message>
        <source> Look up: {references}.</source>
        <translation>请查询：{references}。</translation>
    </message>
    <message>
        <source>Outcome unknown: {message}</source>
        <translation>结果未知：{message}</translation>
    </message>
    <message>
        <source>OC is still pricing: use Fetch result in a moment with the same reference.</source>
        <translation>OC 仍在计算运费：请稍后用同一个参考号点击“获取结果”。</translation>
    </message>
    <message>
        <source>Enter the profile&apos;s client secret on the Account tab. On the command line, give it with OCDESK_CLIENT_SECRET or --secret-stdin, or store it with `ocdesk profiles add`.</source>
        <translation>请在“账户”页输入该配置的客户端密钥。在命令行中，可用 OCDESK_CLIENT_SECRET 或 --secret-stdin 提供，或用 `ocdesk profiles add` 保存。</translation>
    </message>
    <message>
        <source>Start one with `ocdesk sandbox` and pass the base_url it prints.</source>
        <translation>请用 `ocdesk sandbox` 启动一个沙箱，并传入它输出的 base_url。</translation>
    </message>
</context>
<context>
    <name>paging</name>
    <message>
        <source>Fetched page {page}: {count} rows</source>
        <translation>已获取第 {page} 页：共 {count} 行</translation>
    </message>
</context>
<context>
    <name>pricing</name>
    <message>
        <source>Estimate ready</source>
        <translation>运费估算已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>OC is pricing {reference}; asking again</source>
        <translation>OC 正在估算 {reference} 的运费，稍后再次查询</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>the computer&apos;s print service (CUPS) is not running. Start it, or restart the computer, then print again.</source>
        <translation>电脑的打印服务（CUPS）没有运行。请启动它或重启电脑，然后重新打印。</translation>
    </message>
    <message>
        <source>there is no printer called {printer} on this computer. Choose another printer, or add this one again in the computer&apos;s printer settings.</source>
        <translation>这台电脑上没有名为 {printer} 的打印机。请选择其他打印机，或在电脑的打印机设置中重新添加它。</translation>
    </message>
    <message>
        <source>the printer {printer} is stopped. Start it again in the computer&apos;s printer settings (Resume), then print again.</source>
        <translation>打印机 {printer} 已停止。请在电脑的打印机设置中重新启动它（恢复），然后重新打印。</translation>
    </message>
    <message>
        <source>the printer {printer} does not take new jobs. Let it accept jobs again in the computer&apos;s printer settings, then print again.</source>
        <translation>打印机 {printer} 不接受新的打印任务。请在电脑的打印机设置中让它重新接受任务，然后重新打印。</translation>
    </message>
    <message>
        <source>the print service refused the label ({detail}). Check the printer, then print again.</source>
        <translation>打印服务拒绝了这张面单（{detail}）。请检查打印机，然后重新打印。</translation>
    </message>
    <message>
        <source>the printer {printer} could not be opened. Check that it is on and connected, then print again.</source>
        <translation>无法打开打印机 {printer}。请确认它已开机并已连接，然后重新打印。</translation>
    </message>
    <message>
        <source>no PDF was made at {path}. Check that the folder exists and can be written, then print again.</source>
        <translation>没有在 {path} 生成 PDF。请确认该文件夹存在且可写入，然后重新打印。</translation>
    </message>
    <message>
        <source>the label file cannot be read ({detail}). Fetch the label from OC again.</source>
        <translation>无法读取面单文件（{detail}）。请重新从 OC 获取面单。</translation>
    </message>
    <message>
        <source> ({sent} of {copies} copies were sent)</source>
        <translation>（{copies} 份中已发送 {sent} 份）</translation>
    </message>
    <message>
        <source>no such page(s) {pages} in {number}</source>
        <translation>{number} 中没有第 {pages} 页</translation>
    </message>
    <message>
        <source>nothing printed: {copies} copies asked for</source>
        <translation>没有打印：要求的份数为 {copies}</translation>
    </message>
    <message>
        <source>the printer at {place} could not be reached ({reason}). Check that it is switched on, that its cable is in, and that {place} is its address (its configuration label shows it); then print again.</source>
        <translation>无法连接 {place} 的打印机（{reason}）。请检查打印机是否开机、线缆是否插好，以及 {place} 是否是它的地址（打印机的配置标签上有写）；然后重新打印。</translation>
    </message>
    <message>
        <source>{place} could not be opened ({reason}). Check that the printer is plugged in and switched on, and that you may print to it (on Linux: be in the lp group); then print again.</source>
        <translation>无法打开 {place}（{reason}）。请检查打印机是否已插好并开机，以及你是否有权限向它打印（在 Linux 上：需在 lp 组中）；然后重新打印。</translation>
    </message>
    <message>
        <source>the printer at {place} did not answer within {seconds:g} s, so nothing was sent. Check that it is switched on, that its cable is in, and that {place} is its address (its configuration label shows it); then print again.</source>
        <translation>{place} 的打印机在 {seconds:g} 秒内没有应答，因此没有发送任何内容。请检查打印机是否开机、线缆是否插好，以及 {place} 是否是它的地址（打印机的配置标签上有写）；然后重新打印。</translation>
    </message>
    <message>
        <source>the printer at {place} answered, but not as a {language} printer does, so nothing was sent. Check the printer&apos;s language: zpl:// for Zebra printers, tspl:// for TSC, Xprinter and similar ones.</source>
        <translation>{place} 的打印机有应答，但不像 {language} 打印机的应答，因此没有发送任何内容。请检查打印机的语言：斑马（Zebra）打印机用 zpl://，TSC、芯烨（Xprinter）等同类打印机用 tspl://。</translation>
    </message>
    <message>
        <source>the printer at {place} is not ready: {problems}. {fix}, then print again.</source>
        <translation>{place} 的打印机未就绪：{problems}。{fix}，然后重新打印。</translation>
    </message>
    <message>
        <source>the connection to {place} broke while the label was being sent ({sent} of {total} bytes went). It may have printed: look at the printer before you print it again.</source>
        <translation>发送标签时与 {place} 的连接中断了（已发送 {total} 字节中的 {sent} 字节）。标签可能已经打印出来：重新打印前请先看一下打印机。</translation>
    </message>
    <message>
        <source>The printer took the label, and now says {problems}: {fix}. A label that has not come out yet comes out then; do not print it again.</source>
        <translation>打印机已接收标签，现在报告{problems}：{fix}。尚未出来的标签届时会打印出来；请勿重新打印。</translation>
    </message>
    <message>
        <source>The printer took the label but did not answer afterwards; check that the label came out.</source>
        <translation>打印机已接收标签，但之后没有应答；请检查标签是否已打印出来。</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} 必须是文本。</translation>
    </message>
    <message>
        <source>Profile name must not be empty.</source>
        <translation>配置名称不能为空。</translation>
    </message>
    <message>
        <source>Environment must be sandbox or production, not {value}.</source>
        <translation>环境必须是 sandbox 或 production，不能是 {value}。</translation>
    </message>
    <message>
        <source>Region must not be empty (use &apos;custom&apos; for your own host).</source>
        <translation>区域不能为空（自己的主机请用 custom）。</translation>
    </message>
    <message>
        <source>Base URL must be an http(s) address, not {value}.</source>
        <translation>基础 URL 必须是 http(s) 地址，不能是 {value}。</translation>
    </message>
    <message>
        <source>Client id must not be empty.</source>
        <translation>客户端 ID 不能为空。</translation>
    </message>
    <message>
        <source>Redirect URI must be an http(s) address, not {value}.</source>
        <translation>回调地址必须是 http(s) 地址，不能是 {value}。</translation>
    </message>
    <message>
        <source>Signature mode must be path or body, not {value}.</source>
        <translation>签名方式必须是 path 或 body，不能是 {value}。</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>Warning: profile {profile} keeps its client secret and login unencrypted in {path}. Only your user account can read that file, but anything running as you, and anyone with your backups, can use them. Prefer a system keyring where there is one.</source>
        <translation>警告：配置 {profile} 的客户端密钥和登录信息未加密保存在 {path}。只有您的用户账户能读取该文件，但以您身份运行的任何程序、以及拿到您备份的任何人都能使用它们。有系统密钥环时请优先使用系统密钥环。</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>must be a date like 2022-10-31+0800</source>
        <translation>必须是日期，例如 2022-10-31+0800</translation>
    </message>
    <message>
        <source>must be a date and time like 2024-07-15T19:48:37+0800</source>
        <translation>必须是日期和时间，例如 2024-07-15T19:48:37+0800</translation>
    </message>
    <message>
        <source>this call takes no data</source>
        <translation>这个调用不接受任何数据</translation>
    </message>
    <message>
        <source>must be an object holding the request fields</source>
        <translation>必须是包含请求字段的对象</translation>
    </message>
    <message>
        <source>must be a list of {noun}</source>
        <translation>必须是{noun}的列表</translation>
    </message>
    <message>
        <source>has no {noun}; add at least one</source>
        <translation>没有{noun}；请至少添加一个</translation>
    </message>
    <message>
        <source>at most {limit} {noun} per call (you sent {count}); split the batch</source>
        <translation>每次调用最多 {limit} 个{noun}（您发送了 {count} 个）；请分批发送</translation>
    </message>
    <message>
        <source>must be an object holding the fields</source>
        <translation>必须是包含字段的对象</translation>
    </message>
    <message>
        <source>at most {maximum} {noun} in all across {names} (you sent {count})</source>
        <translation>{names} 合计最多 {maximum} 个{noun}（您发送了 {count} 个）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>needs at least 1 item</source>
        <translation>至少需要 1 项</translation>
    </message>
    <message>
        <source>needs at least {lowest} items</source>
        <translation>至少需要 {lowest} 项</translation>
    </message>
    <message>
        <source>must have at most 1 item (it has {count})</source>
        <translation>最多只能有 1 项（现有 {count} 项）</translation>
    </message>
    <message>
        <source>must have at most {limit} items (it has {count})</source>
        <translation>最多只能有 {limit} 项（现有 {count} 项）</translation>
    </message>
    <message>
        <source>must be one of: {values}</source>
        <translation>必须是以下之一：{values}</translation>
    </message>
    <message>
        <source>must be at most {limit} characters (it has {count})</source>
        <translation>最多 {limit} 个字符（现有 {count} 个）</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>不能小于 {minimum}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>不能大于 {maximum}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>is required {reason}</source>
        <translation>为必填项{reason}</translation>
    </message>
    <message>
        <source>give at least one of: {names}</source>
        <translation>请至少填写以下之一：{names}</translation>
    </message>
    <message>
        <source>must not be before {start}</source>
        <translation>不能早于 {start}</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>不能是将来的时间</translation>
    </message>
    <message>
        <source>the window must be at most {days} days (it is {span}); split the range</source>
        <translation>时间范围最多 {days} 天（现为 {span}）；请拆分时间段</translation>
    </message>
    <message>
        <source>the window must be shorter than {days} days (it is {span}); split the range</source>
        <translation>时间范围必须短于 {days} 天（现为 {span}）；请拆分时间段</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <source>Query timeslot is only valid for the last {months} months. Choose a start on or after {limit}.</source>
        <translation>查询时间段只能在最近 {months} 个月内。请选择 {limit} 或之后的开始时间。</translation>
    </message>
</context>
<context>
    <name>webhook</name>
    <message>
        <source>every network interface</source>
        <translation>所有网络接口</translation>
    </message>
    <message>
        <source>The receiver listens on 127.0.0.1 (this computer only) unless you allow other addresses; {where} would let other machines reach it. Keep 127.0.0.1 behind a reverse proxy or tunnel, or allow remote addresses explicitly.</source>
        <translation>除非允许其他地址，接收器只监听 127.0.0.1（仅限本机）；{where} 会让其他机器也能访问它。请保持 127.0.0.1 并通过反向代理或隧道转发，或明确允许远程地址。</translation>
    </message>
    <message>
        <source>Port {port} on {host} is already in use by another program; choose another port, or stop the program using it.</source>
        <translation>{host} 上的端口 {port} 已被其他程序占用；请换一个端口，或停止占用它的程序。</translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <source>split 1 window that hit OC&apos;s 1,000-order cap</source>
        <translation>拆分了 1 个达到 OC 1,000 单上限的时间段</translation>
    </message>
    <message>
        <source>split {count} windows that hit OC&apos;s 1,000-order cap</source>
        <translation>拆分了 {count} 个达到 OC 1,000 单上限的时间段</translation>
    </message>
    <message>
        <source>{count} one-hour windows still returned 1,000 orders: some orders are missing; query those hours by order number</source>
        <translation>有 {count} 个一小时的时间段仍返回了 1,000 单：部分订单缺失；请按单号查询这些时段</translation>
    </message>
</context>
<context>
    <name>write_lookups</name>
    <message>
        <source>whether its status is cancelled</source>
        <translation>它的状态是否为已取消</translation>
    </message>
    <message>
        <source>whether OC answers with the estimate or says the referenceId does not exist</source>
        <translation>OC 是返回运费估算，还是提示该 referenceId 不存在</translation>
    </message>
    <message>
        <source>whether the return is cancelled or carries the tracking number sent</source>
        <translation>该退货是否已取消，或是否带有所发送的运单号</translation>
    </message>
    <message>
        <source>whether the inbound order lists the clearance document</source>
        <translation>该入库单是否列出了清关文件</translation>
    </message>
    <message>
        <source>whether it lists the tracking numbers (OC&apos;s seller portal does)</source>
        <translation>它是否列出了这些运单号（OC 卖家后台会显示）</translation>
    </message>
    <message>
        <source>whether the SKUs&apos; EF services are set up</source>
        <translation>这些 SKU 的 EF 服务是否已设置</translation>
    </message>
    <message>
        <source>whether the returned items are linked to their SKUs</source>
        <translation>退回的商品是否已关联到对应的 SKU</translation>
    </message>
</context>
<context>
    <name>xlsx_files</name>
    <message>
        <source>{name} cannot be opened as an Excel workbook ({error})</source>
        <translation>{name} 无法作为 Excel 工作簿打开（{error}）</translation>
    </message>
    <message>
        <source>{name} has no sheet {sheet} (its sheets: {sheets})</source>
        <translation>{name} 中没有工作表 {sheet}（现有的工作表：{sheets}）</translation>
    </message>
    <message>
        <source>read from sheet {sheet}</source>
        <translation>从工作表 {sheet} 读取</translation>
    </message>
    <message>
        <source>the sheet is empty: its first row must name the columns</source>
        <translation>工作表是空的：第一行必须写出列名</translation>
    </message>
    <message>
        <source>line {line}: cell {column}{line} holds {text}, but column {column} has no name in the header row (a blank or merged header cell); give each column its own name</source>
        <translation>第 {line} 行：单元格 {column}{line} 中有 {text}，但 {column} 列在表头行中没有列名（表头单元格为空或被合并）；请给每一列起一个自己的列名</translation>
    </message>
</context>
</TS>
