<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ocdesk: the warehouse desk console for OrangeConnex fulfillment.</source>
        <translation>ocdesk：橙联（OrangeConnex）履约的仓库前台操作台。</translation>
    </message>
    <message>
        <source>About ocdesk</source>
        <translation>关于 ocdesk</translation>
    </message>
</context>
<context>
    <name>AccountTab</name>
    <message>
        <source>Cancel the login: drop the work waiting for it</source>
        <translation>取消登录：放弃等待登录的工作</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Connection to OC</source>
        <translation>与 OC 的连接</translation>
    </message>
    <message>
        <source>Login needed: {0}
Your work on the other tabs is kept and continues after you log in.</source>
        <translation>需要登录：{0}
其他标签页上的工作会保留，登录后继续。</translation>
    </message>
    <message>
        <source>Create a profile (or choose one) on the Profiles page first.</source>
        <translation>请先在“配置”页创建（或选择）一个配置。</translation>
    </message>
    <message>
        <source>“{0}” is not logged in yet: click “Log in to OC”.</source>
        <translation>“{0}”尚未登录：请点击“登录 OC”。</translation>
    </message>
    <message>
        <source>Could not open profile “{0}”: {1}</source>
        <translation>无法打开配置“{0}”：{1}</translation>
    </message>
    <message>
        <source>Warning: the client secret and login of “{0}” are kept unencrypted in {1}, as chosen with --insecure-storage. Only your user account can read that file, but anything running as you, and anyone with your backups, can use them.</source>
        <translation>警告：“{0}”的客户端密钥和登录信息以未加密形式保存在 {1} 中（按 --insecure-storage 的选择）。只有你的用户帐户能读取该文件，但以你身份运行的任何程序、以及持有你备份的任何人都能使用它们。</translation>
    </message>
    <message>
        <source>This computer has no keyring (the system&apos;s safe place for passwords), so ocdesk keeps your OC login only while it is open: you log in again after each start.</source>
        <translation>这台电脑没有密钥环（系统保存密码的安全位置），所以 ocdesk 只在打开期间保留你的 OC 登录：每次启动后需要重新登录。</translation>
    </message>
</context>
<context>
    <name>AdvancedView</name>
    <message>
        <source>Advanced (API) view</source>
        <translation>高级（API）视图</translation>
    </message>
    <message>
        <source>List OC&apos;s API calls one by one under each tab&apos;s desk pages</source>
        <translation>在每个标签页的业务页面下逐一列出 OC 的 API 调用</translation>
    </message>
</context>
<context>
    <name>AgePage</name>
    <message>
        <source>How long stock has been in OC&apos;s warehouses, in days since it was received. Stock older than 180 days is highlighted.</source>
        <translation>库存在 OC 仓库中存放的时间，自收货起按天计。超过 180 天的库存会突出显示。</translation>
    </message>
    <message>
        <source>{range} days</source>
        <translation>{range} 天</translation>
    </message>
    <message>
        <source>OC SKU ID</source>
        <translation>OC SKU ID</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Fetching stock age...</source>
        <translation>正在获取库龄...</translation>
    </message>
    <message>
        <source>All SKUs</source>
        <translation>全部 SKU</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <source>Log in, then send it again.</source>
        <translation>请登录后再发送一次。</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The profile changed, so this was not sent.</source>
        <translation>配置已更改，因此未发送。</translation>
    </message>
    <message>
        <source>The login was cancelled, so this was not sent.</source>
        <translation>登录已取消，因此未发送。</translation>
    </message>
</context>
<context>
    <name>ArrayTable</name>
    <message>
        <source>not valid JSON ({error})</source>
        <translation>不是有效的 JSON（{error}）</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be a JSON array</source>
        <translation>必须是 JSON 数组</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: tab-separated cells fill the columns in order</source>
        <translation>粘贴从电子表格复制的行：以制表符分隔的单元格按顺序填入各列</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>可选值之一：{values}</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Also sent: {keys}</source>
        <translation>一并发送：{keys}</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>import from file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>create from CSV</source>
        <translation>从 CSV 创建</translation>
    </message>
    <message>
        <source>create SKUs from CSV</source>
        <translation>从 CSV 创建 SKU</translation>
    </message>
    <message>
        <source>create SKU</source>
        <translation>创建 SKU</translation>
    </message>
    <message>
        <source>check at OC</source>
        <translation>在 OC 核对</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估价</translation>
    </message>
    <message>
        <source>link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>set up EF services</source>
        <translation>设置 EF 服务</translation>
    </message>
    <message>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>全部接口</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Filter by any text (number, outcome, user, workstation)…</source>
        <translation>按任意文字筛选（单号、结果、用户、工位）…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>全部配置</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source> (the newest {0})</source>
        <translation>（最新的 {0} 条）</translation>
    </message>
    <message>
        <source>{0} entries{1}</source>
        <translation>{0} 条记录{1}</translation>
    </message>
    <message>
        <source>Could not read the audit log: {0}</source>
        <translation>无法读取审计日志：{0}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Exported {0} entries to {1}</source>
        <translation>已将 {0} 条记录导出到 {1}</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Print labels for {count} selected {noun}</source>
        <translation>为所选的 {count} 个{noun}打印标签</translation>
    </message>
    <message>
        <source>{number}: listed {count} times, printed once</source>
        <translation>{number}：列出 {count} 次，只打印一次</translation>
    </message>
    <message>
        <source>an outbound order: OC gives no label for it here, skipped</source>
        <translation>出库单：OC 在这里不提供其标签，已跳过</translation>
    </message>
    <message>
        <source>a VAS order: OC gives no label for it, skipped</source>
        <translation>增值服务单：OC 不提供其标签，已跳过</translation>
    </message>
    <message>
        <source>not a return (OCS…), inbound (OCI…) or SKU (OC…) number, skipped</source>
        <translation>不是退货（OCS…）、入库（OCI…）或 SKU（OC…）单号，已跳过</translation>
    </message>
    <message>
        <source>Printed on {printer} at {time}: 1 label</source>
        <translation>已于 {time} 在 {printer} 上打印：1 张标签</translation>
    </message>
    <message>
        <source>Printed on {printer} at {time}: {count} labels</source>
        <translation>已于 {time} 在 {printer} 上打印：{count} 张标签</translation>
    </message>
    <message>
        <source>Print a batch of labels</source>
        <translation>批量打印标签</translation>
    </message>
    <message>
        <source>One number a line: OCS… (return), OCI… (inbound cartons), OC… (SKU)</source>
        <translation>每行一个单号：OCS…（退货）、OCI…（入库箱唛）、OC…（SKU）</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Lines not printed:</source>
        <translation>未打印的行：</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Numbers to print:</source>
        <translation>要打印的单号：</translation>
    </message>
    <message>
        <source>Waiting for you:</source>
        <translation>等待你处理：</translation>
    </message>
    <message>
        <source>Resume {count} unfinished batch(es)</source>
        <translation>继续 {count} 个未完成的批次</translation>
    </message>
    <message>
        <source>Resuming an unfinished batch…</source>
        <translation>正在继续未完成的批次…</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>正在查找打印机…</translation>
    </message>
    <message>
        <source>No printer found for {types}: Print asks where to print them.</source>
        <translation>没有找到{types}的打印机：点“打印”时会询问打印到哪里。</translation>
    </message>
    <message>
        <source>Nothing printed: none of the lines is a return, inbound or SKU number (see below).</source>
        <translation>未打印：没有一行是退货、入库或 SKU 单号（见下方）。</translation>
    </message>
    <message>
        <source>Paste at least one number.</source>
        <translation>请至少粘贴一个单号。</translation>
    </message>
    <message>
        <source>No printer chosen for {type}.</source>
        <translation>尚未为{type}选择打印机。</translation>
    </message>
    <message>
        <source>Fetching and printing…</source>
        <translation>正在获取并打印…</translation>
    </message>
    <message>
        <source>Some lines are not printed: see the list below.</source>
        <translation>有些行未打印：见下方列表。</translation>
    </message>
    <message>
        <source>Nothing printed.</source>
        <translation>未打印任何内容。</translation>
    </message>
    <message>
        <source>{count} did not print (listed below): check the printer, then Retry them under Waiting for you.</source>
        <translation>{count} 个未打印（见下方列表）：请检查打印机，然后在“等待你处理”中重试。</translation>
    </message>
    <message>
        <source>Cancelled: {count} left, resume them later.</source>
        <translation>已取消：剩余 {count} 个，可稍后继续。</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Not logged in: log in on the Account tab first.</source>
        <translation>未登录：请先在“账户”标签页登录。</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel {noun} {number}</source>
        <translation>取消{noun} {number}</translation>
    </message>
    <message>
        <source>Cancel {noun} &lt;b&gt;{number}&lt;/b&gt;?&lt;br&gt;Its status at OC right now: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>取消{noun} &lt;b&gt;{number}&lt;/b&gt;？&lt;br&gt;它在 OC 的当前状态：&lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reason, e.g. no longer needed</source>
        <translation>原因，例如不再需要</translation>
    </message>
    <message>
        <source>Reason, e.g. customer changed their mind</source>
        <translation>原因，例如客户改变主意</translation>
    </message>
    <message>
        <source>OC takes no reason for a return; ocdesk keeps it in its audit log.</source>
        <translation>OC 不接收退货的取消原因；ocdesk 会把它记在审计日志中。</translation>
    </message>
    <message>
        <source>Cancel {noun}</source>
        <translation>取消{noun}</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>CartonBox</name>
    <message>
        <source>e.g. C001</source>
        <translation>例如 C001</translation>
    </message>
    <message>
        <source>Your number for this carton, as written on it</source>
        <translation>你给这个箱子的编号，与箱上所写一致</translation>
    </message>
    <message>
        <source>Country the goods come from, ISO code</source>
        <translation>货物的原产国，ISO 代码</translation>
    </message>
    <message>
        <source>OC SKU ID</source>
        <translation>OC SKU ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制此箱</translation>
    </message>
    <message>
        <source>Add another carton with the same lines</source>
        <translation>添加一个内容相同的箱子</translation>
    </message>
    <message>
        <source>Remove carton</source>
        <translation>删除箱子</translation>
    </message>
    <message>
        <source>Carton number</source>
        <translation>箱号</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原产地</translation>
    </message>
</context>
<context>
    <name>CartonsEditor</name>
    <message>
        <source>Add carton</source>
        <translation>添加箱子</translation>
    </message>
    <message>
        <source>Paste cartons from spreadsheet</source>
        <translation>从电子表格粘贴箱子</translation>
    </message>
    <message>
        <source>Columns: carton number, OC SKU ID, quantity, and optionally origin country; rows with the same carton number form one carton</source>
        <translation>列：箱号、OC SKU ID、数量，可选原产国；箱号相同的行组成一个箱子</translation>
    </message>
    <message>
        <source>{cartons} cartons, {units} units</source>
        <translation>{cartons} 箱，{units} 件</translation>
    </message>
    <message>
        <source>Carton {n}</source>
        <translation>第 {n} 箱</translation>
    </message>
</context>
<context>
    <name>CatalogForm</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Edit the request as JSON text</source>
        <translation>以 JSON 文本编辑请求</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>This call sends no data.</source>
        <translation>此调用不发送数据。</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {reason}</source>
        <translation>第 {line} 行，第 {column} 列：{reason}</translation>
    </message>
    <message>
        <source>Row {n}</source>
        <translation>第 {n} 行</translation>
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
        <source>(not sent)</source>
        <translation>（不发送）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>include</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Send this date; unticked, the field is left out</source>
        <translation>发送此日期；不勾选则不发送该字段</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
</context>
<context>
    <name>ClearancePage</name>
    <message>
        <source>Upload clearance documents</source>
        <translation>上传清关文件</translation>
    </message>
    <message>
        <source>Customs documents for an inbound order: up to 10 files of at most 10 MB each. OC checks them afterwards; Refresh shows its verdict.</source>
        <translation>入库单的报关文件：最多 10 个文件，每个不超过 10 MB。OC 随后审核；点“刷新”可看审核结果。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Upload documents</source>
        <translation>上传文件</translation>
    </message>
    <message>
        <source>Refresh verification</source>
        <translation>刷新审核状态</translation>
    </message>
    <message>
        <source>Inbound number</source>
        <translation>入库单号</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Customs documents</source>
        <translation>报关文件</translation>
    </message>
    <message>
        <source>{count} customs documents for {number}</source>
        <translation>{number} 的 {count} 份报关文件</translation>
    </message>
    <message>
        <source>Uploading {count} documents…</source>
        <translation>正在上传 {count} 份文件…</translation>
    </message>
    <message>
        <source>{count} documents uploaded for {number}; OC checks them now.</source>
        <translation>已为 {number} 上传 {count} 份文件；OC 正在审核。</translation>
    </message>
    <message>
        <source>Reading the verification status…</source>
        <translation>正在读取审核状态…</translation>
    </message>
</context>
<context>
    <name>CostEstimatePage</name>
    <message>
        <source>reference id of an earlier estimate</source>
        <translation>之前估价的参考号</translation>
    </message>
    <message>
        <source>Fetch result</source>
        <translation>获取结果</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参考号：</translation>
    </message>
    <message>
        <source>Request estimate</source>
        <translation>申请估价</translation>
    </message>
    <message>
        <source>An example parcel is filled in. Change it to yours and press Request estimate: OC records every estimate it is asked for.</source>
        <translation>已填入一个示例包裹。改成你的包裹后点“申请估价”：OC 会记录每一次估价请求。</translation>
    </message>
    <message>
        <source>Sending the estimate request…</source>
        <translation>正在发送估价请求…</translation>
    </message>
    <message>
        <source>Type the reference id of the estimate first.</source>
        <translation>请先输入估价的参考号。</translation>
    </message>
    <message>
        <source>Asking OC for {ref}…</source>
        <translation>正在向 OC 查询 {ref}…</translation>
    </message>
    <message>
        <source>Waiting for OC… {seconds} s</source>
        <translation>正在等待 OC… {seconds} 秒</translation>
    </message>
    <message>
        <source>Stopped waiting. Use Fetch result later with the reference.</source>
        <translation>已停止等待。稍后用参考号点“获取结果”。</translation>
    </message>
    <message>
        <source>OC has not finished pricing after {seconds:g} s. The estimate is not lost: press Fetch result in a moment (reference {ref}).</source>
        <translation>OC 在 {seconds:g} 秒后仍未完成估价。估价不会丢失：稍后点“获取结果”（参考号 {ref}）。</translation>
    </message>
</context>
<context>
    <name>CreateOrderPage</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>你的订单号</translation>
    </message>
    <message>
        <source>Must be unique: OC refuses a reference it already has</source>
        <translation>必须唯一：OC 会拒绝已有的参考号</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>销售平台</translation>
    </message>
    <message>
        <source>eBay buyer id</source>
        <translation>eBay 买家 ID</translation>
    </message>
    <message>
        <source>Needed for eBay orders</source>
        <translation>eBay 订单必填</translation>
    </message>
    <message>
        <source>eBay order id</source>
        <translation>eBay 订单号</translation>
    </message>
    <message>
        <source>e.g. 02-05696-00555</source>
        <translation>例如 02-05696-00555</translation>
    </message>
    <message>
        <source>Note for the warehouse</source>
        <translation>给仓库的备注</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address, line 2</source>
        <translation>地址第 2 行</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>County / state</source>
        <translation>郡 / 州</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Two-letter ISO code, e.g. GB</source>
        <translation>两位 ISO 代码，例如 GB</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>add at least one product line</source>
        <translation>请至少添加一行商品</translation>
    </message>
</context>
<context>
    <name>CreateSkuPage</name>
    <message>
        <source>The product contains or comes with a battery</source>
        <translation>商品含电池或附带电池</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>One picture URL per line (https://...)</source>
        <translation>每行一个图片网址（https://...）</translation>
    </message>
    <message>
        <source>e.g. CN</source>
        <translation>例如 CN</translation>
    </message>
    <message>
        <source>Create SKU</source>
        <translation>创建 SKU</translation>
    </message>
    <message>
        <source>Your SKU id</source>
        <translation>你的 SKU 编号</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>添加一种语言</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Size (L × W × H)</source>
        <translation>尺寸（长 × 宽 × 高）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>How it is packed</source>
        <translation>包装方式</translation>
    </message>
    <message>
        <source>Battery type</source>
        <translation>电池类型</translation>
    </message>
    <message>
        <source>Battery type (new codes)</source>
        <translation>电池类型（新代码）</translation>
    </message>
    <message>
        <source>Batteries per SKU</source>
        <translation>每个 SKU 的电池数</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Product page</source>
        <translation>商品页面</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Service regions</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>not a web address: {urls}</source>
        <translation>不是网址：{urls}</translation>
    </message>
    <message>
        <source>Fix the marked fields; nothing was sent.</source>
        <translation>请修正标记的字段；未发送任何内容。</translation>
    </message>
    <message>
        <source>Creating the SKU at OC...</source>
        <translation>正在 OC 创建 SKU...</translation>
    </message>
    <message>
        <source>Created as a &lt;b&gt;draft&lt;/b&gt;: complete it in OC&apos;s seller portal; OC reviews it before inbound and outbound orders can use it.</source>
        <translation>已创建为&lt;b&gt;草稿&lt;/b&gt;：请在 OC 卖家后台补全；OC 审核通过后，入库单和出库单才能使用它。</translation>
    </message>
</context>
<context>
    <name>CsvOrdersPage</name>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Download the template…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <source>Send valid orders</source>
        <translation>发送有效订单</translation>
    </message>
    <message>
        <source>Export failed rows…</source>
        <translation>导出失败的行…</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file…</source>
        <translation>选择 CSV 或 Excel 文件…</translation>
    </message>
    <message>
        <source>Orders file</source>
        <translation>订单文件</translation>
    </message>
    <message>
        <source>Template saved to {path}: one example order; replace it with yours.</source>
        <translation>模板已保存到 {path}：含一个示例订单，请换成你自己的订单。</translation>
    </message>
    <message>
        <source>{n} orders in the file, {how}.</source>
        <translation>文件中有 {n} 个订单，{how}。</translation>
    </message>
    <message>
        <source>Columns read as: {mapping}.</source>
        <translation>列的读取方式：{mapping}。</translation>
    </message>
    <message>
        <source>{bad} of {n} orders need fixing (see Problem); they will not be sent.</source>
        <translation>{n} 个订单中有 {bad} 个需要修正（见“问题”）；它们不会被发送。</translation>
    </message>
    <message>
        <source>Send {n} valid orders</source>
        <translation>发送 {n} 个有效订单</translation>
    </message>
    <message>
        <source>Fix the file, or start from the template.</source>
        <translation>请修正文件，或从模板开始。</translation>
    </message>
    <message>
        <source>Sending orders…</source>
        <translation>正在发送订单…</translation>
    </message>
    <message>
        <source>Result: {summary}.</source>
        <translation>结果：{summary}。</translation>
    </message>
    <message>
        <source>Orders marked unknown may exist at OC: use Check at OC before sending them again.</source>
        <translation>标为“未知”的订单可能已在 OC 存在：再次发送前请先用“在 OC 核对”。</translation>
    </message>
    <message>
        <source>Export {n} failed rows…</source>
        <translation>导出 {n} 个失败的行…</translation>
    </message>
    <message>
        <source>Export failed rows</source>
        <translation>导出失败的行</translation>
    </message>
    <message>
        <source>{n} rows written to {path}.</source>
        <translation>已将 {n} 行写入 {path}。</translation>
    </message>
</context>
<context>
    <name>CsvSkusPage</name>
    <message>
        <source>Download the template...</source>
        <translation>下载模板...</translation>
    </message>
    <message>
        <source>Send valid rows</source>
        <translation>发送有效行</translation>
    </message>
    <message>
        <source>Export failed rows...</source>
        <translation>导出失败的行...</translation>
    </message>
    <message>
        <source>Open a CSV or Excel file...</source>
        <translation>打开 CSV 或 Excel 文件...</translation>
    </message>
    <message>
        <source>Open a CSV or Excel file: every row is checked before anything is sent.</source>
        <translation>打开 CSV 或 Excel 文件：发送前会检查每一行。</translation>
    </message>
    <message>
        <source>SKU file</source>
        <translation>SKU 文件</translation>
    </message>
    <message>
        <source>{bad} of {n} SKUs need fixing; {ok} are ready to send. The file was {how}.</source>
        <translation>{n} 个 SKU 中有 {bad} 个需要修正；{ok} 个可以发送。文件{how}。</translation>
    </message>
    <message>
        <source>Columns read as: {mapping}.</source>
        <translation>列的读取方式：{mapping}。</translation>
    </message>
    <message>
        <source>Sending SKUs...</source>
        <translation>正在发送 SKU...</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>保存需要修正的行</translation>
    </message>
    <message>
        <source>{n} rows saved to {path}: fix them and open the file again.</source>
        <translation>已将 {n} 行保存到 {path}：修正后再次打开该文件。</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Template saved to {path}: one example SKU; replace it with yours.</source>
        <translation>模板已保存到 {path}：含一个示例 SKU，请换成你自己的 SKU。</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>结束早于开始。</translation>
    </message>
    <message>
        <source>The end is before the start: pick a later end date.</source>
        <translation>结束早于开始：请选择更晚的结束日期。</translation>
    </message>
    <message>
        <source>Query timeslot is only valid for the last 12 months. Choose a start on or after {date}.</source>
        <translation>查询时间段只能在最近 12 个月内。请选择 {date} 或之后的开始日期。</translation>
    </message>
</context>
<context>
    <name>DeskGuide</name>
    <message>
        <source>Find anything</source>
        <translation>查找任何内容</translation>
    </message>
    <message>
        <source>Scan or type any number in &lt;b&gt;Find&lt;/b&gt; at the top (Ctrl+L puts the cursor there) and press Enter: an order, a return, an inbound or VAS number, an SKU, an eBay order id or your own reference. A card shows what it is, its state and what you can do with it. Esc closes the card.</source>
        <translation>在顶部的&lt;b&gt;查找&lt;/b&gt;框中扫描或输入任意单号（Ctrl+L 把光标放到那里），然后按 Enter：出库单、退货、入库或增值服务单号、SKU、eBay 订单号或你自己的参考号。卡片会显示它是什么、它的状态以及可以做的操作。按 Esc 关闭卡片。</translation>
    </message>
    <message>
        <source>Print a label</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>On the card, &lt;b&gt;Print label&lt;/b&gt; prints it; Labels &gt; Printer for… sets the printer for each kind of label. &lt;b&gt;View label&lt;/b&gt; shows it first in the label panel (F9), where you can also print, save it as a PDF or print several copies.</source>
        <translation>在卡片上，&lt;b&gt;打印标签&lt;/b&gt;即可打印；“标签 &gt; 打印机用于…”为每种标签设置打印机。&lt;b&gt;查看标签&lt;/b&gt;会先在标签面板（F9）中显示，在那里也可以打印、另存为 PDF 或打印多份。</translation>
    </message>
    <message>
        <source>The station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>For a packing bench with a scanner: Labels &gt; Scan-to-print station (F12). A scanned return, inbound or SKU number prints its label at once; an order number shows its status and tracking. F2 chooses the printers, F1 shows its keys.</source>
        <translation>适用于配有扫码枪的打包台：“标签 &gt; 扫码打印工作站”（F12）。扫描退货、入库或 SKU 单号会立即打印其标签；扫描订单号会显示其状态和跟踪号。F2 选择打印机，F1 显示按键说明。</translation>
    </message>
    <message>
        <source>Many labels at once</source>
        <translation>一次打印多张标签</translation>
    </message>
    <message>
        <source>Labels &gt; Print a batch of labels (Ctrl+Shift+B): paste or load the numbers, check the list, print. Or select rows in a table and use Labels &gt; Print labels for the selected rows (Ctrl+Shift+P). Failed prints wait under Labels &gt; Failed and unknown prints; nothing is printed twice without asking.</source>
        <translation>“标签 &gt; 批量打印标签”（Ctrl+Shift+B）：粘贴或载入单号，检查列表，然后打印。或者在表格中选择行，使用“标签 &gt; 为所选行打印标签”（Ctrl+Shift+P）。打印失败的会在“标签 &gt; 失败和未知的打印”中等待；未经询问不会重复打印。</translation>
    </message>
    <message>
        <source>The tabs</source>
        <translation>标签页</translation>
    </message>
    <message>
        <source>One tab per kind of work (Ctrl+1, Ctrl+2, …); the bold entries on the left are the desk tasks.</source>
        <translation>每种工作一个标签页（Ctrl+1、Ctrl+2 …）；左侧加粗的条目是前台任务。</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>颜色的含义</translation>
    </message>
    <message>
        <source>An orange band at the top means the &lt;b&gt;sandbox&lt;/b&gt;: demo data, nothing reaches OrangeConnex. In the status bar at the bottom, amber asks for attention soon and red means OC cannot be reached or a login is needed (the Account tab says what to do).</source>
        <translation>顶部的橙色横条表示&lt;b&gt;沙箱&lt;/b&gt;：演示数据，不会发到橙联。底部状态栏中，琥珀色表示需要尽快处理，红色表示无法连接 OC 或需要登录（“账户”标签页会说明怎么做）。</translation>
    </message>
    <message>
        <source>Desk guide</source>
        <translation>前台指南</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>未发送任何内容：请修正标红的字段。</translation>
    </message>
    <message>
        <source>This will change real data at OrangeConnex (production):

{what}

Send it?</source>
        <translation>这将修改橙联（OrangeConnex）正式环境中的真实数据：

{what}

确定发送？</translation>
    </message>
    <message>
        <source>Send to OrangeConnex?</source>
        <translation>发送到橙联（OrangeConnex）？</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <translation>从电子表格粘贴</translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
    <message>
        <source>Packing list</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Bill of lading</source>
        <translation>提单</translation>
    </message>
    <message>
        <source>Master air waybill</source>
        <translation>主运单</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>可售</translation>
    </message>
    <message>
        <source>Not sellable</source>
        <translation>不可售</translation>
    </message>
    <message>
        <source>Not inspected yet</source>
        <translation>尚未质检</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Your inbound number</source>
        <translation>你的入库单号</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation>发货地</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <source>Expected arrival</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <source>Carton</source>
        <translation>箱子</translation>
    </message>
    <message>
        <source>carton number</source>
        <translation>箱号</translation>
    </message>
    <message>
        <source>origin country</source>
        <translation>原产国</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>SKU line</source>
        <translation>SKU 行</translation>
    </message>
    <message>
        <source>Tracking line</source>
        <translation>跟踪行</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>跟踪号</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Inbound number</source>
        <translation>入库单号</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Your VAS number</source>
        <translation>你的增值服务单号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Customs documents: none uploaded.</source>
        <translation>报关文件：尚未上传。</translation>
    </message>
    <message>
        <source>Customs documents:</source>
        <translation>报关文件：</translation>
    </message>
    <message>
        <source>{name} ({type}): {status}</source>
        <translation>{name}（{type}）：{status}</translation>
    </message>
    <message>
        <source> because: {reason}</source>
        <translation> 原因：{reason}</translation>
    </message>
</context>
<context>
    <name>DeskWrites</name>
    <message>
        <source>Still unknown: {why}</source>
        <translation>仍然未知：{why}</translation>
    </message>
    <message>
        <source>Not at OC: nothing was created; you may send it again.</source>
        <translation>OC 没有此单：未创建任何内容；可以再次发送。</translation>
    </message>
    <message>
        <source>Not done at OC: nothing was changed; you may send it again.</source>
        <translation>OC 未执行：未更改任何内容；可以再次发送。</translation>
    </message>
    <message>
        <source>Created at OC: {numbers}</source>
        <translation>已在 OC 创建：{numbers}</translation>
    </message>
    <message>
        <source>as</source>
        <translation>为</translation>
    </message>
    <message>
        <source>Done at OC: {numbers}</source>
        <translation>已在 OC 完成：{numbers}</translation>
    </message>
    <message>
        <source>Not at OC: {missing}; you may send those again.</source>
        <translation>OC 没有：{missing}；这些可以再次发送。</translation>
    </message>
    <message>
        <source>Not done at OC: {missing}; you may send those again.</source>
        <translation>OC 未执行：{missing}；这些可以再次发送。</translation>
    </message>
    <message>
        <source>{count} got no answer saying whether OC created them</source>
        <translation>{count} 个没有收到 OC 是否已创建的答复</translation>
    </message>
    <message>
        <source>OC may already have {references}: the outcome of the last send is not known yet.

Check at OC tells you without sending anything. Send it anyway?</source>
        <translation>OC 可能已经有 {references}：上一次发送的结果尚不清楚。

“在 OC 核对”会告诉你结果，而不会发送任何内容。仍然发送吗？</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>再次发送？</translation>
    </message>
    <message>
        <source>Still unknown: the check failed ({error})</source>
        <translation>仍然未知：核对失败（{error}）</translation>
    </message>
    <message>
        <source>Stopped waiting, but {references} is still on its way to OC: what OC answers will be shown here, and it is recorded in the audit log.</source>
        <translation>已停止等待，但 {references} 仍在发往 OC 的途中：OC 的答复会显示在这里，并记录在审计日志中。</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>该请求</translation>
    </message>
</context>
<context>
    <name>DomainTab</name>
    <message>
        <source>All API calls</source>
        <translation>全部 API 调用</translation>
    </message>
    <message>
        <source>{title}  (writes)</source>
        <translation>{title}（写入）</translation>
    </message>
    <message>
        <source>Creates</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>{does} something at OC.</source>
        <translation>在 OC {does}内容。</translation>
    </message>
</context>
<context>
    <name>EarlierWrites</name>
    <message>
        <source>{keys} still unknown ({why})</source>
        <translation>{keys} 仍然未知（{why}）</translation>
    </message>
    <message>
        <source>{keys} not at OC</source>
        <translation>OC 没有 {keys}</translation>
    </message>
    <message>
        <source>{keys} not done at OC</source>
        <translation>OC 未执行 {keys}</translation>
    </message>
    <message>
        <source>{ref} created as {number}</source>
        <translation>{ref} 已创建为 {number}</translation>
    </message>
    <message>
        <source>{ref} done ({number})</source>
        <translation>{ref} 已完成（{number}）</translation>
    </message>
    <message>
        <source>{ref} not at OC</source>
        <translation>OC 没有 {ref}</translation>
    </message>
    <message>
        <source>1 write from before was checked at OC</source>
        <translation>已在 OC 核对 1 个之前的写入</translation>
    </message>
    <message>
        <source>{count} writes from before were checked at OC</source>
        <translation>已在 OC 核对 {count} 个之前的写入</translation>
    </message>
    <message>
        <source>Writes from before could not be checked at OC: {error}</source>
        <translation>无法在 OC 核对之前的写入：{error}</translation>
    </message>
</context>
<context>
    <name>EfServicesPage</name>
    <message>
        <source>OC SKU IDs to look up, separated by spaces or commas</source>
        <translation>要查询的 OC SKU ID，用空格或逗号分隔</translation>
    </message>
    <message>
        <source>Show EF services</source>
        <translation>显示 EF 服务</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which EF services do these SKUs have?&lt;/b&gt;</source>
        <translation>&lt;b&gt;这些 SKU 有哪些 EF 服务？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set up EF services&lt;/b&gt;</source>
        <translation>&lt;b&gt;设置 EF 服务&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type at least one OC SKU ID.</source>
        <translation>请至少输入一个 OC SKU ID。</translation>
    </message>
    <message>
        <source>Asking OC for the EF services...</source>
        <translation>正在向 OC 查询 EF 服务...</translation>
    </message>
</context>
<context>
    <name>EfSetupDialog</name>
    <message>
        <source>EF services for {sku}</source>
        <translation>{sku} 的 EF 服务</translation>
    </message>
</context>
<context>
    <name>EfSetupForm</name>
    <message>
        <source>e.g. IE, FR</source>
        <translation>例如 IE, FR</translation>
    </message>
    <message>
        <source>OC SKU IDs, separated by spaces or commas</source>
        <translation>OC SKU ID，用空格或逗号分隔</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Domestic service</source>
        <translation>国内服务</translation>
    </message>
    <message>
        <source>International service</source>
        <translation>国际服务</translation>
    </message>
    <message>
        <source>Countries (international)</source>
        <translation>国家（国际）</translation>
    </message>
    <message>
        <source>Add a warehouse</source>
        <translation>添加仓库</translation>
    </message>
    <message>
        <source>Set up EF services</source>
        <translation>设置 EF 服务</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Type at least one OC SKU ID.</source>
        <translation>请至少输入一个 OC SKU ID。</translation>
    </message>
    <message>
        <source>Choose at least one warehouse.</source>
        <translation>请至少选择一个仓库。</translation>
    </message>
    <message>
        <source>Setting up EF services...</source>
        <translation>正在设置 EF 服务...</translation>
    </message>
    <message>
        <source>{n} SKUs set up.</source>
        <translation>已设置 {n} 个 SKU。</translation>
    </message>
</context>
<context>
    <name>EndpointPanel</name>
    <message>
        <source>OC returns at most 1,000 orders; narrow the time window.</source>
        <translation>OC 最多返回 1,000 个订单；请缩小时间范围。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send to OC (Ctrl+Enter)</source>
        <translation>发送到 OC (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Asking OC: {title}...</source>
        <translation>正在向 OC 查询：{title}...</translation>
    </message>
    <message>
        <source>OC answered with no rows.</source>
        <translation>OC 返回了 0 行。</translation>
    </message>
    <message>
        <source>1 row from OC.</source>
        <translation>OC 返回了 1 行。</translation>
    </message>
    <message>
        <source>{count} rows from OC.</source>
        <translation>OC 返回了 {count} 行。</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Check the highlighted fields</source>
        <translation>请检查突出显示的字段</translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>OC refused the request</source>
        <translation>OC 拒绝了请求</translation>
    </message>
    <message>
        <source>Outcome unknown: it may have reached OC. Look it up before sending again.</source>
        <translation>结果未知：它可能已到达 OC。再次发送前请先查询。</translation>
    </message>
    <message>
        <source>Could not reach OC</source>
        <translation>无法连接 OC</translation>
    </message>
    <message>
        <source>OC had a problem</source>
        <translation>OC 出现问题</translation>
    </message>
    <message>
        <source>The call failed</source>
        <translation>调用失败</translation>
    </message>
    <message>
        <source>Something went wrong inside ocdesk</source>
        <translation>ocdesk 内部出错</translation>
    </message>
    <message>
        <source>Reference: {0}</source>
        <translation>参考号：{0}</translation>
    </message>
    <message>
        <source>References: {0}</source>
        <translation>参考号：{0}</translation>
    </message>
    <message>
        <source>The rows below are from {when}.</source>
        <translation>以下各行来自 {when}。</translation>
    </message>
    <message>
        <source>OC code: {code}</source>
        <translation>OC 代码：{code}</translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation>消息：{message}</translation>
    </message>
    <message>
        <source>messageId: {id}</source>
        <translation>messageId：{id}</translation>
    </message>
    <message>
        <source>HTTP status: {status}</source>
        <translation>HTTP 状态：{status}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>The technical details, for your IT or OC&apos;s support</source>
        <translation>技术细节，供你的 IT 或 OC 客服查看</translation>
    </message>
    <message>
        <source>Check at OC</source>
        <translation>在 OC 核对</translation>
    </message>
    <message>
        <source>Ask OC whether it has it, without sending it again</source>
        <translation>询问 OC 是否已有，而不再次发送</translation>
    </message>
    <message>
        <source>Check at OC asks OC whether it has it; nothing is sent again.</source>
        <translation>“在 OC 核对”会询问 OC 是否已有；不会再次发送任何内容。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再次核对</translation>
    </message>
    <message>
        <source>Asking OC…</source>
        <translation>正在询问 OC…</translation>
    </message>
</context>
<context>
    <name>EstimateInputs</name>
    <message>
        <source>Destination country</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>Two-letter ISO code, e.g. GB</source>
        <translation>两位 ISO 代码，例如 GB</translation>
    </message>
    <message>
        <source>Destination postcode</source>
        <translation>目的地邮编</translation>
    </message>
    <message>
        <source>Ships from (warehouse)</source>
        <translation>发货仓库</translation>
    </message>
    <message>
        <source>This is an eBay order</source>
        <translation>这是 eBay 订单</translation>
    </message>
    <message>
        <source>The SKUs below are OC SKU IDs</source>
        <translation>下面的 SKU 是 OC SKU ID</translation>
    </message>
    <message>
        <source>Ticked: OC knows their sizes. Unticked: give length, width, height (cm) and weight (g) for each line.
OC&apos;s term for the ID: MFSKUID</source>
        <translation>勾选：OC 知道它们的尺寸。不勾选：请为每一行填写长、宽、高（厘米）和重量（克）。
OC 对该 ID 的叫法：MFSKUID</translation>
    </message>
    <message>
        <source>Price every service of the warehouse</source>
        <translation>为该仓库的所有服务估价</translation>
    </message>
    <message>
        <source>Only these services:</source>
        <translation>仅这些服务：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is in the parcel&lt;/b&gt;</source>
        <translation>&lt;b&gt;包裹内容&lt;/b&gt;</translation>
    </message>
    <message>
        <source>add at least one</source>
        <translation>请至少添加一项</translation>
    </message>
    <message>
        <source>Services: {problem}</source>
        <translation>服务：{problem}</translation>
    </message>
</context>
<context>
    <name>EstimatePage</name>
    <message>
        <source>Compare prices</source>
        <translation>比较价格</translation>
    </message>
</context>
<context>
    <name>FailedJobsView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Nothing waiting for you: no print failed or was cut off.</source>
        <translation>没有等待你处理的内容：没有打印失败或中断。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>It printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>It did not print: print it</source>
        <translation>没有打印：现在打印</translation>
    </message>
    <message>
        <source>We don&apos;t know if this printed (ocdesk stopped while sending it)</source>
        <translation>不确定是否已打印（发送时 ocdesk 停止了）</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Saved label gone</source>
        <translation>保存的标签已不存在</translation>
    </message>
    <message>
        <source>The saved copy of {type} {number} is gone. Fetch it from OC again and print it?</source>
        <translation>{type} {number} 保存的副本已不存在。从 OC 重新获取并打印吗？</translation>
    </message>
    <message>
        <source>Fetching {number}…</source>
        <translation>正在获取 {number}…</translation>
    </message>
    <message>
        <source>That batch is printing now; try again when it ends.</source>
        <translation>该批次正在打印；请在结束后重试。</translation>
    </message>
    <message>
        <source>Printing {number}…</source>
        <translation>正在打印 {number}…</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>What OC charged, line by line, within the last 12 months. Ranges longer than 31 days are fetched in parts. Refunds are green.</source>
        <translation>最近 12 个月内 OC 逐项收取的费用。超过 31 天的范围会分段获取。退款显示为绿色。</translation>
    </message>
    <message>
        <source>All order types</source>
        <translation>全部单据类型</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>全部仓库</translation>
    </message>
    <message>
        <source>Optional: only these order numbers, one per line</source>
        <translation>可选：只看这些单号，每行一个</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收费时间</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>单据类型</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>All fees</source>
        <translation>全部费用</translation>
    </message>
    <message>
        <source>Fetching fees...</source>
        <translation>正在获取费用...</translation>
    </message>
    <message>
        <source>Part {done} of {total}</source>
        <translation>第 {done} 段，共 {total} 段</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>退款</translation>
    </message>
</context>
<context>
    <name>FetchPage</name>
    <message>
        <source>Fetch</source>
        <translation>获取</translation>
    </message>
    <message>
        <source>Fetch (Ctrl+Enter)</source>
        <translation>获取 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancelled: showing the {count} rows fetched before you stopped.</source>
        <translation>已取消：显示停止前已获取的 {count} 行。</translation>
    </message>
</context>
<context>
    <name>FieldTitle</name>
    <message>
        <source>OC field: {key}</source>
        <translation>OC 字段：{key}</translation>
    </message>
    <message>
        <source>Attribute description</source>
        <translation>属性描述</translation>
    </message>
    <message>
        <source>Auto fulfillment EF</source>
        <translation>自动 EF 履约</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Barcode type</source>
        <translation>条码类型</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Battery form</source>
        <translation>电池形式</translation>
    </message>
    <message>
        <source>Battery number</source>
        <translation>电池数量</translation>
    </message>
    <message>
        <source>Battery type</source>
        <translation>电池类型</translation>
    </message>
    <message>
        <source>Battery type new</source>
        <translation>电池类型（新）</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <source>Cancel reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Cancel time</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <source>Cancel type</source>
        <translation>取消类型</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Carrier code</source>
        <translation>承运商代码</translation>
    </message>
    <message>
        <source>Carrier name</source>
        <translation>承运商名称</translation>
    </message>
    <message>
        <source>Carton number</source>
        <translation>箱号</translation>
    </message>
    <message>
        <source>Carton origin country</source>
        <translation>箱子原产国</translation>
    </message>
    <message>
        <source>Cartons</source>
        <translation>箱子</translation>
    </message>
    <message>
        <source>Chargeable weight</source>
        <translation>计费重量</translation>
    </message>
    <message>
        <source>Chargeable weight unit</source>
        <translation>计费重量单位</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Consignee address 1</source>
        <translation>收件人地址 1</translation>
    </message>
    <message>
        <source>Consignee address 2</source>
        <translation>收件人地址 2</translation>
    </message>
    <message>
        <source>Consignee city</source>
        <translation>收件人城市</translation>
    </message>
    <message>
        <source>Consignee country code</source>
        <translation>收件人国家代码</translation>
    </message>
    <message>
        <source>Consignee email</source>
        <translation>收件人邮箱</translation>
    </message>
    <message>
        <source>Consignee name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <source>Consignee phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <source>Consignee post code</source>
        <translation>收件人邮编</translation>
    </message>
    <message>
        <source>Consignee province or state</source>
        <translation>收件人省 / 州</translation>
    </message>
    <message>
        <source>Consignee zip code</source>
        <translation>收件人邮编</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>Dimension unit</source>
        <translation>尺寸单位</translation>
    </message>
    <message>
        <source>Domestic services</source>
        <translation>国内服务</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>事件 ID</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>事件时间</translation>
    </message>
    <message>
        <source>Fee amount</source>
        <translation>费用金额</translation>
    </message>
    <message>
        <source>Fee amount currency</source>
        <translation>费用币种</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File URL</source>
        <translation>文件 URL</translation>
    </message>
    <message>
        <source>File group ID</source>
        <translation>文件组 ID</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File region</source>
        <translation>文件区域</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Fulfillment centers</source>
        <translation>履约中心</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>授权类型</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>Inbound number</source>
        <translation>入库单号</translation>
    </message>
    <message>
        <source>Inbound numbers</source>
        <translation>入库单号</translation>
    </message>
    <message>
        <source>Inbound order</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Inbound orders</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>International self payment</source>
        <translation>国际自付</translation>
    </message>
    <message>
        <source>International services</source>
        <translation>国际服务</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Label file</source>
        <translation>面单文件</translation>
    </message>
    <message>
        <source>Label file name</source>
        <translation>面单文件名</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>标签尺寸</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>Last-mile carrier code</source>
        <translation>尾程承运商代码</translation>
    </message>
    <message>
        <source>Last-mile carrier name</source>
        <translation>尾程承运商名称</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>数量上限</translation>
    </message>
    <message>
        <source>MF service</source>
        <translation>MF 服务</translation>
    </message>
    <message>
        <source>Need clearance doc</source>
        <translation>需要清关文件</translation>
    </message>
    <message>
        <source>OC SKU ID</source>
        <translation>OC SKU ID</translation>
    </message>
    <message>
        <source>OC SKUs</source>
        <translation>OC SKU</translation>
    </message>
    <message>
        <source>Order creation time</source>
        <translation>订单创建时间</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order platform</source>
        <translation>订单平台</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>订单类型</translation>
    </message>
    <message>
        <source>Original order number</source>
        <translation>原订单号</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>每页条数</translation>
    </message>
    <message>
        <source>Piece quantity</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Polybag</source>
        <translation>塑料袋包装</translation>
    </message>
    <message>
        <source>Print quantity</source>
        <translation>打印数量</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>Reference ID</source>
        <translation>参考 ID</translation>
    </message>
    <message>
        <source>Reference SKU ID</source>
        <translation>参考 SKU ID</translation>
    </message>
    <message>
        <source>Reference SKU IDs</source>
        <translation>参考 SKU ID</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Reference numbers</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Response type</source>
        <translation>响应类型</translation>
    </message>
    <message>
        <source>Return item ID</source>
        <translation>退货商品 ID</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>退货原因</translation>
    </message>
    <message>
        <source>SIOP</source>
        <translation>SIOP</translation>
    </message>
    <message>
        <source>SKU ID</source>
        <translation>SKU ID</translation>
    </message>
    <message>
        <source>SKU description</source>
        <translation>SKU 描述</translation>
    </message>
    <message>
        <source>SKU name</source>
        <translation>SKU 名称</translation>
    </message>
    <message>
        <source>SKU names</source>
        <translation>SKU 名称</translation>
    </message>
    <message>
        <source>SKU picture URL</source>
        <translation>SKU 图片 URL</translation>
    </message>
    <message>
        <source>SKU picture URLs</source>
        <translation>SKU 图片 URL</translation>
    </message>
    <message>
        <source>SKU quantity</source>
        <translation>SKU 数量</translation>
    </message>
    <message>
        <source>SKU type</source>
        <translation>SKU 类型</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Sales URL</source>
        <translation>销售页面 URL</translation>
    </message>
    <message>
        <source>Seller SKU ID</source>
        <translation>卖家 SKU ID</translation>
    </message>
    <message>
        <source>Seller SKU IDs</source>
        <translation>卖家 SKU ID</translation>
    </message>
    <message>
        <source>Seller VAS number</source>
        <translation>卖家增值服务单号</translation>
    </message>
    <message>
        <source>Seller VAS numbers</source>
        <translation>卖家增值服务单号</translation>
    </message>
    <message>
        <source>Seller carton number</source>
        <translation>卖家箱号</translation>
    </message>
    <message>
        <source>Seller inbound number</source>
        <translation>卖家入库单号</translation>
    </message>
    <message>
        <source>Seller inbound numbers</source>
        <translation>卖家入库单号</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>服务代码</translation>
    </message>
    <message>
        <source>Service region</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Service regions</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Shipped time</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Shipping from</source>
        <translation>发货地</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Shipping service code</source>
        <translation>物流服务代码</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>州 / 省</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tracking list</source>
        <translation>跟踪列表</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>跟踪号</translation>
    </message>
    <message>
        <source>Tracking numbers</source>
        <translation>跟踪号</translation>
    </message>
    <message>
        <source>Transport method</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Unique IDs</source>
        <translation>唯一 ID</translation>
    </message>
    <message>
        <source>VAS number</source>
        <translation>增值服务单号</translation>
    </message>
    <message>
        <source>VAS numbers</source>
        <translation>增值服务单号</translation>
    </message>
    <message>
        <source>VAS type</source>
        <translation>增值服务类型</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT 税号</translation>
    </message>
    <message>
        <source>WEEE registration number</source>
        <translation>WEEE 注册号</translation>
    </message>
    <message>
        <source>Warehouse region code</source>
        <translation>仓库区域代码</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>重量单位</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>With battery</source>
        <translation>含电池</translation>
    </message>
    <message>
        <source>With brand</source>
        <translation>有品牌</translation>
    </message>
    <message>
        <source>eBay ID</source>
        <translation>eBay ID</translation>
    </message>
    <message>
        <source>eBay custom label</source>
        <translation>eBay 自定义标签</translation>
    </message>
    <message>
        <source>eBay item ID</source>
        <translation>eBay 商品 ID</translation>
    </message>
    <message>
        <source>eBay order ID</source>
        <translation>eBay 订单号</translation>
    </message>
    <message>
        <source>eBay order IDs</source>
        <translation>eBay 订单号</translation>
    </message>
    <message>
        <source>eBay transaction ID</source>
        <translation>eBay 交易 ID</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Also sent as given: {keys}</source>
        <translation>按原样一并发送：{keys}</translation>
    </message>
</context>
<context>
    <name>FinancePages</name>
    <message>
        <source>Fee detail</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <source>Every fee OC charged, with totals per fee type and currency</source>
        <translation>OC 收取的每一笔费用，按费用类型和币种合计</translation>
    </message>
</context>
<context>
    <name>FindOrdersPage</name>
    <message>
        <source>Order numbers (OCO…), your references or eBay order ids, one per line</source>
        <translation>订单号（OCO…）、你的参考号或 eBay 订单号，每行一个</translation>
    </message>
    <message>
        <source>Find these orders</source>
        <translation>查找这些订单</translation>
    </message>
    <message>
        <source>Find in this period</source>
        <translation>查找此期间的订单</translation>
    </message>
    <message>
        <source>Find orders created in this period</source>
        <translation>查找此期间创建的订单</translation>
    </message>
    <message>
        <source>By number</source>
        <translation>按单号</translation>
    </message>
    <message>
        <source>By creation time</source>
        <translation>按创建时间</translation>
    </message>
    <message>
        <source>Any length: OC is asked week by week.</source>
        <translation>任意长度：OC 会按周查询。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Type or paste at least one number first.</source>
        <translation>请先输入或粘贴至少一个单号。</translation>
    </message>
    <message>
        <source>Looking up {n} numbers…</source>
        <translation>正在查询 {n} 个单号…</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>期间的结束早于开始。</translation>
    </message>
    <message>
        <source>Asking OC for orders created {period}…</source>
        <translation>正在向 OC 查询 {period} 创建的订单…</translation>
    </message>
    <message>
        <source>Counted over the {n} orders found by number.</source>
        <translation>按单号找到的 {n} 个订单统计。</translation>
    </message>
    <message>
        <source>Found {found} orders for {asked} numbers.</source>
        <translation>{asked} 个单号找到 {found} 个订单。</translation>
    </message>
    <message>
        <source>Not found at OC: {numbers}</source>
        <translation>OC 未找到：{numbers}</translation>
    </message>
    <message>
        <source>Stopped early: only part of the list was asked.</source>
        <translation>提前停止：只查询了列表的一部分。</translation>
    </message>
    <message>
        <source>Counted over the {n} orders created {start} – {end}.</source>
        <translation>{start} – {end} 创建的 {n} 个订单统计。</translation>
    </message>
    <message>
        <source>{n} orders created {period}.</source>
        <translation>{period} 创建了 {n} 个订单。</translation>
    </message>
    <message>
        <source>ocdesk {how}.</source>
        <translation>ocdesk {how}。</translation>
    </message>
    <message>
        <source>Stopped early: the orders of the weeks already asked are shown.</source>
        <translation>提前停止：显示已查询各周的订单。</translation>
    </message>
    <message>
        <source>Label not printed (?)</source>
        <translation>标签未打印（?）</translation>
    </message>
    <message>
        <source>Reading {number} again…</source>
        <translation>正在重新读取 {number}…</translation>
    </message>
</context>
<context>
    <name>FindSkusPage</name>
    <message>
        <source>Looked up {count} numbers</source>
        <translation>已查询 {count} 个编号</translation>
    </message>
    <message>
        <source>OC SKU IDs (OC…), reference or seller SKU ids: one per line, or paste a column</source>
        <translation>OC SKU ID（OC…）、参考号或卖家 SKU：每行一个，或粘贴一列</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Every SKU of the account, whatever its status.</source>
        <translation>帐户的全部 SKU，不论状态。</translation>
    </message>
    <message>
        <source>Modified from</source>
        <translation>修改日期从</translation>
    </message>
    <message>
        <source>Modified until</source>
        <translation>修改日期至</translation>
    </message>
    <message>
        <source>All SKUs</source>
        <translation>全部 SKU</translation>
    </message>
    <message>
        <source>By number</source>
        <translation>按单号</translation>
    </message>
    <message>
        <source>By date modified</source>
        <translation>按修改日期</translation>
    </message>
    <message>
        <source>Double-click an SKU to open its card (stock, labels, EF).</source>
        <translation>双击 SKU 打开其卡片（库存、标签、EF）。</translation>
    </message>
    <message>
        <source>Type or paste at least one SKU number.</source>
        <translation>请输入或粘贴至少一个 SKU 编号。</translation>
    </message>
    <message>
        <source>Looking up {n} numbers...</source>
        <translation>正在查询 {n} 个单号...</translation>
    </message>
    <message>
        <source>{n} SKUs found for {m} numbers</source>
        <translation>{m} 个编号找到 {n} 个 SKU</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Fetching SKUs modified {a} to {b}...</source>
        <translation>正在获取 {a} 至 {b} 修改的 SKU...</translation>
    </message>
    <message>
        <source>{n} SKUs modified from {a} to {b}</source>
        <translation>{a} 至 {b} 修改的 SKU：{n} 个</translation>
    </message>
    <message>
        <source>Fetching every SKU of the account...</source>
        <translation>正在获取帐户的全部 SKU...</translation>
    </message>
    <message>
        <source>All SKUs of the account: {n}</source>
        <translation>帐户的全部 SKU：{n} 个</translation>
    </message>
    <message>
        <source> (stopped early: the list is incomplete)</source>
        <translation>（提前停止：列表不完整）</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to ocdesk</source>
        <translation>欢迎使用 ocdesk</translation>
    </message>
    <message>
        <source>ocdesk is not connected to OrangeConnex yet. Choose one of these to start.</source>
        <translation>ocdesk 尚未连接橙联（OrangeConnex）。请选择以下一项开始。</translation>
    </message>
    <message>
        <source>Try the sandbox (demo data)</source>
        <translation>试用沙箱（演示数据）</translation>
    </message>
    <message>
        <source>Add your OC account</source>
        <translation>添加你的 OC 帐户</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>先随便看看</translation>
    </message>
    <message>
        <source>Opens a demo warehouse on this computer, with orders, returns, stock and labels to find and print. Nothing you do there reaches OrangeConnex; an orange band at the top says so all the time.</source>
        <translation>在本机打开一个演示仓库，里面有可查找和打印的订单、退货、库存和标签。在那里所做的一切都不会发到橙联；顶部的橙色横条会一直提示这一点。</translation>
    </message>
    <message>
        <source>Work with your own orders</source>
        <translation>处理你自己的订单</translation>
    </message>
    <message>
        <source>1. Ask your OrangeConnex contact for the client id and client secret of your account&apos;s API app.&lt;br&gt;2. Click the button: a form opens. Give the profile a name, choose the region, paste the client id and the secret, and click Save profile.&lt;br&gt;3. On the Login page click Log in to OC. Your browser opens OrangeConnex&apos;s login; log in and allow ocdesk.&lt;br&gt;4. Back here, the tabs fill with your orders.</source>
        <translation>1. 向你的橙联联系人索取帐户 API 应用的 client id 和 client secret。&lt;br&gt;2. 点击按钮：会打开一个表单。给配置起个名字，选择区域，粘贴 client id 和密钥，然后点“保存配置”。&lt;br&gt;3. 在“登录”页点“登录 OC”。浏览器会打开橙联的登录页；登录并授权 ocdesk。&lt;br&gt;4. 回到这里，各标签页就会显示你的订单。</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>正在启动沙箱…</translation>
    </message>
    <message>
        <source>The sandbox did not start: {0}. Try again, or start ocdesk --sandbox.</source>
        <translation>沙箱未能启动：{0}。请重试，或运行 ocdesk --sandbox。</translation>
    </message>
</context>
<context>
    <name>FreightPage</name>
    <message>
        <source>OC is pricing the parcel…</source>
        <translation>OC 正在为包裹估价…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>printed again in a batch</source>
        <translation>在批量打印中重新打印</translation>
    </message>
    <message>
        <source>printed again from the command line</source>
        <translation>从命令行重新打印</translation>
    </message>
    <message>
        <source>Filter by number, printer, user, workstation or job id</source>
        <translation>按单号、打印机、用户、工位或任务 ID 筛选</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reprint reason</source>
        <translation>重打原因</translation>
    </message>
    <message>
        <source>Reprint selected</source>
        <translation>重打所选</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation>打印失败：{0}</translation>
    </message>
    <message>
        <source>Fetching {number}…</source>
        <translation>正在获取 {number}…</translation>
    </message>
</context>
<context>
    <name>InboundCreatePage</name>
    <message>
        <source>Create inbound order</source>
        <translation>创建入库单</translation>
    </message>
    <message>
        <source>Announce cartons you are sending to a warehouse. Each carton lists the SKUs in it. The carton labels open in the label panel as soon as OC accepts.</source>
        <translation>预报你要发往仓库的箱子。每个箱子列出其中的 SKU。OC 接受后，箱唛会立即在标签面板中打开。</translation>
    </message>
    <message>
        <source>Your own number, e.g. PO-2025-0042</source>
        <translation>你自己的单号，例如 PO-2025-0042</translation>
    </message>
    <message>
        <source>ISO code, e.g. CN</source>
        <translation>ISO 代码，例如 CN</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Customs documents will be uploaded</source>
        <translation>将上传报关文件</translation>
    </message>
    <message>
        <source>Your inbound number</source>
        <translation>你的入库单号</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Ships from (country)</source>
        <translation>发货国家</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <source>Expected arrival</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT 税号</translation>
    </message>
    <message>
        <source>New inbound order {number}</source>
        <translation>新入库单 {number}</translation>
    </message>
    <message>
        <source>Creating the inbound order…</source>
        <translation>正在创建入库单…</translation>
    </message>
    <message>
        <source>Inbound order {number} created for {seller} ({totals}). Print the carton labels and stick one on each carton.</source>
        <translation>已为 {seller} 创建入库单 {number}（{totals}）。请打印箱唛，每箱贴一张。</translation>
    </message>
    <message>
        <source>Fetching the carton labels…</source>
        <translation>正在获取箱唛…</translation>
    </message>
</context>
<context>
    <name>InboundOrdersPage</name>
    <message>
        <source>Inbound orders</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Orders created or changed in a date range (any length: OC&apos;s 7-day limit is handled for you), or the numbers you type. Select an order to see its cartons, what was received and its customs documents.</source>
        <translation>在某个日期范围内创建或修改的订单（任意长度：OC 的 7 天限制由程序处理），或你输入的单号。选择一个订单可查看其箱子、已收货情况和报关文件。</translation>
    </message>
    <message>
        <source>or numbers: OCI… or your own, separated by spaces</source>
        <translation>或单号：OCI… 或你自己的，用空格分隔</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Carton labels</source>
        <translation>箱唛</translation>
    </message>
    <message>
        <source>Open the carton labels in the label panel</source>
        <translation>在标签面板中打开箱唛</translation>
    </message>
    <message>
        <source>Print carton labels</source>
        <translation>打印箱唛</translation>
    </message>
    <message>
        <source>Upload tracking…</source>
        <translation>上传跟踪号…</translation>
    </message>
    <message>
        <source>Upload clearance documents…</source>
        <translation>上传清关文件…</translation>
    </message>
    <message>
        <source>Looking the numbers up…</source>
        <translation>正在查询单号…</translation>
    </message>
    <message>
        <source>The end of the range is before its start; nothing was sent.</source>
        <translation>范围的结束早于开始；未发送任何内容。</translation>
    </message>
    <message>
        <source>Fetching inbound orders week by week…</source>
        <translation>正在按周获取入库单…</translation>
    </message>
    <message>
        <source>{count} inbound orders.</source>
        <translation>{count} 个入库单。</translation>
    </message>
    <message>
        <source>Stopped early: only the weeks fetched so far are shown.</source>
        <translation>提前停止：只显示已获取的各周。</translation>
    </message>
    <message>
        <source>Reading {number}…</source>
        <translation>正在读取 {number}…</translation>
    </message>
    <message>
        <source>OC sent no detail for {number}.</source>
        <translation>OC 没有发送 {number} 的详情。</translation>
    </message>
    <message>
        <source>Fetching carton labels…</source>
        <translation>正在获取箱唛…</translation>
    </message>
    <message>
        <source>Printing the carton labels of {number}…</source>
        <translation>正在打印 {number} 的箱唛…</translation>
    </message>
</context>
<context>
    <name>InboundPages</name>
    <message>
        <source>Inbound number</source>
        <translation>入库单号</translation>
    </message>
    <message>
        <source>Inbound orders</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Find inbound orders, see what arrived, print carton labels</source>
        <translation>查找入库单，查看到货情况，打印箱唛</translation>
    </message>
    <message>
        <source>Create inbound order</source>
        <translation>创建入库单</translation>
    </message>
    <message>
        <source>Announce a shipment of cartons to a warehouse</source>
        <translation>向仓库预报一批箱子</translation>
    </message>
    <message>
        <source>Upload tracking</source>
        <translation>上传跟踪号</translation>
    </message>
    <message>
        <source>Tell OC the courier tracking numbers of an express inbound</source>
        <translation>把快递入库的快递跟踪号告诉 OC</translation>
    </message>
    <message>
        <source>Upload clearance documents</source>
        <translation>上传清关文件</translation>
    </message>
    <message>
        <source>Send packing lists, invoices and waybills for customs</source>
        <translation>发送装箱单、发票和运单用于清关</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>你的单号</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <source>Expected arrival</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Inbound order</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>{batch}: arrived {when}</source>
        <translation>{batch}：{when} 到货</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>预约号</translation>
    </message>
    <message>
        <source>ASNs</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Cartons</source>
        <translation>箱子</translation>
    </message>
    <message>
        <source>Carton</source>
        <translation>箱子</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>No exchange yet.</source>
        <translation>还没有与 OC 的往来报文。</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始报文</translation>
    </message>
    <message>
        <source>The whole exchange with OC, as sent and received</source>
        <translation>与 OC 的完整往来报文，按发送和接收时的原样显示</translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>True size</source>
        <translation>实际尺寸</translation>
    </message>
    <message>
        <source>Turn the view left</source>
        <translation>向左旋转视图</translation>
    </message>
    <message>
        <source>Turn the view right</source>
        <translation>向右旋转视图</translation>
    </message>
    <message>
        <source>Open PDF…</source>
        <translation>打开 PDF…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Print settings…</source>
        <translation>打印设置…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print at true size (Ctrl+P)</source>
        <translation>按实际尺寸打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <source>No label. Open a PDF or drop one here.</source>
        <translation>没有标签。打开一个 PDF，或把 PDF 拖到这里。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {type}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {type}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <source>From OC&apos;s {endpoint}</source>
        <translation>来自 OC 的 {endpoint}</translation>
    </message>
    <message>
        <source>page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <source>{width} x {height} mm</source>
        <translation>{width} x {height} mm</translation>
    </message>
    <message>
        <source>Fetch {count} labels</source>
        <translation>获取 {count} 个标签</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Open a label PDF</source>
        <translation>打开标签 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the label PDF</source>
        <translation>保存标签 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>return label</source>
        <translation>退货面单</translation>
    </message>
    <message>
        <source>return labels</source>
        <translation>退货面单</translation>
    </message>
    <message>
        <source>inbound carton label</source>
        <translation>入库箱唛</translation>
    </message>
    <message>
        <source>inbound carton labels</source>
        <translation>入库箱唛</translation>
    </message>
    <message>
        <source>SKU label</source>
        <translation>SKU 标签</translation>
    </message>
    <message>
        <source>SKU labels</source>
        <translation>SKU 标签</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>{type} labels</source>
        <translation>{type} 标签</translation>
    </message>
    <message>
        <source>{type} label</source>
        <translation>{type} 标签</translation>
    </message>
</context>
<context>
    <name>LabelsHub</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <source>Show the label panel</source>
        <translation>显示标签面板</translation>
    </message>
    <message>
        <source>Open a label PDF…</source>
        <translation>打开标签 PDF…</translation>
    </message>
    <message>
        <source>Print a batch of labels…</source>
        <translation>批量打印标签…</translation>
    </message>
    <message>
        <source>Print labels for the selected rows…</source>
        <translation>为所选行打印标签…</translation>
    </message>
    <message>
        <source>Failed and unknown prints…</source>
        <translation>失败和未知的打印…</translation>
    </message>
    <message>
        <source>Print history…</source>
        <translation>打印记录…</translation>
    </message>
    <message>
        <source>Printer for…</source>
        <translation>打印机用于…</translation>
    </message>
    <message>
        <source>Scan-to-print station…</source>
        <translation>扫码打印工作站…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Print history</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <source>Failed and unknown prints</source>
        <translation>失败和未知的打印</translation>
    </message>
    <message>
        <source>Select rows holding return (OCS…), inbound (OCI…) or SKU numbers first.</source>
        <translation>请先选择含有退货（OCS…）、入库（OCI…）或 SKU 单号的行。</translation>
    </message>
    <message>
        <source>Failed and unknown prints ({count})…</source>
        <translation>失败和未知的打印（{count}）…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Takes effect when ocdesk starts again</source>
        <translation>下次启动 ocdesk 时生效</translation>
    </message>
    <message>
        <source>The language changes when ocdesk starts again.</source>
        <translation>语言会在下次启动 ocdesk 时更改。</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>No data to draw.</source>
        <translation>没有可绘制的数据。</translation>
    </message>
    <message>
        <source>units</source>
        <translation>件</translation>
    </message>
    <message>
        <source>{when}: {value} {unit}</source>
        <translation>{when}：{value} {unit}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link returned items to SKUs</source>
        <translation>将退货商品关联到 SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>OC SKU ID</source>
        <translation>OC SKU ID</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Type the OC SKU id of each item you can identify; rows left empty stay unlinked.</source>
        <translation>为每件能识别的商品输入 OC SKU ID；留空的行保持未关联。</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>click “Log in to OC” again</source>
        <translation>请再次点击“登录 OC”</translation>
    </message>
    <message>
        <source>This address belongs to an older login attempt; {0}.</source>
        <translation>这个地址属于较早的一次登录尝试；{0}。</translation>
    </message>
    <message>
        <source>No login code found in what you pasted. After logging in on OC&apos;s page, copy the whole address from the browser&apos;s address bar and paste it here.</source>
        <translation>你粘贴的内容中没有找到登录代码。在 OC 页面登录后，从浏览器地址栏复制完整地址并粘贴到这里。</translation>
    </message>
    <message>
        <source> The code has expired or was already used.</source>
        <translation> 该代码已过期或已被使用。</translation>
    </message>
    <message>
        <source>OC refused the login: {0}: {1}.{2} Then {3}.</source>
        <translation>OC 拒绝了登录：{0}：{1}。{2} 然后{3}。</translation>
    </message>
    <message>
        <source>ocdesk cannot catch the login itself: port {0} is used by another program. Paste the address from the browser instead.</source>
        <translation>ocdesk 无法自动接收登录：端口 {0} 被其他程序占用。请改为粘贴浏览器中的地址。</translation>
    </message>
    <message>
        <source>The browser did not come back to ocdesk in time; {0}.</source>
        <translation>浏览器没有及时回到 ocdesk；{0}。</translation>
    </message>
    <message>
        <source>Could not reach OC: {0}. {1}</source>
        <translation>无法连接 OC：{0}。{1}</translation>
    </message>
    <message>
        <source>Log in to OC…</source>
        <translation>登录 OC…</translation>
    </message>
    <message>
        <source>Log out…</source>
        <translation>退出登录…</translation>
    </message>
    <message>
        <source>Save secret and log in</source>
        <translation>保存密钥并登录</translation>
    </message>
    <message>
        <source>Open it again</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Copy its address</source>
        <translation>复制其地址</translation>
    </message>
    <message>
        <source>https://www.google.com/?act=getAuthorizationCode&amp;code=…</source>
        <translation>https://www.google.com/?act=getAuthorizationCode&amp;code=…</translation>
    </message>
    <message>
        <source>Complete login</source>
        <translation>完成登录</translation>
    </message>
    <message>
        <source>Log in with your OC seller account on OC&apos;s page, which just opened in your browser.</source>
        <translation>请在刚刚在浏览器中打开的 OC 页面上，用你的 OC 卖家帐户登录。</translation>
    </message>
    <message>
        <source>OC then sends the browser to another page (it may fail to load: that is fine). Copy the &lt;b&gt;whole address&lt;/b&gt; from the browser&apos;s address bar.</source>
        <translation>随后 OC 会把浏览器转到另一个页面（可能无法加载：没关系）。从浏览器地址栏复制&lt;b&gt;完整地址&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Paste it here (just the code works too) and click Complete login:</source>
        <translation>粘贴到这里（只粘贴 code 也可以），然后点“完成登录”：</translation>
    </message>
    <message>
        <source>No profile in use: choose one on the Profiles page.</source>
        <translation>没有正在使用的配置：请在“配置”页选择一个。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2}</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>No client secret is stored for “{0}”. Enter the SecretKey OC issued with its client id to log in:</source>
        <translation>“{0}”没有保存客户端密钥。请输入 OC 随 client id 一起发放的 SecretKey 以登录：</translation>
    </message>
    <message>
        <source>Logging in to the sandbox…</source>
        <translation>正在登录沙箱…</translation>
    </message>
    <message>
        <source>Choose a profile and click “Log in to OC” first.</source>
        <translation>请先选择一个配置，再点“登录 OC”。</translation>
    </message>
    <message>
        <source>Paste the address from the browser first.</source>
        <translation>请先粘贴浏览器中的地址。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Logged in to OC as profile “{0}”.</source>
        <translation>已以配置“{0}”登录 OC。</translation>
    </message>
    <message>
        <source>ocdesk could not open a browser: click “Copy its address” and paste it into your browser&apos;s address bar.</source>
        <translation>ocdesk 无法打开浏览器：请点“复制其地址”，再粘贴到浏览器地址栏。</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to ocdesk at {0}… (pasting works too)</source>
        <translation>正在等待浏览器回到 ocdesk（{0}）…（也可以粘贴）</translation>
    </message>
    <message>
        <source>The browser came back; finishing the login…</source>
        <translation>浏览器已返回；正在完成登录…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Log out of “{0}”? The login is removed from this computer; you will have to log in on OC&apos;s page again.</source>
        <translation>退出“{0}”的登录？登录信息将从本机删除；之后需要在 OC 页面重新登录。</translation>
    </message>
    <message>
        <source>Logged out; the login was removed from the keyring.</source>
        <translation>已退出登录；登录信息已从密钥环中删除。</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <source>Outbound order</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>Inbound order</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>VAS order</source>
        <translation>增值服务单</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>eBay order</source>
        <translation>eBay 订单</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>outbound order</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>inbound order</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>outbound order for eBay order</source>
        <translation>eBay 订单对应的出库单</translation>
    </message>
    <message>
        <source>Scan or type a number, then press Enter</source>
        <translation>扫描或输入单号，然后按 Enter</translation>
    </message>
    <message>
        <source>Outbound order number</source>
        <translation>出库单号</translation>
    </message>
    <message>
        <source>Inbound order number</source>
        <translation>入库单号</translation>
    </message>
    <message>
        <source>Return number (RMA)</source>
        <translation>退货单号（RMA）</translation>
    </message>
    <message>
        <source>VAS order number</source>
        <translation>增值服务单号</translation>
    </message>
    <message>
        <source>OC SKU ID</source>
        <translation>OC SKU ID</translation>
    </message>
    <message>
        <source>eBay order id</source>
        <translation>eBay 订单号</translation>
    </message>
    <message>
        <source>Not a complete {kind} number ({shape}); will search it as your own reference</source>
        <translation>不是完整的{kind}号（{shape}）；将按你自己的参考号搜索</translation>
    </message>
    <message>
        <source>Your own reference or a tracking number: searches orders, returns, inbounds and SKUs</source>
        <translation>你自己的参考号或跟踪号：搜索订单、退货、入库单和 SKU</translation>
    </message>
    <message>
        <source>OCO + 13 digits + country, e.g. OCO2000009385032GB</source>
        <translation>OCO + 13 位数字 + 国家，例如 OCO2000009385032GB</translation>
    </message>
    <message>
        <source>OCI + digit + country + 8 digits, e.g. OCI4DE06746410</source>
        <translation>OCI + 1 位数字 + 国家 + 8 位数字，例如 OCI4DE06746410</translation>
    </message>
    <message>
        <source>OCS + digit + country + 9 digits, e.g. OCS1DE000453014</source>
        <translation>OCS + 1 位数字 + 国家 + 9 位数字，例如 OCS1DE000453014</translation>
    </message>
    <message>
        <source>OCV + digit + country + 8 digits, e.g. OCV4DE00012345</source>
        <translation>OCV + 1 位数字 + 国家 + 8 位数字，例如 OCV4DE00012345</translation>
    </message>
    <message>
        <source>OC + 13 digits, e.g. OC0000255606056</source>
        <translation>OC + 13 位数字，例如 OC0000255606056</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Nothing has the number “{text}”: not {kept}, nor OC&apos;s {places} (profile {profile}).</source>
        <translation>没有单号为“{text}”的记录：不在{kept}中，也不在 OC 的{places}中（配置 {profile}）。</translation>
    </message>
    <message>
        <source>No {noun} {number} at OC (profile {profile}).</source>
        <translation>OC 没有{noun} {number}（配置 {profile}）。</translation>
    </message>
    <message>
        <source>the recent orders and returns on this computer (not read from OC yet)</source>
        <translation>本机上最近的订单和退货（尚未从 OC 读取）</translation>
    </message>
    <message>
        <source>the {count} orders and returns of the last 90 days on this computer (updated {when})</source>
        <translation>本机上最近 90 天的 {count} 个订单和退货（更新于 {when}）</translation>
    </message>
    <message>
        <source>{numbers} found in {kept}.</source>
        <translation>在{kept}中找到 {numbers}。</translation>
    </message>
    <message>
        <source>Found in {kept}.</source>
        <translation>在{kept}中找到。</translation>
    </message>
    <message>
        <source>OC could not be reached, so it is shown as it was at {when}.</source>
        <translation>无法连接 OC，因此显示的是 {when} 时的状态。</translation>
    </message>
    <message>
        <source>{count} records have this number: pick one with ↑ ↓ or the mouse.</source>
        <translation>有 {count} 条记录使用此单号：用 ↑ ↓ 或鼠标选择一条。</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>参考号 {reference}</translation>
    </message>
    <message>
        <source>tracking {numbers}</source>
        <translation>跟踪号 {numbers}</translation>
    </message>
</context>
<context>
    <name>LookupActions</name>
    <message>
        <source>Fetching the label of {number}…</source>
        <translation>正在获取 {number} 的标签…</translation>
    </message>
    <message>
        <source>OC sent no label for {number}.</source>
        <translation>OC 没有发送 {number} 的标签。</translation>
    </message>
    <message>
        <source>Checking the current status of {number}…</source>
        <translation>正在检查 {number} 的当前状态…</translation>
    </message>
    <message>
        <source>{number} is no longer known at OC; nothing was cancelled.</source>
        <translation>OC 已不再有 {number}；未取消任何内容。</translation>
    </message>
    <message>
        <source>{number} is already cancelled; nothing was sent.</source>
        <translation>{number} 已经取消；未发送任何内容。</translation>
    </message>
    <message>
        <source>OC cannot cancel an order once it has been picked.</source>
        <translation>订单一旦拣货，OC 就无法取消。</translation>
    </message>
    <message>
        <source>OC cannot cancel a return once the warehouse has received it.</source>
        <translation>仓库收到退货后，OC 就无法取消。</translation>
    </message>
    <message>
        <source>{number} cannot be cancelled: it is {status}. {rule} Nothing was sent.</source>
        <translation>{number} 无法取消：它的状态是 {status}。{rule} 未发送任何内容。</translation>
    </message>
    <message>
        <source>Cancelling {number}…</source>
        <translation>正在取消 {number}…</translation>
    </message>
    <message>
        <source>{noun} {number} was cancelled at OC.</source>
        <translation>{noun} {number} 已在 OC 取消。</translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>Scan or type an order, return, inbound, VAS, SKU, eBay or your own number</source>
        <translation>扫描或输入出库单、退货、入库、增值服务、SKU、eBay 或你自己的单号</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Looking up {text}…</source>
        <translation>正在查询 {text}…</translation>
    </message>
    <message>
        <source>OC said: {detail}</source>
        <translation>OC 回复：{detail}</translation>
    </message>
    <message>
        <source>Some places could not be searched, so there may be more matches:</source>
        <translation>有些地方无法搜索，因此可能还有更多匹配：</translation>
    </message>
    <message>
        <source>This is a fault in ocdesk; please report it.</source>
        <translation>这是 ocdesk 的故障；请报告它。</translation>
    </message>
</context>
<context>
    <name>LookupCard</name>
    <message>
        <source>View label</source>
        <translation>查看标签</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>Close the card (Esc in the lookup box)</source>
        <translation>关闭卡片（在查询框中按 Esc）</translation>
    </message>
    <message>
        <source>Cancel return…</source>
        <translation>取消退货…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>eBay order</source>
        <translation>eBay 订单</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>原订单</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>跟踪号</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>不可售</translation>
    </message>
    <message>
        <source>No stock at any warehouse</source>
        <translation>所有仓库均无库存</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>No items listed yet</source>
        <translation>尚无商品</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>VAS</source>
        <translation>增值服务</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>回调</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>SANDBOX - demo data, nothing here reaches OrangeConnex</source>
        <translation>沙箱 - 演示数据，这里的任何内容都不会发到橙联</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Shared database…</source>
        <translation>共享数据库…</translation>
    </message>
    <message>
        <source>{tab} ({keys})</source>
        <translation>{tab}（{keys}）</translation>
    </message>
    <message>
        <source>Open the {tab} tab</source>
        <translation>打开“{tab}”标签页</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <source>Put the cursor in Find, ready for a scan</source>
        <translation>把光标放到“查找”框，准备扫码</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>无法连接：{error}</translation>
    </message>
    <message>
        <source>ocdesk could not check its database</source>
        <translation>ocdesk 无法检查它的数据库</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed or moved: the console goes on with the database as it is, and checks it again at its next start.</source>
        <translation>{error}

没有更改或移动任何文件：控制台继续使用现有的数据库，并在下次启动时再次检查。</translation>
    </message>
    <message>
        <source>ocdesk could not repair its database</source>
        <translation>ocdesk 无法修复它的数据库</translation>
    </message>
    <message>
        <source>ocdesk repaired its files</source>
        <translation>ocdesk 修复了它的文件</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>键盘快捷键…</translation>
    </message>
    <message>
        <source>Desk guide…</source>
        <translation>前台指南…</translation>
    </message>
    <message>
        <source>About ocdesk…</source>
        <translation>关于 ocdesk…</translation>
    </message>
</context>
<context>
    <name>MovementPage</name>
    <message>
        <source>Stock going in and out: pick any range within the last 12 months. It is fetched in OC&apos;s 7-day windows, several at a time.</source>
        <translation>出入库的库存变动：可选最近 12 个月内的任意范围。按 OC 的 7 天窗口获取，同时获取多个。</translation>
    </message>
    <message>
        <source>SKUs (MFSKUIDs), one per line; empty: all SKUs</source>
        <translation>SKU（MFSKUID），每行一个；留空：全部 SKU</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Fetch movements to see a SKU&apos;s stock over time.</source>
        <translation>获取库存变动，查看 SKU 库存随时间的变化。</translation>
    </message>
    <message>
        <source>Chart SKU</source>
        <translation>图表 SKU</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Fetching stock movements...</source>
        <translation>正在获取库存变动...</translation>
    </message>
    <message>
        <source>Window {done} of {total}</source>
        <translation>第 {done} 个窗口，共 {total} 个</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>全部仓库</translation>
    </message>
    <message>
        <source>No movements of this SKU in the range.</source>
        <translation>该 SKU 在此范围内没有库存变动。</translation>
    </message>
    <message>
        <source>all warehouses</source>
        <translation>全部仓库</translation>
    </message>
    <message>
        <source>Units of {sku} in {where} after each movement</source>
        <translation>{sku} 在 {where} 每次变动后的件数</translation>
    </message>
</context>
<context>
    <name>NamesTable</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who works at this desk?</source>
        <translation>谁在这个工位工作？</translation>
    </message>
    <message>
        <source>Your name is recorded with every label you print and everything you send to OC, so the history shows who did what. When someone else takes over the desk, click the name in the status bar to change it.</source>
        <translation>你打印的每张标签、发给 OC 的每项内容都会记录你的名字，这样记录里能看出谁做了什么。换人值班时，点状态栏中的名字即可更改。</translation>
    </message>
    <message>
        <source>e.g. Li Wei</source>
        <translation>例如 李伟</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s name</source>
        <translation>留空：使用本机名称</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>你的名字：</translation>
    </message>
    <message>
        <source>Workstation:</source>
        <translation>工位：</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Not in OC&apos;s order data</source>
        <translation>不在 OC 的订单数据中</translation>
    </message>
    <message>
        <source>OC&apos;s order list does not include the recipient&apos;s address; your shop system or OC&apos;s site has it</source>
        <translation>OC 的订单列表不包含收件人地址；你的店铺系统或 OC 网站上有</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Create order</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Shipping service</source>
        <translation>物流服务</translation>
    </message>
    <message>
        <source>&lt;b&gt;Products&lt;/b&gt; (one line per SKU)</source>
        <translation>&lt;b&gt;商品&lt;/b&gt;（每个 SKU 一行）</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the fields marked in red.</source>
        <translation>未发送任何内容：请修正标红的字段。</translation>
    </message>
    <message>
        <source>Sending {ref} to OC…</source>
        <translation>正在把 {ref} 发送到 OC…</translation>
    </message>
    <message>
        <source>OC created order {number} for your reference {ref}.</source>
        <translation>OC 已为你的参考号 {ref} 创建订单 {number}。</translation>
    </message>
</context>
<context>
    <name>OrderRowMenu</name>
    <message>
        <source>Open card</source>
        <translation>打开卡片</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>OC sends no label for outbound orders: its warehouse prints the parcel&apos;s label</source>
        <translation>OC 不为出库单发送面单：由其仓库打印包裹面单</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>复制单号</translation>
    </message>
    <message>
        <source>Copy {n} numbers</source>
        <translation>复制 {n} 个单号</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
</context>
<context>
    <name>OutboundOrders</name>
    <message>
        <source>Asking OC for {count} numbers</source>
        <translation>正在向 OC 查询 {count} 个单号</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>跟踪号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
</context>
<context>
    <name>OutboundPages</name>
    <message>
        <source>Find orders</source>
        <translation>查找订单</translation>
    </message>
    <message>
        <source>By number, reference, eBay order id or any period</source>
        <translation>按单号、参考号、eBay 订单号或任意时间段</translation>
    </message>
    <message>
        <source>Create an order</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>One order typed in a form</source>
        <translation>用表单输入一个订单</translation>
    </message>
    <message>
        <source>Create orders from CSV or Excel</source>
        <translation>从 CSV 或 Excel 创建订单</translation>
    </message>
    <message>
        <source>Many orders from a spreadsheet, checked before sending</source>
        <translation>从电子表格创建多个订单，发送前检查</translation>
    </message>
    <message>
        <source>Third-party-label order</source>
        <translation>第三方面单订单</translation>
    </message>
    <message>
        <source>An order shipped under your own carrier&apos;s label</source>
        <translation>使用你自己承运商面单发货的订单</translation>
    </message>
    <message>
        <source>Freight estimate</source>
        <translation>运费估算</translation>
    </message>
    <message>
        <source>Compare the price of every service for a parcel</source>
        <translation>比较一个包裹在各服务下的价格</translation>
    </message>
</context>
<context>
    <name>OutboundViews</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Awaiting pick</source>
        <translation>待拣货</translation>
    </message>
    <message>
        <source>Label not printed</source>
        <translation>标签未打印</translation>
    </message>
    <message>
        <source>Shipped today</source>
        <translation>今天已发货</translation>
    </message>
    <message>
        <source>Every order found</source>
        <translation>找到的所有订单</translation>
    </message>
    <message>
        <source>Orders the warehouse has a problem with (stock short, bad address…): OC&apos;s “exception”</source>
        <translation>仓库处理有问题的订单（缺货、地址错误…）：OC 的“异常”</translation>
    </message>
    <message>
        <source>Orders OC has accepted or released to the warehouse, not yet picked</source>
        <translation>OC 已接受或已下发仓库、尚未拣货的订单</translation>
    </message>
    <message>
        <source>Orders (not cancelled) with no label printed on this desk under their order or tracking number, as the print history shows</source>
        <translation>在本工位上，按打印记录其订单号或跟踪号下没有打印过标签的订单（不含已取消）</translation>
    </message>
    <message>
        <source>Orders handed to the carrier today (your time zone)</source>
        <translation>今天交给承运商的订单（按你的时区）</translation>
    </message>
</context>
<context>
    <name>PricingPages</name>
    <message>
        <source>Cost estimate</source>
        <translation>费用估算</translation>
    </message>
    <message>
        <source>Price a parcel for every service and compare the fees</source>
        <translation>为包裹对所有服务估价并比较费用</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>That print is no longer waiting.</source>
        <translation>该打印已不在等待中。</translation>
    </message>
    <message>
        <source>The saved copy of {what} is gone; fetch it again.</source>
        <translation>{what} 保存的副本已不存在；请重新获取。</translation>
    </message>
    <message>
        <source>{what} cannot be fetched from OC again.</source>
        <translation>{what} 无法再从 OC 获取。</translation>
    </message>
    <message>
        <source>{what} is already printing</source>
        <translation>{what} 正在打印</translation>
    </message>
    <message>
        <source>{what} was printed before, and printing it again was declined.</source>
        <translation>{what} 之前已打印过，已拒绝再次打印。</translation>
    </message>
</context>
<context>
    <name>PrintFeedback</name>
    <message>
        <source>Printed on {printer} at {time}</source>
        <translation>已于 {time} 在 {printer} 上打印</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>未打印：{reason}</translation>
    </message>
    <message>
        <source>OC did not send the label. {error}</source>
        <translation>OC 没有发送标签。{error}</translation>
    </message>
    <message>
        <source>the printer dialog was closed. Print again to choose a printer.</source>
        <translation>打印对话框已关闭。请再次打印以选择打印机。</translation>
    </message>
    <message>
        <source>Label not printed yet</source>
        <translation>标签尚未打印</translation>
    </message>
    <message>
        <source>{desk} ({printer})</source>
        <translation>{desk}（{printer}）</translation>
    </message>
    <message>
        <source>Label printed {time} on {printer} by {user}</source>
        <translation>标签已于 {time} 在 {printer} 上由 {user} 打印</translation>
    </message>
    <message>
        <source> ({count} times)</source>
        <translation>（{count} 次）</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Print settings: {what}</source>
        <translation>打印设置：{what}</translation>
    </message>
    <message>
        <source>e.g. zpl://192.168.1.50 or tspl://192.168.1.51</source>
        <translation>例如 zpl://192.168.1.50 或 tspl://192.168.1.51</translation>
    </message>
    <message>
        <source>A label printer on the network or on this computer, printed to directly in its own language, no driver needed: zpl:// for Zebra printers, tspl:// for TSC, Xprinter and similar ones. Add :9100 for another port, ?dpi=300 for a 300 dpi printer; zpl:///dev/usb/lp0 for one on a USB port.</source>
        <translation>网络上或本机上的标签打印机，直接用它自己的语言打印，无需驱动：斑马（Zebra）打印机用 zpl://，TSC、芯烨（Xprinter）等同类打印机用 tspl://。其他端口加 :9100 这样的端口号，300 dpi 打印机加 ?dpi=300；USB 口上的打印机用 zpl:///dev/usb/lp0。</translation>
    </message>
    <message>
        <source>zpl:// for Zebra printers, tspl:// for TSC, Xprinter and similar ones; add ?dpi=300 for a 300 dpi printer. The label goes to the printer as its own dots: no driver, nothing to set up on this computer.</source>
        <translation>斑马（Zebra）打印机用 zpl://，TSC、芯烨（Xprinter）等同类打印机用 tspl://；300 dpi 打印机加 ?dpi=300。标签按打印机自己的点阵发送：无需驱动，本机无需任何设置。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Auto: the label&apos;s own size ({dpi} dpi thermal)</source>
        <translation>自动：使用标签自身尺寸（{dpi} dpi 热敏）</translation>
    </message>
    <message>
        <source>Standard: prepared for any printer</source>
        <translation>标准：为任何打印机准备</translation>
    </message>
    <message>
        <source>The label is drawn for the printer by its own driver.</source>
        <translation>标签由打印机自己的驱动绘制。</translation>
    </message>
    <message>
        <source>Direct: the label file as it is, straight to the printer&apos;s queue</source>
        <translation>直接：标签文件原样发送到打印机队列</translation>
    </message>
    <message>
        <source>The label&apos;s PDF goes unchanged to the system&apos;s print service (CUPS); for printers set up to take PDF labels.</source>
        <translation>标签的 PDF 原样发送到系统打印服务（CUPS）；适用于设置为接收 PDF 标签的打印机。</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Label stock:</source>
        <translation>标签纸：</translation>
    </message>
    <message>
        <source>How to print:</source>
        <translation>打印方式：</translation>
    </message>
    <message>
        <source>Labels always print at their true size, never fitted to the paper. Auto picks the stock from the label&apos;s own page size.</source>
        <translation>标签始终按实际尺寸打印，不会缩放以适应纸张。“自动”根据标签自身的页面尺寸选择标签纸。</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>正在查找打印机…</translation>
    </message>
    <message>
        <source>{name} (not available)</source>
        <translation>{name}（不可用）</translation>
    </message>
    <message>
        <source>Label printer by address (no driver)…</source>
        <translation>按地址添加标签打印机（无需驱动）…</translation>
    </message>
    <message>
        <source>No printers found. Add the label printer in the system&apos;s printer settings (on Linux and macOS: CUPS, http://localhost:631), then press Refresh; or choose a label printer by its address.</source>
        <translation>没有找到打印机。请在系统的打印机设置中添加标签打印机（Linux 和 macOS：CUPS，http://localhost:631），然后点“刷新”；或者按地址选择标签打印机。</translation>
    </message>
    <message>
        <source>Type the printer&apos;s address, starting with zpl:// (Zebra) or tspl:// (TSC, Xprinter and similar), e.g. zpl://192.168.1.50.</source>
        <translation>请输入打印机地址，以 zpl://（斑马）或 tspl://（TSC、芯烨等同类）开头，例如 zpl://192.168.1.50。</translation>
    </message>
    <message>
        <source>The system&apos;s print service is not running here, so labels print the standard way.</source>
        <translation>此处没有运行系统打印服务，因此标签按标准方式打印。</translation>
    </message>
    <message>
        <source>Could not list the printers: {error}</source>
        <translation>无法列出打印机：{error}</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>the ClientKey OC gave you (UUID form)</source>
        <translation>OC 给你的 ClientKey（UUID 格式）</translation>
    </message>
    <message>
        <source>Path only (default)</source>
        <translation>仅路径（默认）</translation>
    </message>
    <message>
        <source>Path and body</source>
        <translation>路径和正文</translation>
    </message>
    <message>
        <source>Only for a custom host, e.g. a sandbox you run.</source>
        <translation>仅用于自定义主机，例如你自己运行的沙箱。</translation>
    </message>
    <message>
        <source>OC refuses intranet and IP addresses here, so keep a public page such as https://www.google.com and paste the address after logging in. Only if OC accepts it for your account, http://127.0.0.1:PORT/ lets ocdesk catch the login by itself.</source>
        <translation>OC 在这里拒绝内网地址和 IP 地址，所以请保留一个公共页面，例如 https://www.google.com，登录后再粘贴地址。只有当 OC 为你的帐户接受时，http://127.0.0.1:PORT/ 才能让 ocdesk 自动接收登录。</translation>
    </message>
    <message>
        <source>How each request is signed. Keep “path only” unless OC answers “Authentication Fail: vAuthorization”; then try the other.</source>
        <translation>每个请求的签名方式。请保持“仅路径”，除非 OC 回复“Authentication Fail: vAuthorization”；那时再试另一种。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Region (host)</source>
        <translation>区域（主机）</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Sandbox (OC test system)</source>
        <translation>沙箱（OC 测试系统）</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>正式环境</translation>
    </message>
    <message>
        <source>stored; type a new one to replace it</source>
        <translation>已保存；输入新的即可替换</translation>
    </message>
    <message>
        <source>needed to log in</source>
        <translation>登录需要</translation>
    </message>
    <message>
        <source>Stored in the system keyring, never in the settings file.</source>
        <translation>保存在系统密钥环中，从不写入设置文件。</translation>
    </message>
    <message>
        <source>Kept only while ocdesk is open: this computer has no keyring.</source>
        <translation>只在 ocdesk 打开期间保留：这台电脑没有密钥环。</translation>
    </message>
    <message>
        <source>Custom host…</source>
        <translation>自定义主机…</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>New profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>使用此配置</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profiles&lt;/b&gt;</source>
        <translation>&lt;b&gt;配置&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sandbox (embedded)</source>
        <translation>沙箱（内置）</translation>
    </message>
    <message>
        <source>● {0}   (in use)</source>
        <translation>● {0}   （使用中）</translation>
    </message>
    <message>
        <source>The embedded sandbox is set up by ocdesk; nothing to edit.</source>
        <translation>内置沙箱由 ocdesk 设置；无需编辑。</translation>
    </message>
    <message>
        <source>Fill in the new profile and click Save profile.</source>
        <translation>填写新配置后点“保存配置”。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The name “Sandbox” is kept for the embedded sandbox.</source>
        <translation>名称“Sandbox”保留给内置沙箱。</translation>
    </message>
    <message>
        <source>A profile named “{0}” already exists.</source>
        <translation>已存在名为“{0}”的配置。</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>请修正标红的字段。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>无法保存：{0}</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete the profile “{0}”? Its client secret and login are removed from the keyring too.</source>
        <translation>删除配置“{0}”？其客户端密钥和登录信息也会从密钥环中删除。</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>已删除“{0}”。</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop; what was already fetched is kept</source>
        <translation>停止；保留已获取的内容</translation>
    </message>
    <message>
        <source>Stopping: keeping what was fetched so far…</source>
        <translation>正在停止：保留目前已获取的内容…</translation>
    </message>
</context>
<context>
    <name>RawWrites</name>
    <message>
        <source>Create the SKUs {numbers} at OC?</source>
        <translation>在 OC 创建 SKU {numbers}？</translation>
    </message>
    <message>
        <source>OC reviews each new SKU before it can be stocked.</source>
        <translation>每个新 SKU 都要经过 OC 审核才能入库。</translation>
    </message>
    <message>
        <source>OC created the SKUs {numbers}.</source>
        <translation>OC 已创建 SKU {numbers}。</translation>
    </message>
    <message>
        <source>Set up the EF services of the SKUs {numbers}?</source>
        <translation>设置 SKU {numbers} 的 EF 服务？</translation>
    </message>
    <message>
        <source>OC changes which warehouses and services these SKUs use.</source>
        <translation>OC 会更改这些 SKU 使用的仓库和服务。</translation>
    </message>
    <message>
        <source>OC set up the EF services of the SKUs {numbers}.</source>
        <translation>OC 已设置 SKU {numbers} 的 EF 服务。</translation>
    </message>
    <message>
        <source>Create inbound order {numbers} at OC?</source>
        <translation>在 OC 创建入库单 {numbers}？</translation>
    </message>
    <message>
        <source>The warehouse then expects these goods.</source>
        <translation>仓库随后会等待这些货物。</translation>
    </message>
    <message>
        <source>OC created inbound order {numbers}.</source>
        <translation>OC 已创建入库单 {numbers}。</translation>
    </message>
    <message>
        <source>Upload tracking numbers for inbound order {numbers}?</source>
        <translation>为入库单 {numbers} 上传跟踪号？</translation>
    </message>
    <message>
        <source>OC adds them to the inbound order.</source>
        <translation>OC 会把它们添加到入库单。</translation>
    </message>
    <message>
        <source>OC took the tracking numbers of inbound order {numbers}.</source>
        <translation>OC 已接收入库单 {numbers} 的跟踪号。</translation>
    </message>
    <message>
        <source>Upload clearance documents for inbound order {numbers}?</source>
        <translation>为入库单 {numbers} 上传清关文件？</translation>
    </message>
    <message>
        <source>OC checks them and shows the result on the order later.</source>
        <translation>OC 会审核它们，稍后在订单上显示结果。</translation>
    </message>
    <message>
        <source>OC took the clearance documents of inbound order {numbers}.</source>
        <translation>OC 已接收入库单 {numbers} 的清关文件。</translation>
    </message>
    <message>
        <source>Create the outbound orders {numbers} at OC?</source>
        <translation>在 OC 创建出库单 {numbers}？</translation>
    </message>
    <message>
        <source>OC sends each order to the warehouse to be shipped.</source>
        <translation>OC 会把每个订单发给仓库发货。</translation>
    </message>
    <message>
        <source>OC created the outbound orders {numbers}.</source>
        <translation>OC 已创建出库单 {numbers}。</translation>
    </message>
    <message>
        <source>Cancel order {numbers}?</source>
        <translation>取消订单 {numbers}？</translation>
    </message>
    <message>
        <source>OC will cancel it if the warehouse has not picked it yet.</source>
        <translation>如果仓库尚未拣货，OC 会取消它。</translation>
    </message>
    <message>
        <source>OC cancelled order {numbers}.</source>
        <translation>OC 已取消订单 {numbers}。</translation>
    </message>
    <message>
        <source>Create the third-party-label orders {numbers} at OC?</source>
        <translation>在 OC 创建第三方面单订单 {numbers}？</translation>
    </message>
    <message>
        <source>OC ships them with the labels you supply.</source>
        <translation>OC 会使用你提供的面单发货。</translation>
    </message>
    <message>
        <source>OC created the third-party-label orders {numbers}.</source>
        <translation>OC 已创建第三方面单订单 {numbers}。</translation>
    </message>
    <message>
        <source>Ask OC for cost estimate {numbers}?</source>
        <translation>向 OC 申请费用估算 {numbers}？</translation>
    </message>
    <message>
        <source>OC records the request and prices it in the background.</source>
        <translation>OC 会记录请求并在后台估价。</translation>
    </message>
    <message>
        <source>OC took cost estimate {numbers}: its prices come with &quot;Cost estimate result&quot;.</source>
        <translation>OC 已接收费用估算 {numbers}：价格见“费用估算结果”。</translation>
    </message>
    <message>
        <source>Create VAS order {numbers} at OC?</source>
        <translation>在 OC 创建增值服务单 {numbers}？</translation>
    </message>
    <message>
        <source>The warehouse does the work and OC charges for it.</source>
        <translation>仓库完成作业，OC 收取费用。</translation>
    </message>
    <message>
        <source>OC created VAS order {numbers}.</source>
        <translation>OC 已创建增值服务单 {numbers}。</translation>
    </message>
    <message>
        <source>Cancel VAS order {numbers}?</source>
        <translation>取消增值服务单 {numbers}？</translation>
    </message>
    <message>
        <source>OC will cancel it if the warehouse has not started on it yet.</source>
        <translation>如果仓库尚未开始作业，OC 会取消它。</translation>
    </message>
    <message>
        <source>OC cancelled VAS order {numbers}.</source>
        <translation>OC 已取消增值服务单 {numbers}。</translation>
    </message>
    <message>
        <source>Cancel return {numbers}?</source>
        <translation>取消退货 {numbers}？</translation>
    </message>
    <message>
        <source>OC will cancel it if the warehouse has not received the parcel yet.</source>
        <translation>如果仓库尚未收到包裹，OC 会取消它。</translation>
    </message>
    <message>
        <source>OC cancelled return {numbers}.</source>
        <translation>OC 已取消退货 {numbers}。</translation>
    </message>
    <message>
        <source>Change the return tracking of {numbers}?</source>
        <translation>更改 {numbers} 的退货跟踪号？</translation>
    </message>
    <message>
        <source>OC replaces the carrier and tracking number it has for this return.</source>
        <translation>OC 会替换此退货的承运商和跟踪号。</translation>
    </message>
    <message>
        <source>OC updated the return tracking of {numbers}.</source>
        <translation>OC 已更新 {numbers} 的退货跟踪号。</translation>
    </message>
    <message>
        <source>Link the returned items {numbers} to SKUs?</source>
        <translation>将退货商品 {numbers} 关联到 SKU？</translation>
    </message>
    <message>
        <source>OC records which SKU each returned item is.</source>
        <translation>OC 会记录每件退货商品对应的 SKU。</translation>
    </message>
    <message>
        <source>OC linked the returned items {numbers}.</source>
        <translation>OC 已关联退货商品 {numbers}。</translation>
    </message>
    <message>
        <source>Submit return order {numbers} to OC?</source>
        <translation>向 OC 提交退货单 {numbers}？</translation>
    </message>
    <message>
        <source>OC creates the return and expects its parcel.</source>
        <translation>OC 会创建退货并等待其包裹。</translation>
    </message>
    <message>
        <source>OC created return order {numbers}.</source>
        <translation>OC 已创建退货单 {numbers}。</translation>
    </message>
    <message>
        <source>(no number given)</source>
        <translation>（未提供单号）</translation>
    </message>
    <message>
        <source>{shown} and {more} more</source>
        <translation>{shown} 等，另有 {more} 个</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>This changes real data at OrangeConnex.</source>
        <translation>这会修改橙联的真实数据。</translation>
    </message>
    <message>
        <source>Sandbox: demo data, nothing reaches OrangeConnex.</source>
        <translation>沙箱：演示数据，不会发到橙联。</translation>
    </message>
    <message>
        <source>OC&apos;s numbers: {numbers}.</source>
        <translation>OC 的单号：{numbers}。</translation>
    </message>
    <message>
        <source>OC refused: {message}</source>
        <translation>OC 拒绝：{message}</translation>
    </message>
</context>
<context>
    <name>RegionChecks</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tick at least one warehouse.</source>
        <translation>请至少勾选一个仓库。</translation>
    </message>
</context>
<context>
    <name>RegionCombo</name>
    <message>
        <source>e.g. DE, UK</source>
        <translation>例如 DE, UK</translation>
    </message>
    <message>
        <source>Warehouse region (pick one, or type a region OC has added)</source>
        <translation>仓库区域（选一个，或输入 OC 新增的区域）</translation>
    </message>
</context>
<context>
    <name>Reprint</name>
    <message>
        <source>Printed at {time}</source>
        <translation>打印于 {time}</translation>
    </message>
    <message>
        <source> on {desk} ({printer})</source>
        <translation>，在 {desk}（打印机 {printer}）</translation>
    </message>
    <message>
        <source> on {printer}</source>
        <translation>，打印机 {printer}</translation>
    </message>
    <message>
        <source> by {user}</source>
        <translation>，操作人 {user}</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Print again?</source>
        <translation>再次打印？</translation>
    </message>
    <message>
        <source>this label</source>
        <translation>此标签</translation>
    </message>
    <message>
        <source>{number}: {when} Print again?</source>
        <translation>{number}：{when} 再次打印？</translation>
    </message>
    <message>
        <source>Reason, e.g. label damaged or lost</source>
        <translation>原因，例如标签损坏或丢失</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>再次打印</translation>
    </message>
    <message>
        <source>Don&apos;t print</source>
        <translation>不打印</translation>
    </message>
    <message>
        <source>Reason for the reprint:</source>
        <translation>重打原因：</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>重打</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>{total} {noun}</source>
        <translation>{total} {noun}</translation>
    </message>
    <message>
        <source>{shown} of {total} {noun} shown</source>
        <translation>显示 {total} {noun}中的 {shown} 个</translation>
    </message>
    <message>
        <source>Filtering {total} rows…</source>
        <translation>正在筛选 {total} 行…</translation>
    </message>
    <message>
        <source>Sorting {total} rows…</source>
        <translation>正在排序 {total} 行…</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <source>Shows the rows holding every word typed here</source>
        <translation>显示包含此处输入的每个词的行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected rows, to paste in a spreadsheet</source>
        <translation>复制所选行，可粘贴到电子表格</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the rows shown as an Excel workbook or a CSV file; its columns keep OC&apos;s field names</source>
        <translation>将显示的行保存为 Excel 工作簿或 CSV 文件；列名保留 OC 的字段名</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The rows could not be saved to {path}: {reason}</source>
        <translation>无法将这些行保存到 {path}：{reason}</translation>
    </message>
    <message>
        <source>{n} rows saved to {name}</source>
        <translation>已将 {n} 行保存到 {name}</translation>
    </message>
    <message>
        <source>Export the rows</source>
        <translation>导出这些行</translation>
    </message>
</context>
<context>
    <name>ReturnActions</name>
    <message>
        <source>Return label</source>
        <translation>退货面单</translation>
    </message>
    <message>
        <source>Open the label in the label panel</source>
        <translation>在标签面板中打开标签</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>Cancel RMA…</source>
        <translation>取消 RMA…</translation>
    </message>
    <message>
        <source>Update return tracking…</source>
        <translation>更新退货跟踪号…</translation>
    </message>
    <message>
        <source>Link unlinked items…</source>
        <translation>关联未关联的商品…</translation>
    </message>
    <message>
        <source>Fetching the return label…</source>
        <translation>正在获取退货面单…</translation>
    </message>
    <message>
        <source>Printing the label of {number}…</source>
        <translation>正在打印 {number} 的标签…</translation>
    </message>
    <message>
        <source>{number} is no longer known at OC; nothing was sent.</source>
        <translation>OC 已不再有 {number}；未发送任何内容。</translation>
    </message>
    <message>
        <source>Checking the current status of {number}…</source>
        <translation>正在检查 {number} 的当前状态…</translation>
    </message>
    <message>
        <source>{number} is already cancelled; nothing was sent.</source>
        <translation>{number} 已经取消；未发送任何内容。</translation>
    </message>
    <message>
        <source>{number} is {status}: OC cannot cancel a return or change its tracking once the warehouse has received it. Nothing was sent.</source>
        <translation>{number} 的状态是 {status}：仓库收到后，OC 无法取消退货或更改其跟踪号。未发送任何内容。</translation>
    </message>
    <message>
        <source>Return {number} was cancelled.</source>
        <translation>退货 {number} 已取消。</translation>
    </message>
    <message>
        <source>The return tracking of {number} was updated.</source>
        <translation>{number} 的退货跟踪号已更新。</translation>
    </message>
    <message>
        <source>Sending to OC…</source>
        <translation>正在发送到 OC…</translation>
    </message>
    <message>
        <source>{count} items linked.</source>
        <translation>已关联 {count} 件商品。</translation>
    </message>
    <message>
        <source>Linking items…</source>
        <translation>正在关联商品…</translation>
    </message>
</context>
<context>
    <name>ReturnOrdersPage</name>
    <message>
        <source>Return orders</source>
        <translation>退货单</translation>
    </message>
    <message>
        <source>Search returns by number, reference, status or creation date. Select one for its items, its label and what can still be done with it.</source>
        <translation>按单号、参考号、状态或创建日期搜索退货。选择一个可查看其商品、面单和还能进行的操作。</translation>
    </message>
    <message>
        <source>Return number (OCS…)</source>
        <translation>退货单号（OCS…）</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>你的参考号</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Created between</source>
        <translation>创建时间介于</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>所有页</translation>
    </message>
    <message>
        <source>Fetch every matching return, not just the first {count}</source>
        <translation>获取所有匹配的退货，而不只是前 {count} 个</translation>
    </message>
    <message>
        <source>Searching returns…</source>
        <translation>正在搜索退货…</translation>
    </message>
    <message>
        <source>Fetching every page…</source>
        <translation>正在获取所有页…</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} returns; All pages fetches the rest.</source>
        <translation>显示 {total} 个退货中的 {shown} 个；“所有页”可获取其余的。</translation>
    </message>
    <message>
        <source>{count} returns.</source>
        <translation>{count} 个退货。</translation>
    </message>
    <message>
        <source>Stopped early: only the pages fetched so far are shown.</source>
        <translation>提前停止：只显示已获取的页。</translation>
    </message>
    <message>
        <source>Reading {number}…</source>
        <translation>正在读取 {number}…</translation>
    </message>
</context>
<context>
    <name>ReturnPages</name>
    <message>
        <source>Return number</source>
        <translation>退货单号</translation>
    </message>
    <message>
        <source>Return orders</source>
        <translation>退货单</translation>
    </message>
    <message>
        <source>Find returns, print return labels, cancel or update them</source>
        <translation>查找退货，打印退货面单，取消或更新退货</translation>
    </message>
    <message>
        <source>Return stock</source>
        <translation>退货库存</translation>
    </message>
    <message>
        <source>Returned units at the warehouse; link unknown ones to SKUs</source>
        <translation>仓库中的退货件；把未知件关联到 SKU</translation>
    </message>
    <message>
        <source>Submit a return (ERP)</source>
        <translation>提交退货（ERP）</translation>
    </message>
    <message>
        <source>Create a return order at OC from your own system&apos;s data</source>
        <translation>用你自己系统的数据在 OC 创建退货单</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>原订单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>跟踪号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>eBay order</source>
        <translation>eBay 订单</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation>卖家 SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Linked to SKU</source>
        <translation>已关联的 SKU</translation>
    </message>
</context>
<context>
    <name>ReturnStockPage</name>
    <message>
        <source>Return stock</source>
        <translation>退货库存</translation>
    </message>
    <message>
        <source>Returned units held at the warehouse. Units the warehouse could not identify are not linked to an SKU: select them and link them.</source>
        <translation>仓库中保存的退货件。仓库无法识别的件未关联到 SKU：选择它们并进行关联。</translation>
    </message>
    <message>
        <source>By OC SKU ID</source>
        <translation>按 OC SKU ID</translation>
    </message>
    <message>
        <source>OC&apos;s term: MFSKUID</source>
        <translation>OC 的叫法：MFSKUID</translation>
    </message>
    <message>
        <source>By return number (OCS…)</source>
        <translation>按退货单号（OCS…）</translation>
    </message>
    <message>
        <source>Numbers separated by spaces</source>
        <translation>单号之间用空格分隔</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Link to SKU…</source>
        <translation>关联到 SKU…</translation>
    </message>
    <message>
        <source>Link the selected unlinked units to one SKU</source>
        <translation>将所选的未关联件关联到一个 SKU</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Warehouse (optional)</source>
        <translation>仓库（可选）</translation>
    </message>
    <message>
        <source>Fetching return stock…</source>
        <translation>正在获取退货库存…</translation>
    </message>
    <message>
        <source>{count} returned units, {unlinked} not linked to an SKU.</source>
        <translation>{count} 件退货，其中 {unlinked} 件未关联到 SKU。</translation>
    </message>
    <message>
        <source>Select one or more units that are not linked yet.</source>
        <translation>请选择一个或多个尚未关联的件。</translation>
    </message>
    <message>
        <source>Link to SKU</source>
        <translation>关联到 SKU</translation>
    </message>
    <message>
        <source>OC SKU ID for the {count} selected units:</source>
        <translation>所选 {count} 件的 OC SKU ID：</translation>
    </message>
    <message>
        <source>Link {count} returned units to {sku}</source>
        <translation>将 {count} 件退货关联到 {sku}</translation>
    </message>
    <message>
        <source>{count} units linked to {sku}.</source>
        <translation>已将 {count} 件关联到 {sku}。</translation>
    </message>
    <message>
        <source>Linking units…</source>
        <translation>正在关联…</translation>
    </message>
</context>
<context>
    <name>ReturnSubmitPage</name>
    <message>
        <source>Your return reference</source>
        <translation>你的退货参考号</translation>
    </message>
    <message>
        <source>e.g. RMA-2025-0042</source>
        <translation>例如 RMA-2025-0042</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>原订单</translation>
    </message>
    <message>
        <source>eBay order id</source>
        <translation>eBay 订单号</translation>
    </message>
    <message>
        <source>e.g. 02-05696-00555</source>
        <translation>例如 02-05696-00555</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. Item not as described</source>
        <translation>例如 商品与描述不符</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Carrier (if already shipped)</source>
        <translation>承运商（如已寄出）</translation>
    </message>
    <message>
        <source>e.g. DHL</source>
        <translation>例如 DHL</translation>
    </message>
    <message>
        <source>Tracking number (if already shipped)</source>
        <translation>跟踪号（如已寄出）</translation>
    </message>
    <message>
        <source>Submit a return (ERP)</source>
        <translation>提交退货（ERP）</translation>
    </message>
    <message>
        <source>Create a return order (RMA) at OC for a buyer who sends goods back. The reference must be new: OC refuses one it already has.</source>
        <translation>为寄回商品的买家在 OC 创建退货单（RMA）。参考号必须是新的：OC 会拒绝已有的参考号。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>OC SKU ID</source>
        <translation>OC SKU ID</translation>
    </message>
    <message>
        <source>Submit return</source>
        <translation>提交退货</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>New return {reference}</source>
        <translation>新退货 {reference}</translation>
    </message>
    <message>
        <source>Submitting the return…</source>
        <translation>正在提交退货…</translation>
    </message>
    <message>
        <source>Return {number} created for reference {reference}.</source>
        <translation>已为参考号 {reference} 创建退货 {number}。</translation>
    </message>
</context>
<context>
    <name>ServiceCombo</name>
    <message>
        <source>service code</source>
        <translation>服务代码</translation>
    </message>
    <message>
        <source>Shipping service (pick one, or type a code)</source>
        <translation>物流服务（选一个，或输入代码）</translation>
    </message>
</context>
<context>
    <name>ServiceComparison</name>
    <message>
        <source>Fulfilment</source>
        <translation>履约</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Remote area</source>
        <translation>偏远地区</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>拥堵</translation>
    </message>
    <message>
        <source>Bulky</source>
        <translation>大件</translation>
    </message>
    <message>
        <source>Peak season</source>
        <translation>旺季</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>送货上门</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Total, eBay order</source>
        <translation>合计，eBay 订单</translation>
    </message>
    <message>
        <source>Total, other order</source>
        <translation>合计，其他订单</translation>
    </message>
    <message>
        <source>Carrier channel</source>
        <translation>承运渠道</translation>
    </message>
    <message>
        <source>Chargeable weight</source>
        <translation>计费重量</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No prices yet.</source>
        <translation>尚无价格。</translation>
    </message>
    <message>
        <source>The cheapest service</source>
        <translation>最便宜的服务</translation>
    </message>
    <message>
        <source>OC priced no service for this parcel.</source>
        <translation>OC 没有为此包裹提供任何服务的价格。</translation>
    </message>
    <message>
        <source>OC could not price any of the {n} services (see Problem).</source>
        <translation>OC 无法为 {n} 个服务中的任何一个估价（见“问题”）。</translation>
    </message>
    <message>
        <source>Cheapest: &lt;b&gt;{service}&lt;/b&gt; at &lt;b&gt;{total} {currency}&lt;/b&gt;</source>
        <translation>最便宜：&lt;b&gt;{service}&lt;/b&gt;，&lt;b&gt;{total} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · {n} services priced</source>
        <translation> · 已估价 {n} 个服务</translation>
    </message>
    <message>
        <source> · {n} could not be priced (listed last)</source>
        <translation> · {n} 个无法估价（列在最后）</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>not fetched from OC yet</source>
        <translation>尚未从 OC 获取</translation>
    </message>
    <message>
        <source>fetched just now</source>
        <translation>刚刚获取</translation>
    </message>
    <message>
        <source>fetched {n} min ago</source>
        <translation>{n} 分钟前获取</translation>
    </message>
    <message>
        <source>fetched {n} h ago</source>
        <translation>{n} 小时前获取</translation>
    </message>
    <message>
        <source>fetched {n} days ago</source>
        <translation>{n} 天前获取</translation>
    </message>
    <message>
        <source>Refresh from OC</source>
        <translation>从 OC 刷新</translation>
    </message>
    <message>
        <source>Region / service code</source>
        <translation>区域 / 服务代码</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>OC&apos;s applyPlatform value, as OC sends it (its meaning is not documented)</source>
        <translation>OC 的 applyPlatform 值，按 OC 发送的原样（其含义没有文档说明）</translation>
    </message>
    <message>
        <source>Names in:</source>
        <translation>名称语言：</translation>
    </message>
    <message>
        <source>The warehouses (regions) OC runs for you and the shipping services each offers. Other tabs use this list for their Region and Service drop-downs.</source>
        <translation>OC 为你运营的仓库（区域）及各自提供的物流服务。其他标签页的“区域”和“服务”下拉框使用此列表。</translation>
    </message>
    <message>
        <source>Fetching the service list from OC...</source>
        <translation>正在从 OC 获取服务列表...</translation>
    </message>
    <message>
        <source>{n} services</source>
        <translation>{n} 个服务</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <source>Several desks can share one print history, print queue, audit log and callback inbox in a PostgreSQL database, so a label printed at one desk is not printed again at another. Ask whoever looks after the warehouse&apos;s server for its address.</source>
        <translation>多个工作台可以在一个 PostgreSQL 数据库中共享打印记录、打印队列、审计日志和回调收件箱，这样在一个工作台打印过的标签不会在另一个工作台再打印一次。数据库地址请向负责仓库服务器的同事索取。</translation>
    </message>
    <message>
        <source>Kept in the system keyring; leave empty to keep the saved one</source>
        <translation>保存在系统密钥环中；留空则保留已保存的密码</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Use this desk&apos;s own records</source>
        <translation>使用本工作台自己的记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>This PC&apos;s environment decides ({env} is set): this desk uses the address below. Change it where {env} is set, then start ocdesk again.</source>
        <translation>由本电脑的环境变量决定（已设置 {env}）：本工作台使用下面的地址。如需更改，请在设置 {env} 的地方修改，然后重新启动 ocdesk。</translation>
    </message>
    <message>
        <source>This desk uses the shared database {address}.</source>
        <translation>本工作台使用共享数据库 {address}。</translation>
    </message>
    <message>
        <source>This desk keeps its records in its own file on this PC.</source>
        <translation>本工作台把记录保存在本电脑上自己的文件中。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected to {address}.</source>
        <translation>已连接到 {address}。</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>无法连接：{error}</translation>
    </message>
    <message>
        <source>Saved. This desk uses the shared database {address} from its next start: close ocdesk and open it again.</source>
        <translation>已保存。本工作台下次启动时开始使用共享数据库 {address}：请关闭 ocdesk 后重新打开。</translation>
    </message>
    <message>
        <source>Saved. This desk keeps its records in its own file again from its next start: close ocdesk and open it again.</source>
        <translation>已保存。本工作台下次启动时重新使用自己的记录文件：请关闭 ocdesk 后重新打开。</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseOutage</name>
    <message>
        <source>The shared database cannot be reached, so ocdesk cannot check whether this label was already printed at another desk. Print anyway?</source>
        <translation>无法连接共享数据库，因此 ocdesk 无法检查这张标签是否已在其他工作台打印过。仍然打印吗？</translation>
    </message>
    <message>
        <source>the shared database cannot be reached, so whether this label was already printed at another desk could not be checked. Print it again once the status bar says the shared database is connected.</source>
        <translation>无法连接共享数据库，因此无法检查这张标签是否已在其他工作台打印过。等状态栏显示共享数据库已连接后再打印。</translation>
    </message>
    <message>
        <source>Recorded on this desk; will be shared when the database is back.</source>
        <translation>已记录在本工作台；数据库恢复后会共享。</translation>
    </message>
    <message>
        <source>The batch was not started: the shared database cannot be reached, so the desks could not share it and labels could print twice. Start it again once the status bar says the shared database is connected.</source>
        <translation>批量打印未开始：无法连接共享数据库，各工作台无法共享这批任务，标签可能会被打印两次。等状态栏显示共享数据库已连接后再开始。</translation>
    </message>
    <message>
        <source>Print state unknown: the shared database cannot be reached</source>
        <translation>打印状态未知：无法连接共享数据库</translation>
    </message>
    <message>
        <source>Shared database cannot be reached</source>
        <translation>无法连接共享数据库</translation>
    </message>
    <message>
        <source>If you print, the print is recorded on this desk and shared when the database is back.</source>
        <translation>如果打印，这次打印会记录在本工作台，数据库恢复后再共享。</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>仍然打印</translation>
    </message>
    <message>
        <source>Don&apos;t print</source>
        <translation>不打印</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Show or hide the station&apos;s help</source>
        <translation>显示或隐藏工作站帮助</translation>
    </message>
    <message>
        <source>Choose the printer for each label type, or print a test page</source>
        <translation>为每种标签选择打印机，或打印测试页</translation>
    </message>
    <message>
        <source>More or fewer SKU labels per scan</source>
        <translation>每次扫码打印更多或更少的 SKU 标签</translation>
    </message>
    <message>
        <source>Reprint a label printed before, or skip it</source>
        <translation>重打之前打印过的标签，或跳过</translation>
    </message>
    <message>
        <source>Clear the scan box</source>
        <translation>清空扫码框</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>{menu} menu</source>
        <translation>{menu}菜单</translation>
    </message>
    <message>
        <source>Scan-to-print station</source>
        <translation>扫码打印工作站</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SkuCard</name>
    <message>
        <source>Labels: </source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Print SKU labels</source>
        <translation>打印 SKU 标签</translation>
    </message>
    <message>
        <source>View labels</source>
        <translation>查看标签</translation>
    </message>
    <message>
        <source>EF services</source>
        <translation>EF 服务</translation>
    </message>
    <message>
        <source>Set up EF...</source>
        <translation>设置 EF...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stock per warehouse&lt;/b&gt;</source>
        <translation>&lt;b&gt;各仓库库存&lt;/b&gt;</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Reference SKU</source>
        <translation>参考 SKU</translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation>卖家 SKU</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Size (L × W × H)</source>
        <translation>尺寸（长 × 宽 × 高）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Ships in own box</source>
        <translation>自带包装发货</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <source>Service regions</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No battery</source>
        <translation>无电池</translation>
    </message>
    <message>
        <source>new type {code}</source>
        <translation>新类型 {code}</translation>
    </message>
    <message>
        <source>{n} per SKU</source>
        <translation>每个 SKU {n} 个</translation>
    </message>
    <message>
        <source>No stock at any warehouse</source>
        <translation>所有仓库均无库存</translation>
    </message>
</context>
<context>
    <name>SkuList</name>
    <message>
        <source>Not an OC SKU id (MFSKUID, like OC0000255606056): {ids}</source>
        <translation>不是 OC SKU ID（MFSKUID，如 OC0000255606056）：{ids}</translation>
    </message>
</context>
<context>
    <name>SkuPages</name>
    <message>
        <source>Find SKUs</source>
        <translation>查找 SKU</translation>
    </message>
    <message>
        <source>By OC SKU ID, reference or seller SKU id, or by date modified</source>
        <translation>按 OC SKU ID、参考号或卖家 SKU，或按修改日期</translation>
    </message>
    <message>
        <source>Create an SKU</source>
        <translation>创建 SKU</translation>
    </message>
    <message>
        <source>One SKU in a form, checked before it is sent</source>
        <translation>用表单创建一个 SKU，发送前先检查</translation>
    </message>
    <message>
        <source>Create SKUs from CSV or Excel</source>
        <translation>从 CSV 或 Excel 创建 SKU</translation>
    </message>
    <message>
        <source>Many SKUs from a file: preview problems, send the valid rows</source>
        <translation>从文件创建多个 SKU：先预览问题，再发送有效行</translation>
    </message>
    <message>
        <source>EF services</source>
        <translation>EF 服务</translation>
    </message>
    <message>
        <source>Query and set up eBay Fulfilment services per SKU</source>
        <translation>按 SKU 查询和设置 eBay 履约服务</translation>
    </message>
</context>
<context>
    <name>SkuText</name>
    <message>
        <source>Battery on its own (PB)</source>
        <translation>单独电池（PB）</translation>
    </message>
    <message>
        <source>Battery built into the product (BCE)</source>
        <translation>内置于商品的电池（BCE）</translation>
    </message>
    <message>
        <source>Battery packed with the product (BPE)</source>
        <translation>与商品同包装的电池（BPE）</translation>
    </message>
    <message>
        <source>Button cell (BC)</source>
        <translation>纽扣电池（BC）</translation>
    </message>
    <message>
        <source>Other lithium battery (OLB)</source>
        <translation>其他锂电池（OLB）</translation>
    </message>
    <message>
        <source>Other battery (OT)</source>
        <translation>其他电池（OT）</translation>
    </message>
    <message>
        <source>Without brand (WOB)</source>
        <translation>无品牌（WOB）</translation>
    </message>
    <message>
        <source>With brand (WB)</source>
        <translation>有品牌（WB）</translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation>卖家 SKU</translation>
    </message>
    <message>
        <source>Reference SKU</source>
        <translation>参考 SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size (L × W × H)</source>
        <translation>尺寸（长 × 宽 × 高）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>SkuWindow</name>
    <message>
        <source>SKU {number}</source>
        <translation>SKU {number}</translation>
    </message>
    <message>
        <source>Fetching stock...</source>
        <translation>正在获取库存...</translation>
    </message>
    <message>
        <source>Printing {n} labels...</source>
        <translation>正在打印 {n} 张标签...</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>已打印。</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>未打印。</translation>
    </message>
    <message>
        <source>Fetching SKU labels...</source>
        <translation>正在获取 SKU 标签...</translation>
    </message>
    <message>
        <source>Asking OC for the EF services...</source>
        <translation>正在向 OC 查询 EF 服务...</translation>
    </message>
</context>
<context>
    <name>SnapshotPage</name>
    <message>
        <source>Stock on hand in OC&apos;s warehouses, by status. Every page is fetched; totals per warehouse are underneath.</source>
        <translation>OC 仓库中的现有库存，按状态分列。获取所有页；每个仓库的合计在下方。</translation>
    </message>
    <message>
        <source>Fetching stock...</source>
        <translation>正在获取库存...</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>全部仓库</translation>
    </message>
</context>
<context>
    <name>StationPrinters</name>
    <message>
        <source>the printer chosen for them</source>
        <translation>为它们选择的打印机</translation>
    </message>
    <message>
        <source>the last printer used for them</source>
        <translation>它们上次使用的打印机</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>the only printer on this computer</source>
        <translation>本机唯一的打印机</translation>
    </message>
    <message>
        <source>{printer} ({why})</source>
        <translation>{printer}（{why}）</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{types} print on {printer}.</source>
        <translation>{types}在 {printer} 上打印。</translation>
    </message>
    <message>
        <source>Add the label printer in the system&apos;s printer settings (on Linux and macOS: CUPS, http://localhost:631), then press F2 to choose it. A label printer on the network needs no setting up: press F2, Change…, and type its address (e.g. zpl://192.168.1.50).</source>
        <translation>请在系统的打印机设置中添加标签打印机（Linux 和 macOS：CUPS，http://localhost:631），然后按 F2 选择它。网络上的标签打印机无需设置：按 F2，点“更改…”，输入它的地址（例如 zpl://192.168.1.50）。</translation>
    </message>
    <message>
        <source>No printer for {types}: this computer has none. </source>
        <translation>{types}没有打印机：本机没有打印机。</translation>
    </message>
    <message>
        <source>No printer for {types}: there are {count} printers and none is the default. Press F2 to choose one.</source>
        <translation>{types}没有打印机：有 {count} 台打印机，但都不是默认打印机。按 F2 选择一台。</translation>
    </message>
</context>
<context>
    <name>StationPrintersDialog</name>
    <message>
        <source>Station printers: where each kind of label prints</source>
        <translation>工作站打印机：每种标签在哪台打印机上打印</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Print a test page ({w:g} x {h:g} mm)</source>
        <translation>打印测试页（{w:g} x {h:g} mm）</translation>
    </message>
    <message>
        <source>Printing a test {what} on {printer}…</source>
        <translation>正在 {printer} 上打印测试{what}…</translation>
    </message>
    <message>
        <source>Test {what}: Printed on {printer} at {time}. It should measure {w:g} x {h:g} mm with its frame whole.</source>
        <translation>测试{what}：已于 {time} 在 {printer} 上打印。它应为 {w:g} x {h:g} mm，边框完整。</translation>
    </message>
    <message>
        <source>Test {what} did not print on {printer}: {reason}. Check that the printer is on and has labels, or choose another with Change….</source>
        <translation>测试{what}未能在 {printer} 上打印：{reason}。请检查打印机已开机并装有标签，或用“更改…”选择另一台。</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>ocdesk: scan-to-print station</source>
        <translation>ocdesk：扫码打印工作站</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>正在查找打印机…</translation>
    </message>
    <message>
        <source>SANDBOX: test data, not real orders</source>
        <translation>沙箱：测试数据，不是真实订单</translation>
    </message>
    <message>
        <source>Scan or type a number, then Enter</source>
        <translation>扫描或输入单号，然后按 Enter</translation>
    </message>
    <message>
        <source>F1 help · F2 printers and test page · Esc clear</source>
        <translation>F1 帮助 · F2 打印机和测试页 · Esc 清空</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>最近扫码</translation>
    </message>
    <message>
        <source>SKU labels per scan (PgUp / PgDown):</source>
        <translation>每次扫码打印的 SKU 标签数（PgUp / PgDown）：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scan&lt;/b&gt; a return (OCS…), inbound (OCI…) or SKU number: its label prints on this station&apos;s printer for that label type.&lt;br&gt;&lt;b&gt;Scan&lt;/b&gt; an outbound number (OCO…), your reference or an eBay order id: its status and tracking are shown.&lt;br&gt;The same number scanned again within 5 s is ignored. A label printed before asks first: &lt;b&gt;Y&lt;/b&gt; or the same scan again reprints, &lt;b&gt;N&lt;/b&gt; or &lt;b&gt;Esc&lt;/b&gt; skips.&lt;br&gt;</source>
        <translation>&lt;b&gt;扫描&lt;/b&gt;退货（OCS…）、入库（OCI…）或 SKU 单号：其标签在本工作站为该标签类型设定的打印机上打印。&lt;br&gt;&lt;b&gt;扫描&lt;/b&gt;出库单号（OCO…）、你的参考号或 eBay 订单号：显示其状态和跟踪号。&lt;br&gt;5 秒内再次扫描同一单号会被忽略。以前打印过的标签会先询问：按 &lt;b&gt;Y&lt;/b&gt; 或再扫一次即重新打印，按 &lt;b&gt;N&lt;/b&gt; 或 &lt;b&gt;Esc&lt;/b&gt; 跳过。&lt;br&gt;</translation>
    </message>
    <message>
        <source>Already scanned {s} s ago: ignored</source>
        <translation>{s} 秒前已扫描：忽略</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Nothing to print for this kind of number</source>
        <translation>这类单号没有可打印的内容</translation>
    </message>
    <message>
        <source>Scan a number. F2 to change printers or print a test page.</source>
        <translation>请扫描单号。按 F2 更换打印机或打印测试页。</translation>
    </message>
    <message>
        <source>Could not list this computer&apos;s printers ({error}). Press F2 to choose one.</source>
        <translation>无法列出本机的打印机（{error}）。按 F2 选择一台。</translation>
    </message>
    <message>
        <source>No printer for {types}: press F2 to choose one.</source>
        <translation>{types}没有打印机：按 F2 选择一台。</translation>
    </message>
    <message>
        <source>Then scan again. F2 chooses another printer than {printer} or prints a test page.</source>
        <translation>然后再扫一次。按 F2 可选择 {printer} 以外的打印机或打印测试页。</translation>
    </message>
    <message>
        <source>Scan again or press Y to print anyway, N or Esc to skip</source>
        <translation>再次扫码或按 Y 仍然打印，按 N 或 Esc 跳过</translation>
    </message>
    <message>
        <source>not checked: asking</source>
        <translation>未检查：正在询问</translation>
    </message>
    <message>
        <source>Scan again or press Y to reprint, N or Esc to skip</source>
        <translation>再扫一次或按 Y 重打，按 N 或 Esc 跳过</translation>
    </message>
    <message>
        <source>printed before: asking</source>
        <translation>之前已打印：询问中</translation>
    </message>
    <message>
        <source>Not reprinted</source>
        <translation>未重打</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Reprinting…</source>
        <translation>正在重打…</translation>
    </message>
    <message>
        <source>Not found: OC knows no order or label under this number</source>
        <translation>未找到：OC 没有此单号的订单或标签</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <source>Tracking: {t}</source>
        <translation>跟踪号：{t}</translation>
    </message>
    <message>
        <source>No tracking number yet</source>
        <translation>暂无跟踪号</translation>
    </message>
    <message>
        <source>Reference: {r}</source>
        <translation>参考号：{r}</translation>
    </message>
    <message>
        <source>{n} orders match; showing the first</source>
        <translation>{n} 个订单匹配；显示第一个</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>处理中…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Label issued</source>
        <translation>已出标签</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已质检</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>收货中</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>无状态</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Connecting...</source>
        <translation>正在连接...</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>No OC account yet: start from the Account tab</source>
        <translation>还没有 OC 帐户：请从“帐户”标签页开始</translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>The profile in use</source>
        <translation>正在使用的配置</translation>
    </message>
    <message>
        <source>Environment and OC host</source>
        <translation>环境和 OC 主机</translation>
    </message>
    <message>
        <source>Connection to OC</source>
        <translation>与 OC 的连接</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <source>Who works here? Click to say</source>
        <translation>谁在这里工作？点击填写</translation>
    </message>
    <message>
        <source>{name} at workstation {workstation}: recorded with every print and every write. Click to change.</source>
        <translation>{name}，工位 {workstation}：每次打印和写入都会记录。点击更改。</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>正式环境</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>配置：{name}</translation>
    </message>
    <message>
        <source>{env} ({host})</source>
        <translation>{env}（{host}）</translation>
    </message>
    <message>
        <source>{env} · {region} ({host})</source>
        <translation>{env} · {region}（{host}）</translation>
    </message>
    <message>
        <source>Shared database: {address}</source>
        <translation>共享数据库：{address}</translation>
    </message>
    <message>
        <source>Shared database: checking…</source>
        <translation>共享数据库：正在检查…</translation>
    </message>
    <message>
        <source>Shared database refuses this ocdesk: nothing prints</source>
        <translation>共享数据库拒绝本 ocdesk：无法打印</translation>
    </message>
    <message>
        <source>Shared database: connected</source>
        <translation>共享数据库：已连接</translation>
    </message>
    <message>
        <source>Shared database cannot be reached: printing asks first</source>
        <translation>无法连接共享数据库：打印前会先询问</translation>
    </message>
    <message>
        <source>{count} print(s) recorded on this desk while the shared database was away are now shared.</source>
        <translation>共享数据库断开期间记录在本工作台的 {count} 次打印现已共享。</translation>
    </message>
    <message>
        <source>OC&apos;s access token is renewed by itself; the current one ends {at}.</source>
        <translation>OC 的访问令牌会自动续期；当前令牌到期时间 {at}。</translation>
    </message>
    <message>
        <source>OC&apos;s access token is renewed by itself at the next call.</source>
        <translation>OC 的访问令牌会在下次调用时自动续期。</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>The login (OC&apos;s refresh token) ends {day}.</source>
        <translation>登录（OC 的刷新令牌）到期日 {day}。</translation>
    </message>
    <message>
        <source>Login expired: log in again from Account</source>
        <translation>登录已过期：请在“账户”中重新登录</translation>
    </message>
    <message>
        <source>Login expires today: log in again from Account</source>
        <translation>登录今天到期：请在“账户”中重新登录</translation>
    </message>
    <message>
        <source>Login expires tomorrow: log in again from Account</source>
        <translation>登录明天到期：请在“账户”中重新登录</translation>
    </message>
    <message>
        <source>Login expires in {days} days: log in again from Account</source>
        <translation>登录 {days} 天后到期：请在“账户”中重新登录</translation>
    </message>
</context>
<context>
    <name>StockLevelsPage</name>
    <message>
        <source>Optional: only these SKUs (OC SKU IDs), one per line</source>
        <translation>可选：只看这些 SKU（OC SKU ID），每行一个</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Fetched page {page}...</source>
        <translation>已获取第 {page} 页...</translation>
    </message>
</context>
<context>
    <name>StockPages</name>
    <message>
        <source>Stock snapshot</source>
        <translation>库存快照</translation>
    </message>
    <message>
        <source>Stock by status in every warehouse, with totals</source>
        <translation>各仓库按状态的库存及合计</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <source>Stock in and out over any range of the last 12 months, with a chart</source>
        <translation>最近 12 个月任意范围内的出入库，附图表</translation>
    </message>
    <message>
        <source>Stock age</source>
        <translation>库龄</translation>
    </message>
    <message>
        <source>How long stock has been stored; older than 180 days highlighted</source>
        <translation>库存存放时长；超过 180 天突出显示</translation>
    </message>
</context>
<context>
    <name>StockText</name>
    <message>
        <source>Charged</source>
        <translation>收费时间</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>单据类型</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用项</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>OC SKU ID</source>
        <translation>OC SKU ID</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Received, not put away</source>
        <translation>已收货，未上架</translation>
    </message>
    <message>
        <source>Reserved for orders</source>
        <translation>为订单预留</translation>
    </message>
    <message>
        <source>Reserved, on hold</source>
        <translation>预留，暂扣</translation>
    </message>
    <message>
        <source>Reserved for VAS</source>
        <translation>为增值服务预留</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>不可售</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation>卖家 SKU</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Quantity +/-</source>
        <translation>数量 +/-</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>变动后结余</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Shipped to a customer</source>
        <translation>发货给客户</translation>
    </message>
    <message>
        <source>Inbound received</source>
        <translation>入库收货</translation>
    </message>
    <message>
        <source>Stock adjustment</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Return restocked</source>
        <translation>退货重新上架</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>履约</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Remote area surcharge</source>
        <translation>偏远地区附加费</translation>
    </message>
    <message>
        <source>Congestion surcharge</source>
        <translation>拥堵附加费</translation>
    </message>
    <message>
        <source>Bulky item surcharge</source>
        <translation>大件附加费</translation>
    </message>
    <message>
        <source>Peak season surcharge</source>
        <translation>旺季附加费</translation>
    </message>
    <message>
        <source>Home delivery surcharge</source>
        <translation>送货上门附加费</translation>
    </message>
    <message>
        <source>Inbound handling</source>
        <translation>入库操作费</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>仓储费</translation>
    </message>
    <message>
        <source>Return handling</source>
        <translation>退货处理费</translation>
    </message>
    <message>
        <source>Value-added service</source>
        <translation>增值服务</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>VAS</source>
        <translation>增值服务</translation>
    </message>
</context>
<context>
    <name>TableFiles</name>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;Excel workbook (*.xlsx);;CSV (*.csv *.txt)</source>
        <translation>表格 (*.csv *.xlsx *.txt);;Excel 工作簿 (*.xlsx);;CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV，适用于 Excel 的 UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>TEST LABEL</source>
        <translation>测试标签</translation>
    </message>
    <message>
        <source>The frame must be whole</source>
        <translation>边框必须完整</translation>
    </message>
</context>
<context>
    <name>ThirdPartyLabelPage</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>你的订单号</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>销售平台</translation>
    </message>
    <message>
        <source>Recipient (for display)</source>
        <translation>收件人（仅显示）</translation>
    </message>
    <message>
        <source>Country (for display)</source>
        <translation>国家（仅显示）</translation>
    </message>
    <message>
        <source>Note for the warehouse</source>
        <translation>给仓库的备注</translation>
    </message>
    <message>
        <source>Your carrier label</source>
        <translation>你的承运商面单</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>e.g. UPS</source>
        <translation>例如 UPS</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>跟踪号</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>选择 PDF…</translation>
    </message>
    <message>
        <source>Label PDF</source>
        <translation>面单 PDF</translation>
    </message>
    <message>
        <source>The label your carrier issued, as a PDF of at most 5 MB</source>
        <translation>承运商出具的面单，PDF 格式，不超过 5 MB</translation>
    </message>
    <message>
        <source>Create third-party-label order</source>
        <translation>创建第三方面单订单</translation>
    </message>
    <message>
        <source>Carrier label</source>
        <translation>承运商面单</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>choose the label PDF</source>
        <translation>请选择面单 PDF</translation>
    </message>
    <message>
        <source>add a product line</source>
        <translation>请添加一行商品</translation>
    </message>
</context>
<context>
    <name>TokenHealth</name>
    <message>
        <source>Login health</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Login valid until</source>
        <translation>登录有效期至</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>{0}: the login could not be renewed ({1}). Log in again.</source>
        <translation>{0}：无法续期登录（{1}）。请重新登录。</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>expires in {0}</source>
        <translation>{0} 后到期</translation>
    </message>
    <message>
        <source>renewed automatically at the next call</source>
        <translation>下次调用时自动续期</translation>
    </message>
    <message>
        <source>expired: log in again</source>
        <translation>已过期：请重新登录</translation>
    </message>
    <message>
        <source>unknown (log in again to know)</source>
        <translation>未知（重新登录后可知）</translation>
    </message>
    <message>
        <source>{0} — only {1} days left: log in again to renew it</source>
        <translation>{0} — 仅剩 {1} 天：请重新登录以续期</translation>
    </message>
</context>
<context>
    <name>TrackingButtons</name>
    <message>
        <source>Track at {carrier} ↗</source>
        <translation>在 {carrier} 查询物流 ↗</translation>
    </message>
    <message>
        <source>Open {url}</source>
        <translation>打开 {url}</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>复制 {number}</translation>
    </message>
    <message>
        <source>Copy the tracking number</source>
        <translation>复制跟踪号</translation>
    </message>
</context>
<context>
    <name>TrackingDialog</name>
    <message>
        <source>Update return tracking of {number}</source>
        <translation>更新 {number} 的退货跟踪号</translation>
    </message>
    <message>
        <source>e.g. DHL</source>
        <translation>例如 DHL</translation>
    </message>
    <message>
        <source>Update tracking</source>
        <translation>更新跟踪号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>跟踪号</translation>
    </message>
    <message>
        <source>Return &lt;b&gt;{number}&lt;/b&gt;, status at OC right now: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>退货 &lt;b&gt;{number}&lt;/b&gt;，OC 当前状态：&lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Both the carrier and the tracking number are needed.</source>
        <translation>承运商和跟踪号都必须填写。</translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <source>Upload tracking</source>
        <translation>上传跟踪号</translation>
    </message>
    <message>
        <source>For express inbound orders: the courier tracking number of each carton, so the warehouse can follow them. Paste the lines from a spreadsheet.</source>
        <translation>适用于快递入库单：每个箱子的快递跟踪号，方便仓库跟踪。从电子表格粘贴各行。</translation>
    </message>
    <message>
        <source>Empty: your own inbound number</source>
        <translation>留空：使用你自己的入库单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>跟踪号</translation>
    </message>
    <message>
        <source>Carton</source>
        <translation>箱子</translation>
    </message>
    <message>
        <source>Inbound number</source>
        <translation>入库单号</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>OC asks for your own inbound number here</source>
        <translation>OC 在这里要求填写你自己的入库单号</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Tracking numbers for {number}</source>
        <translation>{number} 的跟踪号</translation>
    </message>
    <message>
        <source>Uploading tracking numbers…</source>
        <translation>正在上传跟踪号…</translation>
    </message>
    <message>
        <source>{count} tracking numbers uploaded for {number}.</source>
        <translation>已为 {number} 上传 {count} 个跟踪号。</translation>
    </message>
</context>
<context>
    <name>VasCreatePage</name>
    <message>
        <source>Create VAS order</source>
        <translation>创建增值服务单</translation>
    </message>
    <message>
        <source>Ask the warehouse for work on stock it holds: relabel, repack, kit, inspect or photograph. Attach new labels for a relabel.</source>
        <translation>请仓库对其存放的库存进行作业：换标、重新包装、组套、质检或拍照。换标时请附上新标签。</translation>
    </message>
    <message>
        <source>OC SKU ID</source>
        <translation>OC SKU ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>What the warehouse should do</source>
        <translation>仓库要做的作业</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Your VAS number</source>
        <translation>你的增值服务单号</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Files for the warehouse</source>
        <translation>给仓库的文件</translation>
    </message>
    <message>
        <source>New VAS order {number}</source>
        <translation>新增值服务单 {number}</translation>
    </message>
    <message>
        <source>Creating the VAS order…</source>
        <translation>正在创建增值服务单…</translation>
    </message>
    <message>
        <source>VAS order {number} created for {seller}; it is on the VAS orders page.</source>
        <translation>已为 {seller} 创建增值服务单 {number}；它在“增值服务单”页面上。</translation>
    </message>
</context>
<context>
    <name>VasOrdersPage</name>
    <message>
        <source>VAS orders</source>
        <translation>增值服务单</translation>
    </message>
    <message>
        <source>OC has no VAS order list: these are the orders found in your fees of the last 60 days, those created here, and any numbers you type.</source>
        <translation>OC 没有增值服务单列表：这里显示最近 60 天费用中找到的订单、在这里创建的订单，以及你输入的单号。</translation>
    </message>
    <message>
        <source>VAS numbers (OCV…) or your own, separated by spaces</source>
        <translation>增值服务单号（OCV…）或你自己的，用空格分隔</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Cancel VAS order…</source>
        <translation>取消增值服务单…</translation>
    </message>
    <message>
        <source>Finding your VAS orders…</source>
        <translation>正在查找你的增值服务单…</translation>
    </message>
    <message>
        <source>Reading VAS orders…</source>
        <translation>正在读取增值服务单…</translation>
    </message>
    <message>
        <source>{count} VAS orders.</source>
        <translation>{count} 个增值服务单。</translation>
    </message>
    <message>
        <source>Reading {number}…</source>
        <translation>正在读取 {number}…</translation>
    </message>
    <message>
        <source>Checking the current status of {number}…</source>
        <translation>正在检查 {number} 的当前状态…</translation>
    </message>
    <message>
        <source>{number} is no longer known at OC; nothing was sent.</source>
        <translation>OC 已不再有 {number}；未发送任何内容。</translation>
    </message>
    <message>
        <source>{number} cannot be cancelled: it is {status}. OC cancels a VAS order only before the warehouse starts on it. Nothing was sent.</source>
        <translation>{number} 无法取消：它的状态是 {status}。OC 只在仓库开始作业前取消增值服务单。未发送任何内容。</translation>
    </message>
    <message>
        <source>Cancelling {number}…</source>
        <translation>正在取消 {number}…</translation>
    </message>
    <message>
        <source>VAS order {number} was cancelled.</source>
        <translation>增值服务单 {number} 已取消。</translation>
    </message>
</context>
<context>
    <name>VasPages</name>
    <message>
        <source>VAS number</source>
        <translation>增值服务单号</translation>
    </message>
    <message>
        <source>VAS orders</source>
        <translation>增值服务单</translation>
    </message>
    <message>
        <source>Relabelling, repacking and other warehouse work you ordered</source>
        <translation>你下单的换标、重新包装等仓库作业</translation>
    </message>
    <message>
        <source>Create VAS order</source>
        <translation>创建增值服务单</translation>
    </message>
    <message>
        <source>Order relabelling, repacking, kitting, inspection or photos</source>
        <translation>下单换标、重新包装、组套、质检或拍照</translation>
    </message>
    <message>
        <source>Read {count} VAS orders</source>
        <translation>已读取 {count} 个增值服务单</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>你的单号</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>VAS order</source>
        <translation>增值服务单</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用项</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>WarehousePages</name>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Regions and their shipping services, in your language</source>
        <translation>仓库区域及其物流服务，以你的语言显示</translation>
    </message>
</context>
<context>
    <name>WebhookTab</name>
    <message>
        <source>Start receiver</source>
        <translation>启动接收器</translation>
    </message>
    <message>
        <source>Receiver stopped.</source>
        <translation>接收器已停止。</translation>
    </message>
    <message>
        <source>Send a test callback</source>
        <translation>发送测试回调</translation>
    </message>
    <message>
        <source>Have the sandbox send callbacks here</source>
        <translation>让沙箱把回调发到这里</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>标为已处理</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Refresh inbox</source>
        <translation>刷新收件箱</translation>
    </message>
    <message>
        <source>0 picks a free port</source>
        <translation>0 表示自动选择空闲端口</translation>
    </message>
    <message>
        <source>Accept connections from other computers</source>
        <translation>接受来自其他电脑的连接</translation>
    </message>
    <message>
        <source>Other computers on the network can then post to your inbox. Prefer 127.0.0.1 behind a reverse proxy or tunnel.</source>
        <translation>这样网络上的其他电脑就能向你的收件箱发送消息。建议在反向代理或隧道后面使用 127.0.0.1。</translation>
    </message>
    <message>
        <source>Check OC&apos;s signature</source>
        <translation>校验 OC 的签名</translation>
    </message>
    <message>
        <source>Callbacks must be signed with this profile&apos;s client id and secret, the keys OC signs with; others are refused.</source>
        <translation>回调必须用此配置的 client id 和密钥（OC 签名所用的密钥）签名；其他的会被拒绝。</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收器</translation>
    </message>
    <message>
        <source>Advanced set-up</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>Largest callback</source>
        <translation>最大回调</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order status callbacks&lt;/b&gt;&lt;br&gt;OrangeConnex can tell this computer each time an outbound order changes status (picked, packed, shipped…), with its tracking numbers and fees. Each message is checked, kept here, then confirmed to OC.&lt;br&gt;&lt;br&gt;&lt;b&gt;Nothing is lost without them&lt;/b&gt;: ocdesk also asks OC for your orders (Outbound tab); callbacks only make news arrive sooner. Receiving them from OC needs a one-time set-up by your IT (Advanced set-up).</source>
        <translation>&lt;b&gt;订单状态回调&lt;/b&gt;&lt;br&gt;每当出库单状态变化（已拣货、已打包、已发货…）时，橙联可以通知这台电脑，并附上跟踪号和费用。每条消息都会经过校验、保存在这里，然后向 OC 确认。&lt;br&gt;&lt;br&gt;&lt;b&gt;没有回调也不会丢失任何内容&lt;/b&gt;：ocdesk 也会向 OC 查询你的订单（“出库”标签页）；回调只是让消息更早到达。从 OC 接收回调需要你的 IT 做一次性设置（高级设置）。</translation>
    </message>
    <message>
        <source>To receive callbacks from OC, keep the receiver on 127.0.0.1 with the signature check on, and put a reverse proxy (such as nginx) or a tunnel in front: it terminates HTTPS and forwards only the path /oc/webhook/outbound to 127.0.0.1:PORT. Give OC that public HTTPS address.</source>
        <translation>要从 OC 接收回调，请让接收器保持在 127.0.0.1 并开启签名校验，在前面放一个反向代理（如 nginx）或隧道：由它处理 HTTPS，并只把路径 /oc/webhook/outbound 转发到 127.0.0.1:PORT。把这个公网 HTTPS 地址告诉 OC。</translation>
    </message>
    <message>
        <source>Listening on {host} would let other computers reach the receiver: tick “Accept connections from other computers” first, or keep 127.0.0.1.</source>
        <translation>监听 {host} 会让其他电脑能访问接收器：请先勾选“接受来自其他电脑的连接”，或保持 127.0.0.1。</translation>
    </message>
    <message>
        <source>Log in first: the signature check uses the profile&apos;s keys.</source>
        <translation>请先登录：签名校验使用配置的密钥。</translation>
    </message>
    <message>
        <source>Starting the receiver…</source>
        <translation>正在启动接收器…</translation>
    </message>
    <message>
        <source>Listening on {url}</source>
        <translation>正在监听 {url}</translation>
    </message>
    <message>
        <source>Sending a test callback…</source>
        <translation>正在发送测试回调…</translation>
    </message>
    <message>
        <source>Test callback accepted: it is in the inbox.</source>
        <translation>测试回调已接收：已在收件箱中。</translation>
    </message>
    <message>
        <source>The receiver refused the test callback (HTTP {status}): {message}</source>
        <translation>接收器拒绝了测试回调（HTTP {status}）：{message}</translation>
    </message>
    <message>
        <source>Start the receiver first.</source>
        <translation>请先启动接收器。</translation>
    </message>
    <message>
        <source>Listening on {url}. The sandbox now sends its outbound status changes here.</source>
        <translation>正在监听 {url}。沙箱现在会把出库状态变化发到这里。</translation>
    </message>
    <message>
        <source>Linking the sandbox…</source>
        <translation>正在连接沙箱…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Callbacks received&lt;/b&gt;: none yet</source>
        <translation>&lt;b&gt;已收到的回调&lt;/b&gt;：暂无</translation>
    </message>
    <message>
        <source>&lt;b&gt;Callbacks received&lt;/b&gt;: {n}, {open} not handled yet</source>
        <translation>&lt;b&gt;已收到的回调&lt;/b&gt;：{n} 条，{open} 条尚未处理</translation>
    </message>
    <message>
        <source>(the table lists {shown} of them, unhandled first, newest first; the other {rest} stay in the inbox)</source>
        <translation>（表中列出其中 {shown} 条，未处理的在前，最新的在前；其余 {rest} 条留在收件箱中）</translation>
    </message>
    <message>
        <source>Stop receiver</source>
        <translation>停止接收器</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>事件时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>{printer}, {preset}: {message}</source>
        <translation>{printer}，{preset}：{message}</translation>
    </message>
    <message>
        <source>{printer}, {preset}, via {via}: {message}</source>
        <translation>{printer}，{preset}，经由 {via}：{message}</translation>
    </message>
    <message>
        <source>printed without the reprint check (shared database away)</source>
        <translation>未经重打检查即打印（共享数据库不可用）</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>files: {files}</source>
        <translation>文件：{files}</translation>
    </message>
    <message>
        <source>return {number}</source>
        <translation>退货 {number}</translation>
    </message>
    <message>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
</context>
</TS>
