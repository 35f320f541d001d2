<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutTexts</name>
    <message>
        <location filename="../../desk/ui/about.py" line="20"/>
        <source>A case manager for cross-border resellers: orders, supplier disputes, refunds, evidence, deposits and member accounts, until the money is back.</source>
        <translation>面向跨境转售商的案件管理工具：管理订单、供应商纠纷、退款、证据、保证金和代购会员账户，直至款项追回。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="23"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="24"/>
        <source>Font: {0}</source>
        <translation>字体：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="39"/>
        <source>About Desk</source>
        <translation>关于 Desk</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="50"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="47"/>
        <source>Choose an account to see its balance.</source>
        <translation>选择一个账户即可查看其余额。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="59"/>
        <source>May be withdrawn, less the transfer fee: up to {0} to a credit card, up to {1} by Western Union or MoneyGram.</source>
        <translation>可提现，需扣除转账手续费：提现到信用卡最多 {0}，通过 Western Union 或 MoneyGram 最多 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="63"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="64"/>
        <source>{0} · balance {1}</source>
        <translation>{0} · 余额 {1}</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="97"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="97"/>
        <source>Choose an account first.</source>
        <translation>请先选择一个账户。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="109"/>
        <source>Mark a withdrawal</source>
        <translation>标记提现状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="110"/>
        <source>Choose a requested withdrawal in the Ledger tab first.</source>
        <translation>请先在“账目”选项卡中选择一笔已申请的提现。</translation>
    </message>
</context>
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="133"/>
        <source>Add Evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="137"/>
        <source>Adding files to {0}</source>
        <translation>正在添加文件（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="140"/>
        <source>Looking through what was given…</source>
        <translation>正在查看所提供的内容…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="193"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0}（第 {1} 个，共 {2} 个）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="196"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="202"/>
        <source>There were no files to add (hidden files are left out).</source>
        <translation>没有可添加的文件（隐藏文件不会添加）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="204"/>
        <source>{0} added to {1}</source>
        <translation>已添加 {0} 个（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="206"/>
        <source>{0} already kept and now linked</source>
        <translation>{0} 个此前已保存并已关联</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="208"/>
        <source>{0} not added</source>
        <translation>{0} 个未添加</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="211"/>
        <source>{0} — not added: {1}</source>
        <translation>{0} — 未添加：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="215"/>
        <source>added as {0}</source>
        <translation>已添加为{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="217"/>
        <source>already kept, now linked</source>
        <translation>此前已保存，现已关联</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="219"/>
        <source>already kept as {0}, now linked</source>
        <translation>此前已保存为 {0}，现已关联</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="222"/>
        <source>{0} — warning: {1}</source>
        <translation>{0} — 警告：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_drop.py" line="232"/>
        <source>Nothing was added: %n file(s) cannot be added.</source>
        <translation>
            <numerusform>未添加任何文件：%n 个文件无法添加。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="251"/>
        <source>Nothing was added.</source>
        <translation>未添加任何文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="280"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>AddFundsDialog</name>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="149"/>
        <source>Add funds</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="152"/>
        <source>in {0}, or name another currency (200 USD)</source>
        <translation>币种 {0}，或注明其他币种（200 USD）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="153"/>
        <source>Choose how the money came in</source>
        <translation>选择资金来源渠道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="159"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="160"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="161"/>
        <source>Added on</source>
        <translation>充值日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="162"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="163"/>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="164"/>
        <source>the channel</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="135"/>
        <source>Add a Person to the Team</source>
        <translation>向团队添加人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="142"/>
        <source>An &amp;owner, who may upgrade the server and add people</source>
        <translation>所有者，可以升级服务器并添加人员(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="147"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="148"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="149"/>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="152"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="165"/>
        <source>Type the password the person will use.</source>
        <translation>请输入此人将使用的密码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="168"/>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>两次输入的密码不同：请输入两次相同的密码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="181"/>
        <source>an owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="181"/>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="182"/>
        <source>{0} may now connect to the team server, as {1}.</source>
        <translation>{0} 现在可以连接团队服务器，身份：{1}。</translation>
    </message>
</context>
<context>
    <name>AudienceChoice</name>
    <message>
        <location filename="../../desk/ui/audience_choice.py" line="12"/>
        <source>It may go into what is sent to the supplier, the platform or a payment provider.</source>
        <translation>可包含在发送给供应商、平台或支付服务商的材料中。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/audience_choice.py" line="15"/>
        <source>Never sent to the other side; our lawyer&apos;s packets and bundle show it.</source>
        <translation>绝不发送给对方；我方律师的材料包和律师材料包中会显示。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/audience_choice.py" line="18"/>
        <source>Never in any document Desk makes for anybody else, our lawyer&apos;s included.</source>
        <translation>不出现在 Desk 为他人生成的任何文件中，包括为我方律师生成的文件。</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="114"/>
        <source>Fill in {0} first.</source>
        <translation>请先填写{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="145"/>
        <source>The form now shows what is saved. Change it again if you need to.</source>
        <translation>表单现在显示已保存的内容。如有需要，请重新修改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="172"/>
        <source>Correct the date, then press OK.</source>
        <translation>请更正日期，然后按“确定”。</translation>
    </message>
</context>
<context>
    <name>CaseEvidence</name>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="53"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="54"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="55"/>
        <source>Captured</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="56"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="57"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="58"/>
        <source>Linked to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="62"/>
        <source>Expected</source>
        <translation>应备材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="63"/>
        <source>Met by</source>
        <translation>满足材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="126"/>
        <source>Drop files here or on the row, or use Add Evidence…</source>
        <translation>将文件拖放到此处或行上，或使用“添加证据…”</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="141"/>
        <source>Confirm What This Shows…</source>
        <translation>确认文件内容…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="142"/>
        <source>Say which item of the checklist the chosen file shows</source>
        <translation>说明所选文件对应材料清单中的哪一项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="151"/>
        <location filename="../../desk/ui/case_evidence.py" line="231"/>
        <location filename="../../desk/ui/case_evidence.py" line="249"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="230"/>
        <source>Choose a row to see its evidence.</source>
        <translation>选择一行即可查看其证据。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="243"/>
        <source>Expected for a {0} dispute</source>
        <translation>{0}类纠纷应备的证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="249"/>
        <source>Files ({0})</source>
        <translation>文件（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="253"/>
        <source>Missing: {0}</source>
        <translation>缺少：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="255"/>
        <source>— confirm what the files offered under the checklist show.</source>
        <translation>——请确认材料清单下列出的候选文件所示内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="258"/>
        <source>Everything required for this dispute is here.</source>
        <translation>此纠纷所需的材料已齐全。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="260"/>
        <source>No evidence yet.</source>
        <translation>尚无证据。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/case_evidence.py" line="262"/>
        <source>%n file(s) support this case.</source>
        <translation>
            <numerusform>%n 个文件支持此案件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="271"/>
        <source>this case</source>
        <translation>本案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="277"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="299"/>
        <source>{0} (recommended)</source>
        <translation>{0}（建议）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="301"/>
        <source>Met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="51"/>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="305"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="308"/>
        <source>Why: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="327"/>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="327"/>
        <source>{0} might show this</source>
        <translation>{0} 可能符合此项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="329"/>
        <source>Not counted until you confirm what it shows: double-click, or Confirm What This Shows…</source>
        <translation>确认其所示内容之前不计入：双击，或使用“确认文件内容…”</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="93"/>
        <source>dispute {0} · {1}</source>
        <translation>纠纷 {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="97"/>
        <source>refund {0}</source>
        <translation>退款 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="102"/>
        <source>{0} (exhibit {1})</source>
        <translation>{0}（证据附件 {1}）</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="75"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="85"/>
        <source>Stopped: nothing was checked to the end, and nothing was changed.</source>
        <translation>已停止：未完成任何检查，也未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="88"/>
        <source>Could not check: {0}</source>
        <translation>无法检查：{0}</translation>
    </message>
</context>
<context>
    <name>ChoiceRows</name>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="38"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="40"/>
        <source>Paid to or refunded by</source>
        <translation>收款方或退款方</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="41"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="42"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="120"/>
        <source>PayPal transaction {0}</source>
        <translation>PayPal 交易 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="146"/>
        <location filename="../../desk/ui/payments_choice.py" line="176"/>
        <source>Leave it for now</source>
        <translation>暂不处理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="147"/>
        <source>Choose one of {0} orders</source>
        <translation>从 {0} 个订单中选择一个</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="155"/>
        <source>Type or choose an order in {0}</source>
        <translation>输入或选择一个 {0} 订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="242"/>
        <source>No order {0} in {1}: choose one from the list, or leave it for now</source>
        <translation>没有 {1} 订单 {0}：请从列表中选择，或暂不处理</translation>
    </message>
</context>
<context>
    <name>CloseWithdrawalDialog</name>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="184"/>
        <source>Mark a withdrawal</source>
        <translation>标记提现结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="190"/>
        <source>no ledger entry {0}</source>
        <translation>没有账目记录 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="194"/>
        <source>Choose how it ended</source>
        <translation>选择结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="195"/>
        <source>Done: the money was sent</source>
        <translation>已完成：款项已汇出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="196"/>
        <source>Refused by the agent: its fee comes back</source>
        <translation>代购拒绝：手续费退回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="197"/>
        <source>Cancelled: its fee comes back</source>
        <translation>已取消：手续费退回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="200"/>
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="201"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="202"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="203"/>
        <source>how it ended</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ColumnChoice</name>
    <message>
        <location filename="../../desk/ui/column_choice.py" line="30"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>ConfirmShowsDialog</name>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="36"/>
        <source>Confirm what a file shows</source>
        <translation>确认文件所示内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="40"/>
        <source>The checklist counts a file only once you confirm what it shows: open the file and look before you say so.</source>
        <translation>只有在您确认文件所示内容后，材料清单才会计入该文件：请先打开文件查看，再作确认。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="46"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="49"/>
        <source>Choose what it shows</source>
        <translation>选择所示内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="53"/>
        <source>None of these</source>
        <translation>以上都不是</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="59"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="60"/>
        <source>It shows</source>
        <translation>所示内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="61"/>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="62"/>
        <source>what it shows</source>
        <translation>所示内容</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="37"/>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="39"/>
        <source>Choose the value to keep for each field.</source>
        <translation>请为每个字段选择要保留的值。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="42"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="42"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="42"/>
        <source>Saved by {0}</source>
        <translation>{0} 保存的</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="64"/>
        <source>&amp;Reload Saved Values</source>
        <translation>重新载入已保存的值(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="65"/>
        <source>&amp;Overwrite with Mine</source>
        <translation>用我的覆盖(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="66"/>
        <source>&amp;Save as Chosen</source>
        <translation>按所选保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="34"/>
        <source>Move This Folder to a Team Server</source>
        <translation>将此文件夹迁移到团队服务器</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="36"/>
        <source>Connect to Team Server</source>
        <translation>连接到团队服务器</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="36"/>
        <source>Set Up a Team Server</source>
        <translation>设置团队服务器</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="47"/>
        <source>Every record, the audit log and the evidence files of this folder are copied into the server, which must be set up and empty. The folder itself is left as it was.</source>
        <translation>此文件夹的所有记录、审计日志和证据文件都会复制到服务器；服务器须已设置且为空。文件夹本身保持不变。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="52"/>
        <source>The server&apos;s address names an empty database and your login, which may create roles. Desk makes its tables there and you become the team&apos;s owner. Your password is kept in this computer&apos;s keyring.</source>
        <translation>服务器地址指明一个空数据库和您的登录名（该登录名须能创建角色）。Desk 会在其中创建表，您将成为团队所有者。您的密码保存在这台电脑的密钥环中。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="57"/>
        <source>The team&apos;s owner gives you the server&apos;s address and your login. Your password is kept in this computer&apos;s keyring, not in Desk&apos;s files.</source>
        <translation>服务器地址和您的登录名由团队所有者提供。您的密码保存在这台电脑的密钥环中，而不在 Desk 的文件里。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="66"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="69"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="69"/>
        <source>&amp;Set Up</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="69"/>
        <source>&amp;Move</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="84"/>
        <source>Type the server&apos;s address the team&apos;s owner gave you.</source>
        <translation>请输入团队所有者给您的服务器地址。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="100"/>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
</context>
<context>
    <name>CostReturnDialog</name>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="146"/>
        <source>Cost returned to the account</source>
        <translation>退回账户的费用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="156"/>
        <source>Choose why it came back</source>
        <translation>选择退回原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="158"/>
        <source>In {0} unless you name another currency (200 USD)</source>
        <translation>除非注明其他货币（如 200 USD），否则以 {0} 计</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="161"/>
        <source>No claim</source>
        <translation>无索赔</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="163"/>
        <source>Dispute {0} · {1} · {2}</source>
        <translation>纠纷 {0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="166"/>
        <source>Name the order, the claim that settled it, or both.</source>
        <translation>请注明订单、了结此事的索赔，或两者都注明。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="168"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="169"/>
        <source>Amount returned</source>
        <translation>退回金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="170"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="171"/>
        <source>Claim</source>
        <translation>索赔</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="173"/>
        <source>Returned on</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="174"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="175"/>
        <source>why it came back</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="176"/>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="183"/>
        <source>the order or the claim</source>
        <translation>订单或索赔</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="104"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="108"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="109"/>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="110"/>
        <source>Money in flight</source>
        <translation>在途款项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="111"/>
        <source>Recovered</source>
        <translation>已追回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="112"/>
        <source>Lost</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="113"/>
        <source>Open disputes</source>
        <translation>进行中的纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="114"/>
        <source>Refunds to follow up</source>
        <translation>待跟进的退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="115"/>
        <source>Deposits held by marketplaces</source>
        <translation>平台扣留的保证金</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="116"/>
        <source>Member-account balances</source>
        <translation>代购会员账户余额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="120"/>
        <source>Double-click or press Enter to open</source>
        <translation>双击或按 Enter 打开</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="164"/>
        <source>Needs attention</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="165"/>
        <source>No disputes yet. A dispute is opened on one line of an order: on the Orders page.</source>
        <translation>尚无纠纷。纠纷针对订单中的某一订单行发起：请在“订单”页面操作。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="167"/>
        <source>Latest disputes</source>
        <translation>最新纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="204"/>
        <source>Desk could not compute the figures: {0}</source>
        <translation>Desk 无法计算这些数字：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="215"/>
        <source>Nothing overdue</source>
        <translation>没有逾期事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="220"/>
        <source>Nothing due in the next 7 days</source>
        <translation>未来 7 天内没有到期事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="226"/>
        <source>claimed or agreed, not yet arrived</source>
        <translation>已索赔或已达成一致，尚未到账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="237"/>
        <source>{0} late or overdue, {1} short</source>
        <translation>{0} 笔延迟或逾期，{1} 笔金额不足</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="240"/>
        <source>Open applications: {0}</source>
        <translation>进行中的申请：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="256"/>
        <source>add a rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="256"/>
        <source>add {0}</source>
        <translation>添加 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="258"/>
        <source>no rate for {0}: {1}</source>
        <translation>{0} 缺少汇率：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="289"/>
        <source>Showing overdue only</source>
        <translation>仅显示已逾期事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="289"/>
        <source>Showing what is due this week only</source>
        <translation>仅显示本周到期事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="293"/>
        <source>{0} · &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</source>
        <translation>{0} · &lt;a href=&quot;all&quot;&gt;显示全部&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="303"/>
        <source>Nothing is overdue.</source>
        <translation>没有逾期事项。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="305"/>
        <source>Nothing is due in the next 7 days.</source>
        <translation>未来 7 天内没有到期事项。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="306"/>
        <source>Nothing needs attention. Deadlines appear here once you open disputes or expect refunds.</source>
        <translation>没有需要处理的事项。发起纠纷或等待退款后，相关期限会显示在这里。</translation>
    </message>
</context>
<context>
    <name>DateQuestion</name>
    <message>
        <location filename="../../desk/ui/date_question.py" line="22"/>
        <source>The date {0} is before {1}. Keep it?</source>
        <translation>日期 {0} 早于 {1}。是否保留？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/date_question.py" line="24"/>
        <source>The date {0} is more than a year ahead. Keep it?</source>
        <translation>日期 {0} 在一年以后。是否保留？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/date_question.py" line="26"/>
        <source>The dates {0} and {1} are before {2} or more than a year ahead. Keep them?</source>
        <translation>日期 {0} 和 {1} 早于 {2} 或在一年以后。是否保留？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/date_question.py" line="34"/>
        <source>Check the date</source>
        <translation>请核对日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/date_question.py" line="39"/>
        <source>Desk takes dates from {0} to {1} without asking: a date outside them is most often a typing mistake.</source>
        <translation>Desk 直接接受 {0} 至 {1} 之间的日期，不作询问：超出此范围的日期多半是输入错误。</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../../desk/ui/deadline_model.py" line="22"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deadline_model.py" line="23"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deadline_model.py" line="24"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deadline_model.py" line="25"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deadline_model.py" line="26"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>DepositEventDialog</name>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="39"/>
        <source>Rejected by the platform</source>
        <translation>平台已驳回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="40"/>
        <source>Approved by the platform</source>
        <translation>平台已批准</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="41"/>
        <source>Paid: the deposit arrived</source>
        <translation>已支付：保证金已到账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="42"/>
        <source>Closed: given up, or followed up to the end</source>
        <translation>已关闭：已放弃或已跟进到底</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="112"/>
        <source>Record what the platform decided</source>
        <translation>记录平台的决定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="125"/>
        <source>Choose what happened</source>
        <translation>选择发生的情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="127"/>
        <source>In {0} unless you name another currency (1380 USD)</source>
        <translation>除非注明其他货币（如 1380 USD），否则以 {0} 计</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="130"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="131"/>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="132"/>
        <source>What happened</source>
        <translation>发生的情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="133"/>
        <source>Amount that arrived</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="136"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="138"/>
        <source>what happened</source>
        <translation>发生的情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="139"/>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="142"/>
        <source>the platform&apos;s reason</source>
        <translation>平台给出的理由</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="154"/>
        <source>The platform&apos;s reason</source>
        <translation>平台给出的理由</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="154"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DepositPacketDialog</name>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="55"/>
        <source>Deposit {0} · {1}</source>
        <translation>保证金 {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="59"/>
        <source>Deposit Packet — {0}</source>
        <translation>保证金材料包 — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="67"/>
        <source>For the platform: the application&apos;s prerequisites and its documents as exhibits.</source>
        <translation>提交平台用：申请的前提条件，以及作为证据附件的各项材料。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="72"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="79"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="89"/>
        <source>Make Packet</source>
        <translation>生成材料包</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="91"/>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="164"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="114"/>
        <source>Save the deposit packet</source>
        <translation>保存保证金材料包</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="114"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="134"/>
        <source>Making {0}…</source>
        <translation>正在生成 {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="136"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="145"/>
        <source>{0} page(s)</source>
        <translation>
            <numerusform>{0} 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="146"/>
        <source>{0} document(s)</source>
        <translation>
            <numerusform>{0} 份材料</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="151"/>
        <source>Made: {0}, in {1}</source>
        <translation>已生成：{0}，位于 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="156"/>
        <source>Cancelled: no packet was written.</source>
        <translation>已取消：未写入材料包。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="159"/>
        <source>No packet was made: {0}</source>
        <translation>未生成材料包：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="169"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>DepositPanel</name>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="62"/>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="63"/>
        <location filename="../../desk/ui/deposit_panel.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="64"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="67"/>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="69"/>
        <source>Met by</source>
        <translation>对应文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="72"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="73"/>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="74"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="78"/>
        <source>checked against the store&apos;s orders in Desk</source>
        <translation>已根据 Desk 中该店铺的订单核对</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="79"/>
        <source>checked against its disputes in Desk</source>
        <translation>已根据 Desk 中其纠纷记录核对</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="158"/>
        <location filename="../../desk/ui/deposit_panel.py" line="356"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="189"/>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="192"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="193"/>
        <source>Drop files on a document to add them as its evidence</source>
        <translation>将文件拖放到某项材料上，即可将其添加为该项的证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="202"/>
        <source>Review and history</source>
        <translation>审核与历史</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="283"/>
        <source>Desk could not change the prerequisite</source>
        <translation>Desk 无法更改该前提条件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="297"/>
        <source>The application was not submitted</source>
        <translation>申请未提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="332"/>
        <source>Choose an application to see its requirements and review.</source>
        <translation>请选择一项申请，以查看其要求和审核情况。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="340"/>
        <source>{0} on {1} — deposit {2} — {3}</source>
        <translation>{0}（{1}）— 保证金 {2} — {3}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="356"/>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="367"/>
        <source>In review since {0}: a decision is expected {1} to {2} ({3}).</source>
        <translation>自 {0} 起审核中：预计于 {1} 至 {2} 作出决定（{3}）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="372"/>
        <source>The window has passed: ask the platform.</source>
        <translation>已超过预计期限：请询问平台。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="376"/>
        <source>{0} of {1} requirements not met yet: {2}.</source>
        <translation>{1} 项要求中尚有 {0} 项未满足：{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="381"/>
        <source>Everything required is met: ready to submit.</source>
        <translation>所有要求均已满足：可以提交。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="389"/>
        <location filename="../../desk/ui/deposit_panel.py" line="411"/>
        <source>Met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="389"/>
        <source>Not met</source>
        <translation>未满足</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="395"/>
        <source>Tick once it is true; untick to take it back.</source>
        <translation>条件满足后勾选；取消勾选即撤回。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="400"/>
        <source>Not tickable: {0}.</source>
        <translation>不可勾选：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="401"/>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="410"/>
        <source>{0} (recommended)</source>
        <translation>{0}（建议）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="411"/>
        <source>MISSING</source>
        <translation>缺失（必需）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="411"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="412"/>
        <source>drop a file here</source>
        <translation>将文件拖放到此处</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="418"/>
        <source>{0} (evidence {1})</source>
        <translation>{0}（证据 {1}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="419"/>
        <source>No file yet: drop one on this row.</source>
        <translation>尚无文件：请将文件拖放到此行。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="438"/>
        <source>Application created</source>
        <translation>已创建申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="438"/>
        <source>deposit {0}</source>
        <translation>保证金 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="440"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="440"/>
        <source>Resubmitted ({0})</source>
        <translation>重新提交（第 {0} 次）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="443"/>
        <source>review window {0} to {1} ({2})</source>
        <translation>审核期 {0} 至 {1}（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="452"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="457"/>
        <source>Paid</source>
        <translation>已打款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="457"/>
        <source>{0} arrived</source>
        <translation>{0} 已到账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="460"/>
        <source>difference {0}</source>
        <translation>差额 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="461"/>
        <source>likely cause: {0}</source>
        <translation>可能原因：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="462"/>
        <source>Arrival: {0} — follow up</source>
        <translation>到账：{0} — 需跟进</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="466"/>
        <source>Arrival checked</source>
        <translation>到账已核对</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="469"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DepositPanelTexts</name>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="477"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
</context>
<context>
    <name>DisputeOutcome</name>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="404"/>
        <source>The dispute stays {0}</source>
        <translation>纠纷仍为“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="406"/>
        <source>The dispute moves to {0}</source>
        <translation>纠纷转为“{0}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/dispute_dialogs.py" line="413"/>
        <source>{0} stops being tracked</source>
        <translation>
            <numerusform>不再跟踪{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/dispute_dialogs.py" line="416"/>
        <source>{0} is tracked from now on</source>
        <translation>
            <numerusform>自此开始跟踪{0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="422"/>
        <source>Opens a dispute on line {0} ({1}) claiming {2}</source>
        <translation>就第 {0} 行（{1}）发起纠纷，索赔 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="425"/>
        <source>the seller has until {0} to answer</source>
        <translation>卖家须在 {0} 前答复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="427"/>
        <source>without an answer, escalate to the platform from {0}</source>
        <translation>如无答复，可自 {0} 起升级至平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="430"/>
        <source>buyer protection ends {0}</source>
        <translation>买家保护于 {0} 结束</translation>
    </message>
</context>
<context>
    <name>EditDisputeDialog</name>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="31"/>
        <source>Edit dispute</source>
        <translation>编辑纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="44"/>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="45"/>
        <source>Return the goods and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="48"/>
        <source>e.g. 12.50, in {0}</source>
        <translation>例如 12.50，币种 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="49"/>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="86"/>
        <source>At most {0}: what can still be refunded for the line</source>
        <translation>最多 {0}：该订单行仍可退款的金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="53"/>
        <source>as the platform shows it; leave empty if it gave none</source>
        <translation>按平台显示的填写；平台未提供则留空</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="55"/>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="57"/>
        <source>Wanted</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="58"/>
        <source>Amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="60"/>
        <source>Platform&apos;s case number</source>
        <translation>平台案件编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="61"/>
        <source>the amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="65"/>
        <source>Nothing has been changed yet.</source>
        <translation>尚未作任何更改。</translation>
    </message>
</context>
<context>
    <name>EditEvidenceDialog</name>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="93"/>
        <source>Edit evidence</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="107"/>
        <source>what the file shows, in a sentence</source>
        <translation>用一句话说明文件内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="110"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="111"/>
        <source>Supports:</source>
        <translation>关联案件：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="112"/>
        <source>It is:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="113"/>
        <source>It shows:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="114"/>
        <source>Who may see it:</source>
        <translation>可见范围：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="116"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="154"/>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="68"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="74"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="75"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="76"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="78"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="80"/>
        <location filename="../../desk/ui/edit_menu.py" line="170"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="82"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="85"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
</context>
<context>
    <name>EditStoreDialog</name>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="82"/>
        <source>Edit store</source>
        <translation>编辑店铺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="91"/>
        <source>two letters, e.g. CN, DE or US</source>
        <translation>两个字母，例如 CN、DE 或 US</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="98"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="99"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="100"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="101"/>
        <source>Opened on</source>
        <translation>开店日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="102"/>
        <source>Closed on</source>
        <translation>关店日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="108"/>
        <source>Nothing has been changed yet.</source>
        <translation>尚未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="112"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
</context>
<context>
    <name>EditSupplierDialog</name>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="28"/>
        <source>Edit supplier</source>
        <translation>编辑供应商</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="36"/>
        <source>the supplier&apos;s shop on the platform, e.g. https://…</source>
        <translation>供应商在平台上的店铺，如 https://…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="38"/>
        <source>a name, a chat handle, an e-mail address</source>
        <translation>姓名、聊天账号或电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="42"/>
        <source>for your staff only: never printed on what is sent to the supplier</source>
        <translation>仅供内部员工查看：绝不会打印在发给供应商的材料上</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="43"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="44"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="45"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="46"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="50"/>
        <source>Nothing has been changed yet.</source>
        <translation>尚未做任何更改。</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="202"/>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="203"/>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="204"/>
        <source>Cc:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="205"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="206"/>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="218"/>
        <source>Attachments (double-click to show one):</source>
        <translation>附件（双击可显示）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="244"/>
        <source>{0} · kept inside this e-mail&apos;s file</source>
        <translation>{0} · 保存在此电子邮件的文件中</translation>
    </message>
</context>
<context>
    <name>EncodingChoice</name>
    <message>
        <location filename="../../desk/ui/encoding_choice.py" line="28"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desk/ui/errors.py" line="38"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="85"/>
        <source>Desk ran into a bug</source>
        <translation>Desk 遇到了程序错误</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="86"/>
        <source>Something went wrong inside Desk. This is a bug in Desk, not something you did.</source>
        <translation>Desk 内部出现了问题。这是 Desk 的程序错误，并非您的操作所致。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="87"/>
        <source>What you were doing may not have been finished; what was saved before it stays saved.</source>
        <translation>您正在进行的操作可能未完成；此前已保存的内容不受影响。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="90"/>
        <source>The details are in the log, {0}. Please send that file with a word about what you were doing.</source>
        <translation>详细信息记录在日志 {0} 中。请发送该文件，并简单说明您当时在做什么。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="93"/>
        <source>Open Log Folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="96"/>
        <source>The details could not be written to a log: they are below.</source>
        <translation>无法将详细信息写入日志：详见下方。</translation>
    </message>
</context>
<context>
    <name>EvidenceDrop</name>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="78"/>
        <source>no case</source>
        <translation>无案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="314"/>
        <source>Add Evidence to {0}</source>
        <translation>添加证据到 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="314"/>
        <source>Add Evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="316"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EvidenceEdit</name>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="79"/>
        <source>no case</source>
        <translation>无案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="170"/>
        <source>Edit evidence</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="178"/>
        <source>Take evidence off a case</source>
        <translation>将证据从案件中移除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="185"/>
        <source>{0} supports no case.</source>
        <translation>{0} 未关联任何案件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="193"/>
        <source>Take {0} off which case?</source>
        <translation>要将 {0} 从哪个案件中移除？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="200"/>
        <source>It stays on {0}.</source>
        <translation>它仍关联到 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="202"/>
        <source>It stays kept, on the Evidence page, and can be added to a case again.</source>
        <translation>它仍会保留在“证据”页面中，之后可再次添加到案件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="207"/>
        <source>Take {0} off {1}?
{2}</source>
        <translation>要将 {0} 从 {1} 中移除吗？
{2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="219"/>
        <source>Delete evidence for good</source>
        <translation>永久删除证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="227"/>
        <source>{0} is not voided: void it first.</source>
        <translation>{0} 尚未作废：请先将其作废。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="230"/>
        <source>Delete {0} for good?</source>
        <translation>要永久删除 {0} 吗？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="234"/>
        <source>Delete for Good</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_edit.py" line="254"/>
        <source>its links to %n case(s): {0}</source>
        <translation>
            <numerusform>它与 %n 个案件的关联：{0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="256"/>
        <source>its link to {0}</source>
        <translation>它与 {0} 的关联</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="258"/>
        <source>no links: it supports no case</source>
        <translation>无关联：它未关联任何案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="261"/>
        <source>the file itself, removed from the data folder</source>
        <translation>文件本身，将从数据文件夹中移除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="263"/>
        <source>not the file: other voided evidence holds the same file</source>
        <translation>不包括文件本身：其他已作废的证据仍引用同一文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="265"/>
        <source>the record of the file, with what it shows and who added it</source>
        <translation>文件的记录，包括其所示内容和添加人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="266"/>
        <source>Lost:
{0}

This cannot be undone. The audit log keeps a note that it was deleted.</source>
        <translation>将丢失：
{0}

此操作无法撤销。审计日志会保留一条删除记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="292"/>
        <source>Edit Evidence…</source>
        <translation>编辑证据…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="299"/>
        <source>Take Off Case…</source>
        <translation>从案件中移除…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="311"/>
        <source>Delete for Good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="316"/>
        <source>Delete voided evidence and, if nothing else holds it, its file: it cannot be undone</source>
        <translation>删除已作废的证据，如无其他证据引用，还会删除其文件：此操作无法撤销</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="333"/>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="292"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="293"/>
        <source>Shows:</source>
        <translation>所示内容：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="294"/>
        <source>Type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="295"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="296"/>
        <source>Captured:</source>
        <translation>采集时间：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="297"/>
        <source>Added:</source>
        <translation>添加时间：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="298"/>
        <source>Supports:</source>
        <translation>所属案件：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="299"/>
        <source>Attached to:</source>
        <translation>所属邮件：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="311"/>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="341"/>
        <source>Open in the system viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="343"/>
        <source>Opens a read-only copy of the file: the evidence itself cannot be changed by the viewer</source>
        <translation>打开文件的只读副本：查看器无法改动证据本身</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="380"/>
        <source>Choose a file to see it here.</source>
        <translation>选择一个文件即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="383"/>
        <source>Desk does not show or open this file.</source>
        <translation>Desk 不会显示或打开此文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="387"/>
        <source>The file is missing from the vault: Tools → Verify Data Folder… says what else is.</source>
        <translation>存储库中缺少此文件：“工具 → 校验数据文件夹…”会列出还缺少哪些文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="405"/>
        <source>Desk does not show this kind of file itself ({0}).</source>
        <translation>Desk 本身不显示此类文件（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="412"/>
        <source>⚠ Flagged: {0}. It is kept as evidence but never opened.</source>
        <translation>⚠ 已标记：{0}。此文件作为证据保存，但不会被打开。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_preview.py" line="421"/>
        <source>{0} ({1} bytes)</source>
        <translation>
            <numerusform>{0}（{1} 字节）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="425"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="426"/>
        <source>{0} by {1}</source>
        <translation>{0}，由 {1} 添加</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="427"/>
        <source>no case yet</source>
        <translation>尚未归入案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="453"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="461"/>
        <source>Desk could not read this file: {0}</source>
        <translation>Desk 无法读取此文件：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="467"/>
        <source>Desk cannot show this image.</source>
        <translation>Desk 无法显示此图片。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="476"/>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} 像素</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="478"/>
        <source>, turned upright as the camera recorded</source>
        <translation>，已按相机记录的方向摆正</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="484"/>
        <source>Desk cannot show this PDF.</source>
        <translation>Desk 无法显示此 PDF。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_preview.py" line="487"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="496"/>
        <source>Read as {0}</source>
        <translation>按 {0} 编码读取</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="498"/>
        <source>; the first {0} are shown</source>
        <translation>；仅显示前 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="520"/>
        <source>No viewer</source>
        <translation>无查看程序</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="520"/>
        <source>The system has no program to open {0}.</source>
        <translation>系统中没有可打开 {0} 的程序。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="525"/>
        <source>Desk could not copy the file</source>
        <translation>Desk 无法复制该文件</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="65"/>
        <location filename="../../desk/ui/export_dialog.py" line="154"/>
        <source>Export for Lawyer</source>
        <translation>导出给律师</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="71"/>
        <source>One .zip for your lawyer: a summary PDF, the tables as CSV and XLSX, and the original evidence files with their sha256. It includes internal notes and evidence: it is for counsel, not for a supplier or a platform.</source>
        <translation>为律师生成一个 .zip 文件：包含摘要 PDF、CSV 和 XLSX 格式的表格，以及原始证据文件及其 sha256。其中含有内部备注和内部证据：仅供法律顾问使用，不得提供给供应商或平台。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="77"/>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="80"/>
        <source>Only what is selected on the Disputes page: {0}</source>
        <translation>仅“纠纷”页面中所选的项：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="80"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="90"/>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="91"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="101"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="109"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="110"/>
        <source>Orders placed</source>
        <translation>订单下单日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="111"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="121"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="124"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="128"/>
        <location filename="../../desk/ui/export_dialog.py" line="235"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="154"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="183"/>
        <source>Choose where to save the .zip.</source>
        <translation>请选择 .zip 文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="201"/>
        <source>Exporting to {0}…</source>
        <translation>正在导出到 {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="204"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="216"/>
        <source>Exported {0} ({1}), {2}, to {3}</source>
        <translation>已导出 {0}（{1}），{2}，保存至 {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/export_dialog.py" line="217"/>
        <source>{0} file(s)</source>
        <translation>
            <numerusform>{0} 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/export_dialog.py" line="218"/>
        <source>{0} dispute(s)</source>
        <translation>
            <numerusform>{0} 起纠纷</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="226"/>
        <source>Cancelled: no .zip was written.</source>
        <translation>已取消：未写入 .zip 文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="229"/>
        <source>Nothing was exported: {0}</source>
        <translation>未导出任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="242"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="390"/>
        <source>Messages cannot be added straight from Mail: drop to see how</source>
        <translation>邮件无法直接从“邮件”App 添加：拖放到此处查看方法</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="403"/>
        <location filename="../../desk/ui/evidence_drop.py" line="439"/>
        <location filename="../../desk/ui/evidence_drop.py" line="455"/>
        <source>Adding a message from Mail</source>
        <translation>从“邮件”App 添加邮件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="422"/>
        <source>Mail does not hand its messages to other programs. Drag the message from Mail to the desktop or a Finder window first (Mail saves it there as an .eml file), then drag that file onto Desk.</source>
        <translation>“邮件”App 不会将邮件交给其他程序。请先将邮件从“邮件”App 拖到桌面或“访达”窗口（“邮件”App 会将其保存为 .eml 文件），再将该文件拖到 Desk 上。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="428"/>
        <source>Asking Mail for the message…</source>
        <translation>正在向“邮件”App 获取邮件…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="441"/>
        <source>Mail did not hand over {0} of the dragged messages: select them in Mail, then drag them again. {1}</source>
        <translation>“邮件”App 未交出所拖动邮件中的 {0} 封：请在“邮件”App 中选中这些邮件，然后重新拖动。{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="464"/>
        <source>Adding a message from Outlook</source>
        <translation>从 Outlook 添加邮件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="466"/>
        <source>Outlook did not hand over {0}. Drag the message from Outlook to the desktop or a folder first (Outlook saves it there as a .msg file), then drag that file onto Desk.</source>
        <translation>Outlook 未交出 {0}。请先将邮件从 Outlook 拖到桌面或某个文件夹（Outlook 会将其保存为 .msg 文件），再将该文件拖到 Desk 上。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="482"/>
        <source>Desk could not keep the dragged files: {0}</source>
        <translation>Desk 无法保存拖入的文件：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="483"/>
        <source>Adding dragged files</source>
        <translation>正在添加拖入的文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="503"/>
        <source>Drop to add the files as evidence to {0}</source>
        <translation>松开即可将文件作为证据添加到 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="505"/>
        <source>Drop to add the files as evidence</source>
        <translation>松开即可将文件添加为证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="507"/>
        <source>Drop the files on a row to add them as its evidence</source>
        <translation>将文件拖放到某一行上，即可添加为该行的证据</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desk/ui/filters.py" line="201"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/filters.py" line="202"/>
        <source>Clear the filters: show every row again</source>
        <translation>清除筛选：重新显示所有行</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="20"/>
        <source>Getting started</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="24"/>
        <source>Enter your business&apos;s name and address: letters and claim packets are signed with them.</source>
        <translation>填写您的企业名称和地址：函件和索赔材料包将以此署名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="25"/>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="25"/>
        <source>Business Details…</source>
        <translation>企业信息…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="28"/>
        <source>Import your orders (a marketplace&apos;s CSV or XLSX export), or enter one by hand.</source>
        <translation>导入您的订单（平台导出的 CSV 或 XLSX 文件），或手动录入订单。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="29"/>
        <source>Import Orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="32"/>
        <source>Add the exchange rates of the currencies you pay in, so the money adds up in one currency.</source>
        <translation>添加您付款所用货币的汇率，以便以一种货币汇总金额。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="33"/>
        <source>Add Exchange Rate…</source>
        <translation>添加汇率…</translation>
    </message>
</context>
<context>
    <name>FormatChoice</name>
    <message>
        <location filename="../../desk/ui/import_format.py" line="35"/>
        <source>How the file writes dates and numbers</source>
        <translation>文件中日期和数字的写法</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="40"/>
        <source>Day-month-year (23/11/2026)</source>
        <translation>日-月-年（23/11/2026）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="41"/>
        <source>Month-day-year (11/23/2026)</source>
        <translation>月-日-年（11/23/2026）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="42"/>
        <source>Year-month-day (2026/11/23)</source>
        <translation>年-月-日（2026/11/23）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="46"/>
        <source>Point (1234.56)</source>
        <translation>句点（1234.56）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="46"/>
        <source>Comma (1234,56)</source>
        <translation>逗号（1234,56）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="51"/>
        <source>Comma (1,234)</source>
        <translation>逗号（1,234）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="52"/>
        <source>Point (1.234)</source>
        <translation>句点（1.234）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="53"/>
        <source>Space (1 234)</source>
        <translation>空格（1 234）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="54"/>
        <source>Apostrophe (1&apos;234)</source>
        <translation>撇号（1&apos;234）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="55"/>
        <source>None (1234)</source>
        <translation>无（1234）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="60"/>
        <source>e.g. none, TBD</source>
        <translation>例如 none, TBD</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="63"/>
        <source>Words that mean an empty cell in this file, separated by commas. &quot;--&quot;, &quot;N/A&quot; and &quot;Not available&quot; always do.</source>
        <translation>此文件中表示空单元格的词，以逗号（,）分隔。“--”“N/A”和“Not available”始终视为空。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="69"/>
        <source>e.g. ¥=JPY, RMB=CNY</source>
        <translation>例如 ¥=JPY, RMB=CNY</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="72"/>
        <source>What a sign or word written beside an amount means, as sign = currency code, separated by commas: ¥=JPY reads ¥1200 as Japanese yen.</source>
        <translation>金额旁的符号或文字代表哪种币种，格式为“符号 = 币种代码”，以逗号（,）分隔：¥=JPY 表示将 ¥1200 读作日元。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="76"/>
        <source>Round amounts with more decimals than their currency (half up)</source>
        <translation>小数位数多于币种精度的金额四舍五入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="79"/>
        <source>45.005 CNY is then read as 45.01 CNY; without this, such an amount stops the import.</source>
        <translation>这样 45.005 CNY 将读作 45.01 CNY；否则此类金额会导致导入中止。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="94"/>
        <source>Date order:</source>
        <translation>日期顺序：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="94"/>
        <source>Decimal separator:</source>
        <translation>小数分隔符：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="95"/>
        <source>Thousands separator:</source>
        <translation>千位分隔符：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="96"/>
        <source>Means empty:</source>
        <translation>表示空值：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="96"/>
        <source>Currency signs:</source>
        <translation>币种符号：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="113"/>
        <source>Found in the file</source>
        <translation>按文件识别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="147"/>
        <source>a sign = currency code</source>
        <translation>符号 = 币种代码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="148"/>
        <source>Currency signs: {0}</source>
        <translation>币种符号：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="175"/>
        <source>Found: check the file to see how it writes dates and numbers.</source>
        <translation>识别结果：请检查文件，以查看其日期和数字的写法。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="185"/>
        <source>Found: {0}</source>
        <translation>识别结果：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="187"/>
        <source>Found: nothing that settles how this file writes dates and numbers.</source>
        <translation>识别结果：无法确定此文件中日期和数字的写法。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="189"/>
        <source>Found: no dates or amounts that could be read two ways.</source>
        <translation>识别结果：没有可能有两种读法的日期或金额。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="191"/>
        <source>Read as you chose.</source>
        <translation>已按您的选择读取。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desk/ui/help_window.py" line="123"/>
        <source>Help for This &amp;Page</source>
        <translation>本页帮助(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="127"/>
        <source>&amp;Getting Started</source>
        <translation>快速入门(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="129"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../desk/ui/help_window.py" line="41"/>
        <source># Not found

There is no guide called {0}.</source>
        <translation># 未找到

没有名为 {0} 的指南。</translation>
    </message>
</context>
<context>
    <name>HelpShortcuts</name>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="73"/>
        <source>| Action | Keys |</source>
        <translation>| 操作 | 按键 |</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="81"/>
        <source># Keyboard Shortcuts</source>
        <translation># 键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="84"/>
        <source>The keys of the menus work on every page. A page&apos;s own keys work while that page is shown, on the record chosen in its list. Every action with keys is listed here, as this copy of Desk has them.</source>
        <translation>菜单快捷键在所有页面均可使用。页面自身的快捷键仅在显示该页面时可用，作用于其列表中所选的记录。所有设有快捷键的操作均列于此处，与当前这份 Desk 的设置一致。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="88"/>
        <source>## Menus</source>
        <translation>## 菜单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="90"/>
        <source>Each page&apos;s own keys are listed here once a data folder is open.</source>
        <translation>打开数据文件夹后，此处将列出各页面自身的快捷键。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="94"/>
        <source>## {0} page</source>
        <translation>## “{0}”页面</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="97"/>
        <source>## In every list</source>
        <translation>## 所有列表通用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="99"/>
        <source>While a list has the keyboard. Void… is offered on lists whose records can be voided.</source>
        <translation>列表获得键盘焦点时可用。“作废…”仅在记录可作废的列表中提供。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="102"/>
        <source>See also: [Getting Started]({0}.md).</source>
        <translation>另见：[入门指南]({0}.md)。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desk/ui/help_window.py" line="52"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="56"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="60"/>
        <source>Getting Started</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="62"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="94"/>
        <source>Desk Help — {0}</source>
        <translation>Desk 帮助 — {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="69"/>
        <source>Order exports (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.tsv *.txt *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="258"/>
        <location filename="../../desk/ui/import_dialog.py" line="425"/>
        <source>Import Orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="264"/>
        <source>A CSV or XLSX export of your orders</source>
        <translation>订单的 CSV 或 XLSX 导出文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="265"/>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="268"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="271"/>
        <source>Choose a file: Desk shows its first rows and how it reads them before importing.</source>
        <translation>请选择文件：导入前，Desk 会显示文件的前几行及其读取方式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="277"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="278"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="279"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="287"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="288"/>
        <source>Read and check every row; write nothing</source>
        <translation>读取并检查每一行，不写入任何数据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="291"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="293"/>
        <source>Check the file first: Import is offered once a check finds no problem</source>
        <translation>请先检查文件：检查未发现问题后方可导入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="295"/>
        <location filename="../../desk/ui/import_dialog.py" line="757"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="346"/>
        <source>A file of your own needs a header row and one row per order line; the order&apos;s own values (supplier, dates, payments) may repeat on each line. Desk recognises the column headings below, in any case and spacing: point at a field to see them.</source>
        <translation>自备文件需有标题行，且每个订单行占一行；订单本身的信息（供应商、日期、付款）可在每行重复。Desk 可识别下列列标题，不区分大小写和空格：将鼠标指向字段即可查看。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="352"/>
        <source>Map the columns myself</source>
        <translation>手动映射列</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="366"/>
        <source>e.g. USD</source>
        <translation>例如 USD</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="369"/>
        <source>Remember this mapping as</source>
        <translation>将此映射保存为</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="371"/>
        <source>e.g. Ozon seller export</source>
        <translation>例如 Ozon 卖家导出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="375"/>
        <source>Currency of amounts that name none:</source>
        <translation>未注明币种的金额所用币种：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="390"/>
        <location filename="../../desk/ui/import_dialog.py" line="742"/>
        <source>Check the file or import it: the result shows here.</source>
        <translation>检查或导入文件后，结果将显示在此处。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="402"/>
        <location filename="../../desk/ui/import_dialog.py" line="717"/>
        <source>Copy Problems</source>
        <translation>复制问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="406"/>
        <source>Keep such dates (before 2000 or more than a year ahead)</source>
        <translation>保留此类日期（2000 年以前或一年以后）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="433"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="437"/>
        <location filename="../../desk/ui/import_dialog.py" line="447"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="503"/>
        <source>Read with the mapping remembered as &quot;{0}&quot;. Change a column below if it is wrong.</source>
        <translation>已按保存的映射“{0}”读取。如某列有误，请在下方更改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="506"/>
        <source>mapping &quot;{0}&quot;</source>
        <translation>映射“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="509"/>
        <source>Recognised as {0}: Desk reads its columns itself, amounts, dates and statuses the way this export writes them.</source>
        <translation>已识别为 {0}：Desk 将自动读取其各列，并按该导出文件的写法读取金额、日期和状态。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="513"/>
        <source>This export names no currency: choose it below.</source>
        <translation>此导出文件未注明币种：请在下方选择。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="516"/>
        <source>Desk does not know all of this file&apos;s columns: choose the column for each field marked *, or type the value it has on every row.</source>
        <translation>Desk 无法识别此文件的全部列：请为每个标有 * 的字段选择对应的列，或输入每行均相同的值。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="518"/>
        <source>columns to map</source>
        <translation>待映射的列</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="520"/>
        <source>Read as the generic format. Change a column below if it is wrong.</source>
        <translation>已按通用格式读取。如某列有误，请在下方更改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="521"/>
        <source>Generic format</source>
        <translation>通用格式</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_dialog.py" line="526"/>
        <source>{0} row(s)</source>
        <translation>
            <numerusform>{0} 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_dialog.py" line="528"/>
        <source>about {0} row(s)</source>
        <translation>
            <numerusform>约 {0} 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="580"/>
        <source>Not checked: correct the format above the preview</source>
        <translation>未检查：请更正预览上方的格式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="598"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="598"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="640"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="659"/>
        <source>Dates and amounts as Desk reads them: point at one to see it as the file writes it. What Desk cannot read is in red.</source>
        <translation>日期和金额按 Desk 的读取结果显示：将鼠标指向某项即可查看文件中的原始写法。Desk 无法读取的内容以红色显示。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="664"/>
        <source>The first rows as the file has them.</source>
        <translation>文件中前几行的原始内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_dialog.py" line="684"/>
        <source>%n problem(s) stop the import: the Result tab lists them.</source>
        <translation>
            <numerusform>%n 个问题导致无法导入：详见“结果”选项卡。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="693"/>
        <source>new: {0}</source>
        <translation>新增：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="696"/>
        <source>updated: {0}: {1}</source>
        <translation>已更新：{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="698"/>
        <source>… and {0} more</source>
        <translation>…另有 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="699"/>
        <source>Orders this import wrote</source>
        <translation>本次导入写入的订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="699"/>
        <source>Orders an import would write</source>
        <translation>导入将写入的订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="700"/>
        <source>Nothing to change: every order is as in Desk</source>
        <translation>无需更改：所有订单均与 Desk 中一致</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="702"/>
        <source>Copy List</source>
        <translation>复制列表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="706"/>
        <source>Imported: {0}</source>
        <translation>已导入：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="710"/>
        <source>Checked: nothing was written. Import writes it.</source>
        <translation>已检查：未写入任何数据。点击“导入”后才会写入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="714"/>
        <source>Problems (fix them in the file, then import it again)</source>
        <translation>问题（请在文件中修正后重新导入）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="719"/>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="724"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="725"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="757"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportDropTexts</name>
    <message numerus="yes">
        <location filename="../../desk/ui/import_drop.py" line="35"/>
        <source>%n file(s): drop one export at a time to import its orders.</source>
        <translation>
            <numerusform>%n 个文件：每次只能拖放一个导出文件来导入其订单。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_drop.py" line="38"/>
        <source>&quot;{0}&quot; is a folder: drop the export file itself (CSV, TSV, TXT, XLSX or XLSM).</source>
        <translation>“{0}”是文件夹：请拖放导出文件本身（CSV、TSV、TXT、XLSX 或 XLSM）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_drop.py" line="42"/>
        <source>&quot;{0}&quot; is not an order export: Desk imports CSV, TSV, TXT, XLSX and XLSM files. To keep it as evidence, drop it on the order&apos;s row.</source>
        <translation>“{0}”不是订单导出文件：Desk 可导入 CSV、TSV、TXT、XLSX 和 XLSM 文件。如要将其保存为证据，请将其拖放到订单所在行。</translation>
    </message>
</context>
<context>
    <name>ImportDrops</name>
    <message>
        <location filename="../../desk/ui/import_drop.py" line="103"/>
        <source>Drop to import the orders in {0}</source>
        <translation>拖放以导入 {0} 中的订单</translation>
    </message>
</context>
<context>
    <name>ImportReading</name>
    <message>
        <location filename="../../desk/ui/import_reading.py" line="105"/>
        <source>&quot;{0}&quot;: is the point or the comma the decimal separator?</source>
        <translation>“{0}”：小数分隔符是句点还是逗号？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_reading.py" line="178"/>
        <source>row {0}, column {1}</source>
        <translation>第 {0} 行，第 {1} 列</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_reading.py" line="184"/>
        <source>{0} ({1}), and no date in the file settles which: choose the date order above.</source>
        <translation>{0}（{1}），且文件中没有可确定日期顺序的日期：请在上方选择日期顺序。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_reading.py" line="188"/>
        <source>&quot;{0}&quot; ({1}) puts the month first, but other dates in the file put the day first, or the other way round: choose the date order above, and Desk lists each date that does not fit it.</source>
        <translation>“{0}”（{1}）为月份在前，但文件中其他日期为日在前，或情况相反：请在上方选择日期顺序，Desk 将列出每个与之不符的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_reading.py" line="192"/>
        <source>Desk cannot tell whether the point or the comma is the decimal separator in &quot;{0}&quot; ({1}): choose the decimal separator above.</source>
        <translation>Desk 无法确定“{0}”（{1}）中的小数分隔符是句点还是逗号：请在上方选择小数分隔符。</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="89"/>
        <source>Letters — dispute {0}</source>
        <translation>函件 — 纠纷 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="97"/>
        <source>Letters, in the order they are sent</source>
        <translation>函件（按发送顺序）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="110"/>
        <source>Other roads</source>
        <translation>其他途径</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="130"/>
        <location filename="../../desk/ui/letter_dialog.py" line="228"/>
        <source>Make Letter</source>
        <translation>生成函件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="133"/>
        <source>Mark as Sent…</source>
        <translation>标记为已发送…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="134"/>
        <source>Say when and how the chosen letter&apos;s draft went out</source>
        <translation>填写所选函件草稿的发送时间和方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="137"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="140"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="170"/>
        <source>Dispute {0} · {1} · {2} · {3}</source>
        <translation>纠纷 {0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="228"/>
        <source>Make Anyway…</source>
        <translation>仍然生成…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="253"/>
        <source>Make this letter anyway?</source>
        <translation>仍然生成此函件？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="254"/>
        <source>{0} is not offered now: {1}

Make it anyway?</source>
        <translation>{0} 当前不可用：{1}

仍然生成？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="264"/>
        <source>Save the letter&apos;s draft</source>
        <translation>保存函件草稿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="266"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="283"/>
        <source>{0} is marked as sent.</source>
        <translation>{0} 已标记为已发送。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="303"/>
        <source>Making {0}…</source>
        <translation>正在生成 {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="310"/>
        <source>, reply by {0}</source>
        <translation>，回复期限 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="312"/>
        <source> The letter is now written in {0}: its versions go out together.</source>
        <translation>该函件现以 {0} 撰写：各语言版本将一并发出。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="314"/>
        <source>Draft made: {0}{1}; kept with the dispute&apos;s evidence. It is not marked as sent.</source>
        <translation>草稿已生成：{0}{1}；已与该纠纷的证据一并保存。尚未标记为已发送。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="320"/>
        <source>Letter — dispute {0}</source>
        <translation>函件 — 纠纷 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="323"/>
        <source>No letter was made: {0}</source>
        <translation>未生成函件：{0}</translation>
    </message>
</context>
<context>
    <name>LetterRungs</name>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="56"/>
        <source>{0} — internal, for our lawyer: never in a packet</source>
        <translation>{0} — 内部，供我方律师使用：绝不放入材料包</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="63"/>
        <source>Sent on {0}</source>
        <translation>发出日期：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="68"/>
        <source>Draft made on {0} in {1}, not marked as sent</source>
        <translation>已于 {0} 生成草稿（{1}），尚未标记为已发出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="70"/>
        <source>Draft made on {0}, not marked as sent</source>
        <translation>已于 {0} 生成草稿，尚未标记为已发出</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../desk/ui/list_export.py" line="26"/>
        <source>CSV, for any spreadsheet (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV，适用于任何电子表格 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_export.py" line="55"/>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_export.py" line="81"/>
        <source>Saved the list as {0}</source>
        <translation>列表已保存为 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_export.py" line="84"/>
        <source>Cannot export the list</source>
        <translation>无法导出列表</translation>
    </message>
</context>
<context>
    <name>ListMenu</name>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="46"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="47"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="50"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="55"/>
        <source>Export List…</source>
        <translation>导出列表…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="57"/>
        <source>Export Selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="97"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desk/ui/list_page.py" line="183"/>
        <source>Search {0}…</source>
        <translation>搜索{0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_page.py" line="272"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_page.py" line="274"/>
        <source>More of what can be done on this page</source>
        <translation>此页面上的更多操作</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_page.py" line="364"/>
        <source>Filtering…</source>
        <translation>正在筛选…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_page.py" line="379"/>
        <source>Desk could not filter the list</source>
        <translation>Desk 无法筛选列表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_page.py" line="417"/>
        <source>{0}{1} shown</source>
        <translation>显示 {0}{1} 条</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="66"/>
        <source>Desk — {0}</source>
        <translation>Desk — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="71"/>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="107"/>
        <source>Data folder: {0}</source>
        <translation>数据文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="140"/>
        <source>&amp;Open Data Folder…</source>
        <translation>打开数据文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="147"/>
        <source>Connect to &amp;Team Server…</source>
        <translation>连接到团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="152"/>
        <source>Set &amp;Up a Team Server…</source>
        <translation>设置团队服务器(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="156"/>
        <source>&amp;Move This Folder to a Team Server…</source>
        <translation>将此文件夹迁移到团队服务器(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="162"/>
        <source>&amp;Import Orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="170"/>
        <source>&amp;Export for Lawyer…</source>
        <translation>导出给律师(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="177"/>
        <source>Export &amp;List…</source>
        <translation>导出列表(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="182"/>
        <source>Export Deadline &amp;Calendar…</source>
        <translation>导出期限日历(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="187"/>
        <source>Show Data Folder</source>
        <translation>显示数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="202"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="203"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="207"/>
        <source>Re&amp;minders…</source>
        <translation>提醒(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="225"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="227"/>
        <source>&amp;About Desk</source>
        <translation>关于 Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="242"/>
        <source>Team server: {0}</source>
        <translation>团队服务器：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="309"/>
        <source>Export Deadline Calendar</source>
        <translation>导出期限日历</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="309"/>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="322"/>
        <source>Show Desk</source>
        <translation>显示 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="326"/>
        <source>Quit Desk</source>
        <translation>退出 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="345"/>
        <source>Open Data Folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="455"/>
        <source>That case is no longer there.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="477"/>
        <source>{0} is no longer there.</source>
        <translation>{0} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="477"/>
        <source>{0} has no page of its own.</source>
        <translation>{0} 没有单独的页面。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="505"/>
        <source>It is not in the list as filtered now.</source>
        <translation>按当前筛选条件，该项不在列表中。</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="177"/>
        <source>A column headed {0}, e.g. {1}</source>
        <translation>标题为 {0} 的列，例如 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="205"/>
        <source>or the same value for every row</source>
        <translation>或每行均相同的值</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="21"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="22"/>
        <source>Platform message</source>
        <translation>平台消息</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="23"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="24"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="25"/>
        <source>In person</source>
        <translation>当面递交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="33"/>
        <source>Mark the letter as sent</source>
        <translation>将函件标记为已发送</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="43"/>
        <source>Choose or type how it went out</source>
        <translation>选择或输入发送方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="45"/>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="46"/>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="47"/>
        <source>Sent by</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="48"/>
        <source>From then on the letter counts as sent: its reply date runs from the day it went out.</source>
        <translation>此后该函件即视为已发送：回复期限自发出之日起算。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="52"/>
        <source>how it went out</source>
        <translation>发送方式</translation>
    </message>
</context>
<context>
    <name>MatchedModel</name>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="59"/>
        <source>PayPal transaction {0}</source>
        <translation>PayPal 交易 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="87"/>
        <source>What was done</source>
        <translation>已执行的操作</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="87"/>
        <source>What Import does</source>
        <translation>导入将执行的操作</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="89"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="90"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="91"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="92"/>
        <source>Paid to or refunded by</source>
        <translation>收款方或退款方</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="93"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="94"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="95"/>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="37"/>
        <source>Open a member account</source>
        <translation>开设代购会员账户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="41"/>
        <source>The purchase agent or platform, e.g. Superbuy</source>
        <translation>代购或平台，如 Superbuy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="43"/>
        <source>Your member name there</source>
        <translation>您在该处的会员名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="46"/>
        <source>The currency the balance is kept in, e.g. CNY</source>
        <translation>余额所用的货币，如 CNY</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="48"/>
        <source>Agent or platform</source>
        <translation>代购或平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="49"/>
        <source>Member name</source>
        <translation>会员名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="50"/>
        <source>Balance kept in</source>
        <translation>余额币种</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="51"/>
        <source>The currency of your balance at the agent, e.g. CNY</source>
        <translation>您在代购处的余额所用的货币，如 CNY</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="53"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="54"/>
        <source>the agent or platform</source>
        <translation>代购或平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="55"/>
        <source>the member name</source>
        <translation>会员名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="56"/>
        <source>the currency</source>
        <translation>货币</translation>
    </message>
</context>
<context>
    <name>NewDepositDialog</name>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="48"/>
        <source>New deposit application</source>
        <translation>新建保证金退还申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="67"/>
        <source>Only for a store Desk does not know yet: its country, e.g. CN</source>
        <translation>仅适用于 Desk 尚未记录的店铺：其所在国家/地区，例如 CN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="69"/>
        <source>Its prerequisites and documents come from the platform&apos;s deposit policy.</source>
        <translation>其前提条件和材料依据平台的保证金政策确定。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="72"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="73"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="74"/>
        <source>Deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="75"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="76"/>
        <source>Country of a new store</source>
        <translation>新店铺所在国家/地区</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="77"/>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="80"/>
        <source>the store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="81"/>
        <source>the deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="82"/>
        <source>the currency</source>
        <translation>币种</translation>
    </message>
</context>
<context>
    <name>OpenDisputeDialog</name>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="185"/>
        <source>Open a dispute</source>
        <translation>发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="192"/>
        <source>the order is no longer there: it was deleted meanwhile</source>
        <translation>订单已不存在：在此期间已被删除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="206"/>
        <source>Choose the line in dispute</source>
        <translation>选择有争议的订单行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="207"/>
        <source>Choose what is wrong</source>
        <translation>选择问题类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="211"/>
        <source>Choose what you ask for</source>
        <translation>选择诉求</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="212"/>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="213"/>
        <source>Return the goods and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="216"/>
        <source>e.g. 12.50, in {0}</source>
        <translation>例如 12.50，币种 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="229"/>
        <source>What is wrong, in the words you will use with the seller</source>
        <translation>问题描述，用您与卖家沟通时的措辞</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="232"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="233"/>
        <source>Line</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="234"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="235"/>
        <source>Wanted</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="236"/>
        <source>Amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="238"/>
        <source>Opened on</source>
        <translation>发起日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="239"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="241"/>
        <source>Who may see it</source>
        <translation>可见范围</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="247"/>
        <source>the line</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="248"/>
        <source>the reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="249"/>
        <source>what you ask for</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="250"/>
        <location filename="../../desk/ui/dispute_dialogs.py" line="281"/>
        <source>the amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="262"/>
        <source>Claim all</source>
        <translation>全额索赔</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="262"/>
        <source>Claim all ({0})</source>
        <translation>全额索赔（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="264"/>
        <source>Choose the line to see how much can be claimed.</source>
        <translation>请选择订单行，以查看可索赔的金额。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="266"/>
        <source>At most {0}: what was paid for the line less what was refunded</source>
        <translation>最多 {0}：该订单行已付金额减去已退款金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="276"/>
        <source>Choose the line to see what opening the dispute does.</source>
        <translation>请选择订单行，以查看发起纠纷后的结果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="279"/>
        <source>Type the amount claimed to see what opening the dispute does.</source>
        <translation>请输入索赔金额，以查看发起纠纷后的结果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="285"/>
        <source>This cannot be opened: {0}.</source>
        <translation>无法发起：{0}。</translation>
    </message>
</context>
<context>
    <name>OpenFolder</name>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="118"/>
        <source>No data folder is open. Choose one with File → Open Data Folder…</source>
        <translation>未打开数据文件夹。请通过“文件 → 打开数据文件夹…”选择一个。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="119"/>
        <source>No data folder open</source>
        <translation>未打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="128"/>
        <location filename="../../desk/ui/open_folder.py" line="306"/>
        <source>Desk cannot open the data folder</source>
        <translation>Desk 无法打开该数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="146"/>
        <source>That data folder is already open.</source>
        <translation>该数据文件夹已打开。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="149"/>
        <source>Another data folder is being opened. Try again when it is open.</source>
        <translation>正在打开另一个数据文件夹。请在其打开后重试。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="152"/>
        <source>Close the open dialog first, then open the other data folder.</source>
        <translation>请先关闭当前打开的对话框，再打开另一个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="158"/>
        <location filename="../../desk/ui/open_folder.py" line="168"/>
        <source>Desk is still working in this data folder. Try again when it has finished.</source>
        <translation>Desk 仍在此数据文件夹中处理任务。请在完成后重试。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="211"/>
        <location filename="../../desk/ui/open_folder.py" line="309"/>
        <source>Open Data Folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="212"/>
        <source>{0} has no Desk data. Start a new data folder there?</source>
        <translation>{0} 中没有 Desk 数据。要在此处新建数据文件夹吗？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="217"/>
        <source>Desk will keep its database, evidence files, backups and log there.</source>
        <translation>Desk 会将数据库、证据文件、备份和日志保存在该处。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="219"/>
        <source>Start New Data Folder</source>
        <translation>新建数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="262"/>
        <source>The team server needs an upgrade</source>
        <translation>团队服务器需要升级</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="267"/>
        <source>If you are the team&apos;s owner and the other desks have closed Desk, you can upgrade the server now.</source>
        <translation>如果您是团队所有者，且其他工作台都已关闭 Desk，现在就可以升级服务器。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="270"/>
        <source>&amp;Upgrade the Server</source>
        <translation>升级服务器(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="279"/>
        <source>The team server was upgraded; the copy from before is {0}.</source>
        <translation>团队服务器已升级；升级前的副本是 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="291"/>
        <source>The team server was not upgraded</source>
        <translation>团队服务器未升级</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="293"/>
        <source>Copying the team server&apos;s database, then upgrading it…</source>
        <translation>正在复制团队服务器的数据库，然后升级…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="370"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="25"/>
        <source>Opening Data Folder</source>
        <translation>正在打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="31"/>
        <source>Opening {0}</source>
        <translation>正在打开 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="79"/>
        <source>Desk copies the database into the folder&apos;s backups before it upgrades it.</source>
        <translation>升级前，Desk 会将数据库复制到该文件夹的备份中。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="84"/>
        <source>Backing up the database before the upgrade: {0} of {1} ({2}%)</source>
        <translation>正在升级前备份数据库：{0} / {1}（{2}%）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="89"/>
        <source>Backing up the database before the upgrade…</source>
        <translation>正在升级前备份数据库…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="91"/>
        <source>Upgrading the database for this version of Desk…</source>
        <translation>正在为此版本的 Desk 升级数据库…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="94"/>
        <source>The upgrade cannot be stopped once it has started: the database is changed in one go, so that it is never left half upgraded. It ends by itself; the copy from before stays in the backups.</source>
        <translation>升级一旦开始便无法中止：数据库将一次性完成更改，绝不会处于半升级状态。升级会自行结束；升级前的副本保留在备份中。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="99"/>
        <source>Setting up a new database…</source>
        <translation>正在创建新数据库…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="100"/>
        <source>This cannot be stopped once it has started: the database is made in one go.</source>
        <translation>此操作一旦开始便无法中止：数据库将一次性创建完成。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="102"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="104"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="113"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <location filename="../../desk/ui/operation_dialog.py" line="53"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="41"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="42"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="43"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="44"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="51"/>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="51"/>
        <source>Edit order</source>
        <translation>编辑订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="55"/>
        <source>Choose the platform</source>
        <translation>选择平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="65"/>
        <source>Choose where the order is</source>
        <translation>选择订单状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="76"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="77"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="78"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="79"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="80"/>
        <source>Placed on</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="82"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="83"/>
        <source>Discount (coupons included)</source>
        <translation>折扣（含优惠券）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="84"/>
        <source>Tax (sales tax or VAT)</source>
        <translation>税费（销售税或增值税）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="85"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="90"/>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="90"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="94"/>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="95"/>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="106"/>
        <source>the platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="107"/>
        <source>the order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="108"/>
        <source>the supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="109"/>
        <source>the currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="110"/>
        <source>the status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="120"/>
        <source>a line&apos;s item</source>
        <translation>订单行的商品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="139"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="139"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="210"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="221"/>
        <source>line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="224"/>
        <source>{0}, qty: {1} is not a whole number</source>
        <translation>{0}，数量：{1} 不是整数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="225"/>
        <source>{0}, unit price</source>
        <translation>{0}，单价</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="233"/>
        <source>payment {0}: choose its method</source>
        <translation>第 {0} 笔付款：请选择支付方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="234"/>
        <source>payment {0}, amount</source>
        <translation>第 {0} 笔付款，金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="258"/>
        <source>Total {0}; payments {1}</source>
        <translation>合计 {0}；已付款 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="261"/>
        <source>Total: complete the amounts to see it</source>
        <translation>合计：请填写完整金额后查看</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="198"/>
        <source>Override a platform rule</source>
        <translation>覆盖平台规则</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="206"/>
        <source>days, or a range such as 3-20</source>
        <translation>天数，或范围，如 3-20</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="210"/>
        <source>the page or message that says so (optional)</source>
        <translation>说明此规定的页面或消息（可选）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="211"/>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="212"/>
        <source>Your value ({0}):</source>
        <translation>您的值（{0}）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="213"/>
        <source>In force from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="214"/>
        <source>Where you read it:</source>
        <translation>信息出处：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="216"/>
        <source>Override</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="226"/>
        <source>Type your value first: a number of days, or a range such as 3-20.</source>
        <translation>请先输入您的值：天数，或范围，如 3-20。</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="70"/>
        <source>Dispute {0} · {1} · {2}</source>
        <translation>纠纷 {0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="72"/>
        <source>{0} · claimed {1} · {2}</source>
        <translation>{0} · 索赔 {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="78"/>
        <source>Claim Packet — dispute {0}</source>
        <translation>索赔材料包 — 纠纷 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="93"/>
        <source>What happened, in order and in plain words: what you bought, what arrived, what you asked the seller and what they answered. It opens the packet.</source>
        <translation>按时间顺序、用平实的语言说明经过：您买了什么、收到了什么、向卖家提出了什么要求以及卖家如何答复。此陈述位于材料包的开头。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="101"/>
        <source>Save Statement</source>
        <translation>保存陈述</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="111"/>
        <source>Limits from: {0}</source>
        <translation>限制依据：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="117"/>
        <source>Includes internal notes and evidence — not for the supplier or platform.</source>
        <translation>包含内部备注和证据——不可提供给供应商或平台。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="125"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="133"/>
        <source>Statement of facts</source>
        <translation>事实陈述</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="135"/>
        <source>Send to</source>
        <translation>发送对象</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="138"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="148"/>
        <source>Make Packet</source>
        <translation>生成材料包</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="151"/>
        <location filename="../../desk/ui/packet_dialog.py" line="269"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="172"/>
        <source>{0} of {1} characters</source>
        <translation>{0} / {1} 字符</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="191"/>
        <source>The statement is saved.</source>
        <translation>陈述已保存。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="202"/>
        <source>Save the claim packet</source>
        <translation>保存索赔材料包</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="202"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="222"/>
        <source>Choose where the packet goes and the file to save it in.</source>
        <translation>请选择材料包的发送对象和保存文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="235"/>
        <source>Making {0}…</source>
        <translation>正在生成 {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="237"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/packet_dialog.py" line="247"/>
        <source>{0} page(s)</source>
        <translation>
            <numerusform>{0} 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/packet_dialog.py" line="248"/>
        <source>{0} exhibit(s)</source>
        <translation>
            <numerusform>{0} 个证据附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/packet_dialog.py" line="253"/>
        <source>%n part(s), {0}</source>
        <translation>
            <numerusform>%n 个部分，{0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="255"/>
        <source>Made: {0}, in {1}</source>
        <translation>已生成：{0}，位于 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="257"/>
        <source>Claim packet — dispute {0}</source>
        <translation>索赔材料包 — 纠纷 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="260"/>
        <source>Cancelled: no packet was written.</source>
        <translation>已取消：未写入材料包。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="263"/>
        <source>No packet was made: {0}</source>
        <translation>未生成材料包：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="274"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="57"/>
        <source>New Order…</source>
        <translation>新建订单…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="59"/>
        <source>Edit Order…</source>
        <translation>编辑订单…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="61"/>
        <source>Open Dispute…</source>
        <translation>发起纠纷…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="67"/>
        <source>Record Event…</source>
        <translation>记录事件…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="71"/>
        <source>Claim Packet…</source>
        <translation>索赔材料包…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="73"/>
        <source>Letter…</source>
        <translation>函件…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="75"/>
        <source>Edit Dispute…</source>
        <translation>编辑纠纷…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="79"/>
        <source>Save Bates Register…</source>
        <translation>保存贝茨编号登记表…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="83"/>
        <source>Record Arrival…</source>
        <translation>记录到账…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="93"/>
        <location filename="../../desk/ui/page_actions.py" line="395"/>
        <source>Add Evidence…</source>
        <translation>添加证据…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="99"/>
        <source>Add files as evidence: of the case the Case filter shows, or of no case yet</source>
        <translation>将文件添加为证据：归入“案件”筛选所显示的案件，或暂不归入任何案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="111"/>
        <source>Choose a supplier first.</source>
        <translation>请先选择供应商。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="113"/>
        <source>Edit Supplier…</source>
        <translation>编辑供应商…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="115"/>
        <source>Choose a store first.</source>
        <translation>请先选择店铺。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="116"/>
        <source>Edit Store…</source>
        <translation>编辑店铺…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="120"/>
        <source>Add Rate…</source>
        <translation>添加汇率…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="121"/>
        <source>Add or import exchange rates, in Preferences</source>
        <translation>在偏好设置中添加或导入汇率</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="171"/>
        <source>Record Refund…</source>
        <translation>记录退款…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="172"/>
        <source>A refund the seller or platform approved: see how it comes back, then keep it</source>
        <translation>卖家或平台已同意的退款：先查看款项如何退回，再保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="185"/>
        <location filename="../../desk/ui/page_actions.py" line="287"/>
        <location filename="../../desk/ui/page_actions.py" line="302"/>
        <location filename="../../desk/ui/page_actions.py" line="318"/>
        <source>Choose a dispute first.</source>
        <translation>请先选择纠纷。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="185"/>
        <location filename="../../desk/ui/page_actions.py" line="277"/>
        <location filename="../../desk/ui/page_actions.py" line="337"/>
        <source>Choose an order first.</source>
        <translation>请先选择订单。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="186"/>
        <source>Record a refund</source>
        <translation>记录退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="198"/>
        <source>New Account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="200"/>
        <source>Add Funds…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="202"/>
        <source>Pay Order…</source>
        <translation>支付订单…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="204"/>
        <source>Withdraw…</source>
        <translation>提现…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="205"/>
        <source>Mark Withdrawal Done/Refused…</source>
        <translation>标记提现已完成/被拒…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="209"/>
        <source>Cost Return…</source>
        <translation>费用退还…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="211"/>
        <source>Withdrawal Account…</source>
        <translation>提现账户…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="227"/>
        <source>New Application…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="230"/>
        <source>Choose an application first.</source>
        <translation>请先选择申请。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="232"/>
        <source>Record a decision</source>
        <translation>记录平台决定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="233"/>
        <source>Record Decision…</source>
        <translation>记录决定…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="234"/>
        <source>Add a document</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="235"/>
        <source>Require Document…</source>
        <translation>添加所需材料…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="236"/>
        <source>Deposit packet</source>
        <translation>保证金材料包</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="237"/>
        <source>Deposit Packet…</source>
        <translation>保证金材料包…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="276"/>
        <source>Open a dispute</source>
        <translation>发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="287"/>
        <source>Record an event</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="294"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="302"/>
        <source>Edit a dispute</source>
        <translation>编辑纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="307"/>
        <source>Claim packet</source>
        <translation>索赔材料包</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="311"/>
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="327"/>
        <source>Record what arrived</source>
        <translation>记录到账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="327"/>
        <source>Choose a refund first.</source>
        <translation>请先选择退款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="336"/>
        <source>Edit an order</source>
        <translation>编辑订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="379"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="397"/>
        <source>Add files as evidence to the selected row (or drop them on the row)</source>
        <translation>将文件作为证据添加到所选行（或直接拖放到该行上）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="413"/>
        <source>an order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="413"/>
        <source>a dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="414"/>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="414"/>
        <source>Choose {0} first.</source>
        <translation>请先选择{0}。</translation>
    </message>
</context>
<context>
    <name>PageGuides</name>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="15"/>
        <source>No orders yet</source>
        <translation>尚无订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="17"/>
        <source>Import your orders from a marketplace&apos;s export (CSV or XLSX) or a spreadsheet, or enter one by hand. Disputes, refunds and evidence all start from an order.</source>
        <translation>从平台导出的文件（CSV 或 XLSX）或电子表格导入订单，或手动录入订单。纠纷、退款和证据都从订单开始。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="20"/>
        <location filename="../../desk/ui/page_guides.py" line="65"/>
        <source>Import Orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="20"/>
        <source>New Order…</source>
        <translation>新建订单…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="23"/>
        <source>No disputes yet</source>
        <translation>尚无纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="25"/>
        <source>A dispute is opened on one line of an order: on the Orders page, choose the order and its line, then Open Dispute. Desk then keeps its deadlines: the seller&apos;s days to answer, escalation and the end of buyer protection.</source>
        <translation>纠纷针对订单中的某一订单行发起：在“订单”页面选择订单及其订单行，然后点击“发起纠纷”。之后 Desk 会跟踪相关期限：卖家答复期限、升级期限以及买家保护的截止日期。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="29"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="29"/>
        <source>Go to Orders</source>
        <translation>转到订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="32"/>
        <source>No refunds yet</source>
        <translation>尚无退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="34"/>
        <source>When a supplier or a platform agrees to pay money back, record the refund on its dispute or order: Desk splits it over the ways the order was paid and follows each part until it arrives.</source>
        <translation>供应商或平台同意退款后，请在对应的纠纷或订单上记录退款：Desk 会按订单的各支付方式拆分退款，并逐笔跟踪直至到账。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="39"/>
        <source>No deposit refunds yet</source>
        <translation>尚无保证金退还</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="41"/>
        <source>When a marketplace holds your store&apos;s deposit, start an application here: Desk lists what the platform requires first and the documents it asks for, and counts its review days.</source>
        <translation>平台扣留您店铺的保证金时，请在此发起申请：Desk 会列出平台要求的前提条件和所需材料，并计算审核天数。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="44"/>
        <source>New Application…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="47"/>
        <source>No member accounts yet</source>
        <translation>尚无代购会员账户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="49"/>
        <source>Add the account you hold at a purchase agent to keep its ledger: funds added, orders paid, costs returned and withdrawals with their rules.</source>
        <translation>添加您在代购处开设的账户，以记录其账目：充值、支付订单、费用退还以及提现及其规则。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="52"/>
        <source>New Account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="55"/>
        <source>No evidence yet</source>
        <translation>尚无证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="57"/>
        <source>Drop photos, videos, chat logs, e-mails or payment proofs here, or on an order or a dispute: they are kept unchanged in the data folder&apos;s vault, and any later change to a file shows.</source>
        <translation>将照片、视频、聊天记录、电子邮件或付款凭证拖放到此处，或拖放到订单或纠纷上：文件会原样保存在数据文件夹的存储库中，之后对文件的任何改动都会显现出来。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="60"/>
        <source>Add Evidence…</source>
        <translation>添加证据…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="63"/>
        <source>No suppliers yet</source>
        <translation>尚无供应商</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="64"/>
        <source>Suppliers are added as you import or enter orders.</source>
        <translation>导入或录入订单时会自动添加供应商。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="68"/>
        <source>No stores yet</source>
        <translation>尚无店铺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="70"/>
        <source>Your own marketplace stores are added with the orders sold through them and with deposit refunds.</source>
        <translation>您自己的平台店铺会随经其售出的订单以及保证金退还一起添加。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="74"/>
        <source>No exchange rates yet</source>
        <translation>尚无汇率</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="76"/>
        <source>The Dashboard adds up money in one currency: add the rate of each other currency you use, for the days it applies, or import them from a CSV file.</source>
        <translation>概览以一种货币汇总金额：请为您使用的其他每种货币添加适用日期的汇率，或从 CSV 文件导入汇率。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="79"/>
        <source>Add Rate…</source>
        <translation>添加汇率…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="82"/>
        <source>Nothing has changed yet</source>
        <translation>尚无任何更改</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="84"/>
        <source>Every change made in this data folder will be listed here, who made it and when; the list is chained so that any later alteration shows.</source>
        <translation>在此数据文件夹中所做的每项更改都会列在这里，包括更改人和时间；列表前后链接，之后的任何篡改都会显现出来。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desk/ui/pages.py" line="22"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="23"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="31"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="34"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="41"/>
        <source>Disputes</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="48"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="55"/>
        <source>Deposits</source>
        <translation>保证金</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="62"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="69"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="76"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="82"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="84"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="85"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>PayOrderDialog</name>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="106"/>
        <source>Pay an order from the account</source>
        <translation>从账户支付订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="112"/>
        <source>In {0} unless you name another currency (200 USD)</source>
        <translation>除非注明其他货币（如 200 USD），否则以 {0} 计</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="115"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="117"/>
        <source>Amount paid</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="118"/>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="119"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="121"/>
        <source>the order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="122"/>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="126"/>
        <source>The order cost {0}.</source>
        <translation>该订单金额为 {0}。</translation>
    </message>
</context>
<context>
    <name>PaymentsChoice</name>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="271"/>
        <source>{0} unpaid</source>
        <translation>未付 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="272"/>
        <source>paid in full</source>
        <translation>已全额支付</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="274"/>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="83"/>
        <source>PayPal payments</source>
        <translation>PayPal 付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="88"/>
        <source>{0}: the payments you made to suppliers and the refunds they sent, matched to your orders. Nothing is written until you click Import.</source>
        <translation>{0}：您向供应商支付的款项及其退回的退款，已与您的订单匹配。点击“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="95"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="135"/>
        <source>Desk could not tell which order these are for. Choose the order each paid (type part of its number, its supplier or its amount to find it), or leave it for now: it is then not recorded, and a later import of the same file can record it.</source>
        <translation>Desk 无法确定这些款项对应哪个订单。请为每笔款项选择其支付的订单（输入订单号的一部分、供应商或金额即可查找），或暂时搁置：搁置的款项不会被记录，以后再次导入同一文件时仍可记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="176"/>
        <source>Left out of the import</source>
        <translation>未导入的内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="185"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="216"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="220"/>
        <location filename="../../desk/ui/payments_dialog.py" line="484"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="268"/>
        <source>Checking the file against your orders…</source>
        <translation>正在将文件与您的订单核对…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="268"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="286"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="297"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="300"/>
        <source>Nothing can be imported from this file.</source>
        <translation>此文件中没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="326"/>
        <source>Matched to orders ({0})</source>
        <translation>已匹配订单（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="334"/>
        <source>{0}: the payments you made to suppliers and the refunds they sent, matched to your orders.</source>
        <translation>{0}：您向供应商支付的款项及其退回的退款，已与您的订单匹配。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="336"/>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="340"/>
        <source>Checked: nothing has been written.</source>
        <translation>已核对：尚未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="347"/>
        <source>Read as {0}</source>
        <translation>读取格式：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="354"/>
        <source>Nothing can be imported until the problems below are solved. Nothing has been written.</source>
        <translation>解决下列问题之前无法导入。尚未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="359"/>
        <source>{0} already in Desk.</source>
        <translation>{0} 笔已在 Desk 中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="361"/>
        <source>%n was left without an order and not recorded.</source>
        <translation>
            <numerusform>%n 笔未找到订单，未记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="363"/>
        <source>%n needs you to choose its order below.</source>
        <translation>
            <numerusform>%n 笔需要您在下方选择订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="369"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n 笔付款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="371"/>
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n 笔退款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="372"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="376"/>
        <source>Nothing new to record.</source>
        <translation>没有需要记录的新内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="377"/>
        <source>Import records {0} on their orders.</source>
        <translation>导入将把{0}记录到对应订单。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="381"/>
        <source>Nothing new was recorded from {0}.</source>
        <translation>未从 {0} 记录任何新内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="382"/>
        <source>Recorded {0} from {1} on their orders.</source>
        <translation>已将 {1} 中的{0}记录到对应订单。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="389"/>
        <source>An order you chose does not fit: choose another, or leave it for now.</source>
        <translation>您选择的某个订单不匹配：请另选一个，或暂时搁置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="392"/>
        <source>%n problem(s) in the file: correct them in the file (or download it from PayPal again), then open it again.</source>
        <translation>
            <numerusform>文件中有 %n 个问题：请在文件中更正（或从 PayPal 重新下载），然后重新打开。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="414"/>
        <source>Already in Desk, on {0}.</source>
        <translation>已在 Desk 中，记在订单 {0} 上。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="416"/>
        <source>Recorded on {0}.</source>
        <translation>已记录到订单 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="418"/>
        <source> (found by {0})</source>
        <translation>（匹配依据：{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="419"/>
        <source>Import records it on {0}{1}.</source>
        <translation>导入将把它记录到订单 {0}{1}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="422"/>
        <source>%n order(s) fit its amount and date: choose the one it paid.</source>
        <translation>
            <numerusform>有 %n 个订单的金额和日期相符：请选择它所支付的订单。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="430"/>
        <source>Choose the order ({0} waiting)</source>
        <translation>选择订单（{0} 笔待选）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="430"/>
        <source>Orders you chose</source>
        <translation>您选择的订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="443"/>
        <source>{0} and {1} more</source>
        <translation>{0} 及另外 {1} 行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="444"/>
        <source>Row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="444"/>
        <source>Rows {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="445"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="446"/>
        <source>Nothing: every row is a payment or a refund.</source>
        <translation>无：每一行都是付款或退款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="449"/>
        <source>PayPal&apos;s fees, not recorded: {0}</source>
        <translation>PayPal 手续费（未记录）：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="451"/>
        <source>No PayPal fees in this file.</source>
        <translation>此文件中没有 PayPal 手续费。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="468"/>
        <source>Wait for the check to finish</source>
        <translation>请等待核对完成</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="470"/>
        <source>The file has not been checked yet</source>
        <translation>文件尚未核对</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="472"/>
        <source>Solve the problems listed first</source>
        <translation>请先解决列出的问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="474"/>
        <source>Imported: choose an order above to record more</source>
        <translation>已导入：在上方选择订单即可记录更多</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="476"/>
        <source>Nothing new to record</source>
        <translation>没有需要记录的新内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="482"/>
        <source>Record the payments and refunds matched to orders</source>
        <translation>记录已匹配到订单的付款和退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="484"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PaymentsWords</name>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="67"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="67"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="73"/>
        <source>your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="75"/>
        <source>amount and date</source>
        <translation>金额和日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="77"/>
        <source>its transaction number</source>
        <translation>交易号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="78"/>
        <source>the payment it refunds</source>
        <translation>所退的付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="85"/>
        <source>nothing: already in Desk</source>
        <translation>无操作：已在 Desk 中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="87"/>
        <source>PayPal payment on the order completed</source>
        <translation>已补全订单上的 PayPal 付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="88"/>
        <source>completes the PayPal payment already on the order</source>
        <translation>补全订单上已有的 PayPal 付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="92"/>
        <source>arrival recorded on refund {0}</source>
        <translation>已在退款 {0} 上记录到账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="94"/>
        <source>arrival recorded</source>
        <translation>已记录到账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="95"/>
        <source>records the arrival of the refund the order expects</source>
        <translation>记录订单预期退款的到账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="98"/>
        <source>recorded as refund {0}</source>
        <translation>已记录为退款 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="99"/>
        <source>refund recorded</source>
        <translation>已记录退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="99"/>
        <source>records a refund</source>
        <translation>记录一笔退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="100"/>
        <source>payment added</source>
        <translation>已添加付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="100"/>
        <source>adds the payment</source>
        <translation>添加付款</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="158"/>
        <source>nothing to preview: no PDF was given</source>
        <translation>无可预览内容：未提供 PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="160"/>
        <source>Preview — {0}</source>
        <translation>预览 — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="175"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="176"/>
        <source>Part {0} of {1}: {2} ({3})</source>
        <translation>第 {0} 部分，共 {1} 部分：{2}（{3}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="194"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="197"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="197"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="202"/>
        <source>Fit Width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="206"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="208"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="210"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="212"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="243"/>
        <source>{0} cannot be shown: {1}</source>
        <translation>无法显示 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="249"/>
        <source>of {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="290"/>
        <source>Printing {0}…</source>
        <translation>正在打印 {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="290"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="303"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="314"/>
        <location filename="../../desk/ui/pdf_preview.py" line="327"/>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="314"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="116"/>
        <source>cannot read {0} as a PDF: {1}</source>
        <translation>无法将 {0} 作为 PDF 读取：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/pdf_preview.py" line="119"/>
        <source>{0}: the chosen range has no pages (the file has %n)</source>
        <translation>
            <numerusform>{0}：所选范围内没有页面（该文件共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="123"/>
        <source>the printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="124"/>
        <source>cannot start printing on {0}</source>
        <translation>无法在 {0} 上开始打印</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desk/ui/preferences.py" line="41"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="48"/>
        <source>Business</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="49"/>
        <source>Platform Rules</source>
        <translation>平台规则</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="50"/>
        <source>Exchange Rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="51"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="60"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="63"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="124"/>
        <source>Read as empty: &quot;{0}&quot;</source>
        <translation>读取为空：“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="125"/>
        <source>In the file: &quot;{0}&quot;</source>
        <translation>文件中为：“{0}”</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="60"/>
        <source>e.g. USD</source>
        <translation>例如 USD</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="62"/>
        <source>e.g. EUR</source>
        <translation>例如 EUR</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="67"/>
        <source>units of the second currency for one of the first</source>
        <translation>1 单位第一种货币可兑换的第二种货币数量</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="69"/>
        <source>the bank or agent that published it (optional)</source>
        <translation>发布该汇率的银行或代购（可选）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="71"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="73"/>
        <source>buys</source>
        <translation>可兑换</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="77"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="78"/>
        <source>Rate:</source>
        <translation>汇率：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="79"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="83"/>
        <source>Add Rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="86"/>
        <source>Import from CSV…</source>
        <translation>从 CSV 导入…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="88"/>
        <source>A CSV file whose first row names the columns {0} (and source, if wanted)</source>
        <translation>首行为列名 {0}（如需要，可加 source 列）的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="129"/>
        <source>Desk has no rate from {0} to {1} for {2}: type it, then Add Rate.</source>
        <translation>Desk 中没有 {2} 当日 {0} 兑 {1} 的汇率：请输入汇率，然后点击“添加汇率”。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="149"/>
        <source>Import exchange rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="149"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="164"/>
        <source>{0}: nothing was imported. Correct these rows and import it again:</source>
        <translation>{0}：未导入任何内容。请更正以下各行后重新导入：</translation>
    </message>
</context>
<context>
    <name>ReceiveRefundDialog</name>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="29"/>
        <source>Record what arrived</source>
        <translation>登记到账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="35"/>
        <source>no refund {0}</source>
        <translation>退款 {0} 不存在</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="37"/>
        <source>Refund {0} · {1}</source>
        <translation>退款 {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="44"/>
        <source> (recorded: {0})</source>
        <translation>（已记录：{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="47"/>
        <source>{0}: expected {1}{2}</source>
        <translation>{0}：预计 {1}{2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="50"/>
        <source>Choose where the money arrived</source>
        <translation>选择到账渠道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="53"/>
        <source>what arrived, in {0}</source>
        <translation>实际到账金额，币种 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="62"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="63"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="64"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="65"/>
        <source>Arrived on</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="71"/>
        <source>the method</source>
        <translation>到账方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="72"/>
        <source>the amount that arrived</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="83"/>
        <source>Fill in expected</source>
        <translation>填入预期金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="85"/>
        <source>Fill in expected ({0})</source>
        <translation>填入预期金额（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="100"/>
        <source>Choose where the money arrived to see what recording it does.</source>
        <translation>请选择到账渠道，以查看登记后的结果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="103"/>
        <source>Type the amount that arrived to see what recording it does.</source>
        <translation>请输入到账金额，以查看登记后的结果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="106"/>
        <source>the amount received</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="110"/>
        <source>the refund is no longer there: it was deleted meanwhile</source>
        <translation>退款已不存在：在此期间已被删除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="113"/>
        <source>This cannot be recorded: {0}.</source>
        <translation>无法登记：{0}。</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../desk/ui/recent_folders.py" line="44"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/recent_folders.py" line="55"/>
        <source>{0} (not found)</source>
        <translation>{0}（未找到）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/recent_folders.py" line="61"/>
        <source>No Recent Folders</source>
        <translation>无最近使用的文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/recent_folders.py" line="64"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
</context>
<context>
    <name>RecordEventDialog</name>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="312"/>
        <source>Record what happened</source>
        <translation>记录发生的情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="318"/>
        <source>Dispute {0} · {1} · {2}</source>
        <translation>纠纷 {0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="324"/>
        <source>Choose what happened</source>
        <translation>选择发生的情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="333"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="334"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="335"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="336"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="337"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="339"/>
        <source>Who may see it</source>
        <translation>可见范围</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="346"/>
        <source>what happened</source>
        <translation>发生的情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="347"/>
        <location filename="../../desk/ui/dispute_dialogs.py" line="373"/>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="348"/>
        <source>the note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="360"/>
        <source>e.g. 12.50</source>
        <translation>如 12.50</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="370"/>
        <source>Choose what happened to see what it does to the case.</source>
        <translation>选择发生的情况，即可查看其对案件的影响。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="378"/>
        <source>Type the amount to see what it does to the case.</source>
        <translation>输入金额，即可查看其对案件的影响。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="379"/>
        <source>This cannot be recorded: {0}.</source>
        <translation>无法记录：{0}。</translation>
    </message>
</context>
<context>
    <name>RecordRefundDialog</name>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="40"/>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="41"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="42"/>
        <source>Comes back</source>
        <translation>应退回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="43"/>
        <source>Expected between</source>
        <translation>预计到账时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="47"/>
        <source>The order was cancelled</source>
        <translation>订单已取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="48"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="49"/>
        <source>Never shipped</source>
        <translation>未发货</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="50"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="51"/>
        <source>Something else</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="67"/>
        <source>Record a refund</source>
        <translation>登记退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="78"/>
        <source>Dispute {0} on line {1}, {2}</source>
        <translation>纠纷 {0}，第 {1} 行，{2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="84"/>
        <source>the order is no longer there: it was deleted meanwhile</source>
        <translation>订单已不存在：在此期间已被删除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="90"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="92"/>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="97"/>
        <source>Choose why the order is refunded</source>
        <translation>选择订单退款原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="99"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="101"/>
        <source>Amount approved</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="102"/>
        <source>At most {0} is left to refund on the order.</source>
        <translation>该订单最多还可退款 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="104"/>
        <source>The dispute was decided for {0}.</source>
        <translation>该纠纷的裁定金额为 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="110"/>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="111"/>
        <source>Sent on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="112"/>
        <source>Tick when you know the day it was sent: the windows count from it</source>
        <translation>知道退款发出日期后勾选：各期限从该日起算</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="129"/>
        <source>How it comes back</source>
        <translation>退回方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="159"/>
        <source>Enter the amount the seller or platform approved.</source>
        <translation>请输入卖家或平台批准的金额。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="169"/>
        <source>Nothing is written until you press OK.</source>
        <translation>按“确定”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="171"/>
        <source>Coupons and vouchers ({0}) are not refunded. </source>
        <translation>优惠券和代金券（{0}）不予退款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="173"/>
        <source>Choose why the order is refunded.</source>
        <translation>请选择订单退款原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="198"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
</context>
<context>
    <name>RefundReceipt</name>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="129"/>
        <source>short by {0}</source>
        <translation>短缺 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="131"/>
        <source>{0} more than expected</source>
        <translation>比预期多 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="133"/>
        <source>complete</source>
        <translation>足额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="135"/>
        <source>arrived late (it was due by {0})</source>
        <translation>逾期到账（应于 {0} 前到账）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="137"/>
        <source>on time</source>
        <translation>按时到账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="138"/>
        <source>Records that {0} arrived on {1} on {2}; the part is then {3} and {4}.</source>
        <translation>将记录 {0} 于 {1} 经 {2} 到账；该部分随即记为：{3}，{4}。</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../desk/ui/register_export.py" line="31"/>
        <source>Save the Bates register</source>
        <translation>保存贝茨编号登记表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/register_export.py" line="33"/>
        <source>CSV, for any spreadsheet (*.csv)</source>
        <translation>CSV，适用于任何电子表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/register_export.py" line="55"/>
        <source>Cannot save the Bates register</source>
        <translation>无法保存贝茨编号登记表</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../desk/ui/reminders.py" line="58"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="59"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="60"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="61"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="62"/>
        <source>Answer</source>
        <translation>处理方式</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desk/ui/reminders.py" line="105"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="108"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="109"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="109"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="114"/>
        <source>snoozed until {0}</source>
        <translation>已推迟到 {0} 再提醒</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="116"/>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="267"/>
        <source>%n reminder(s) came due</source>
        <translation>
            <numerusform>%n 条提醒已到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="299"/>
        <source>Show Reminders</source>
        <translation>显示提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="313"/>
        <source>While Desk was closed, %n reminder(s) came due.</source>
        <translation>
            <numerusform>Desk 关闭期间，有 %n 条提醒到期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="318"/>
        <source>Desk could not read the reminders; the Dashboard lists every deadline.</source>
        <translation>Desk 无法读取提醒；概览中列出了所有期限。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="330"/>
        <source>%n deadline(s) overdue.</source>
        <translation>
            <numerusform>%n 个期限已逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="332"/>
        <source>%n reminder(s).</source>
        <translation>
            <numerusform>%n 条提醒。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="334"/>
        <source>First: {0} — {1}, {2}.</source>
        <translation>最紧急：{0} — {1}，{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="352"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="364"/>
        <source>Show snoozed and dismissed ones too</source>
        <translation>同时显示已稍后提醒和已忽略的提醒</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="366"/>
        <source>No reminders today.</source>
        <translation>今天没有提醒。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="372"/>
        <source>Open Case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="374"/>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="377"/>
        <source>Until Tomorrow</source>
        <translation>到明天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="377"/>
        <source>For 3 Days</source>
        <translation>3 天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="377"/>
        <source>For a Week</source>
        <translation>1 周</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="383"/>
        <source>Until a Day…</source>
        <translation>到指定日期…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="388"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="434"/>
        <source>An overdue deadline stays here until its case moves past it. If the platform gave more time, change the deadline&apos;s date on its case.</source>
        <translation>已逾期的期限会一直显示在此处，直到其案件进入下一步。如果平台延长了期限，请在相应案件中更改该期限的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="452"/>
        <source>Snooze Until</source>
        <translation>推迟提醒</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="458"/>
        <source>Show this reminder again on:</source>
        <translation>再次显示此提醒的日期：</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="51"/>
        <source>A reminder comes up on each of these days before a deadline (0 is the day itself), stays until the case moves on, and can be snoozed or dismissed. An overdue deadline stays until its case moves past it.</source>
        <translation>在期限前的以下每一天都会弹出提醒（0 表示当天），提醒会一直保留到案件有进展，可稍后提醒或忽略。已逾期的期限会一直保留，直到案件进展越过该期限。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="64"/>
        <source>Days before the deadline, separated by commas</source>
        <translation>期限前的天数，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="69"/>
        <source>Keep Desk in the notification area when its window is closed</source>
        <translation>关闭窗口后将 Desk 保留在通知区域</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="74"/>
        <source>This desktop has no notification area.</source>
        <translation>此桌面环境没有通知区域。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="77"/>
        <source>Notifications are a help, not a guarantee: Windows hides them while Focus Assist is on, macOS shows them once you allow them, and some Linux desktops have no notification area. The banner above the pages and View › Reminders always show them.</source>
        <translation>通知只是辅助，并不保证送达：Windows 在开启“专注助手”时会隐藏通知，macOS 需要您允许后才会显示通知，部分 Linux 桌面环境没有通知区域。页面上方的横幅和“视图 › 提醒”始终会显示提醒。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="86"/>
        <source>When Desk is not open, have the system run this command every morning (Task Scheduler on Windows, launchd on macOS, cron on Linux; the README has the steps):</source>
        <translation>Desk 未打开时，请让系统每天早上运行以下命令（Windows 上用“任务计划程序”，macOS 上用 launchd，Linux 上用 cron；具体步骤见 README）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="134"/>
        <source>{0}: give whole numbers of days from 0 to 365, separated by commas, such as 7, 3, 1, 0.</source>
        <translation>{0}：请填写 0 到 365 之间的整数天数，用逗号分隔，如 7, 3, 1, 0。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="148"/>
        <source>Saved: {0}.</source>
        <translation>已保存：{0}。</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="59"/>
        <source>{0}, {1}</source>
        <comment>two counts, such as: 3 orders, 5 order lines</comment>
        <translation>{0}，{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="61"/>
        <source>{0} order(s)</source>
        <translation>
            <numerusform>{0} 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="62"/>
        <source>{0} order line(s)</source>
        <translation>
            <numerusform>{0} 个订单行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="64"/>
        <source>Added:</source>
        <translation>已添加：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="64"/>
        <source>Would add:</source>
        <translation>将添加：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="67"/>
        <source>{0} updated, {1} unchanged</source>
        <translation>{0} 个已更新，{1} 个未变</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="69"/>
        <source>{0} to update, {1} unchanged</source>
        <translation>{0} 个待更新，{1} 个未变</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="70"/>
        <source>Orders already in Desk:</source>
        <translation>Desk 中已有的订单：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="71"/>
        <source>Rows left out:</source>
        <translation>略过的行：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="72"/>
        <location filename="../../desk/ui/import_summary.py" line="94"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="73"/>
        <source>Totals of the orders:</source>
        <translation>订单合计：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="76"/>
        <source>Read with:</source>
        <translation>解读方式：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="76"/>
        <source>nothing in the file could be read two ways</source>
        <translation>文件中没有可作两种解读的内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="80"/>
        <source>{0} supplier(s)</source>
        <translation>
            <numerusform>{0} 个供应商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="81"/>
        <source>{0} store(s)</source>
        <translation>
            <numerusform>{0} 个店铺</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="83"/>
        <source>New in Desk:</source>
        <translation>Desk 中新增：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="83"/>
        <source>Would be new in Desk:</source>
        <translation>Desk 中将新增：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="85"/>
        <source>Columns not imported:</source>
        <translation>未导入的列：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="88"/>
        <source>Totals that differ from their parts:</source>
        <translation>与明细之和不一致的合计：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="99"/>
        <source> and {0} more</source>
        <translation> 及另外 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="100"/>
        <source>row {0} ({1})</source>
        <translation>第 {0} 行（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="100"/>
        <source>rows {0} ({1})</source>
        <translation>第 {0} 行（{1}）</translation>
    </message>
</context>
<context>
    <name>RequireDocumentDialog</name>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="177"/>
        <source>Add a document the platform asks for</source>
        <translation>添加平台要求的材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="185"/>
        <source>Required: the application cannot be submitted without it</source>
        <translation>必需：缺少此材料无法提交申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="187"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="188"/>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="190"/>
        <source>the document</source>
        <translation>材料</translation>
    </message>
</context>
<context>
    <name>Required</name>
    <message>
        <location filename="../../desk/ui/required.py" line="111"/>
        <source>Fill in {0} first</source>
        <translation>请先填写{0}</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="41"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="42"/>
        <source>What it says</source>
        <translation>规则内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="43"/>
        <source>Since</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="45"/>
        <source>Where it comes from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="68"/>
        <source>The purchase agent</source>
        <translation>代购</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="69"/>
        <source>Desk&apos;s general rules (platforms without their own)</source>
        <translation>Desk 通用规则（适用于没有自身规则的平台）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="79"/>
        <source>Override…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="82"/>
        <source>Remove Override…</source>
        <translation>移除自定义…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="88"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="122"/>
        <source>These rules are no platform&apos;s and cannot be overridden: set a case&apos;s own deadline instead.</source>
        <translation>这些规则不属于任何平台，无法自定义：请改为设置案件自身的期限。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="124"/>
        <source>{0}: rules in grey are not in force today. Override… sets your own value from a date on.</source>
        <translation>{0}：灰色规则今天未生效。“自定义…”可从指定日期起设置您自己的值。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="130"/>
        <source>always</source>
        <translation>始终</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="131"/>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="131"/>
        <source>Not in force</source>
        <translation>未生效</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="133"/>
        <source>, your override</source>
        <translation>，您的自定义值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="135"/>
        <source>, Desk&apos;s reading</source>
        <translation>，Desk 的理解</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="179"/>
        <source>Remove your override</source>
        <translation>移除您的自定义值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="180"/>
        <source>Remove your value for “{0}” from {1}? Desk&apos;s own rule applies again from that day.</source>
        <translation>要移除您自 {1} 起为“{0}”设置的值吗？从该日起将重新适用 Desk 自身的规则。</translation>
    </message>
</context>
<context>
    <name>SaveRevert</name>
    <message>
        <location filename="../../desk/ui/save_revert.py" line="32"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/save_revert.py" line="34"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="43"/>
        <source>Business name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="44"/>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="45"/>
        <source>Contact (who signs letters)</source>
        <translation>联系人（函件署名人）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="46"/>
        <source>Country (two letters)</source>
        <translation>国家/地区（两个字母）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="47"/>
        <source>Home currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="48"/>
        <source>Show deadlines as due</source>
        <translation>提前显示为到期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="49"/>
        <source>Largest evidence file</source>
        <translation>证据文件大小上限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="50"/>
        <source>Paper size</source>
        <translation>纸张尺寸</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="51"/>
        <source>Page number prefix</source>
        <translation>页码前缀</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="52"/>
        <source>Photos sent to others</source>
        <translation>发给他人的照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="70"/>
        <source>Letters and packets print the business&apos;s name, address and contact; refunds are counted in the working days of its country.</source>
        <translation>函件和材料包上会印有商户的名称、地址和联系方式；退款按其所在国家的工作日计算。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="91"/>
        <source> days before</source>
        <translation> 天（到期前）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="91"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="97"/>
        <source>Letter</source>
        <comment>the paper size</comment>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="102"/>
        <source>Without location or camera; with the date taken</source>
        <translation>去除位置和相机信息；保留拍摄日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="103"/>
        <source>Without location, camera or the date taken</source>
        <translation>去除位置、相机信息和拍摄日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="169"/>
        <source>Saved: {0}.</source>
        <translation>已保存：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="176"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="24"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="26"/>
        <source>&amp;Verify Data Folder…</source>
        <translation>校验数据文件夹(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="28"/>
        <source>Verify &amp;Bundle…</source>
        <translation>校验律师材料包(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="30"/>
        <source>&amp;Letter Templates…</source>
        <translation>函件模板(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="32"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="45"/>
        <source>Add &amp;Exchange Rate…</source>
        <translation>添加汇率(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="49"/>
        <source>Add a &amp;Person to the Team…</source>
        <translation>向团队添加人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="123"/>
        <source>Letter templates</source>
        <translation>函件模板</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="124"/>
        <source>{0}
Edit them there: Desk uses your copy of a letter from then on.</source>
        <translation>{0}
请在该处编辑：此后 Desk 将使用您修改后的函件副本。</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="134"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="135"/>
        <source>Payments in the file</source>
        <translation>文件中的付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="136"/>
        <location filename="../../desk/ui/payments_tables.py" line="138"/>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="137"/>
        <source>Refunds in the file</source>
        <translation>文件中的退款</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="40"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="89"/>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="89"/>
        <source>Cannot redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="102"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="103"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>VerifyBundleDialog</name>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="164"/>
        <source>Verify Bundle</source>
        <translation>校验律师材料包</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="167"/>
        <source>Desk checks every file of {0} against the list of files and fingerprints inside it, and that the list is signed with this data folder&apos;s key.</source>
        <translation>Desk 会根据 {0} 内的文件清单和指纹逐一核对其中的每个文件，并检查该清单是否由此数据文件夹的密钥签名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="172"/>
        <source>Desk checks every file of {0} against the list of files and fingerprints inside it, and that the list is signed.</source>
        <translation>Desk 会根据 {0} 内的文件清单和指纹逐一核对其中的每个文件，并检查该清单是否已签名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="198"/>
        <source>Checking {0}…</source>
        <translation>正在核对 {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="205"/>
        <source>Manifest SHA-256: {0}</source>
        <translation>清单 SHA-256：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="208"/>
        <source>this data folder&apos;s key</source>
        <translation>此数据文件夹的密钥</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="209"/>
        <source>not this data folder&apos;s key</source>
        <translation>不是此数据文件夹的密钥</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="210"/>
        <source>compare it with the fingerprint the sender gave you</source>
        <translation>请与发送方提供的指纹进行比对</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="212"/>
        <source>Signed with the key {0} ({1})</source>
        <translation>签名密钥：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="216"/>
        <source>{0} is not a bundle Desk exported: it holds no list of its files to check them against.</source>
        <translation>{0} 不是 Desk 导出的材料包：其中没有可用于核对的文件清单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="220"/>
        <source>{0} is intact: its {1} file(s) are as they were exported, and the list of them is signed.</source>
        <translation>
            <numerusform>{0} 完好无损：其中 {1} 个文件与导出时一致，且文件清单已签名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="227"/>
        <source>{0} was changed since it was exported: %n problem(s).</source>
        <translation>
            <numerusform>{0} 自导出后已被改动：%n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="248"/>
        <source>Verify a bundle for the lawyer</source>
        <translation>校验律师材料包</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="248"/>
        <source>Bundles (*.zip)</source>
        <translation>律师材料包 (*.zip)</translation>
    </message>
</context>
<context>
    <name>VerifyFolderDialog</name>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="110"/>
        <source>Verify Data Folder</source>
        <translation>校验数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="112"/>
        <source>Desk reads every evidence file again and compares it with what it kept when the file was added, checks that every file and case it names is there, and that no entry of the history was changed.</source>
        <translation>Desk 会重新读取每个证据文件，并与添加时保存的信息进行比对；检查其中引用的每个文件和案件是否都存在，以及历史记录是否有条目被改动。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="126"/>
        <source>Checking {0}…</source>
        <translation>正在核对 {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="133"/>
        <source>{0} evidence file(s) ({1})</source>
        <translation>
            <numerusform>{0} 个证据文件（{1}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="135"/>
        <source>{0} entries of the history</source>
        <translation>
            <numerusform>{0} 条历史记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="153"/>
        <source>{0} file(s) in the vault belong to no evidence (left by deleted evidence): harmless.</source>
        <translation>
            <numerusform>存储库中有 {0} 个文件不属于任何证据（由已删除的证据遗留）：无害。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="138"/>
        <source>All is as it was kept: {0} read again and unchanged, {1} unbroken.</source>
        <translation>一切与保存时一致：{0}已重新读取且未改动，{1}完整无断链。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="143"/>
        <source>%n problem(s) found ({0} and {1} checked). Restore what is listed from a backup.</source>
        <translation>
            <numerusform>发现 %n 个问题（已核对：{0}，{1}）。请从备份中恢复所列内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="148"/>
        <source>The history was changed at entry {0}: {1}</source>
        <translation>历史记录在第 {0} 条处被改动：{1}</translation>
    </message>
</context>
<context>
    <name>VoidActions</name>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="174"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/void_actions.py" line="68"/>
        <source>Void %n record(s)</source>
        <translation>
            <numerusform>作废 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="68"/>
        <source>Void a record</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="70"/>
        <source>These records will be voided:</source>
        <translation>以下记录将被作废：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="70"/>
        <source>This record will be voided:</source>
        <translation>此记录将被作废：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="91"/>
        <source>Nothing is deleted: voided records are kept with their history and left out of every sum, deadline and list. Tick “Voided too” to see them, and Restore to make them count again.</source>
        <translation>不会删除任何内容：已作废的记录连同其历史均会保留，但不计入任何合计、期限和列表。勾选“含已作废”即可查看，点击“恢复”可使其重新计入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="99"/>
        <source>Why, e.g. entered twice</source>
        <translation>原因，例如：重复录入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="106"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="111"/>
        <source>the reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="117"/>
        <source>Reason (kept with the records):</source>
        <translation>原因（随记录保存）：</translation>
    </message>
</context>
<context>
    <name>WithdrawalAccountDialog</name>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="21"/>
        <source>Where withdrawals go</source>
        <translation>提现去向</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="30"/>
        <source>none stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="35"/>
        <source>Not shown as you type; stored sealed, shown only by its last characters</source>
        <translation>输入时不显示；加密保存，仅显示末尾几位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="36"/>
        <source>Remove the stored one</source>
        <translation>移除已保存的账户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="39"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="40"/>
        <source>Stored now</source>
        <translation>当前已保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="41"/>
        <source>Send withdrawals to</source>
        <translation>提现至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="42"/>
        <source>An IBAN, a card number, or a receiver&apos;s name and details</source>
        <translation>IBAN、银行卡号，或收款人姓名及详细信息</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="48"/>
        <source>where withdrawals go</source>
        <translation>提现去向</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="55"/>
        <source>Request a withdrawal</source>
        <translation>申请提现</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="61"/>
        <source>what is sent, in {0}</source>
        <translation>汇出金额，币种 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="62"/>
        <source>Choose how the money is sent</source>
        <translation>选择汇款方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="67"/>
        <source>the transfer fee, 0 if none</source>
        <translation>转账手续费，无则填 0</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="74"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="75"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="76"/>
        <source>Transfer fee</source>
        <translation>转账手续费</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="77"/>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="78"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="85"/>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="86"/>
        <source>the channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="87"/>
        <source>the transfer fee (0 if none)</source>
        <translation>转账手续费（无则填 0）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="118"/>
        <source>Balance on {0}: {1}. May be withdrawn after the fee: {2}.</source>
        <translation>{0} 的余额：{1}。扣除手续费后可提现：{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="126"/>
        <source>Enter the amount, the channel and the fee to see whether the agent accepts.</source>
        <translation>请输入金额、渠道和手续费，以查看代购是否会受理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="136"/>
        <source>The agent would accept this request.</source>
        <translation>代购会受理此申请。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="139"/>
        <source>The agent would refuse this request:
{0}</source>
        <translation>代购会拒绝此申请：
{0}</translation>
    </message>
</context>
<context>
    <name>_OnAccount</name>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="99"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../desk/accounts/balance.py" line="27"/>
        <source>to a credit card</source>
        <translation>提现到信用卡</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/balance.py" line="28"/>
        <source>by Western Union or MoneyGram</source>
        <translation>通过 Western Union 或 MoneyGram 提现</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/balance.py" line="56"/>
        <source>no exchange rate {0}→{1} on or before {2} to convert {3}; add the rate of that day</source>
        <translation>没有 {2} 当日或之前的 {0}→{1} 汇率，无法换算{3}；请添加当日汇率</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/balance.py" line="64"/>
        <source>ledger entry {0} ({1})</source>
        <translation>账目记录 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/balance.py" line="99"/>
        <source>up to {0} to a credit card and up to {1} by Western Union or MoneyGram</source>
        <translation>提现到信用卡最多 {0}，通过 Western Union 或 MoneyGram 最多 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="38"/>
        <source>Order cancelled while pending</source>
        <translation>待处理时取消的订单</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="39"/>
        <source>an order cancelled while still pending</source>
        <translation>仍处于待处理状态时即被取消的订单</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="43"/>
        <source>Invalid order cancelled</source>
        <translation>被取消的无效订单</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="44"/>
        <source>an order the agent marked invalid and that was cancelled</source>
        <translation>被代购标记为无效并已取消的订单</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="48"/>
        <source>Damaged item returned through the agent</source>
        <translation>经代购退回的损坏商品</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="49"/>
        <source>an item that arrived damaged at the agent&apos;s warehouse and went back to the seller</source>
        <translation>到达代购仓库时已损坏、并已退回卖家的商品</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="53"/>
        <source>Claim for a wrong or damaged item</source>
        <translation>错发或损坏商品的索赔</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="54"/>
        <source>a wrong or damaged (not fragile) item you received</source>
        <translation>您收到的错发或损坏（非易碎品）商品</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="63"/>
        <location filename="../../desk/text_encodings.py" line="311"/>
        <source>{0} or {1}</source>
        <translation>{0} 或 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="71"/>
        <source>order {0} is {1}: a cost return for {2} needs it {3} (&quot;Refund &amp; Withdraw Fund&quot;)</source>
        <translation>订单 {0} 的状态为 {1}：“{2}”的费用退还要求订单状态为 {3}（参见“Refund &amp; Withdraw Fund”）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="78"/>
        <source>a cost return for {0} needs the claim it settles (&quot;Refund &amp; Withdraw Fund&quot;): name its dispute</source>
        <translation>“{0}”的费用退还须关联其所结算的索赔（参见“Refund &amp; Withdraw Fund”）：请指明对应的纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="85"/>
        <source>a cost return on {0} is before {1} was placed ({2})</source>
        <translation>费用退还日期 {0} 早于订单 {1} 的下单日期（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="51"/>
        <source>{0!r} names more than one member account ({1}); give it as PROVIDER/NAME</source>
        <translation>{0!r} 对应多个代购会员账户（{1}）；请以 PROVIDER/NAME 形式指定</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="56"/>
        <source>no member account {0!r}; accounts: {1}</source>
        <translation>没有代购会员账户 {0!r}；现有账户：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="57"/>
        <source>no member account {0!r}</source>
        <translation>没有代购会员账户 {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="66"/>
        <source>no member account {0}</source>
        <translation>没有代购会员账户 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="73"/>
        <source>{0!r}: name the account as PROVIDER/NAME, e.g. Superbuy/reseller_eu_01</source>
        <translation>{0!r}：请以 PROVIDER/NAME 形式指定账户，例如 Superbuy/reseller_eu_01</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="75"/>
        <source>the provider and the member name may each have at most 120 characters</source>
        <translation>服务商名称和会员名各不得超过 120 个字符</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="80"/>
        <source>{0!r} is not a currency in use; give an ISO code such as CNY or USD</source>
        <translation>{0!r} 不是可用的币种；请填写 ISO 代码，例如 CNY 或 USD</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="90"/>
        <source>there is already a member account {0} (account {1}, voided: restore it instead)</source>
        <translation>已存在代购会员账户 {0}（账户 {1}，已作废：请改为恢复该账户）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="94"/>
        <source>there is already a member account {0} (account {1})</source>
        <translation>已存在代购会员账户 {0}（账户 {1}）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="104"/>
        <source>{0} must be more than zero</source>
        <translation>{0}必须大于零</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="115"/>
        <source>the balance of {0} would fall to {1} on {2}; a member account works like a debit account (&quot;Refund &amp; Withdraw Fund&quot;): add funds first</source>
        <translation>{0} 的余额将在 {2} 降至 {1}；代购会员账户相当于借记账户（参见“Refund &amp; Withdraw Fund”）：请先充值</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="125"/>
        <location filename="../../desk/operations/accounts.py" line="157"/>
        <source>the funds added</source>
        <translation>充值金额</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="144"/>
        <location filename="../../desk/operations/accounts.py" line="169"/>
        <source>the payment</source>
        <translation>付款金额</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="148"/>
        <source>order {0} goes through {1}, not {2}</source>
        <translation>订单 {0} 通过 {1} 支付，而不是 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="154"/>
        <source>a payment on {0} is before {1} was placed ({2})</source>
        <translation>付款日期 {0} 早于订单 {1} 的下单日期（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="176"/>
        <location filename="../../desk/operations/accounts.py" line="183"/>
        <source>the cost returned</source>
        <translation>退还的费用</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="180"/>
        <location filename="../../desk/operations/refunds.py" line="162"/>
        <source>dispute {0} is about {1}, not {2}</source>
        <translation>纠纷 {0} 针对的是订单 {1}，而不是 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="186"/>
        <source>a cost return comes from an order: name the order or the dispute it settles</source>
        <translation>费用退还源自订单：请指明订单或其所结算的纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="192"/>
        <source>{0} has no payment for {1}: a cost return gives back what the account paid for an order, so record the payment first</source>
        <translation>{0} 没有订单 {1} 的付款记录：费用退还是退回该账户为订单支付的款项，请先记录付款</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="197"/>
        <source>the cost return {0}</source>
        <translation>费用退还 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="201"/>
        <source>the cost return {0} is more than is left to return on {1}: {2} paid {3} for it and {4} came back already</source>
        <translation>费用退还 {0} 超过订单 {1} 尚可退还的金额：{2} 为该订单支付了 {3}，已退回 {4}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="76"/>
        <source>requested, due {0} ({1})</source>
        <translation>已申请，{0} 到期（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="79"/>
        <source>{0}, not counted</source>
        <translation>{0}，不计入余额</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="80"/>
        <location filename="../../desk/evidence/cases.py" line="44"/>
        <location filename="../../desk/operations/voiding.py" line="139"/>
        <location filename="../../desk/overview/audit_words.py" line="115"/>
        <location filename="../../desk/overview/names.py" line="35"/>
        <source>order {0}</source>
        <translation>订单 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="81"/>
        <location filename="../../desk/evidence/cases.py" line="36"/>
        <location filename="../../desk/lists/evidence.py" line="52"/>
        <location filename="../../desk/operations/packets.py" line="86"/>
        <location filename="../../desk/orders/voiding.py" line="12"/>
        <source>dispute {0}</source>
        <translation>纠纷 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="88"/>
        <source>no rate</source>
        <translation>无汇率</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="92"/>
        <source>{0} on {1}&apos;s rate</source>
        <translation>{0}（按 {1} 的汇率）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="132"/>
        <location filename="../../desk/commands/accounts.py" line="126"/>
        <source>unknown, a rate is missing</source>
        <translation>未知，缺少汇率</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="134"/>
        <source>{0} (account {1}, {2}): balance {3}</source>
        <translation>{0}（账户 {1}，{2}）：余额 {3}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="137"/>
        <source>May be withdrawn, less the transfer fee: {0}.</source>
        <translation>可提现，需扣除转账手续费：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="138"/>
        <source>No entries yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="139"/>
        <source>Balance unknown: {0}</source>
        <translation>余额未知：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="158"/>
        <source>Balance {0}.</source>
        <translation>余额 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="158"/>
        <source>Balance unknown: a rate is missing.</source>
        <translation>余额未知：缺少汇率。</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/voiding.py" line="12"/>
        <source>the account {0} at {1}</source>
        <translation>{1} 账户 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/accounts/voiding.py" line="19"/>
        <source>{0} has %n ledger entries: void them first</source>
        <translation>
            <numerusform>{0} 有 %n 条账目记录：请先将其作废</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/accounts/voiding.py" line="25"/>
        <source>{0} is voided: restore it first</source>
        <translation>{0} 已作废：请先恢复</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="28"/>
        <location filename="../../desk/accounts/withdrawals.py" line="29"/>
        <location filename="../../desk/operations/accounts.py" line="279"/>
        <source>the amount to withdraw</source>
        <translation>提现金额</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="29"/>
        <location filename="../../desk/operations/accounts.py" line="224"/>
        <location filename="../../desk/operations/accounts.py" line="280"/>
        <source>the transfer fee</source>
        <translation>转账手续费</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="32"/>
        <source>{0} leaves the balance in {1}, the account&apos;s currency: not {2}</source>
        <translation>{0}以账户币种 {1} 从余额中扣除，不能是 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="37"/>
        <source>the transfer fee cannot be negative</source>
        <translation>转账手续费不能为负数</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="42"/>
        <source>the agent does not send withdrawals by {0}: only to a credit card or by Western Union or MoneyGram (&quot;Refund &amp; Withdraw Fund&quot;)</source>
        <translation>代购不通过 {0} 发送提现：只能提现到信用卡，或通过 Western Union 或 MoneyGram 提现（参见“Refund &amp; Withdraw Fund”）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="52"/>
        <source>the transfer fee {0} is larger than the balance {1} on {2}: the agent does not transfer then, as it would be senseless (&quot;Refund &amp; Withdraw Fund&quot;)</source>
        <translation>转账手续费 {0} 超过 {2} 的余额 {1}：此时代购不会转账，因为这毫无意义（参见“Refund &amp; Withdraw Fund”）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="59"/>
        <source>{0} plus the transfer fee {1} is more than the balance {2} on {3}: at most {4} can be withdrawn with this fee, as the fee is taken from the balance too (&quot;Refund &amp; Withdraw Fund&quot;)</source>
        <translation>{0} 加上转账手续费 {1} 超过 {3} 的余额 {2}：手续费同样从余额中扣除，因此按此手续费最多可提现 {4}（参见“Refund &amp; Withdraw Fund”）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="64"/>
        <source>{0} plus the transfer fee {1} is more than the balance {2} on {3}: nothing would be left, as the fee is taken from the balance too (&quot;Refund &amp; Withdraw Fund&quot;)</source>
        <translation>{0} 加上转账手续费 {1} 超过 {3} 的余额 {2}：手续费同样从余额中扣除，扣除后已无可提现的金额（参见“Refund &amp; Withdraw Fund”）</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="71"/>
        <source>{0} {1} is refused: money added by credit card may only be withdrawn to a credit card and money added any other way only by Western Union or MoneyGram (&quot;Refund &amp; Withdraw Fund&quot;), so after the fee {2} can be withdrawn on {3}</source>
        <translation>{1} {0} 被拒绝：以信用卡充值的资金只能提现到信用卡，以其他方式充值的资金只能通过 Western Union 或 MoneyGram 提现（参见“Refund &amp; Withdraw Fund”），因此 {3} 扣除手续费后可提现：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="119"/>
        <source>no ledger entry {0}</source>
        <translation>没有账目记录 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="122"/>
        <source>ledger entry {0} is a {1}, not a withdrawal</source>
        <translation>账目记录 {0} 的类型为 {1}，不是提现</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="125"/>
        <source>a withdrawal is requested once; mark it done, refused or cancelled</source>
        <translation>提现只需申请一次；请将其标记为已完成、被拒绝或已取消</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="129"/>
        <source>withdrawal {0} is already {1} on {2}; only a requested one can be marked</source>
        <translation>提现 {0} 已于 {2} 标记为 {1}；只能标记处于已申请状态的提现</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="134"/>
        <source>withdrawal {0} is already {1}; only a requested one can be marked</source>
        <translation>提现 {0} 已为 {1}；只能标记处于已申请状态的提现</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="140"/>
        <source>withdrawal {0} was requested on {1}; it cannot end on {2} before that</source>
        <translation>提现 {0} 于 {1} 申请；其结束日期 {2} 不能早于申请日期</translation>
    </message>
    <message>
        <location filename="../../desk/cli.py" line="46"/>
        <source>Desk: orders, supplier disputes, refunds and evidence, until the money is back.</source>
        <translation>Desk：管理订单、供应商纠纷、退款和证据，直至款项追回。</translation>
    </message>
    <message>
        <location filename="../../desk/cli.py" line="52"/>
        <source>open the main window (the default)</source>
        <translation>打开主窗口（默认）</translation>
    </message>
    <message>
        <location filename="../../desk/cli.py" line="88"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../desk/commands/__init__.py" line="49"/>
        <source>the data folder (default: $DESK_DATA, else the platform&apos;s user data folder)</source>
        <translation>数据文件夹（默认：$DESK_DATA，否则为系统的用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/__init__.py" line="55"/>
        <source>print JSON for scripts (an error too, on stderr)</source>
        <translation>为脚本输出 JSON（错误也以 JSON 输出到 stderr）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/__init__.py" line="78"/>
        <source>{0!r} is not a date like 2026-11-23</source>
        <translation>{0!r} 不是形如 2026-11-23 的日期</translation>
    </message>
    <message>
        <location filename="../../desk/commands/__init__.py" line="88"/>
        <source>keep a date before 2000 or more than a year ahead (refused without it, as a likely typing mistake)</source>
        <translation>保留早于 2000 年或晚于一年后的日期（不加此选项时，此类日期会被视为可能的输入错误而拒绝）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/__init__.py" line="101"/>
        <source>unknown {0} {1!r}; known: {2}</source>
        <translation>未知的{0} {1!r}；可用值：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="60"/>
        <source>{0} arrived on {1}: the deposit in full</source>
        <translation>{1} 到账 {0}：保证金已全额到账</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="64"/>
        <source>{0} arrived on {1}, {2} less than the deposit of {3}: likely a transfer fee (&quot;How to Get Your AliExpress Deposit Refunded? Detailed Step-by-Step Guide&quot;: some banks charge high cross-border transfer fees); follow up with the bank or the platform</source>
        <translation>{1} 到账 {0}，比保证金 {3} 少 {2}：可能是转账手续费（“How to Get Your AliExpress Deposit Refunded? Detailed Step-by-Step Guide”：部分银行会收取较高的跨境转账手续费）；请向银行或平台跟进</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="70"/>
        <source>{0} arrived on {1}, {2} more than the deposit of {3}: ask the platform&apos;s customer service</source>
        <translation>{1} 到账 {0}，比保证金 {3} 多 {2}：请咨询平台客服</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="77"/>
        <source>{0} arrived on {1} for a deposit of {2}: converted by the bank (exchange), and Desk has no {3}→{4} rate on or before {5} to compare; add one, then check the bank&apos;s rate and fees</source>
        <translation>{1} 到账 {0}，保证金为 {2}：银行进行了货币兑换，而 Desk 没有 {5} 当日或之前的 {3}→{4} 汇率可供比较；请添加汇率，然后核对银行的汇率和手续费</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="85"/>
        <source>{0} arrived on {1} for a deposit of {2} ({3} at Desk&apos;s rate of the day): the deposit in full</source>
        <translation>{1} 到账 {0}，保证金为 {2}（按 Desk 当日汇率折合 {3}）：保证金已全额到账</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="91"/>
        <source>{0} arrived on {1} for a deposit of {2} ({3} at Desk&apos;s rate of the day): {4} less than expected, from exchange (the bank&apos;s rate and fees); follow up with the bank</source>
        <translation>{1} 到账 {0}，保证金为 {2}（按 Desk 当日汇率折合 {3}）：比预期少 {4}，源于货币兑换（银行的汇率和手续费）；请向银行跟进</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="96"/>
        <source>{0} arrived on {1} for a deposit of {2} ({3} at Desk&apos;s rate of the day): {4} more than expected, from exchange (the bank&apos;s rate and fees); follow up with the bank</source>
        <translation>{1} 到账 {0}，保证金为 {2}（按 Desk 当日汇率折合 {3}）：比预期多 {4}，源于货币兑换（银行的汇率和手续费）；请向银行跟进</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="66"/>
        <location filename="../../desk/reports/bundle.py" line="206"/>
        <location filename="../../desk/reports/bundle_manifest.py" line="45"/>
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="76"/>
        <source>our records hold no orders of this store</source>
        <translation>我方记录中没有该店铺的订单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="77"/>
        <source>none of the store&apos;s %n orders in our records is pending</source>
        <translation>
            <numerusform>我方记录中该店铺的 %n 个订单均不处于待处理状态</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="95"/>
        <source>no dispute on the store&apos;s orders is open in our records</source>
        <translation>我方记录中该店铺的订单没有未结纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="98"/>
        <source>dispute {0} on {1} line {2} ({3})</source>
        <translation>纠纷 {0}（{1} 第 {2} 行，{3}）</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="81"/>
        <source>1 order of the store is still pending in our records: {0}</source>
        <translation>我方记录中该店铺仍有 1 个订单处于待处理状态：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="82"/>
        <source>%n orders of the store are still pending in our records: {0}</source>
        <translation>
            <numerusform>我方记录中该店铺仍有 %n 个订单处于待处理状态：{0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="104"/>
        <source>1 dispute is open: {0}</source>
        <translation>有 1 个未结纠纷：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="105"/>
        <source>%n disputes are open: {0}</source>
        <translation>
            <numerusform>有 %n 个未结纠纷：{0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="110"/>
        <source>confirmed on {0}</source>
        <translation>已于 {0} 确认</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="111"/>
        <source>not confirmed yet: confirm it once it is true</source>
        <translation>尚未确认：条件满足后请予以确认</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="134"/>
        <source>{0} (evidence {1})</source>
        <translation>{0}（证据 {1}）</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="136"/>
        <source>no file linked yet</source>
        <translation>尚未关联文件</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="136"/>
        <source>recommended; no file linked yet</source>
        <translation>建议提供；尚未关联文件</translation>
    </message>
    <message>
        <location filename="../../desk/operations/bundles.py" line="104"/>
        <source>The manifest is signed with the key {0}.</source>
        <translation>清单已使用密钥 {0} 签名。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/bundles.py" line="106"/>
        <source>The manifest is not signed: this computer has no usable keyring.</source>
        <translation>清单未签名：此计算机没有可用的密钥环。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/bundles.py" line="108"/>
        <source>Exported {0} files and the manifest (%n dispute(s)) to {1}.</source>
        <translation>
            <numerusform>已将 {0} 个文件和清单（%n 个纠纷）导出到 {1}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/bundles.py" line="141"/>
        <source>{0} is intact: {1} files</source>
        <translation>{0} 完整无损：共 {1} 个文件</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="28"/>
        <source>{0!r} is not a size like 1280x800</source>
        <translation>{0!r} 不是形如 1280x800 的尺寸</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="30"/>
        <source>{0}: width must be 320–7680 and height 240–4320</source>
        <translation>{0}：宽度须为 320–7680，高度须为 240–4320</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="35"/>
        <source>fill an empty data folder with demo data</source>
        <translation>用演示数据填充空的数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="36"/>
        <source>the date the demo is built around</source>
        <translation>演示数据的基准日期</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="40"/>
        <source>render the main window to a PNG file and exit</source>
        <translation>将主窗口渲染为 PNG 文件后退出</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="42"/>
        <source>the page to show: {0}</source>
        <translation>要显示的页面：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="43"/>
        <source>window size (1280x800)</source>
        <translation>窗口尺寸（1280x800）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="48"/>
        <source>re-hash every evidence file, check references and the audit chain</source>
        <translation>重新计算每个证据文件的哈希值，检查引用和审计链</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="51"/>
        <source>show progress on stderr (the default on a terminal)</source>
        <translation>在 stderr 上显示进度（在终端中默认显示）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="60"/>
        <source>Demo data written to {0}: {1}</source>
        <translation>演示数据已写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="69"/>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="86"/>
        <source>Vault: {0} files, {1} re-hashed, all intact.</source>
        <translation>存储库：{0} 个文件，已重新计算 {1} 个文件的哈希值，全部完好。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="90"/>
        <source>  ({0} vault files no evidence names: left by deleted evidence or an add cut short; harmless)</source>
        <translation>  （存储库中有 {0} 个文件未被任何证据引用：由已删除的证据或中断的添加操作遗留；无害）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="94"/>
        <source>Audit log: {0} entries, chain intact.</source>
        <translation>审计日志：{0} 条记录，链完整。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="96"/>
        <source>Audit log: {0} entries, chain intact; {1}.</source>
        <translation>审计日志：{0} 条记录，链完整；{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="107"/>
        <source>Audit log broken at entry {0}: {1}</source>
        <translation>审计日志在第 {0} 条记录处断开：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/basics.py" line="110"/>
        <source>(%n more problem(s) after it)</source>
        <translation>
            <numerusform>（其后还有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="116"/>
        <source>(If the database was put back from an earlier copy on purpose, the entries after that copy are what is missing.)</source>
        <translation>（如果数据库是有意从较早的副本恢复的，那么缺失的就是该副本之后的记录。）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="122"/>
        <source>Audit log: {0} entries.</source>
        <translation>审计日志：{0} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="124"/>
        <source>Audit log: {0} entries; {1}.</source>
        <translation>审计日志：{0} 条记录；{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="131"/>
        <source>the last is entry {0} of {1}, hash {2}</source>
        <translation>最后一条为第 {0} 条（{1}），哈希值 {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/bundles.py" line="143"/>
        <source>{0} is not intact: %n problem(s)</source>
        <translation>
            <numerusform>{0} 不完整：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="174"/>
        <source>verifying: {0} %</source>
        <translation>正在校验：{0} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/calendar.py" line="63"/>
        <source>Wrote %n deadline(s) to {0}.</source>
        <translation>
            <numerusform>已将 %n 个期限写入 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/calendar.py" line="87"/>
        <location filename="../../desk/operations/calendar.py" line="100"/>
        <source>{0}: cannot be read ({1}), so Desk does not replace it</source>
        <translation>{0}：无法读取（{1}），因此 Desk 不会替换它</translation>
    </message>
    <message>
        <location filename="../../desk/operations/calendar.py" line="90"/>
        <source>{0} holds something other than a calendar Desk wrote: give another file name</source>
        <translation>{0} 中的内容不是 Desk 写入的日历：请换一个文件名</translation>
    </message>
    <message>
        <location filename="../../desk/operations/checks.py" line="46"/>
        <source>{0} is intact: {1} evidence files and {2} audit entries</source>
        <translation>{0} 完整无损：{1} 个证据文件和 {2} 条审计记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/basics.py" line="136"/>
        <location filename="../../desk/operations/checks.py" line="50"/>
        <source>{0} is not intact: {1} problem(s)</source>
        <translation>
            <numerusform>{0} 不完整：{1} 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="93"/>
        <source>the day the dispute opened</source>
        <translation>纠纷发起日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="98"/>
        <location filename="../../desk/operations/disputes.py" line="140"/>
        <location filename="../../desk/operations/disputes.py" line="181"/>
        <source>the amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="107"/>
        <source>Dispute {0} opened on line {1} of {2}, claiming {3}.</source>
        <translation>已针对 {2} 的第 {1} 行发起纠纷 {0}，索赔 {3}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="88"/>
        <source>the deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="89"/>
        <source>the day the application was made</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="98"/>
        <source>Deposit application {0} for {1} on {2}, {3}: store added to Desk.</source>
        <translation>保证金退还申请 {0}：{2} 店铺 {1}，{3}；已将店铺添加到 Desk。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="100"/>
        <source>Deposit application {0} for {1} on {2}, {3}.</source>
        <translation>保证金退还申请 {0}：{2} 店铺 {1}，{3}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="110"/>
        <source>the day it was confirmed</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="115"/>
        <source>Deposit application {0}, {1}: confirmation taken back.</source>
        <translation>保证金退还申请 {0}，{1}：已撤回确认。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="117"/>
        <source>Deposit application {0}, {1}: confirmed.</source>
        <translation>保证金退还申请 {0}，{1}：已确认。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="130"/>
        <source>Deposit application {0} now requires {1}.</source>
        <translation>保证金退还申请 {0} 现要求提供 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="132"/>
        <source>Deposit application {0} now recommends {1}.</source>
        <translation>保证金退还申请 {0} 现建议提供 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="139"/>
        <source>the day it was submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="144"/>
        <source>Deposit application {0} resubmitted on {1}.</source>
        <translation>保证金退还申请 {0} 已于 {1} 重新提交。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="146"/>
        <source>Deposit application {0} submitted on {1}.</source>
        <translation>保证金退还申请 {0} 已于 {1} 提交。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="154"/>
        <location filename="../../desk/operations/disputes.py" line="119"/>
        <source>the date of the event</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="159"/>
        <source>the amount that arrived</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="162"/>
        <source>Deposit application {0}: {1} on {2}.</source>
        <translation>保证金退还申请 {0}：{2}，{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="123"/>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="128"/>
        <source>Dispute {0}: {1} recorded; it is now {2}.</source>
        <translation>纠纷 {0}：已记录{1}；当前状态为{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="148"/>
        <source>Dispute {0} now: {1}.</source>
        <translation>纠纷 {0} 现已更改：{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="150"/>
        <source>Dispute {0}: nothing changed.</source>
        <translation>纠纷 {0}：未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="168"/>
        <source>Amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="171"/>
        <source>Platform&apos;s case number</source>
        <translation>平台案件编号</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="192"/>
        <source>Dispute {0}: statement of facts saved ({1} characters).</source>
        <translation>纠纷 {0}：事实陈述已保存（{1} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="196"/>
        <source>Dispute {0}: statement of facts cleared.</source>
        <translation>纠纷 {0}：事实陈述已清除。</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/preview.py" line="87"/>
        <location filename="../../desk/operations/disputes.py" line="208"/>
        <source>the order is no longer there: it was deleted meanwhile</source>
        <translation>该订单已不存在：已在此期间被删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/letters.py" line="90"/>
        <source>Copied %n letter template(s) into {0}.</source>
        <translation>
            <numerusform>已将 %n 个函件模板复制到 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="106"/>
        <source>The {0} ({1}) for dispute {2} is marked sent on {3} by {4}.</source>
        <translation>纠纷 {2} 的{0}（{1}）已标记为于 {3} 通过 {4} 发送。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="115"/>
        <source>The {0} for dispute {1} is marked sent on {2} by {3}.</source>
        <translation>纠纷 {1} 的{0}已标记为于 {2} 通过 {3} 发送。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="134"/>
        <location filename="../../desk/operations/undo.py" line="66"/>
        <location filename="../../desk/overview/audit_words.py" line="39"/>
        <source>letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="145"/>
        <source>the letter for dispute {0} was cancelled; nothing was recorded</source>
        <translation>纠纷 {0} 的函件已取消；未记录任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="172"/>
        <source>{0}; the letter was recorded and kept as evidence {1}: `desk evidence list {2}` shows it</source>
        <translation>{0}；函件已记录并作为证据 {1} 保存：可通过 `desk evidence list {2}` 查看</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="239"/>
        <source>Made the {0} for dispute {1} in {2} (letter {3}, now in {4}), kept as evidence {5}; reply by {6}.</source>
        <translation>已用 {2} 生成纠纷 {1} 的{0}（函件 {3}，现有 {4} 版本），已作为证据 {5} 保存；回复期限 {6}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="245"/>
        <source>Made the {0} for dispute {1} in {2} (letter {3}, now in {4}), kept as evidence {5}.</source>
        <translation>已用 {2} 生成纠纷 {1} 的{0}（函件 {3}，现有 {4} 版本），已作为证据 {5} 保存。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="250"/>
        <source>Made the {0} for dispute {1} in {2}, kept as evidence {3}; reply by {4}.</source>
        <translation>已用 {2} 生成纠纷 {1} 的{0}，已作为证据 {3} 保存；回复期限 {4}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="255"/>
        <source>Made the {0} for dispute {1} in {2}, kept as evidence {3}.</source>
        <translation>已用 {2} 生成纠纷 {1} 的{0}，已作为证据 {3} 保存。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/orders.py" line="72"/>
        <source>New order {0}</source>
        <translation>新订单 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/orders.py" line="102"/>
        <source>Saved order {0}</source>
        <translation>已保存订单 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/orders.py" line="115"/>
        <location filename="../../desk/operations/parties.py" line="129"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="117"/>
        <source>a deposit packet goes to the platform only (it is never split and holds no internal evidence): it cannot be made for {0!r}</source>
        <translation>保证金材料包只提交给平台（不拆分，也不含内部证据）：无法为 {0!r} 生成</translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="122"/>
        <source>deposit {0}</source>
        <translation>保证金退还申请 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="166"/>
        <source>other packets were being made at the same time and kept taking the page numbers; nothing was written: make this packet again</source>
        <translation>其他材料包正在同时生成，并不断占用页码；未写入任何内容：请重新生成此材料包</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="197"/>
        <location filename="../../desk/reports/packet_split.py" line="128"/>
        <location filename="../../desk/reports/packet_split.py" line="131"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="206"/>
        <location filename="../../desk/operations/packets.py" line="214"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="207"/>
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n 个证据附件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="208"/>
        <source>Made the claim packet for dispute {0}: {1} numbered {2}, {3}, in {4}.</source>
        <translation>已生成纠纷 {0} 的索赔材料包：{1}，编号 {2}，{3}，保存于 {4}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="215"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份材料</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="216"/>
        <source>Made the packet of deposit application {0}: {1} numbered {2}, {3}, in {4}.</source>
        <translation>已生成保证金退还申请 {0} 的材料包：{1}，编号 {2}，{3}，保存于 {4}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="258"/>
        <source>Saved the Bates register (%n packet(s)) to {0}.</source>
        <translation>
            <numerusform>已将贝茨编号登记表（%n 个材料包）保存到 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="260"/>
        <source>Saved the Bates register (no packets made yet) to {0}.</source>
        <translation>已将贝茨编号登记表（尚未生成任何材料包）保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="65"/>
        <source>Supplier {0}</source>
        <translation>供应商 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="76"/>
        <source>Added supplier {0} on {1}.</source>
        <translation>已添加 {1} 供应商 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="76"/>
        <source>Saved supplier {0} on {1}.</source>
        <translation>已保存 {1} 供应商 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="89"/>
        <source>Store {0}</source>
        <translation>店铺 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="101"/>
        <source>Added store {0} on {1} ({2}).</source>
        <translation>已添加 {1} 店铺 {0}（{2}）。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="101"/>
        <source>Saved store {0} on {1} ({2}).</source>
        <translation>已保存 {1} 店铺 {0}（{2}）。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="140"/>
        <source>Opened on</source>
        <translation>开店日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="141"/>
        <source>Closed on</source>
        <translation>关店日期</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="69"/>
        <source>the store needs a name (--store NAME)</source>
        <translation>店铺需要名称（--store NAME）</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="75"/>
        <source>{0!r} is not a country; give an ISO 3166 code such as CN, DE or US</source>
        <translation>{0!r} 不是国家或地区代码；请填写 ISO 3166 代码，例如 CN、DE 或 US</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="86"/>
        <source>the deposit must be more than zero, got {0}</source>
        <translation>保证金必须大于零，当前为 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="97"/>
        <source>store {0!r} on {1} already has deposit application {2} ({3}); a store has one application at a time</source>
        <translation>{1} 上的店铺 {0!r} 已有保证金退还申请 {2}（{3}）；每个店铺同一时间只能有一项申请</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="122"/>
        <source>no deposit application {0}</source>
        <translation>没有保证金退还申请 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="131"/>
        <source>deposit application {0} is {1}: {2} only before it is (re)submitted, while it is draft or rejected</source>
        <translation>保证金退还申请 {0} 当前为{1}状态：只有在（重新）提交之前、处于草稿或已驳回状态时，才能{2}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="149"/>
        <location filename="../../desk/importing/validate.py" line="33"/>
        <location filename="../../desk/orders/lookup.py" line="43"/>
        <location filename="../../desk/sealing.py" line="128"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="151"/>
        <source>deposit application {0} has no prerequisite {1!r}; it has: {2}</source>
        <translation>保证金退还申请 {0} 没有前提条件 {1!r}；现有前提条件：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="158"/>
        <source>{0} is checked against Desk&apos;s {1} of the store, not confirmed: see `desk deposit check {2}` for what still stands in the way</source>
        <translation>{0} 由 Desk 根据店铺的 {1} 核对，无需确认：请通过 `desk deposit check {2}` 查看仍有哪些障碍</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="162"/>
        <source>a prerequisite is confirmed or taken back</source>
        <translation>确认或撤回前提条件</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="167"/>
        <source>{0} was confirmed on {1}; take it back with --undo to confirm it again</source>
        <translation>{0} 已于 {1} 确认；如需重新确认，请先用 --undo 撤回</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="181"/>
        <source>a document is added</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="183"/>
        <source>a document code is a name like tax_certificate, got {0!r}</source>
        <translation>材料代码应为形如 tax_certificate 的名称，收到的是 {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="186"/>
        <source>deposit application {0} already lists the document {1!r}</source>
        <translation>保证金退还申请 {0} 已列有材料 {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="189"/>
        <source>the document needs a label saying what it is</source>
        <translation>该材料需要一个说明其内容的标签</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="216"/>
        <source>&apos;{0}&apos; on {1} is before submission {2} was made ({3})</source>
        <translation>{1} 的“{0}”早于第 {2} 次提交的日期（{3}）</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="229"/>
        <source>deposit application {0} cannot be submitted: 1 requirement is not met:{1}
Nothing was changed.</source>
        <translation>保证金退还申请 {0} 无法提交：有 1 项要求未满足：{1}
未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/applications.py" line="233"/>
        <source>deposit application {0} cannot be submitted: %n requirements are not met:{1}
Nothing was changed.</source>
        <translation>
            <numerusform>保证金退还申请 {0} 无法提交：有 %n 项要求未满足：{1}
未作任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="253"/>
        <source>nothing (it is closed)</source>
        <translation>无（申请已结束）</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="256"/>
        <source>deposit application {0} is {1}: &apos;{2}&apos; cannot happen now; allowed: {3}</source>
        <translation>保证金退还申请 {0} 当前为{1}状态：现在不能记录“{2}”；允许的事件：{3}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="263"/>
        <source>&apos;{0}&apos; on {1} is before the application&apos;s last event ({2})</source>
        <translation>{1} 的“{0}”早于该申请的最后一个事件（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="269"/>
        <source>&apos;paid&apos; needs the amount that arrived (--amount)</source>
        <translation>“paid”需要提供到账金额（--amount）</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="271"/>
        <source>only &apos;paid&apos; takes an amount</source>
        <translation>只有“paid”可以带金额</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="280"/>
        <source>&apos;rejected&apos; needs the platform&apos;s reason (--note TEXT): the resubmission must answer it</source>
        <translation>“rejected”需要提供平台给出的理由（--note TEXT）：重新提交时必须对此作出回应</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="289"/>
        <source>the amount that arrived must be more than zero, got {0}</source>
        <translation>到账金额必须大于零，当前为 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/view.py" line="45"/>
        <source>working days of {0}</source>
        <translation>{0} 的工作日</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/view.py" line="47"/>
        <source>business days of {0}</source>
        <translation>{0} 的营业日</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/view.py" line="49"/>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="144"/>
        <source>Opened member account {0} (account {1}) in {2}.</source>
        <translation>已开设代购会员账户 {0}（账户 {1}），币种 {2}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="154"/>
        <source>the day the funds were added</source>
        <translation>充值日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="159"/>
        <source>Added {0} to {1} by {2}.</source>
        <translation>已通过 {2} 向 {1} 充值 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="164"/>
        <source>the day of the payment</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="173"/>
        <source>Paid {0} for {1} from {2}.</source>
        <translation>已从 {2} 为 {1} 支付 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="178"/>
        <source>the day the cost came back</source>
        <translation>费用退回日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="188"/>
        <source>{0} came back to {1} from {2}.</source>
        <translation>{0} 已从 {2} 退回至 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="190"/>
        <source>{0} came back to {1} from its order.</source>
        <translation>{0} 已从其订单退回至 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="198"/>
        <source>the day of the withdrawal request</source>
        <translation>提现申请日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="206"/>
        <source>Requested a withdrawal of {0} {1} from {2}, and its transfer fee {3}.</source>
        <translation>已从 {2} 申请{1} {0}，另扣转账手续费 {3}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="213"/>
        <source>Requested a withdrawal of {0} {1} from {2}.</source>
        <translation>已从 {2} 申请{1} {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="239"/>
        <source>the day the withdrawal ended</source>
        <translation>提现结束日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="245"/>
        <source>Withdrawal {0} of {1} marked {2}; its transfer fee {3} came back.</source>
        <translation>{1} 的提现 {0} 已标记为{2}；其转账手续费 {3} 已退回。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="253"/>
        <source>Withdrawal {0} of {1} marked {2}.</source>
        <translation>{1} 的提现 {0} 已标记为{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="269"/>
        <source>Stored the withdrawal account of {0}, sealed: {1}.</source>
        <translation>已加密保存 {0} 的提现账户：{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="271"/>
        <source>Cleared the withdrawal account of {0}.</source>
        <translation>已清除 {0} 的提现账户。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="22"/>
        <source>At the purchase agent</source>
        <translation>在代购处</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="23"/>
        <source>Where the platform has no rule of its own</source>
        <translation>平台无自有规则时</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="32"/>
        <location filename="../../desk/policies/words.py" line="34"/>
        <source>On {0}</source>
        <translation>在 {0} 平台</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="39"/>
        <source>The seller&apos;s time to answer a dispute</source>
        <translation>卖家答复纠纷的期限</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="40"/>
        <source>When to escalate a dispute to the platform</source>
        <translation>何时将纠纷升级至平台</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="41"/>
        <source>When a dispute can be opened</source>
        <translation>何时可以发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="42"/>
        <source>Buyer protection after delivery</source>
        <translation>签收后的买家保护</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="43"/>
        <source>The delivery time</source>
        <translation>运输时效</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="44"/>
        <source>The extension of buyer protection</source>
        <translation>买家保护的延长</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="45"/>
        <source>The time to send a refund</source>
        <translation>退款发出时限</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="46"/>
        <source>The time for a refund to arrive</source>
        <translation>退款到账时限</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="47"/>
        <source>The review of a deposit refund application</source>
        <translation>保证金退还申请的审核</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="48"/>
        <source>The time to carry out a withdrawal</source>
        <translation>提现处理时限</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="59"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="66"/>
        <source>a refund to {0} is sent at once</source>
        <translation>退至 {0} 的退款立即发出</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="67"/>
        <source>a refund to {0} is sent within {1}</source>
        <translation>退至 {0} 的退款在 {1}内发出</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="68"/>
        <source>a refund is sent at once</source>
        <translation>退款立即发出</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="68"/>
        <source>a refund is sent within {0}</source>
        <translation>退款在 {0}内发出</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="75"/>
        <source>a refund to {0} arrives the same day</source>
        <translation>退至 {0} 的退款当天到账</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="76"/>
        <source>a refund to {0} arrives within {1}</source>
        <translation>退至 {0} 的退款在 {1}内到账</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="78"/>
        <source>a refund arrives the same day</source>
        <translation>退款当天到账</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="79"/>
        <source>a refund arrives within {0}</source>
        <translation>退款在 {0}内到账</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="86"/>
        <source>the seller has {0} to answer a dispute</source>
        <translation>卖家须在 {0}内答复纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="89"/>
        <source>you can escalate a dispute to the platform right away</source>
        <translation>可立即将纠纷升级至平台</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="90"/>
        <source>you can escalate a dispute to the platform {0} later</source>
        <translation>可在 {0}后将纠纷升级至平台</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="92"/>
        <source>a dispute can be opened {0} after the order was shipped</source>
        <translation>订单发货 {0}后可发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="94"/>
        <source>buyer protection lasts {0} after delivery</source>
        <translation>买家保护在签收后持续 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="96"/>
        <source>an order should arrive within {0} of shipping</source>
        <translation>订单应在发货后 {0}内送达</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="98"/>
        <source>buyer protection can be extended by {0}</source>
        <translation>买家保护可延长 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="104"/>
        <source>the platform decides on a deposit refund application within {0}</source>
        <translation>平台在 {0}内对保证金退还申请作出决定</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="106"/>
        <source>a withdrawal from the member account is done within {0}</source>
        <translation>代购会员账户的提现在 {0}内完成</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="126"/>
        <source>your override, from {0}</source>
        <translation>您的自定义值，来源：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="19"/>
        <source>see platform rules and override them</source>
        <translation>查看平台规则并自定义</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="22"/>
        <source>each rule: value, unit, effective date, source</source>
        <translation>每条规则：值、单位、生效日期、来源</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="23"/>
        <source>one platform, `agent` or `default` (all)</source>
        <translation>单个平台，`agent` 或 `default`（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="25"/>
        <source>mark the rules in force then (today)</source>
        <translation>标出当日生效的规则（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="29"/>
        <source>override a rule from a date on</source>
        <translation>从某一日期起自定义规则</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="31"/>
        <source>e.g. seller_response, refund_arrival, protection_window</source>
        <translation>例如 seller_response、refund_arrival、protection_window</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="32"/>
        <source>days, or a range such as 3-20</source>
        <translation>天数，或范围，例如 3-20</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="34"/>
        <source>the day it took effect</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="36"/>
        <source>where you read it</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="37"/>
        <source>a payment method, for per-method rules</source>
        <translation>支付方式，用于按支付方式区分的规则</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="38"/>
        <source>days, business_days or working_days (the shipped rule&apos;s)</source>
        <translation>days、business_days 或 working_days（默认与内置规则相同）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="42"/>
        <source>remove an override; the shipped rule applies again</source>
        <translation>删除自定义值；内置规则重新适用</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="50"/>
        <source>show or change the business&apos;s settings</source>
        <translation>查看或更改企业设置</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="51"/>
        <source>home_currency, reminder_days or country</source>
        <translation>home_currency、reminder_days 或 country</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="70"/>
        <source>{0} (working days counted in {1}):</source>
        <translation>{0}（工作日按 {1} 计算）：</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="75"/>
        <location filename="../../desk/policies/words.py" line="126"/>
        <source>your override</source>
        <translation>您的自定义值</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="76"/>
        <source>Desk&apos;s reading</source>
        <translation>Desk 的解读</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="80"/>
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="80"/>
        <source>not in force</source>
        <translation>未生效</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="83"/>
        <source>{0}; for {1}</source>
        <translation>{0}；沿用“{1}”的规则</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="129"/>
        <source>Desk&apos;s default</source>
        <translation>Desk 默认值</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/policy.py" line="41"/>
        <location filename="../../desk/policies/words.py" line="130"/>
        <source>Desk&apos;s reading of {0}</source>
        <translation>Desk 对 {0} 的解读</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="132"/>
        <source>{0}, in effect since {1}</source>
        <translation>{0}，自 {1} 起生效</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="143"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/evidence.py" line="88"/>
        <source>%n file(s) found in the folders given were not added: {0}</source>
        <translation>
            <numerusform>所给文件夹中找到的 %n 个文件未添加：{0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="126"/>
        <location filename="../../desk/verify.py" line="40"/>
        <source>no case</source>
        <translation>证据库（未归入案件）</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="133"/>
        <source>{0} of {1} files were added to {2}</source>
        <translation>已将 {1} 个文件中的 {0} 个添加到 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="138"/>
        <location filename="../../desk/operations/evidence.py" line="146"/>
        <source>Cancelled: {0}; the rest were not.</source>
        <translation>已取消：{0}；其余文件未添加。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="161"/>
        <location filename="../../desk/operations/evidence.py" line="182"/>
        <source>{0} before this; the rest were not.</source>
        <translation>此前{0}；其余文件未添加。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="181"/>
        <source>{0}; {1} before it, the rest were not</source>
        <translation>{0}；此前{1}，其余文件未添加</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="217"/>
        <source>Nothing was added to {0}.</source>
        <translation>未向 {0} 添加任何文件。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="218"/>
        <source>There were no files to add (hidden files are left out).</source>
        <translation>没有可添加的文件（隐藏文件不计在内）。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="220"/>
        <source>{0} added to {1}, {2} already kept and now linked.</source>
        <translation>{0} 个文件已添加到 {1}，{2} 个已存有的文件现已关联。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="222"/>
        <source>{0} added to {1}.</source>
        <translation>{0} 个文件已添加到 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="232"/>
        <source>Evidence {0} ({1}) is no longer linked to {2}.</source>
        <translation>证据 {0}（{1}）已不再关联到 {2}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="245"/>
        <source>Evidence {0} ({1}) is {2}.</source>
        <translation>证据 {0}（{1}）：{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="254"/>
        <source>say what to change: the kind, the description or what it shows</source>
        <translation>请说明要更改的内容：类别、描述或所示内容</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="258"/>
        <source>Evidence {0} ({1})</source>
        <translation>证据 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="267"/>
        <source>is now {0}</source>
        <translation>类别现为{0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="270"/>
        <source>has a new description</source>
        <translation>描述已更新</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="270"/>
        <source>has no description now</source>
        <translation>现已无描述</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="274"/>
        <source>shows {0}</source>
        <translation>所示内容确认为{0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="276"/>
        <source>is no longer counted for the evidence checklist</source>
        <translation>不再计入证据材料清单</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="280"/>
        <location filename="../../desk/orders/holdings.py" line="45"/>
        <source>{0} and {1}</source>
        <translation>{0}，且{1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="283"/>
        <source>Evidence {0} ({1}) {2}.</source>
        <translation>证据 {0}（{1}）{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="292"/>
        <source>It is</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="295"/>
        <source>It shows</source>
        <translation>所示内容</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="300"/>
        <source>Counted for</source>
        <translation>计入</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="315"/>
        <source>{0} was deleted for good; its file stays: other evidence holds the same file</source>
        <translation>{0} 已永久删除；其文件保留：其他证据引用了同一文件</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="318"/>
        <source>{0} was deleted for good; its file could not be removed yet (another program may have it open): Desk removes it the next time it opens this data folder</source>
        <translation>{0} 已永久删除；其文件暂时无法移除（可能被其他程序打开）：Desk 下次打开此数据文件夹时会将其移除</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="322"/>
        <source>{0} was deleted for good; its file was removed</source>
        <translation>{0} 已永久删除；其文件已移除</translation>
    </message>
    <message>
        <location filename="../../desk/importing/importer.py" line="35"/>
        <location filename="../../desk/operations/payment_imports.py" line="31"/>
        <source>the import was cancelled; nothing was imported</source>
        <translation>导入已取消；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/operations/payment_imports.py" line="82"/>
        <source>{0} is not a PayPal activity download (Activity → Download, CSV)</source>
        <translation>{0} 不是 PayPal 活动记录下载文件（Activity → Download，CSV）</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="108"/>
        <source>{0} for payments by {1}</source>
        <translation>{1} 付款的{0}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="112"/>
        <source>{0}, Desk knows no rule for {1} on {2}; the first one takes effect on {3}</source>
        <translation>{0}，Desk 没有关于{1}在 {2} 适用的规则；最早的规则自 {3} 起生效</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="117"/>
        <source>{0}, Desk knows no rule for {1}: set your own from the day it applies (desk policy set)</source>
        <translation>{0}，Desk 没有关于{1}的规则：请自规则适用之日起设置您自己的规则（desk policy set）</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="165"/>
        <source>policy override {0} ({1})</source>
        <translation>自定义规则 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="171"/>
        <source>{0}: value is not JSON: {1!r}</source>
        <translation>{0}：值不是 JSON：{1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="198"/>
        <source>{0}: unknown rule {1!r}; known: {2}</source>
        <translation>{0}：未知规则 {1!r}；可用规则：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="218"/>
        <source>the {0} rules are not a platform&apos;s and cannot be overridden yet; enter the date on the case as a deadline override instead</source>
        <translation>{0} 规则不属于任何平台，暂时无法自定义；请改为在案件上直接录入该期限的日期</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="223"/>
        <location filename="../../desk/policies/view.py" line="40"/>
        <source>unknown platform {0!r}; known: {1}</source>
        <translation>未知平台 {0!r}；可用平台：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="249"/>
        <source>{0}: this rule is the same for every payment method; leave out --method</source>
        <translation>{0}：此规则对所有支付方式都相同；请去掉 --method</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="279"/>
        <source>no override of {0} {1} effective {2}</source>
        <translation>没有自 {2} 起生效的 {0} {1} 自定义值</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="293"/>
        <source>{0!r} is not a number of days or a range like 3-20</source>
        <translation>{0!r} 不是天数，也不是形如 3-20 的范围</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="63"/>
        <source>{0}–{1} working days</source>
        <translation>{0}–{1} 个工作日</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="65"/>
        <source>{0}–{1} business days</source>
        <translation>{0}–{1} 个营业日</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="66"/>
        <source>{0}–{1} days</source>
        <translation>{0}–{1} 天</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="71"/>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/policies/rules.py" line="71"/>
        <source>%n working days</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="73"/>
        <source>1 business day</source>
        <translation>1 个营业日</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/policies/rules.py" line="73"/>
        <source>%n business days</source>
        <translation>
            <numerusform>%n 个营业日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="74"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/policies/rules.py" line="74"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="133"/>
        <source>{0}: value must not be negative, got {1}</source>
        <translation>{0}：值不得为负数，当前为 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="143"/>
        <source>{0}: value [{1}, {2}] must be [min, max] with 0 &lt;= min &lt;= max</source>
        <translation>{0}：值 [{1}, {2}] 必须为 [min, max]，且 0 &lt;= min &lt;= max</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="147"/>
        <source>{0}: value must be a number of days or a [min, max] pair, got {1!r}</source>
        <translation>{0}：值必须是天数或 [min, max] 数对，当前为 {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="153"/>
        <source>{0}: unknown unit {1!r}; use {2}</source>
        <translation>{0}：未知单位 {1!r}；请使用 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="162"/>
        <source>{0}: unknown payment method {1!r}; known: {2}</source>
        <translation>{0}：未知支付方式 {1!r}；可用支付方式：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/apple_mail.py" line="69"/>
        <source>Mail can only be asked on a Mac</source>
        <translation>只能在 Mac 上向“邮件”应用请求邮件</translation>
    </message>
    <message>
        <location filename="../../desk/apple_mail.py" line="79"/>
        <source>Mail did not answer within {0} seconds</source>
        <translation>“邮件”应用未在 {0} 秒内响应</translation>
    </message>
    <message>
        <location filename="../../desk/apple_mail.py" line="81"/>
        <source>Mail could not be asked: {0}</source>
        <translation>无法向“邮件”应用请求邮件：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/apple_mail.py" line="89"/>
        <source>Desk may not ask Mail for messages: allow it in System Settings › Privacy &amp; Security › Automation (Desk › Mail), then drop the message again</source>
        <translation>Desk 无权向“邮件”应用获取邮件：请在“系统设置 › 隐私与安全性 › 自动化”（System Settings › Privacy &amp; Security › Automation）中允许（Desk › 邮件），然后重新拖放该邮件</translation>
    </message>
    <message>
        <location filename="../../desk/apple_mail.py" line="94"/>
        <source>Mail is not running</source>
        <translation>“邮件”应用未运行</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="61"/>
        <source>the audit log&apos;s head file</source>
        <translation>审计日志的头文件</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="64"/>
        <source>it is not what Desk writes there ({0})</source>
        <translation>其内容不是 Desk 写入的内容（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="66"/>
        <source>its entry number {0!r} is not a whole number from 1</source>
        <translation>其条目编号 {0!r} 不是从 1 起的整数</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="68"/>
        <source>its hash {0!r} is not 64 hexadecimal digits</source>
        <translation>其哈希值 {0!r} 不是 64 位十六进制数字</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="70"/>
        <source>its time {0!r} has no time zone</source>
        <translation>其时间 {0!r} 没有时区</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="89"/>
        <source>it could not be read ({0})</source>
        <translation>无法读取（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="148"/>
        <source>no deadline can be counted from {0}: {1} working days after it is past the last date a calendar holds; correct that date</source>
        <translation>无法从 {0} 起计算期限：其后 {1} 个工作日超出了日历所含的最后日期；请更正该日期</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="153"/>
        <source>no deadline can be counted from {0}: {1} working days before it is past the last date a calendar holds; correct that date</source>
        <translation>无法从 {0} 起计算期限：其前 {1} 个工作日超出了日历所含的最后日期；请更正该日期</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="160"/>
        <source>no deadline can be counted from {0}: {1} days after it is past the last date a calendar holds; correct that date</source>
        <translation>无法从 {0} 起计算期限：其后 {1} 天超出了日历所含的最后日期；请更正该日期</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="165"/>
        <source>no deadline can be counted from {0}: {1} days before it is past the last date a calendar holds; correct that date</source>
        <translation>无法从 {0} 起计算期限：其前 {1} 天超出了日历所含的最后日期；请更正该日期</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="216"/>
        <source>{0} {1}: if it is right, give --confirm-date to keep it</source>
        <translation>{0} {1}：如确无误，请加上 --confirm-date 以保留</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="221"/>
        <source>{0} and {1} are outside the dates Desk takes without asking ({2} to {3}): if they are right, give --confirm-date to keep them</source>
        <translation>{0} 和 {1} 超出了 Desk 无需确认即可接受的日期范围（{2} 至 {3}）：如确无误，请加上 --confirm-date 以保留</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="229"/>
        <source>{0} is before {1}, outside the dates Desk takes without asking ({1} to {2})</source>
        <translation>{0} 早于 {1}，超出了 Desk 无需确认即可接受的日期范围（{1} 至 {2}）</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="232"/>
        <source>{0} is more than a year ahead, outside the dates Desk takes without asking ({1} to {2})</source>
        <translation>{0} 在一年以后，超出了 Desk 无需确认即可接受的日期范围（{1} 至 {2}）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="25"/>
        <source>member accounts: balance, history, withdrawals</source>
        <translation>代购会员账户：余额、历史记录、提现</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="37"/>
        <source>PROVIDER/NAME, or NAME when no other provider has an account of that name</source>
        <translation>PROVIDER/NAME；如没有其他服务商有同名账户，可只写 NAME</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="41"/>
        <source>the day it happened (today)</source>
        <translation>发生日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="49"/>
        <source>open a member account</source>
        <translation>开设代购会员账户</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="51"/>
        <source>the agent or platform and our member name there</source>
        <translation>代购或平台，以及我方在该处的会员名</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="53"/>
        <source>the currency its balance is kept in, e.g. CNY</source>
        <translation>余额所用的币种，例如 CNY</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="55"/>
        <source>every member account with its balance</source>
        <translation>列出所有代购会员账户及其余额</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="56"/>
        <source>balance, what may be withdrawn, and the history</source>
        <translation>余额、可提现金额和历史记录</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="58"/>
        <source>for withdrawals due (today)</source>
        <translation>计算到期提现所依据的日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="61"/>
        <source>money added to the balance</source>
        <translation>向余额充值</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="64"/>
        <source>an order paid from the balance</source>
        <translation>用余额支付订单</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="66"/>
        <source>what was paid (the order&apos;s total)</source>
        <translation>支付金额（默认为订单总额）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="67"/>
        <source>cost returned to the balance from an order or a claim</source>
        <translation>从订单或索赔退回余额的费用</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="69"/>
        <source>the claim it settles</source>
        <translation>其所结算的索赔</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="74"/>
        <source>request a withdrawal; its transfer fee is taken from the balance</source>
        <translation>申请提现；转账手续费从余额中扣除</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="76"/>
        <source>credit_card, western_union or moneygram</source>
        <translation>credit_card、western_union 或 moneygram</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="77"/>
        <source>the transfer fee (0 if none)</source>
        <translation>转账手续费（无则填 0）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="80"/>
        <source>mark a requested withdrawal done, refused or cancelled</source>
        <translation>将已申请的提现标记为已完成、被拒绝或已取消</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="91"/>
        <source>store where withdrawals go (read from stdin or a prompt), sealed; printed masked</source>
        <translation>保存提现去向（从 stdin 或提示输入读取），加密保存；显示时打码</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="94"/>
        <source>print the stored value, masked; reads nothing</source>
        <translation>显示已保存的值（打码）；不读取任何输入</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="101"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="123"/>
        <source>No member accounts yet: open one with `desk account new PROVIDER/NAME --currency C`.</source>
        <translation>尚无代购会员账户：请使用 `desk account new PROVIDER/NAME --currency C` 开设。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="185"/>
        <location filename="../../desk/commands/disputes.py" line="89"/>
        <location filename="../../desk/commands/disputes.py" line="124"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="237"/>
        <source>Withdrawal account (not shown as you type): </source>
        <translation>提现账户（输入时不显示）：</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="240"/>
        <source>none stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="241"/>
        <source>Withdrawal account of {0} (account {1}): {2}</source>
        <translation>{0} 的提现账户（账户 {1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/audience.py" line="25"/>
        <source>who may see it: everyone (it may be sent to the supplier, platform or payment provider; the default), lawyer (our staff and our lawyer), staff (our staff only)</source>
        <translation>谁可以查看：everyone（所有人：可能发送给供应商、平台或支付服务商；默认）、lawyer（我方员工和我方律师）、staff（仅限我方员工）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/bates.py" line="22"/>
        <source>the Bates register: every packet made, its page numbers and its exhibits&apos;, as CSV</source>
        <translation>贝茨编号登记表：已生成的每个材料包及其页码和证据附件，CSV 格式</translation>
    </message>
    <message>
        <location filename="../../desk/commands/bates.py" line="25"/>
        <location filename="../../desk/commands/packet.py" line="44"/>
        <source>where to write it</source>
        <translation>写入位置</translation>
    </message>
    <message>
        <location filename="../../desk/commands/calendar.py" line="24"/>
        <source>write the deadlines as a calendar file (.ics) for calendar apps</source>
        <translation>将期限写成供日历应用使用的日历文件（.ics）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/calendar.py" line="26"/>
        <source>Writes every deadline of the open cases as an all-day event, with a reminder at 9:00 on each day the deadline&apos;s kind reminds (7, 3 and 1 days before and on the day, unless changed in Preferences). Without -o it writes the data folder&apos;s own calendar file, which a calendar app can subscribe to; writing it again updates the events the app shows instead of adding copies.</source>
        <translation>将所有未结案件的每个期限写成全天事件，并在该期限类型设定的提醒日（期限前 7、3、1 天及当天，除非在偏好设置中更改）的 9:00 提醒。不加 -o 时写入数据文件夹自己的日历文件，日历应用可以订阅该文件；再次写入会更新应用中显示的事件，而不会添加副本。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/calendar.py" line="38"/>
        <source>where to write it (the data folder&apos;s own)</source>
        <translation>写入位置（默认为数据文件夹自己的日历文件）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/calendar.py" line="41"/>
        <location filename="../../desk/commands/due.py" line="26"/>
        <source>count from this day (today)</source>
        <translation>从此日期起计算（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="23"/>
        <source>get a store&apos;s deposit back from its platform</source>
        <translation>从平台取回店铺的保证金</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="27"/>
        <source>a draft application, its checklist from policy</source>
        <translation>创建草稿申请，其材料清单依据平台政策生成</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="29"/>
        <source>the store (added to Desk if it has none)</source>
        <translation>店铺（如 Desk 中尚无该店铺，则添加）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="33"/>
        <source>the deposit with its currency: &quot;10000 CNY&quot;</source>
        <translation>保证金及其币种：&quot;10000 CNY&quot;</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="35"/>
        <source>the store&apos;s country, when it is added</source>
        <translation>店铺所在国家或地区（添加店铺时使用）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="36"/>
        <source>created on (today)</source>
        <translation>创建日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="41"/>
        <source>each prerequisite and document, met or not, why</source>
        <translation>列出每项前提条件和材料：是否满足及原因</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="46"/>
        <source>confirm a prerequisite Desk cannot check</source>
        <translation>确认一项 Desk 无法核对的前提条件</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="49"/>
        <source>confirmed on (today)</source>
        <translation>确认日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="50"/>
        <source>how you know</source>
        <translation>依据（您如何得知）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="51"/>
        <source>take a confirmation back</source>
        <translation>撤回确认</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="55"/>
        <source>add a document the platform asks for</source>
        <translation>添加平台要求的材料</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="57"/>
        <source>a short name, e.g. tax_certificate</source>
        <translation>简短名称，例如 tax_certificate</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="58"/>
        <source>what the document is</source>
        <translation>材料说明</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="60"/>
        <source>recommended only: does not block submitting</source>
        <translation>仅为建议：不影响提交</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="65"/>
        <source>submit (or resubmit); refused while anything is missing</source>
        <translation>提交（或重新提交）；有任何缺项时拒绝</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="68"/>
        <source>submitted on (today)</source>
        <translation>提交日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="73"/>
        <source>record what the platform did; impossible ones refused</source>
        <translation>记录平台的处理结果；不可能的事件会被拒绝</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="77"/>
        <source>when (today)</source>
        <translation>日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="79"/>
        <source>paid: what arrived, &quot;9850 CNY&quot; or &quot;1380 USD&quot;</source>
        <translation>paid：到账金额，&quot;9850 CNY&quot; 或 &quot;1380 USD&quot;</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="81"/>
        <source>rejected: the platform&apos;s reason</source>
        <translation>rejected：平台给出的理由</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="86"/>
        <source>submissions with review windows, what arrived, next</source>
        <translation>显示各次提交及其审核期、到账情况和下一步</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="96"/>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="103"/>
        <source>store added to Desk</source>
        <translation>店铺已添加到 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="144"/>
        <location filename="../../desk/commands/disputes.py" line="108"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="172"/>
        <source>Deposit application {0}: {1} on {2}, {3}, {4}</source>
        <translation>保证金退还申请 {0}：{2} 店铺 {1}，{3}，{4}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="183"/>
        <source>Prerequisites:</source>
        <translation>前提条件：</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="183"/>
        <source>Documents:</source>
        <translation>材料：</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="191"/>
        <source>Not ready to submit: {0} missing ({1}).</source>
        <translation>尚不能提交：缺少 {0} 项（{1}）。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="193"/>
        <source>Ready to submit: desk deposit submit {0}</source>
        <translation>可以提交：desk deposit submit {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="211"/>
        <location filename="../../desk/overview/audit_words.py" line="160"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="212"/>
        <source>created {0}; next: {1}</source>
        <translation>创建于 {0}；下一步：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="218"/>
        <source>submission {0} on {1}: {2} on {3}: {4}</source>
        <translation>第 {0} 次提交（{1}）：{3} {2}：{4}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="221"/>
        <source>submission {0} on {1}: {2} on {3}</source>
        <translation>第 {0} 次提交（{1}）：{3} {2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="225"/>
        <source>submission {0} on {1}: in review; a decision is expected {2} to {3} ({4}; {5})</source>
        <translation>第 {0} 次提交（{1}）：审核中；预计于 {2} 至 {3} 作出决定（{4}；{5}）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="230"/>
        <source>submission {0} on {1}: in review; no review window known: {2}</source>
        <translation>第 {0} 次提交（{1}）：审核中；审核期未知：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="236"/>
        <source>FOLLOW UP: {0}</source>
        <translation>需跟进：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="238"/>
        <source>{0} [cause: {1}]</source>
        <translation>{0} [原因：{1}]</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="241"/>
        <source>note: {0}</source>
        <translation>备注：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="31"/>
        <source>open a dispute and record what happens in it</source>
        <translation>发起纠纷并记录其进展</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="35"/>
        <source>open a dispute on one order line</source>
        <translation>针对一个订单行发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="40"/>
        <location filename="../../desk/commands/disputes.py" line="64"/>
        <source>the amount claimed, e.g. 12.50</source>
        <translation>索赔金额，例如 12.50</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="42"/>
        <source>when it was opened (today)</source>
        <translation>发起日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="48"/>
        <source>record an event; impossible ones are refused</source>
        <translation>记录事件；不可能的事件会被拒绝</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="59"/>
        <source>correct a dispute as entered: only what is given changes</source>
        <translation>更正已录入的纠纷：只更改所给出的项</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="66"/>
        <source>the platform&apos;s case number (&apos;&apos; clears it)</source>
        <translation>平台案件编号（&apos;&apos; 表示清除）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="71"/>
        <source>set the statement of facts that opens the claim packet</source>
        <translation>设置索赔材料包开头的事实陈述</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="75"/>
        <source>read it from FILE (UTF-8)</source>
        <translation>从 FILE 读取（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="77"/>
        <source>the statement itself</source>
        <translation>陈述内容</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="80"/>
        <source>a dispute with its timeline</source>
        <translation>显示纠纷及其时间线</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="123"/>
        <source>say what to correct: --reason, --want, --amount or --case-no</source>
        <translation>请说明要更正的内容：--reason、--want、--amount 或 --case-no</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="138"/>
        <source>give the statement with --text or --file, not both</source>
        <translation>请用 --text 或 --file 提供陈述，不能同时使用</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="145"/>
        <source>{0}: cannot read the statement: {1}</source>
        <translation>{0}：无法读取陈述：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="230"/>
        <source>{0}, wants {1}, claimed {2}, won {3}</source>
        <translation>{0}，要求{1}，索赔 {2}，胜诉金额 {3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="234"/>
        <source>{0}, wants {1}, claimed {2}</source>
        <translation>{0}，要求{1}，索赔 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="236"/>
        <source>Dispute {0}: {1} line {2} ({3})</source>
        <translation>纠纷 {0}：{1} 第 {2} 行（{3}）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="240"/>
        <source>state: {0}; what can happen next: {1}</source>
        <translation>状态：{0}；接下来可能发生：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="243"/>
        <source>the platform&apos;s case number: {0}</source>
        <translation>平台案件编号：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="247"/>
        <source>(event {0})</source>
        <translation>（事件 {0}）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="252"/>
        <source>{0} {1} in {2}</source>
        <translation>{0} {1}（账户 {2}）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="23"/>
        <source>deadlines of open cases by date: overdue, due, upcoming</source>
        <translation>按日期列出未结案件的期限：已逾期、到期、即将到期</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="30"/>
        <source>the reminders shown today, snoozed or dismissed ones too</source>
        <translation>今天显示的提醒，包括已稍后提醒或已忽略的提醒</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="36"/>
        <source>what came due since the last run, with a desktop notification where the system shows one (for Task Scheduler, launchd or cron); also brings the data folder&apos;s calendar up to date</source>
        <translation>自上次运行以来到期的事项，并在系统支持时显示桌面通知（供任务计划程序、launchd 或 cron 使用）；同时更新数据文件夹中的日历</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="41"/>
        <source>with --remind: print only, no desktop notification</source>
        <translation>与 --remind 一起使用：只打印，不显示桌面通知</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="45"/>
        <source>snooze or dismiss a reminder</source>
        <translation>稍后提醒或忽略提醒</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="47"/>
        <source>hide a reminder until a day</source>
        <translation>隐藏提醒，直到某一天</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="48"/>
        <location filename="../../desk/commands/due.py" line="56"/>
        <source>the reminder, as `desk due --reminders` names it</source>
        <translation>提醒，使用 `desk due --reminders` 中显示的名称</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="50"/>
        <source>the day it shows again</source>
        <translation>再次显示的日期</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="55"/>
        <source>hide a reminder until its next step</source>
        <translation>隐藏提醒，直到案件进入下一步</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="81"/>
        <source>Nothing due: no open case has a deadline.</source>
        <translation>没有到期事项：没有未结案件设有期限。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="103"/>
        <location filename="../../desk/lists/deadlines.py" line="56"/>
        <location filename="../../desk/overview/deadlines.py" line="58"/>
        <location filename="../../desk/refunds/tracking.py" line="142"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="105"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/due.py" line="107"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="110"/>
        <source>(snoozed until {0})</source>
        <translation>（已推迟到 {0} 再提醒）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="112"/>
        <source>(dismissed)</source>
        <translation>（已忽略）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="129"/>
        <source>No reminders today.</source>
        <translation>今天没有提醒。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="147"/>
        <source>Nothing came due since {0}.</source>
        <translation>自 {0} 以来没有到期事项。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="149"/>
        <source>Nothing came due.</source>
        <translation>没有到期事项。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="155"/>
        <source>this system shows no desktop notification here; the list above is all</source>
        <translation>此系统在此处不显示桌面通知；以上列表即为全部</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="25"/>
        <source>a dispute id (12), an order (aliexpress:8179…), refund:N or checklist:N</source>
        <translation>纠纷 ID（12）、订单（aliexpress:8179…）、refund:N 或 checklist:N</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="29"/>
        <source>add and list evidence files</source>
        <translation>添加和列出证据文件</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="32"/>
        <source>add files (and folders) as evidence for a case</source>
        <translation>将文件（和文件夹）作为证据添加到案件</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="36"/>
        <source>what it shows</source>
        <translation>所示内容</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="40"/>
        <source>all evidence, or a case&apos;s</source>
        <translation>所有证据，或某个案件的证据</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="44"/>
        <source>take evidence off a case (the file stays)</source>
        <translation>将证据从案件中移除（文件保留）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="49"/>
        <source>say who may see evidence</source>
        <translation>设置证据的可见范围</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="55"/>
        <source>say what evidence is and what it shows</source>
        <translation>说明证据的类别及所示内容</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="58"/>
        <source>what it shows (&quot;&quot; removes it)</source>
        <translation>所示内容（&quot;&quot; 表示删除）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="64"/>
        <source>confirm which item of the evidence checklist it shows: photo_as_arrived, defect_video, tracking_history, correspondence, payment_proof, order_confirmation (&quot;&quot; takes the confirmation back)</source>
        <translation>确认其对应证据材料清单中的哪一项：photo_as_arrived、defect_video、tracking_history、correspondence、payment_proof、order_confirmation（&quot;&quot; 表示撤回确认）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="74"/>
        <source>delete voided evidence for good, with its links and, if no other evidence holds it, its file (audited; cannot be undone). Void it first: desk void evidence ID --reason TEXT</source>
        <translation>永久删除已作废的证据及其关联；如无其他证据引用其文件，则一并删除该文件（记入审计日志；无法撤销）。请先将其作废：desk void evidence ID --reason TEXT</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="86"/>
        <location filename="../../desk/commands/evidence.py" line="165"/>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="102"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="102"/>
        <source>already kept, linked</source>
        <translation>已存有，已关联</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="103"/>
        <source>({0} bytes, {1}, {2})</source>
        <translation>（{0} 字节，{1}，{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="108"/>
        <source>WARNING: {0}</source>
        <translation>警告：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="116"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="135"/>
        <source>(no case)</source>
        <translation>（无案件）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="139"/>
        <source>{0} bytes</source>
        <translation>{0} 字节</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="23"/>
        <source>a .zip for our lawyer: summary PDF, tables, evidence, manifest</source>
        <translation>为我方律师生成 .zip：摘要 PDF、表格、证据、清单</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="28"/>
        <source>an order (aliexpress:8179…), a dispute id (12) or refund:N; repeat for more (default: every order)</source>
        <translation>订单（aliexpress:8179…）、纠纷 ID（12）或 refund:N；可重复指定（默认：所有订单）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="32"/>
        <source>only orders placed on or after DATE</source>
        <translation>仅包括在 DATE 当天或之后下单的订单</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="34"/>
        <source>only orders placed on or before DATE</source>
        <translation>仅包括在 DATE 当天或之前下单的订单</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="38"/>
        <source>check a bundle made by `desk export` against its manifest</source>
        <translation>根据清单校验由 `desk export` 生成的律师材料包</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="43"/>
        <source>the fingerprint of the key the bundle must be signed with, as its sender gave it</source>
        <translation>律师材料包必须使用的签名密钥指纹，以发送方提供的为准</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="70"/>
        <source>wrote {0}: {1} files and the manifest, {2}, {3} disputes</source>
        <translation>已写入 {0}：{1} 个文件和清单，{2}，{3} 个纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="73"/>
        <source>manifest sha256 {0} (note it: it proves later that the bundle is the one you sent)</source>
        <translation>清单 sha256 {0}（请记下：日后可据此证明该律师材料包就是您发送的那一个）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="77"/>
        <source>signed with the key {0} (give counsel this fingerprint by another way than the bundle)</source>
        <translation>已使用密钥 {0} 签名（请通过律师材料包以外的途径将此指纹告知法律顾问）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="80"/>
        <source>not signed: {0}</source>
        <translation>未签名：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="119"/>
        <source>intact: {0} files, the manifest signed and unchanged since</source>
        <translation>完整无损：{0} 个文件，清单已签名且此后未被改动</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="121"/>
        <source>manifest sha256 {0}</source>
        <translation>清单 sha256 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="124"/>
        <source>the key expected</source>
        <translation>与预期的密钥一致</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="125"/>
        <source>NOT the key expected</source>
        <translation>并非预期的密钥</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="126"/>
        <source>compare it with the fingerprint the sender gave you, or give it with --key</source>
        <translation>请与发送方提供的指纹比对，或用 --key 指定</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="128"/>
        <source>signed with the key {0} ({1})</source>
        <translation>已使用密钥 {0} 签名（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="27"/>
        <source>to the seller</source>
        <translation>致卖家</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="28"/>
        <source>to the platform</source>
        <translation>致平台</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="29"/>
        <source>to counsel</source>
        <translation>致法律顾问</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="38"/>
        <source>escalation letters of a dispute: the ladder, a letter as PDF, the editable templates</source>
        <translation>纠纷的升级函件：函件阶梯、PDF 格式的函件、可编辑的模板</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="40"/>
        <source>Without --kind: the dispute&apos;s letter ladder and the other roads to the money. With --kind: make that letter, record it on the dispute and keep the PDF as evidence.</source>
        <translation>不加 --kind：显示该纠纷的函件阶梯及追回款项的其他途径。加 --kind：生成该函件，记录到纠纷上，并将 PDF 作为证据保存。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="49"/>
        <source>a dispute id (12) or dispute:12; or `sent LETTER_ID`</source>
        <translation>纠纷 ID（12）或 dispute:12；或 `sent LETTER_ID`</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="58"/>
        <source>en, ru or zh (default en)</source>
        <translation>en、ru 或 zh（默认 en）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="60"/>
        <source>where to write the letter</source>
        <translation>函件写入位置</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="62"/>
        <source>make a letter the ladder does not offer now</source>
        <translation>生成函件阶梯当前未提供的函件</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="64"/>
        <source>the letter&apos;s date (today)</source>
        <translation>函件日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="67"/>
        <source>with sent: the day it was sent</source>
        <translation>与 sent 一起使用：发送日期</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="73"/>
        <source>with sent: how it went (e-mail, platform message, post, …)</source>
        <translation>与 sent 一起使用：发送方式（电子邮件、平台消息、邮寄…）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="76"/>
        <source>copy the templates into the data folder to edit</source>
        <translation>将模板复制到数据文件夹中以便编辑</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="88"/>
        <source>{0!r} is not a dispute: give its id (12) or dispute:12</source>
        <translation>{0!r} 不是纠纷：请提供其 ID（12）或 dispute:12</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="99"/>
        <source>a letter id, --on and --via mark a letter sent: desk letter sent LETTER_ID --on DATE --via ...</source>
        <translation>函件 ID、--on 和 --via 用于将函件标记为已发送：desk letter sent LETTER_ID --on DATE --via ...</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="103"/>
        <source>--templates takes no dispute and no --kind</source>
        <translation>--templates 不接受纠纷，也不接受 --kind</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="106"/>
        <source>give a dispute (desk letter 12), or --templates</source>
        <translation>请指定纠纷（desk letter 12）或 --templates</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="110"/>
        <source>-o and --force make a letter: give its --kind too</source>
        <translation>-o 和 --force 用于生成函件：请同时指定 --kind</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="113"/>
        <source>give the file to write the letter to: -o FILE.pdf</source>
        <translation>请指定函件要写入的文件：-o FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="151"/>
        <source>Dispute {0}: {1} line {2} ({3}), {4}, claimed {5}; as of {6}</source>
        <translation>纠纷 {0}：{1} 第 {2} 行（{3}），{4}，索赔 {5}；截至 {6}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="165"/>
        <source>Letters, in the order they are climbed:</source>
        <translation>函件，按升级顺序排列：</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="167"/>
        <source>AVAILABLE</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="167"/>
        <source>not now</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="171"/>
        <source>sent {0}</source>
        <translation>已于 {0} 发送</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="175"/>
        <source>made {0} in {1}, not marked sent yet</source>
        <translation>已于 {0} 生成（{1}），尚未标记为已发送</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="177"/>
        <source>made {0}, not marked sent yet</source>
        <translation>已于 {0} 生成，尚未标记为已发送</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="180"/>
        <source>Other roads to the money:</source>
        <translation>追回款项的其他途径：</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="182"/>
        <source>possible</source>
        <translation>可行</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="182"/>
        <source>not open</source>
        <translation>暂不可行</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="212"/>
        <source>Recorded as letter {0} and kept as evidence {1}; reply by {2}.</source>
        <translation>已记录为函件 {0}，并作为证据 {1} 保存；回复期限 {2}。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="216"/>
        <source>Recorded as letter {0} and kept as evidence {1}.</source>
        <translation>已记录为函件 {0}，并作为证据 {1} 保存。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="221"/>
        <source>Made {0} ({1}) for dispute {2}: {3}</source>
        <translation>已为纠纷 {2} 生成 {0}（{1}）：{3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="227"/>
        <source>The letter is now written in {0}: its versions go out together.</source>
        <translation>该函件现以 {0} 撰写：各语言版本将一并发出。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="234"/>
        <source>Once it has gone out: desk letter sent {0} --on DATE --via CHANNEL</source>
        <translation>发出后请运行：desk letter sent {0} --on DATE --via CHANNEL</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="245"/>
        <source>give the letter&apos;s id: desk letter sent LETTER_ID --on DATE --via CHANNEL</source>
        <translation>请提供函件 ID：desk letter sent LETTER_ID --on DATE --via CHANNEL</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="247"/>
        <source>say when and how the letter was sent: --on DATE --via CHANNEL</source>
        <translation>请说明函件的发送时间和方式：--on DATE --via CHANNEL</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="249"/>
        <source>desk letter sent takes a letter id, --on and --via only</source>
        <translation>desk letter sent 只接受函件 ID、--on 和 --via</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="274"/>
        <source>Letter templates: {0}</source>
        <translation>函件模板：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="275"/>
        <source>(a template there wins over the shipped one; edit it as UTF-8 text)</source>
        <translation>（该处的模板优先于内置模板；请以 UTF-8 文本编辑）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="278"/>
        <source>Fields a template may use ($name or ${name}; also in FIELDS.md there):</source>
        <translation>模板可使用的字段（$name 或 ${name}；另见该处的 FIELDS.md）：</translation>
    </message>
    <message>
        <location filename="../../desk/commands/open_bundle.py" line="21"/>
        <source>check a bundle made by `desk export` in a window (Open with › Desk)</source>
        <translation>在窗口中校验由 `desk export` 生成的律师材料包（打开方式 › Desk）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="26"/>
        <source>The generic format has one row per order line, with the columns
  platform, order_no, supplier, placed_on, currency, line_no, item, sku, qty, unit_price, shipping, discount,
  payments, tracking_no, shipped_on, delivered_on, status, store      (and paid_on and tax, optionally)
matched whatever their case and spacing (&quot;Order No&quot; is order_no). payments reads like &quot;card:30.00; balance:10.00&quot;.
Platform exports are recognised by their header row: Amazon&apos;s order history (the privacy request&apos;s
Retail.OrderHistory.1.csv, its 2025 Order History.csv, the legacy Items report), eBay&apos;s orders and transaction
reports, AliExpress&apos;s data backup (XLSX) and the order lists of three browser extensions. A file with any bad row
imports nothing and lists every problem as &quot;row N, column C: problem&quot;; importing the same file again changes
nothing.
A CSV file&apos;s encoding is found from its text: UTF-8 or UTF-16, else whichever of GB18030, Windows-1251,
Windows-1252 and this computer&apos;s own reads it best (the summary says which, and why); --encoding chooses one.
The header may be anywhere in the first 30 rows; closing lines such as &quot;2 record(s) downloaded&quot; are skipped and
counted. Dates may name their month in English, German, French, Spanish, Russian or Chinese.
A PayPal activity download (Activity → Download, CSV; English or German) is recognised by its header and imported
as the payments made to suppliers and the refunds received, each on the order it paid: matched by transaction id,
else by amount and date; --link TXNID=PLATFORM:ORDER_NO links one Desk could not match.</source>
        <translation>通用格式每个订单行占一行，包含以下列
  platform, order_no, supplier, placed_on, currency, line_no, item, sku, qty, unit_price, shipping, discount,
  payments, tracking_no, shipped_on, delivered_on, status, store      （以及可选的 paid_on 和 tax）
列名匹配时不区分大小写和空格（&quot;Order No&quot; 即 order_no）。payments 的写法如 &quot;card:30.00; balance:10.00&quot;。
平台导出文件按表头行识别：Amazon 的订单历史（隐私数据请求中的
Retail.OrderHistory.1.csv、其 2025 Order History.csv、旧版 Items 报告）、eBay 的订单和交易
报告、AliExpress 的数据备份（XLSX）以及三种浏览器扩展的订单列表。文件中只要有一行有误，
就不会导入任何内容，并以“第 N 行，第 C 列：问题”的形式列出每个问题；再次导入同一文件不会更改
任何内容。
CSV 文件的编码根据其文本判断：UTF-8 或 UTF-16；否则在 GB18030、Windows-1251、
Windows-1252 和本机编码中选用读取效果最好的一种（摘要会说明选用了哪种及原因）；--encoding 可指定编码。
表头可以位于前 30 行中的任何位置；&quot;2 record(s) downloaded&quot; 之类的结尾行会被跳过并
计数。日期中的月份可以用英语、德语、法语、西班牙语、俄语或中文书写。
PayPal 活动记录下载文件（Activity → Download，CSV；英语或德语）按表头识别，并作为
向供应商的付款和收到的退款导入，各自记录在所支付的订单上：先按交易 ID 匹配，
否则按金额和日期匹配；--link TXNID=PLATFORM:ORDER_NO 可关联 Desk 无法匹配的记录。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="58"/>
        <source>import orders from a CSV or XLSX export, or payments from a PayPal activity download (all or nothing)</source>
        <translation>从 CSV 或 XLSX 导出文件导入订单，或从 PayPal 活动记录下载文件导入付款（全部导入或全部不导入）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="63"/>
        <source>a .csv, .tsv or .xlsx file</source>
        <translation>一个 .csv、.tsv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="65"/>
        <source>check the file and say what would change; write nothing</source>
        <translation>检查文件并说明将有哪些更改；不写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="67"/>
        <source>read the columns with the remembered mapping NAME</source>
        <translation>使用已保存的映射 NAME 读取各列</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="73"/>
        <source>read FIELD from COLUMN (repeatable)</source>
        <translation>从 COLUMN 列读取 FIELD（可重复）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="80"/>
        <source>FIELD is VALUE on every row (repeatable)</source>
        <translation>每行的 FIELD 均为 VALUE（可重复）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="83"/>
        <source>the currency of amounts that do not name one (e.g. USD)</source>
        <translation>未注明币种的金额所用的币种（例如 USD）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="85"/>
        <source>remember this file&apos;s column mapping as NAME</source>
        <translation>将此文件的列映射保存为 NAME</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="90"/>
        <source>read a CSV file in this encoding (e.g. windows-1251, windows-1252, gb18030, utf-8) instead of the one Desk finds</source>
        <translation>使用此编码读取 CSV 文件（例如 windows-1251、windows-1252、gb18030、utf-8），而不使用 Desk 检测到的编码</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="95"/>
        <source>how the file writes dates and numbers</source>
        <translation>文件中日期和数字的写法</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="97"/>
        <source>Desk finds these in the file where it can; what the file cannot settle (every date could be day/month
or month/day) stops the import until you say it</source>
        <translation>Desk 会尽可能从文件中识别这些格式；文件本身无法确定的（例如每个日期都既可能是日/月
也可能是月/日）会使导入暂停，直到您指定</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="102"/>
        <source>DMY (23/11/2026), MDY (11/23/2026) or YMD (2026/11/23)</source>
        <translation>DMY（23/11/2026）、MDY（11/23/2026）或 YMD（2026/11/23）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="104"/>
        <source>the decimal separator: point or comma (also . or ,)</source>
        <translation>小数分隔符：point（句点）或 comma（逗号）（也可写作 . 或 ,）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="108"/>
        <source>the thousands separator: comma, point, space, apostrophe or none</source>
        <translation>千位分隔符：comma、point、space、apostrophe 或 none</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="112"/>
        <source>a cell of just TEXT means empty (repeatable; &quot;--&quot;, &quot;N/A&quot; and &quot;Not Available&quot; always do)</source>
        <translation>仅含 TEXT 的单元格视为空（可重复；&quot;--&quot;、&quot;N/A&quot; 和 &quot;Not Available&quot; 始终视为空）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="117"/>
        <source>SIGN before or after an amount means the currency CODE, e.g. &quot;¥=JPY&quot; or &quot;RMB=CNY&quot; (repeatable)</source>
        <translation>金额前后的 SIGN 表示币种 CODE，例如 &quot;¥=JPY&quot; 或 &quot;RMB=CNY&quot;（可重复）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="123"/>
        <source>round amounts with more decimals than their currency has (half up) instead of refusing them</source>
        <translation>对小数位数多于其币种精度的金额进行四舍五入，而不是拒绝</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="129"/>
        <source>import dates before 2000 or more than a year ahead (refused without it, as likely typing mistakes)</source>
        <translation>导入早于 2000 年或晚于一年后的日期（不加此选项时，此类日期会被视为可能的输入错误而拒绝）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="135"/>
        <source>a PayPal activity download: record the payment or refund with this transaction id on this order (repeatable; for those Desk could not match)</source>
        <translation>PayPal 活动记录下载文件：将具有此交易 ID 的付款或退款记录到此订单（可重复；用于 Desk 无法匹配的记录）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="141"/>
        <source>list orders with their lines and payments</source>
        <translation>列出订单及其订单行和付款</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="142"/>
        <source>the first N orders only</source>
        <translation>仅列出前 N 个订单</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="157"/>
        <source>Checking… {0}%</source>
        <translation>正在检查… {0}%</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="157"/>
        <source>Writing… {0}%</source>
        <translation>正在写入… {0}%</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="182"/>
        <source>--link is for a PayPal activity download; {0} is imported as orders</source>
        <translation>--link 仅用于 PayPal 活动记录下载文件；{0} 将作为订单导入</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="239"/>
        <source>total {0}  paid {1}</source>
        <translation>合计 {0}  已付 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="247"/>
        <source>paid by {0}</source>
        <translation>付款方式 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="249"/>
        <source>tracking {0}</source>
        <translation>物流单号 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="267"/>
        <source>No orders yet: `desk import FILE` brings them in.</source>
        <translation>尚无订单：可通过 `desk import FILE` 导入。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/output.py" line="62"/>
        <source>{0}; the details are in {1}</source>
        <translation>{0}；详细信息见 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="34"/>
        <source>the claim packet for a dispute: a PDF, in parts under a destination&apos;s limits</source>
        <translation>生成纠纷的索赔材料包：PDF 格式，按提交对象的限制拆分为多个部分</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="41"/>
        <source>a dispute id (12) or dispute:12; or a deposit application: deposit:3</source>
        <translation>纠纷 ID（12）或 dispute:12；或保证金退还申请：deposit:3</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="50"/>
        <source>where it goes (see --destinations; default: platform)</source>
        <translation>提交对象（参见 --destinations；默认：platform）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="53"/>
        <source>the packet&apos;s date (today)</source>
        <translation>材料包日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="56"/>
        <source>list the destinations and exit</source>
        <translation>列出提交对象后退出</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="70"/>
        <source>{0!r} is {1} {2}, not a dispute: a claim packet is made for a dispute</source>
        <translation>{0!r} 是 {1} {2}，不是纠纷：索赔材料包只能针对纠纷生成</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="83"/>
        <source>give the dispute and the file: desk packet DISPUTE -o FILE.pdf (or --destinations)</source>
        <translation>请指定纠纷和文件：desk packet DISPUTE -o FILE.pdf（或使用 --destinations）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/packet.py" line="110"/>
        <source>dispute {0}: {1} pages, {2} exhibits, {3} in %n file(s), for {4} ({5})</source>
        <translation>
            <numerusform>纠纷 {0}：{1} 页，{2} 个证据附件，{3}，共 %n 个文件，用于 {4}（{5}）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="117"/>
        <source>For counsel: it includes internal notes and evidence; do not send it to the other side.</source>
        <translation>供法律顾问使用：其中包含内部备注和证据；请勿发送给对方。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="132"/>
        <source>{0!r}: give the deposit application as deposit:N, e.g. deposit:1</source>
        <translation>{0!r}：请以 deposit:N 形式指定保证金退还申请，例如 deposit:1</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="152"/>
        <source>deposit {0}: {1} pages, {2} documents</source>
        <translation>保证金退还申请 {0}：{1} 页，{2} 份材料</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="161"/>
        <source>numbered {0}–{1}, kept in the Bates register (desk register)</source>
        <translation>编号 {0}–{1}，已记入贝茨编号登记表（desk register）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="170"/>
        <source>making the packet… {0}/{1}</source>
        <translation>正在生成材料包… {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="210"/>
        <source>{0}: {1}; photos at {2} dpi; audience {3}</source>
        <translation>{0}：{1}；照片 {2} dpi；受众 {3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="214"/>
        <source>{0}: {1}; audience {2}</source>
        <translation>{0}：{1}；受众 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="215"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="217"/>
        <source>[assumption]</source>
        <translation>[推定]</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="218"/>
        <source>source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="220"/>
        <source>check: {0}</source>
        <translation>请核实：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="22"/>
        <source>plan a refund and reconcile what arrived</source>
        <translation>规划退款并核对到账情况</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="26"/>
        <source>split a refund across the order&apos;s payment methods, with arrival windows (stores nothing)</source>
        <translation>按订单的支付方式拆分退款，并给出到账时间窗口（不保存任何内容）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="27"/>
        <source>keep a refund the seller or platform approved, split as `plan` shows</source>
        <translation>保存卖家或平台已批准的退款，按 `plan` 所示拆分</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="32"/>
        <source>approved on (today)</source>
        <translation>批准日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="35"/>
        <source>the dispute it settles</source>
        <translation>其所结算的纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="39"/>
        <source>record money that arrived on one method</source>
        <translation>记录通过某一支付方式到账的款项</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="48"/>
        <source>each part against its window: on time, late, short…</source>
        <translation>按时间窗口核对每一部分：按时、延迟、金额不足…</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="66"/>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="78"/>
        <source>payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="91"/>
        <location filename="../../desk/operations/refunds.py" line="127"/>
        <source>no refund {0}</source>
        <translation>没有退款 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="127"/>
        <source>Refund {0} on {1}: expected {2}, received {3}</source>
        <translation>订单 {1} 的退款 {0}：应到账 {2}，已到账 {3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="133"/>
        <source>{0} on {1}</source>
        <translation>{1} 到账 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="135"/>
        <source>nothing yet</source>
        <translation>尚未到账</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="136"/>
        <source>expected {0}, {1}; window {2} – {3}: {4}</source>
        <translation>应到账 {0}，{1}；时间窗口 {2} – {3}：{4}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="147"/>
        <source>pending</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>待到账</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="148"/>
        <source>overdue</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="149"/>
        <source>on time</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="150"/>
        <source>late</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="151"/>
        <source>short</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>金额不足</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="152"/>
        <source>over</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>金额超出</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="181"/>
        <source>Refund {0} recorded: {1} on {2}, approved {3}</source>
        <translation>已记录退款 {0}：订单 {2} 退款 {1}，{3} 批准</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="185"/>
        <source>Refund plan: {0} on {1}, approved {2}</source>
        <translation>退款计划：订单 {1} 退款 {0}，{2} 批准</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="188"/>
        <source>{0} (paid {1}), expected {2} – {3}</source>
        <translation>{0}（已付 {1}），预计 {2} – {3} 到账</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="194"/>
        <source>Coupons and vouchers ({0}) are not refunded (&quot;Refund Methods and Timeframe&quot;).</source>
        <translation>优惠券和代金券（{0}）不予退还（参见“Refund Methods and Timeframe”）。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="23"/>
        <source>{0!r} is not a whole number</source>
        <translation>{0!r} 不是整数</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="25"/>
        <source>the limit must be 1–1000</source>
        <translation>上限必须为 1–1000</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="33"/>
        <source>find orders, lines, tracking numbers, suppliers and disputes by their text</source>
        <translation>按文本查找订单、订单行、物流单号、供应商和纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="35"/>
        <source>Every word must occur, in any case (Chinese and Cyrillic included). An exact order number (also as PLATFORM:ORDER_NO), tracking number or supplier name comes first.</source>
        <translation>须包含每个词，不区分大小写（包括中文和西里尔字母）。完全匹配的订单号（也可写作 PLATFORM:ORDER_NO）、物流单号或供应商名称排在最前。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="39"/>
        <source>what to look for</source>
        <translation>要查找的内容</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="41"/>
        <source>only this kind of record (repeatable)</source>
        <translation>仅查找此类记录（可重复）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="43"/>
        <source>at most N hits (50)</source>
        <translation>最多 N 条结果（默认 50）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="54"/>
        <source>give some text to search for</source>
        <translation>请提供要搜索的文本</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="62"/>
        <source>Nothing found for {0!r}.</source>
        <translation>未找到与 {0!r} 匹配的内容。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="65"/>
        <source>Nothing found for {0!r} (give two or more letters, or one Chinese character).</source>
        <translation>未找到与 {0!r} 匹配的内容（请至少输入两个字母或一个汉字）。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/secrets.py" line="20"/>
        <source>the keyring that keeps Desk&apos;s keys; exit 1 if none</source>
        <translation>显示保存 Desk 密钥的密钥环；如没有，则以状态 1 退出</translation>
    </message>
    <message>
        <location filename="../../desk/commands/secrets.py" line="29"/>
        <location filename="../../desk/secrets.py" line="90"/>
        <source>Secrets are kept in {0}.</source>
        <translation>机密信息保存在 {0} 中。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/secrets.py" line="39"/>
        <source>no value given: type it at the prompt or pipe it to stdin</source>
        <translation>未提供值：请在提示处输入，或通过管道传给 stdin</translation>
    </message>
    <message>
        <location filename="../../desk/commands/secrets.py" line="41"/>
        <source>the value must be one line</source>
        <translation>值必须为单行</translation>
    </message>
    <message>
        <location filename="../../desk/commands/voiding.py" line="23"/>
        <source>void a record: kept with its history, left out of every sum and document, restorable</source>
        <translation>作废记录：记录及其历史予以保留，但不计入任何合计和文件，可恢复</translation>
    </message>
    <message>
        <location filename="../../desk/commands/voiding.py" line="27"/>
        <source>why (kept with the record)</source>
        <translation>原因（随记录保存）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/voiding.py" line="31"/>
        <source>restore a voided record: it counts again</source>
        <translation>恢复已作废的记录：重新计入</translation>
    </message>
    <message>
        <location filename="../../desk/commands/voiding.py" line="42"/>
        <location filename="../../desk/commands/voiding.py" line="52"/>
        <source>kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="100"/>
        <source>{0} is an SQLite database but not one of Desk&apos;s (no schema version)</source>
        <translation>{0} 是 SQLite 数据库，但不是 Desk 的数据库（没有架构版本）</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="104"/>
        <source>{0} is not a Desk database: {1}</source>
        <translation>{0} 不是 Desk 数据库：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="147"/>
        <source>the backup of {0} was stopped; the database was not changed</source>
        <translation>{0} 的备份已停止；数据库未被更改</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="183"/>
        <source>{0} cannot be a data folder: its path is too long for the database Desk uses ({1} bytes, where at most {2} fit; a letter outside English counts 2 to 4). Choose a folder with a shorter path. Nothing was changed.</source>
        <translation>{0} 不能用作数据文件夹：其路径对 Desk 所用的数据库而言过长（{1} 字节，最多只能容纳 {2} 字节；每个非英文字符计 2 至 4 字节）。请选择路径较短的文件夹。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="339"/>
        <source>{0} was written by a newer Desk (schema {1}); this Desk knows schemas up to {2}. Update Desk to open it. Nothing was changed.</source>
        <translation>{0} 由较新版本的 Desk 写入（架构 {1}）；此版本的 Desk 最高只支持架构 {2}。请更新 Desk 后再打开。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="346"/>
        <source>{0} was not opened; it was not changed</source>
        <translation>未打开 {0}；其内容未被更改</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="388"/>
        <source>the database already holds Desk&apos;s records (schema {0}); nothing was changed</source>
        <translation>数据库中已有 Desk 的记录（架构 {0}）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="418"/>
        <source>the team server {0} holds no Desk records yet: set it up with desk team init</source>
        <translation>团队服务器 {0} 上还没有 Desk 的记录：请先用 desk team init 进行设置</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="429"/>
        <source>other desks are connected to {0} ({1}): they must close Desk before its schema changes. Nothing was changed.</source>
        <translation>其他工作台已连接到 {0}（{1}）：更改其架构前，它们必须先关闭 Desk。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="437"/>
        <source>Desk copies the team server&apos;s database with pg_dump before upgrading it, and pg_dump is not installed here: install PostgreSQL&apos;s client programs (the same version as the server, or newer) and try again. Nothing was changed.</source>
        <translation>升级前，Desk 会用 pg_dump 复制团队服务器的数据库，但此处未安装 pg_dump：请安装 PostgreSQL 客户端程序（与服务器版本相同或更新）后重试。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="490"/>
        <source>the migration would leave {0} broken references, e.g. {1}</source>
        <translation>迁移后将留下 {0} 个失效引用，例如 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="498"/>
        <source>could not upgrade the database {0}: {1}</source>
        <translation>无法升级数据库 {0}：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="58"/>
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n 个供应商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="59"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="60"/>
        <source>%n order line(s)</source>
        <translation>
            <numerusform>%n 个订单行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="61"/>
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n 个纠纷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="62"/>
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n 笔退款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="63"/>
        <location filename="../../desk/orders/holdings.py" line="37"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n 个证据文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="64"/>
        <source>%n member account(s)</source>
        <translation>
            <numerusform>%n 个代购会员账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="65"/>
        <source>%n ledger entry(ies)</source>
        <translation>
            <numerusform>%n 条账目记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="66"/>
        <source>%n deposit application(s)</source>
        <translation>
            <numerusform>%n 项保证金退还申请</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/demo/__init__.py" line="80"/>
        <source>{0} already holds data; the demo only fills an empty folder</source>
        <translation>{0} 中已有数据；演示数据只能填入空文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/demo/__init__.py" line="85"/>
        <source>the demo&apos;s day {0} must be from {1} to {2}</source>
        <translation>演示数据的基准日期 {0} 必须在 {1} 至 {2} 之间</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="34"/>
        <source>dispute {0} is voided: restore it before correcting it</source>
        <translation>纠纷 {0} 已作废：请先恢复再更正</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="38"/>
        <source>reason {0}</source>
        <translation>原因为 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="43"/>
        <source>wants a return and refund</source>
        <translation>要求退货退款</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="45"/>
        <source>wants a refund</source>
        <translation>要求仅退款</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="51"/>
        <source>claims {0}</source>
        <translation>索赔 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="56"/>
        <source>the platform&apos;s case number has {0} characters; at most {1}</source>
        <translation>平台案件编号有 {0} 个字符；最多 {1} 个</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="64"/>
        <source>the platform&apos;s case number {0}</source>
        <translation>平台案件编号为 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="66"/>
        <source>no platform case number</source>
        <translation>无平台案件编号</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="76"/>
        <source>the claim is in {0} but dispute {1} is in {2}</source>
        <translation>索赔金额的币种为 {0}，但纠纷 {1} 的币种为 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="81"/>
        <location filename="../../desk/disputes/lifecycle.py" line="113"/>
        <source>the amount claimed must be more than zero</source>
        <translation>索赔金额必须大于零</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="86"/>
        <location filename="../../desk/disputes/lifecycle.py" line="131"/>
        <source>the claim {0} is more than can still be refunded for line {1} of {2}: {3} (what was paid for the line less what was already refunded)</source>
        <translation>索赔金额 {0} 超过 {2} 第 {1} 行仍可退款的金额：{3}（该行已付金额减去已退款金额）</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="93"/>
        <source>the claim {0} is less than the {1} dispute {2} already won</source>
        <translation>索赔金额 {0} 低于纠纷 {2} 已获得的胜诉金额 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/letter_policy.py" line="103"/>
        <source>unknown letter kind {0!r}; known: {1}</source>
        <translation>未知的函件类型 {0!r}；可用类型：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/letter_versions.py" line="44"/>
        <source>letter {0} of dispute {1}, made on {2}, was marked sent on {3} without this language: a letter&apos;s language versions go out together, so a new one cannot join it. Make it on another day as a letter of its own; nothing was recorded</source>
        <translation>纠纷 {1} 的函件 {0} 于 {2} 生成，已于 {3} 标记为已发送，且不含此语言：同一函件的各语言版本是一并发出的，因此无法再加入新的版本。请改日将其作为单独的函件生成；未记录任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="108"/>
        <source>the claim is in {0} but order {1} was paid in {2}</source>
        <translation>索赔金额的币种为 {0}，但订单 {1} 以 {2} 支付</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="116"/>
        <source>a dispute cannot open on {0} before the order was placed ({1})</source>
        <translation>纠纷发起日期 {0} 不能早于下单日期（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="123"/>
        <source>line {0} of {1} already has an open dispute (no. {2})</source>
        <translation>{1} 第 {0} 行已有未结纠纷（编号 {2}）</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="146"/>
        <source>no dispute {0}</source>
        <translation>没有纠纷 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="180"/>
        <source>a dispute is opened once, with `desk dispute open`</source>
        <translation>纠纷只能发起一次，请使用 `desk dispute open`</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="185"/>
        <source>dispute {0} is {1}: &apos;{2}&apos; cannot happen now; allowed: {3}</source>
        <translation>纠纷 {0} 当前为{1}状态：现在不能记录“{2}”；允许的事件：{3}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="190"/>
        <source>&apos;{0}&apos; needs an amount</source>
        <translation>“{0}”需要提供金额</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="196"/>
        <source>&apos;{0}&apos; on {1} is before the dispute&apos;s last event ({2})</source>
        <translation>{1} 的“{0}”早于该纠纷的最后一个事件（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="230"/>
        <source>without it, the &apos;{0}&apos; of {1} in dispute {2} could not have happened (the dispute would have been {3}): void that one first</source>
        <translation>如果没有该事件，纠纷 {2} 中 {1} 的“{0}”就不可能发生（纠纷当时会处于{3}状态）：请先将后者作废</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="251"/>
        <source>the statement has {0} characters; at most {1} fit a packet</source>
        <translation>陈述有 {0} 个字符；材料包最多只能容纳 {1} 个</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="261"/>
        <source>the amount is in {0} but dispute {1} is in {2}</source>
        <translation>金额的币种为 {0}，但纠纷 {1} 的币种为 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="266"/>
        <source>the amount must not be negative</source>
        <translation>金额不得为负数</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="269"/>
        <source>&apos;{0}&apos; of {1} is more than the {2} claimed</source>
        <translation>“{0}”的金额 {1} 超过索赔金额 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="22"/>
        <source>no letter {0}</source>
        <translation>没有函件 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="29"/>
        <source>letter {0} is voided: restore it before marking it sent</source>
        <translation>函件 {0} 已作废：请先将其恢复，再标记为已发送</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="32"/>
        <source>say how the letter was sent: e-mail, platform message, post, …</source>
        <translation>请说明函件的发送方式：电子邮件、平台消息、邮寄…</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="35"/>
        <source>how the letter was sent has {0} characters; at most {1}</source>
        <translation>发送方式有 {0} 个字符；最多 {1} 个</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="39"/>
        <source>letter {0} was made on {1}: it cannot have been sent on {2}</source>
        <translation>函件 {0} 于 {1} 生成：不可能在 {2} 发送</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="44"/>
        <source>{0} is still to come: mark the letter sent once it has gone</source>
        <translation>{0} 尚未到来：请在函件发出后再标记为已发送</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="21"/>
        <source>dispute {0} (line {1} of order {2})</source>
        <translation>纠纷 {0}（订单 {2} 第 {1} 行）</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="26"/>
        <source>the &apos;{0}&apos; of {1} in dispute {2}</source>
        <translation>纠纷 {2} 中 {1} 的“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="32"/>
        <location filename="../../desk/evidence/cases.py" line="38"/>
        <location filename="../../desk/orders/voiding.py" line="13"/>
        <source>refund {0}</source>
        <translation>退款 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/disputes/voiding.py" line="34"/>
        <source>{0} has {1}: void them first</source>
        <translation>
            <numerusform>{0} 有{1}：请先将其作废</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="41"/>
        <location filename="../../desk/refunds/voiding.py" line="19"/>
        <source>order {0} is voided: restore it first</source>
        <translation>订单 {0} 已作废：请先将其恢复</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="54"/>
        <source>line {0} of order {1} has an open dispute already (no. {2}): close or void it before restoring {3}</source>
        <translation>订单 {1} 第 {0} 行已有未结纠纷（编号 {2}）：请先结束或作废该纠纷，再恢复{3}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="62"/>
        <source>the opening of dispute {0} is the dispute itself: void the dispute instead</source>
        <translation>纠纷 {0} 的发起事件就是纠纷本身：请改为作废该纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="67"/>
        <source>dispute {0} is voided already, with its events</source>
        <translation>纠纷 {0} 及其事件均已作废</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="77"/>
        <location filename="../../desk/disputes/voiding.py" line="82"/>
        <location filename="../../desk/refunds/voiding.py" line="21"/>
        <source>dispute {0} is voided: restore it first</source>
        <translation>纠纷 {0} 已作废：请先将其恢复</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="56"/>
        <source>{0} was changed by {1} after you opened it ({2}): nothing was saved.</source>
        <translation>您打开后，{1} 更改了{0}（{2}）：未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="68"/>
        <source>{0}: Desk could not save over it because another program has it open; close {1} in the other program that has it open, then try again</source>
        <translation>{0}：另一个程序正打开该文件，Desk 无法覆盖保存；请在打开 {1} 的那个程序中将其关闭，然后重试</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="73"/>
        <source>{0}: Desk could not delete it because another program has it open; close {1} in the other program that has it open, then try again</source>
        <translation>{0}：另一个程序正打开该文件，Desk 无法将其删除；请在打开 {1} 的那个程序中将其关闭，然后重试</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="119"/>
        <source>a bug in Desk stopped this ({0})</source>
        <translation>Desk 的程序错误导致此操作中止（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="170"/>
        <source>the team server is busy: another desk is saving a change. Wait, and try again.</source>
        <translation>团队服务器正忙：另一个工作台正在保存更改。请稍候再试。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="172"/>
        <source>your login on the team server may not do this ({0}): ask the team&apos;s owner.</source>
        <translation>您在团队服务器上的登录无权执行此操作（{0}）：请联系团队所有者。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="174"/>
        <source>the team server is out of space ({0}): tell the team&apos;s owner.</source>
        <translation>团队服务器空间不足（{0}）：请告知团队所有者。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="176"/>
        <source>the team server accepts no changes now (read-only): tell the team&apos;s owner.</source>
        <translation>团队服务器目前不接受更改（只读）：请告知团队所有者。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="179"/>
        <source>a text is longer than the team server keeps for it (at most {0} characters): shorten it. Nothing was saved.</source>
        <translation>文本超出团队服务器为此保存的长度（最多 {0} 个字符）：请缩短。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="183"/>
        <source>the team server has no such database ({0}): check the address.</source>
        <translation>团队服务器上没有此数据库（{0}）：请检查地址。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="185"/>
        <source>the team server stopped while Desk was using it ({0}): try again in a moment.</source>
        <translation>Desk 使用团队服务器时服务器已停止（{0}）：请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="188"/>
        <source>the team server refused the login ({0}): check the login and password (desk team login).</source>
        <translation>团队服务器拒绝了登录（{0}）：请检查登录名和密码（desk team login）。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="192"/>
        <source>Desk cannot reach the team server ({0}): check the network and the server&apos;s address.</source>
        <translation>Desk 无法连接到团队服务器（{0}）：请检查网络和服务器地址。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="208"/>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="210"/>
        <source>the data folder {0}</source>
        <translation>数据文件夹 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="210"/>
        <source>the data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="213"/>
        <source>{0} is busy: another Desk (or another program) is writing to it. Wait, and try again.</source>
        <translation>{0} 正忙：另一个 Desk（或其他程序）正在写入。请稍候再试。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="217"/>
        <source>the disk holding {0} is full: free some space and try again.</source>
        <translation>{0} 所在的磁盘已满：请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="219"/>
        <source>Desk cannot write to {0}: the file, its folder or the disk is read-only.</source>
        <translation>Desk 无法写入 {0}：该文件、其所在文件夹或磁盘为只读。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="221"/>
        <source>Desk is not allowed to use {0}: check the permissions of the file and its folder.</source>
        <translation>Desk 无权使用 {0}：请检查该文件及其所在文件夹的权限。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="225"/>
        <source>Desk cannot open {0}: check that its folder exists and that you may write to it.</source>
        <translation>Desk 无法打开 {0}：请检查其所在文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="230"/>
        <source>{0} is damaged or is not a database: restore it from a copy in the backups folder beside it.</source>
        <translation>{0} 已损坏或不是数据库：请用其旁边 backups 文件夹中的副本恢复。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="233"/>
        <source>the disk reported an error while reading or writing {0}.</source>
        <translation>读写 {0} 时磁盘报告了错误。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="244"/>
        <location filename="../../desk/evidence/intake.py" line="103"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="245"/>
        <location filename="../../desk/errors.py" line="246"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="247"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="248"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="249"/>
        <location filename="../../desk/vault.py" line="102"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="250"/>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="251"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="252"/>
        <source>it already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="253"/>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="254"/>
        <location filename="../../desk/vault.py" line="106"/>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="266"/>
        <source>another program has it open: close it there, then try again</source>
        <translation>另一个程序正打开该文件：请在该程序中将其关闭，然后重试</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/cases.py" line="48"/>
        <location filename="../../desk/evidence/checklist.py" line="113"/>
        <source>no {0}</source>
        <translation>没有{0}</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/cases.py" line="67"/>
        <source>{0!r} is not a case: give a dispute id (12), an order (aliexpress:8179037714690228), refund:N or checklist:N</source>
        <translation>{0!r} 不是案件：请提供纠纷 ID（12）、订单（aliexpress:8179037714690228）、refund:N 或 checklist:N</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/checklist.py" line="84"/>
        <source>&apos;{0}&apos; is not something the evidence checklist asks for; it asks for: {1}</source>
        <translation>“{0}”不是证据材料清单要求的项目；清单要求：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/checklist.py" line="100"/>
        <source>{0} is a letter Desk made: it cannot show {1}, only what was written to the seller</source>
        <translation>{0} 是 Desk 生成的函件：无法体现{1}，只能体现写给卖家的内容</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/editing.py" line="27"/>
        <source>no evidence {0}</source>
        <translation>没有证据 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/editing.py" line="62"/>
        <source>the description may have at most {0} characters, got {1}</source>
        <translation>描述最多 {0} 个字符，当前为 {1} 个</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/editing.py" line="78"/>
        <source>evidence {0} is not linked to {1}</source>
        <translation>证据 {0} 未关联到 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/editing.py" line="123"/>
        <source>{0} is not voided: void it first, then delete it for good</source>
        <translation>{0} 尚未作废：请先将其作废，再永久删除</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/editing.py" line="128"/>
        <source>{0} is an e-mail whose attachments ({1}) are evidence: delete them first</source>
        <translation>{0} 是一封电子邮件，其附件（{1}）为证据：请先删除这些附件</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_facts.py" line="33"/>
        <source>an image of more than {0} million pixels, too large to open safely (a small file made this way fills the memory when it is opened)</source>
        <translation>图像超过 {0} 百万像素，过大而无法安全打开（以这种方式制作的小文件在打开时会占满内存）</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="9"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="10"/>
        <source>JPEG photo</source>
        <translation>JPEG 照片</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="11"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="12"/>
        <source>GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="13"/>
        <source>WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="14"/>
        <source>HEIC photo</source>
        <translation>HEIC 照片</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="15"/>
        <source>HEIF photo</source>
        <translation>HEIF 照片</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="16"/>
        <source>TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="17"/>
        <source>BMP image</source>
        <translation>BMP 图像</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="18"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="19"/>
        <location filename="../../desk/evidence/file_types.py" line="44"/>
        <source>text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="20"/>
        <source>web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="21"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="22"/>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="23"/>
        <source>Outlook e-mail</source>
        <translation>Outlook 邮件</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="24"/>
        <source>zip archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="25"/>
        <source>JSON file</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="26"/>
        <location filename="../../desk/evidence/file_types.py" line="27"/>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="30"/>
        <location filename="../../desk/evidence/file_types.py" line="31"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="32"/>
        <source>MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="33"/>
        <source>QuickTime video</source>
        <translation>QuickTime 视频</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="34"/>
        <source>MP3 recording</source>
        <translation>MP3 录音</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="35"/>
        <source>file of unknown type</source>
        <translation>未知类型的文件</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="36"/>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="41"/>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="42"/>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="43"/>
        <source>audio recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="53"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/files.py" line="45"/>
        <source>it changed while it was being added; add it again</source>
        <translation>该文件在添加过程中发生了变化；请重新添加</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/files.py" line="46"/>
        <source>{0} changed while it was being added; add it again</source>
        <translation>{0} 在添加过程中发生了变化；请重新添加</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/evidence/intake.py" line="46"/>
        <source>nothing was added, because of %n file(s) that cannot be added: {0}</source>
        <translation>
            <numerusform>有 %n 个文件无法添加，因此未添加任何文件：{0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/evidence/intake.py" line="139"/>
        <location filename="../../desk/vault.py" line="72"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/intake.py" line="141"/>
        <source>{0}, above the limit of {1} (setting evidence_max_mb)</source>
        <translation>{0}，超过上限 {1}（设置项 evidence_max_mb）</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/intake.py" line="160"/>
        <source>cannot be read: {0}</source>
        <translation>无法读取：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/productions.py" line="28"/>
        <source>the page numbers this packet was laid out with were taken by another packet made meanwhile</source>
        <translation>此材料包排版时使用的页码已被期间生成的另一个材料包占用</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/voiding.py" line="16"/>
        <source>the file &apos;{0}&apos;</source>
        <translation>文件“{0}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/evidence/voiding.py" line="25"/>
        <source>{0} came with {1}: void them first</source>
        <translation>
            <numerusform>{0} 附带{1}：请先将其作废</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/evidence/voiding.py" line="33"/>
        <source>{0} came with {1}, which is voided: restore it first</source>
        <translation>{0} 来自{1}，而后者已作废：请先将其恢复</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/__init__.py" line="32"/>
        <source>--link &quot;{0}&quot; is not TXNID=PLATFORM:ORDER_NO (e.g. 5TM93027HC604418B=aliexpress:8123456789012345)</source>
        <translation>--link &quot;{0}&quot; 不是 TXNID=PLATFORM:ORDER_NO 格式（例如 5TM93027HC604418B=aliexpress:8123456789012345）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/__init__.py" line="36"/>
        <source>--link {0} names two orders: {1} and {2}</source>
        <translation>--link {0} 指定了两个订单：{1} 和 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="47"/>
        <source>transaction id</source>
        <translation>交易 ID</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="48"/>
        <source>amount and date</source>
        <translation>金额和日期</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="49"/>
        <source>your link</source>
        <translation>您指定的关联</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="60"/>
        <source>already recorded on an order that is voided</source>
        <translation>已记录在一个已作废的订单上</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="61"/>
        <source>already recorded on a refund that is voided</source>
        <translation>已记录在一笔已作废的退款上</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="179"/>
        <source>--link {0}: the file has no payment or refund with this transaction id (fees, conversions, holds and transfers are left out and are not linked)</source>
        <translation>--link {0}：文件中没有具有此交易 ID 的付款或退款（手续费、货币兑换、资金冻结和转账均已略过，无法关联）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="187"/>
        <source>--link {0}: {1}</source>
        <translation>--link {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="193"/>
        <source>--link {0}: no order {1} in Desk</source>
        <translation>--link {0}：Desk 中没有订单 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="220"/>
        <location filename="../../desk/importing/activity/matching.py" line="289"/>
        <source>{0} is already recorded on {1}, but --link names {2}</source>
        <translation>{0} 已记录在 {1} 上，但 --link 指定的是 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="224"/>
        <source>{0} has this payment ({1}) as {2}, the file as {3}: correct one of them</source>
        <translation>{0} 中此付款（{1}）的金额为 {2}，文件中为 {3}：请更正其中之一</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/matching.py" line="243"/>
        <source>%n orders could be the one</source>
        <translation>
            <numerusform>可能对应 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="245"/>
        <source>no order in {0} placed from {1} to {2} has {3} unpaid</source>
        <translation>{1} 至 {2} 期间下单的 {0} 订单中，没有未付金额为 {3} 的订单</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="253"/>
        <location filename="../../desk/importing/activity/matching.py" line="322"/>
        <source>{0} is in {1} but {2} is in {3}</source>
        <translation>{0} 的币种为 {1}，但 {2} 的币种为 {3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="268"/>
        <source>{0} would pay more than is unpaid on {1} ({2} of {3})</source>
        <translation>{0} 将超过 {1} 的未付金额（总额 {3}，未付 {2}）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="308"/>
        <source>the payment it refunds ({0}, row {1}) is not matched to an order: link that payment or this refund</source>
        <translation>其退款对应的付款（{0}，第 {1} 行）未匹配到订单：请关联该付款或此退款</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="312"/>
        <source>the payment it refunds ({0}) is neither in Desk nor in this file</source>
        <translation>其退款对应的付款（{0}）既不在 Desk 中，也不在此文件中</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="315"/>
        <source>it names no payment it refunds (Reference Txn ID)</source>
        <translation>未指明所退款的付款（Reference Txn ID）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="334"/>
        <source>refund {0} of {1}: {2}</source>
        <translation>{1} 的退款 {0}：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="341"/>
        <source>a refund of {0} is more than is left to refund on {1} ({2})</source>
        <translation>退款 {0} 超过 {1} 尚可退款的金额（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="134"/>
        <source>PayPal fees</source>
        <translation>PayPal 手续费</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="135"/>
        <source>currency conversions (the payment they paid for is a row of its own)</source>
        <translation>货币兑换（其所支付的付款另有单独一行）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="136"/>
        <source>holds and their release (money set aside, then given back)</source>
        <translation>资金冻结及解冻（先预留、后退回的款项）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="137"/>
        <source>transfers between PayPal and a bank or card</source>
        <translation>PayPal 与银行或银行卡之间的转账</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="139"/>
        <source>money received for a sale, not a payment to a supplier</source>
        <translation>销售收款，不是向供应商的付款</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="140"/>
        <source>refunds we sent to a buyer</source>
        <translation>我方向买家发出的退款</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="141"/>
        <source>moves no money (Balance Impact: Memo)</source>
        <translation>不涉及资金变动（Balance Impact: Memo）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="142"/>
        <source>an amount of zero</source>
        <translation>金额为零</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="143"/>
        <source>the same transaction again (a row above has its transaction id)</source>
        <translation>重复的交易（上方某行已有此交易 ID）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="147"/>
        <source>not completed (status &quot;{0}&quot;)</source>
        <translation>未完成（状态为“{0}”）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="151"/>
        <source>a type Desk does not know (&quot;{0}&quot;)</source>
        <translation>Desk 无法识别的类型（“{0}”）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/reading.py" line="62"/>
        <source>{0}: a PayPal activity download without the column {1}</source>
        <translation>{0}：PayPal 活动记录下载文件缺少列 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/reading.py" line="93"/>
        <source>&quot;{0}&quot; is not a currency code (such as USD or EUR)</source>
        <translation>“{0}”不是币种代码（如 USD 或 EUR）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/reading.py" line="112"/>
        <source>no transaction id: Desk keeps it as the payment&apos;s reference</source>
        <translation>没有交易 ID：Desk 需将其用作付款的参考编号</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/recognise.py" line="19"/>
        <source>a PayPal activity download</source>
        <translation>PayPal 活动记录下载文件</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/recognise.py" line="20"/>
        <source>Desk reads PayPal&apos;s activity download instead: Activity → Download, CSV</source>
        <translation>Desk 读取的是 PayPal 的活动记录下载文件：Activity → Download，CSV</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/recognise.py" line="47"/>
        <source>a PayPal statement</source>
        <translation>PayPal 对账单</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/recognise.py" line="54"/>
        <source>an older PayPal history download</source>
        <translation>旧版 PayPal 历史记录下载文件</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/recognise.py" line="83"/>
        <source>{0} looks like {1}, not an orders export, and Desk cannot import it: {2}</source>
        <translation>{0} 看起来是 {1}，而不是订单导出文件，Desk 无法导入：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="16"/>
        <source>link each with --link TXNID=PLATFORM:ORDER_NO and import the file again</source>
        <translation>请使用 --link TXNID=PLATFORM:ORDER_NO 逐一关联，然后重新导入该文件</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="44"/>
        <location filename="../../desk/overview/audit_words.py" line="32"/>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="44"/>
        <location filename="../../desk/operations/undo.py" line="70"/>
        <location filename="../../desk/overview/audit_words.py" line="40"/>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="45"/>
        <location filename="../../desk/importing/activity/report.py" line="270"/>
        <location filename="../../desk/importing/problems.py" line="37"/>
        <location filename="../../desk/importing/report.py" line="192"/>
        <source>row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="130"/>
        <source>PayPal activity {0} ({1})</source>
        <translation>PayPal 活动记录 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="134"/>
        <location filename="../../desk/importing/report.py" line="66"/>
        <source>{0}: 1 problem; nothing was imported</source>
        <translation>{0}：1 个问题；未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="135"/>
        <location filename="../../desk/importing/report.py" line="67"/>
        <source>{0}: %n problems; nothing was imported</source>
        <translation>
            <numerusform>{0}：%n 个问题；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="136"/>
        <source>1 payment</source>
        <translation>1 笔付款</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="136"/>
        <source>%n payments</source>
        <translation>
            <numerusform>%n 笔付款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="137"/>
        <source>1 refund</source>
        <translation>1 笔退款</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="137"/>
        <source>%n refunds</source>
        <translation>
            <numerusform>%n 笔退款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="138"/>
        <source>{0} matched, {1} matched, {2} ambiguous, {3} unmatched</source>
        <translation>已匹配 {0}、{1}，{2} 笔无法确定，{3} 笔未匹配</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="142"/>
        <source>Checked {0}, nothing written: {1}</source>
        <translation>已检查 {0}，未写入任何内容：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="152"/>
        <location filename="../../desk/importing/report.py" line="81"/>
        <source>read with {0}</source>
        <translation>读取方式：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="154"/>
        <source>payments would be recorded: {0}, refunds would be recorded: {1}, already in Desk: {2}</source>
        <translation>将记录的付款：{0}，将记录的退款：{1}，已在 Desk 中：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="156"/>
        <source>payments recorded: {0}, refunds recorded: {1}, already in Desk: {2}</source>
        <translation>已记录付款：{0}，已记录退款：{1}，已在 Desk 中：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="160"/>
        <source>matched by transaction id: {0}, by amount and date: {1}, by your link: {2}</source>
        <translation>按交易 ID 匹配：{0}，按金额和日期匹配：{1}，按您指定的关联匹配：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="164"/>
        <source>{0}, matched by {1}</source>
        <translation>{0}，匹配方式：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="167"/>
        <source>… and %n more (--json lists them all)</source>
        <translation>
            <numerusform>… 另有 %n 项（--json 会列出全部）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="169"/>
        <source>ambiguous, more than one order could be the one ({0}):</source>
        <translation>无法确定，可能对应多个订单（{0}）：</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="174"/>
        <source>unmatched ({0}):</source>
        <translation>未匹配（{0}）：</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="178"/>
        <source>{0} left out: {1}</source>
        <translation>{0}已略过：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="181"/>
        <source>PayPal&apos;s fees, left out: {0}</source>
        <translation>PayPal 手续费（已略过）：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="185"/>
        <source>{0}: payments in the file {1}, matched {2}; refunds in the file {3}, matched {4}</source>
        <translation>{0}：文件中的付款 {1}，已匹配 {2}；文件中的退款 {3}，已匹配 {4}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="197"/>
        <location filename="../../desk/importing/report.py" line="117"/>
        <source>audit log: {0} entries</source>
        <translation>审计日志：{0} 条记录</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="245"/>
        <source>its id given to the order&apos;s PayPal payment that had none</source>
        <translation>已将其 ID 补充到该订单原本没有 ID 的 PayPal 付款</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="248"/>
        <source>arrival recorded on refund {0}</source>
        <translation>已在退款 {0} 上记录到账</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="249"/>
        <source>arrival recorded</source>
        <translation>已记录到账</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="252"/>
        <source>recorded as refund {0}</source>
        <translation>已记录为退款 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="253"/>
        <source>recorded as a refund</source>
        <translation>已记录为退款</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="255"/>
        <source>refund added</source>
        <translation>已添加退款</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="256"/>
        <source>payment added</source>
        <translation>已添加付款</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="272"/>
        <location filename="../../desk/importing/report.py" line="194"/>
        <source>rows {0} and %n more</source>
        <translation>
            <numerusform>第 {0} 行及另外 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="273"/>
        <location filename="../../desk/importing/report.py" line="195"/>
        <source>rows {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desk/importing/changes.py" line="64"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/changes.py" line="66"/>
        <source>{0} (new)</source>
        <translation>{0}（新建）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/changes.py" line="149"/>
        <source>{0} is in {1} in Desk; an import does not change an order&apos;s currency</source>
        <translation>{0} 在 Desk 中的币种为 {1}；导入不会更改订单的币种</translation>
    </message>
    <message>
        <location filename="../../desk/importing/changes.py" line="156"/>
        <source>{0} has line {1} in Desk but not in this file; an import never deletes lines: delete it in Desk or add it to the file</source>
        <translation>{0} 在 Desk 中有订单行 {1}，但此文件中没有；导入不会删除订单行：请在 Desk 中删除该行，或将其添加到文件中</translation>
    </message>
    <message>
        <location filename="../../desk/importing/choice.py" line="67"/>
        <location filename="../../desk/importing/choice.py" line="141"/>
        <source>Mapping &quot;{0}&quot;</source>
        <translation>映射“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/importing/choice.py" line="100"/>
        <source>remembered mappings need the data folder</source>
        <translation>已保存的映射需要数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/importing/choice.py" line="136"/>
        <source>{0}: no column for {1} (its columns: {2}). Map them in the Import dialog, or give --map FIELD=COLUMN or --set FIELD=VALUE (`desk import --help` describes the generic format)</source>
        <translation>{0}：没有对应 {1} 的列（现有列：{2}）。请在“导入订单”对话框中映射这些列，或使用 --map FIELD=COLUMN 或 --set FIELD=VALUE（`desk import --help` 介绍了通用格式）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="93"/>
        <source>&quot;{0}&quot; is not a date: no such day</source>
        <translation>“{0}”不是日期：不存在这一天</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="128"/>
        <source>&quot;{0}&quot; is not a date: on this computer&apos;s clock it falls outside the years 1 to 9999</source>
        <translation>“{0}”不是日期：按本机时钟，它超出了公元 1 年至 9999 年的范围</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="147"/>
        <source>&quot;{0}&quot; is not a date: no month {1} to {2}</source>
        <translation>“{0}”不是日期：没有 {1} 月或 {2} 月</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="158"/>
        <source>&quot;{0}&quot; could be read two ways</source>
        <translation>“{0}”有两种读法</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="160"/>
        <source>&quot;{0}&quot; could be {1} or {2}</source>
        <translation>“{0}”可能是{1}，也可能是{2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="169"/>
        <source>{0} January</source>
        <translation>1月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="170"/>
        <source>{0} February</source>
        <translation>2月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="171"/>
        <source>{0} March</source>
        <translation>3月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="172"/>
        <source>{0} April</source>
        <translation>4月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="173"/>
        <source>{0} May</source>
        <translation>5月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="174"/>
        <source>{0} June</source>
        <translation>6月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="175"/>
        <source>{0} July</source>
        <translation>7月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="176"/>
        <source>{0} August</source>
        <translation>8月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="177"/>
        <source>{0} September</source>
        <translation>9月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="178"/>
        <source>{0} October</source>
        <translation>10月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="179"/>
        <source>{0} November</source>
        <translation>11月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="180"/>
        <source>{0} December</source>
        <translation>12月{0}日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="193"/>
        <source>&quot;{0}&quot; is not a date like 2026-11-23</source>
        <translation>“{0}”不是形如 2026-11-23 的日期</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="28"/>
        <location filename="../../desk/lists/deposits.py" line="38"/>
        <location filename="../../desk/lists/disputes.py" line="50"/>
        <location filename="../../desk/lists/orders.py" line="69"/>
        <location filename="../../desk/lists/orders.py" line="101"/>
        <location filename="../../desk/lists/records.py" line="38"/>
        <location filename="../../desk/lists/records.py" line="55"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="29"/>
        <location filename="../../desk/operations/orders.py" line="107"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="30"/>
        <location filename="../../desk/lists/disputes.py" line="52"/>
        <location filename="../../desk/lists/disputes.py" line="69"/>
        <location filename="../../desk/lists/orders.py" line="81"/>
        <location filename="../../desk/lists/orders.py" line="103"/>
        <location filename="../../desk/lists/refunds.py" line="55"/>
        <location filename="../../desk/operations/orders.py" line="108"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="31"/>
        <location filename="../../desk/operations/orders.py" line="110"/>
        <source>Placed on</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="32"/>
        <location filename="../../desk/lists/accounts.py" line="38"/>
        <location filename="../../desk/operations/orders.py" line="109"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="33"/>
        <location filename="../../desk/lists/disputes.py" line="67"/>
        <location filename="../../desk/lists/orders.py" line="156"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="34"/>
        <location filename="../../desk/lists/disputes.py" line="68"/>
        <location filename="../../desk/lists/orders.py" line="157"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="35"/>
        <location filename="../../desk/lists/orders.py" line="158"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="36"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="37"/>
        <location filename="../../desk/lists/orders.py" line="160"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="38"/>
        <location filename="../../desk/operations/orders.py" line="112"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="39"/>
        <location filename="../../desk/operations/orders.py" line="113"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="40"/>
        <location filename="../../desk/operations/orders.py" line="114"/>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="41"/>
        <location filename="../../desk/lists/orders.py" line="191"/>
        <location filename="../../desk/operations/orders.py" line="117"/>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="42"/>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="43"/>
        <source>Tracking numbers</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="44"/>
        <source>Shipped on</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="45"/>
        <source>Delivered on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="46"/>
        <location filename="../../desk/lists/orders.py" line="76"/>
        <location filename="../../desk/lists/orders.py" line="106"/>
        <location filename="../../desk/lists/records.py" line="58"/>
        <location filename="../../desk/operations/orders.py" line="111"/>
        <location filename="../../desk/operations/parties.py" line="139"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="47"/>
        <location filename="../../desk/lists/deposits.py" line="37"/>
        <location filename="../../desk/lists/orders.py" line="104"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desk/importing/file_refunds.py" line="52"/>
        <source>a refund for {0}, which is neither in this file nor in Desk: import the order first</source>
        <translation>{0} 的退款，但该订单既不在此文件中，也不在 Desk 中：请先导入该订单</translation>
    </message>
    <message>
        <location filename="../../desk/importing/file_refunds.py" line="55"/>
        <source>a refund in {0} for {1}, which is in {2}</source>
        <translation>{1} 的退款币种为 {0}，但该订单的币种为 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="30"/>
        <source>empty, but every order needs its platform</source>
        <translation>为空，但每个订单都必须有平台</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="31"/>
        <location filename="../../desk/importing/presets/base.py" line="169"/>
        <source>empty, but every order needs its number</source>
        <translation>为空，但每个订单都必须有订单号</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="32"/>
        <location filename="../../desk/importing/presets/aliexpress.py" line="71"/>
        <location filename="../../desk/importing/presets/amazon.py" line="122"/>
        <source>empty, but every line needs an item</source>
        <translation>为空，但每个订单行都必须有商品</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="34"/>
        <source>empty, and the amounts do not say which currency; add a currency column or choose the file&apos;s currency (--currency)</source>
        <translation>为空，且金额未注明币种；请添加币种列，或指定文件的币种（--currency）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="39"/>
        <source>Generic format</source>
        <translation>通用格式</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="40"/>
        <source>Your column mapping</source>
        <translation>您的列映射</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="52"/>
        <source>{0} (fixed value)</source>
        <translation>{0}（固定值）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="210"/>
        <location filename="../../desk/importing/presets/aliexpress.py" line="85"/>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="90"/>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="125"/>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="178"/>
        <location filename="../../desk/importing/presets/amazon.py" line="131"/>
        <location filename="../../desk/importing/presets/ebay.py" line="88"/>
        <source>empty, but every line needs its unit price</source>
        <translation>为空，但每个订单行都必须有单价</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="27"/>
        <source>unknown field {0}; fields: {1}</source>
        <translation>未知字段 {0}；可用字段：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="37"/>
        <source>a remembered column mapping</source>
        <translation>已保存的列映射</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="63"/>
        <source>{0} is mapped to the column &quot;{1}&quot;, which this file does not have; its columns: {2}</source>
        <translation>{0} 映射到列“{1}”，但此文件没有该列；现有列：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="82"/>
        <source>the columns &quot;{0}&quot; and &quot;{1}&quot; both mean {2}; keep one</source>
        <translation>列“{0}”和“{1}”都表示{2}；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="95"/>
        <source>&quot;{0}&quot; is not FIELD={1}</source>
        <translation>“{0}”不是 FIELD={1} 格式</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="98"/>
        <source>unknown field &quot;{0}&quot; in &quot;{1}&quot;; fields: {2}</source>
        <translation>“{1}”中的字段“{0}”未知；可用字段：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress.py" line="38"/>
        <source>AliExpress data backup</source>
        <translation>AliExpress 数据备份</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress.py" line="63"/>
        <source>{0}: AliExpress&apos;s data backup does not say which currency its amounts are in; choose it (--currency USD, or the currency box of the Import dialog)</source>
        <translation>{0}：AliExpress 数据备份未注明金额的币种；请指定币种（--currency USD，或在“导入订单”对话框的币种框中选择）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress.py" line="74"/>
        <location filename="../../desk/importing/presets/amazon.py" line="124"/>
        <source>order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="33"/>
        <source>orders of several items: the exporter wrote them without their items (enter them by hand)</source>
        <translation>含多件商品的订单：导出工具未写入其商品（请手动录入）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="51"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="67"/>
        <source>AliExpress order list (Shopper Inventory)</source>
        <translation>AliExpress 订单列表（Shopper Inventory）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="102"/>
        <source>AliExpress order list (orders scrapper)</source>
        <translation>AliExpress 订单列表（orders scrapper）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="137"/>
        <source>AliExpress order list (Order Exporter)</source>
        <translation>AliExpress 订单列表（Order Exporter）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="156"/>
        <source>{0}: this AliExpress order list does not say which currency its amounts are in; choose it (--currency EUR, or the currency box of the Import dialog)</source>
        <translation>{0}：此 AliExpress 订单列表未注明金额的币种；请指定币种（--currency EUR，或在“导入订单”对话框的币种框中选择）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="171"/>
        <source>the file does not say which currency its amounts are in: choose it (--currency)</source>
        <translation>文件未注明金额的币种：请指定币种（--currency）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/amazon.py" line="71"/>
        <source>cancelled items: quantity 0, nothing paid for them</source>
        <translation>已取消的商品：数量为 0，未支付任何费用</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/amazon.py" line="82"/>
        <source>Amazon order history</source>
        <translation>Amazon 订单历史</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/amazon.py" line="156"/>
        <source>Amazon order history (Items report)</source>
        <translation>Amazon 订单历史（Items 报告）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/base.py" line="40"/>
        <source>empty: choose the currency of the file (--currency)</source>
        <translation>为空：请指定文件的币种（--currency）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/base.py" line="211"/>
        <source>unknown {0} {1} &quot;{2}&quot;; known: {3}</source>
        <translation>{0} 中未知的{1}“{2}”；可用值：{3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="40"/>
        <source>eBay orders report</source>
        <translation>eBay 订单报告</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="103"/>
        <source>the amounts do not say which currency: choose it (--currency)</source>
        <translation>金额未注明币种：请指定币种（--currency）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="130"/>
        <source>shipping labels and fees: the seller&apos;s costs, not order lines</source>
        <translation>运单标签和费用：属于卖家的成本，不是订单行</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="132"/>
        <source>payouts to the seller&apos;s bank</source>
        <translation>向卖家银行账户的打款</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="137"/>
        <source>other transactions (claims, holds, transfers, adjustments): not order lines</source>
        <translation>其他交易（索赔、资金冻结、转账、调整）：不是订单行</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="150"/>
        <source>eBay transaction report</source>
        <translation>eBay 交易报告</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="188"/>
        <source>empty, but every line needs its item subtotal</source>
        <translation>为空，但每个订单行都必须有商品小计</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="192"/>
        <source>{0} for {1} items is not a whole number of cents each</source>
        <translation>{1} 件商品共 {0}，每件金额无法精确到分</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="221"/>
        <source>a refund of nothing</source>
        <translation>退款金额为零</translation>
    </message>
    <message>
        <location filename="../../desk/importing/problems.py" line="39"/>
        <source>column {0}</source>
        <translation>列 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/problems.py" line="61"/>
        <source>{0} (row {1}): the file says {2} was paid, but its parts come to {3} ({4}): {5} more than they add up to</source>
        <translation>{0}（第 {1} 行）：文件显示已付 {2}，但各部分合计为 {3}（{4}）：比合计多 {5}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/problems.py" line="66"/>
        <source>{0} (row {1}): the file says {2} was paid, but its parts come to {3} ({4}): {5} less than they add up to</source>
        <translation>{0}（第 {1} 行）：文件显示已付 {2}，但各部分合计为 {3}（{4}）：比合计少 {5}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/problems.py" line="75"/>
        <source>{0} and {1} more</source>
        <translation>{0} 及另外 {1} 项</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="28"/>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="29"/>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="30"/>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="31"/>
        <source>pipe-separated</source>
        <translation>竖线分隔</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="43"/>
        <source>closing lines of the file, not orders</source>
        <translation>文件的结尾行，不是订单</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="102"/>
        <source>XLSX, sheet &quot;{0}&quot;</source>
        <translation>XLSX，工作表“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="104"/>
        <source>delimited</source>
        <translation>分隔符分隔</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="122"/>
        <source>{0} cells but the header has {1} columns (an unquoted comma or semicolon inside a value?)</source>
        <translation>有 {0} 个单元格，但表头有 {1} 列（值中是否有未加引号的逗号或分号？）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="208"/>
        <source>{0}: row {1} cannot be read as CSV ({2})</source>
        <translation>{0}：第 {1} 行无法按 CSV 读取（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="214"/>
        <source>{0}: row {1}, column {2}: a cell of more than {3} characters, which no export writes (a spreadsheet cell holds at most 32,767): is a quote left open before it?</source>
        <translation>{0}：第 {1} 行，列 {2}：单元格超过 {3} 个字符，任何导出文件都不会这样写（电子表格单元格最多容纳 32,767 个字符）：是否前面有未闭合的引号？</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="245"/>
        <source>{0}: row {1}, column {2}: a NUL character (a zero byte), which no text holds: is it a damaged file, or not a CSV export?</source>
        <translation>{0}：第 {1} 行，列 {2}：包含 NUL 字符（零字节），正常文本中不会出现：文件是否已损坏，或并非 CSV 导出文件？</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="250"/>
        <source>{0}: a NUL character (a zero byte), which no text holds: is it a CSV export?</source>
        <translation>{0}：包含 NUL 字符（零字节），正常文本中不会出现：这是 CSV 导出文件吗？</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="269"/>
        <source>{0}: no header row (a row of column names) in its first {1} rows</source>
        <translation>{0}：前 {1} 行中没有表头行（由列名组成的行）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="276"/>
        <source>{0}: {1} columns in its header row; a spreadsheet holds at most {2}, and no export comes near that</source>
        <translation>{0}：表头行有 {1} 列；电子表格最多容纳 {2} 列，任何导出文件都远不及此数</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="313"/>
        <location filename="../../desk/reports/bundle.py" line="378"/>
        <source>{0}: no such file</source>
        <translation>{0}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="320"/>
        <source>{0}: the file is empty</source>
        <translation>{0}：文件为空</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="327"/>
        <source>{0}: {1}; choose another encoding</source>
        <translation>{0}：{1}；请选择其他编码</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="328"/>
        <source>{0}: {1}; save it as CSV UTF-8 and try again</source>
        <translation>{0}：{1}；请将其另存为 CSV UTF-8 后重试</translation>
    </message>
    <message>
        <location filename="../../desk/importing/remembered.py" line="33"/>
        <source>the remembered mapping &quot;{0}&quot;</source>
        <translation>已保存的映射“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/importing/remembered.py" line="55"/>
        <source>no remembered mapping called &quot;{0}&quot;; remembered mappings: {1}</source>
        <translation>没有名为“{0}”的已保存映射；已保存的映射：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/remembered.py" line="57"/>
        <source>no remembered mapping called &quot;{0}&quot;; none is remembered yet</source>
        <translation>没有名为“{0}”的已保存映射；目前尚未保存任何映射</translation>
    </message>
    <message>
        <location filename="../../desk/importing/remembered.py" line="71"/>
        <source>a remembered mapping needs a name</source>
        <translation>保存映射需要名称</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="58"/>
        <source>1 new order, {0} updated, {1} unchanged</source>
        <translation>1 个新订单，{0} 个已更新，{1} 个未变</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="59"/>
        <source>%n new orders, {0} updated, {1} unchanged</source>
        <translation>
            <numerusform>%n 个新订单，{0} 个已更新，{1} 个未变</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="69"/>
        <source>Checked {0}, nothing written: {1} rows, {2} orders: {3}</source>
        <translation>已检查 {0}，未写入任何内容：{1} 行，{2} 个订单：{3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="71"/>
        <source>Imported {0}: {1} rows, {2} orders: {3}</source>
        <translation>已导入 {0}：{1} 行，{2} 个订单：{3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="83"/>
        <source>orders would be added: {0}, order lines would be added: {1}</source>
        <translation>将添加的订单：{0}，将添加的订单行：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="85"/>
        <source>orders added: {0}, order lines added: {1}</source>
        <translation>已添加订单：{0}，已添加订单行：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="89"/>
        <source>refunds would be recorded on their orders: {0}</source>
        <translation>将记录到对应订单的退款：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="91"/>
        <source>refunds recorded on their orders: {0}</source>
        <translation>已记录到对应订单的退款：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="94"/>
        <source>orders&apos; totals: {0}</source>
        <translation>订单总额：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="96"/>
        <source>{0} left out ({1}): {2}</source>
        <translation>已略过 {0}（{1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="101"/>
        <source>1 order whose total in the file differs from its parts (imported as the file says):</source>
        <translation>1 个订单在文件中的总额与其各部分之和不符（已按文件所示导入）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="106"/>
        <source>%n orders whose total in the file differs from its parts (imported as the file says):</source>
        <translation>
            <numerusform>%n 个订单在文件中的总额与其各部分之和不符（已按文件所示导入）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="112"/>
        <source>suppliers would be created: {0}, stores would be created: {1}</source>
        <translation>将新建的供应商：{0}，将新建的店铺：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="114"/>
        <source>suppliers created: {0}, stores created: {1}</source>
        <translation>已新建供应商：{0}，已新建店铺：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="119"/>
        <source>the column mapping is remembered as &quot;{0}&quot;</source>
        <translation>列映射已保存为“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="121"/>
        <source>columns not imported: {0}</source>
        <translation>未导入的列：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="127"/>
        <source>… and %n more updated orders (--json lists them all)</source>
        <translation>
            <numerusform>… 另有 %n 个已更新的订单（--json 会列出全部）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="185"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="185"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/rows.py" line="79"/>
        <location filename="../../desk/orders/editing.py" line="134"/>
        <source>currency: {0}</source>
        <translation>币种：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="37"/>
        <source>dates day/month/year</source>
        <translation>日期格式为日/月/年</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="38"/>
        <source>dates month/day/year</source>
        <translation>日期格式为月/日/年</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="39"/>
        <source>dates year/month/day</source>
        <translation>日期格式为年/月/日</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="41"/>
        <source>decimal point</source>
        <translation>小数分隔符为句点</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="41"/>
        <source>decimal comma</source>
        <translation>小数分隔符为逗号</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="43"/>
        <source>decimal point in {0}</source>
        <translation>列 {0} 的小数分隔符为句点</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="44"/>
        <source>decimal comma in {0}</source>
        <translation>列 {0} 的小数分隔符为逗号</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="47"/>
        <source>thousands comma</source>
        <translation>千位分隔符为逗号</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="48"/>
        <source>thousands point</source>
        <translation>千位分隔符为句点</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="49"/>
        <source>thousands space</source>
        <translation>千位分隔符为空格</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="50"/>
        <source>thousands apostrophe</source>
        <translation>千位分隔符为撇号</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="51"/>
        <source>thousands none</source>
        <translation>无千位分隔符</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="83"/>
        <source>decimal separator &quot;{0}&quot;: use . or ,</source>
        <translation>小数分隔符“{0}”无效：请使用 . 或 ,</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="86"/>
        <source>thousands separator &quot;{0}&quot;: use , . space &apos; or none</source>
        <translation>千位分隔符“{0}”无效：请使用 , . space &apos; 或 none</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="89"/>
        <source>&quot;{0}&quot; cannot separate both thousands and decimals</source>
        <translation>“{0}”不能同时用作千位分隔符和小数分隔符</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="96"/>
        <source>&quot;{0}&quot; is said to mean {1}, which is not a currency code</source>
        <translation>指定“{0}”表示 {1}，但这不是币种代码</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="148"/>
        <source>{0}; correct it, or choose to round such amounts (--round)</source>
        <translation>{0}；请更正，或选择对此类金额四舍五入（--round）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="152"/>
        <source>{0}, or say which is the decimal separator (--decimal)</source>
        <translation>{0}，或指定哪个是小数分隔符（--decimal）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="158"/>
        <source>&quot;{0}&quot; is in {1} but the order is in {2}</source>
        <translation>“{0}”的币种为 {1}，但订单的币种为 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="170"/>
        <source>&quot;{0}&quot;: {1} is not this file&apos;s decimal or thousands separator</source>
        <translation>“{0}”：{1} 不是此文件的小数分隔符或千位分隔符</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="189"/>
        <source>extra decimals rounded</source>
        <translation>多余小数位已四舍五入</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="203"/>
        <source>{0} &quot;{1}&quot;: use {2}</source>
        <translation>{0}“{1}”无效：请使用 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="223"/>
        <source>date order &quot;{0}&quot;: use DMY, MDY or YMD</source>
        <translation>日期顺序“{0}”无效：请使用 DMY、MDY 或 YMD</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="228"/>
        <source>&quot;{0}&quot; is not SIGN=CODE (e.g. ¥=JPY)</source>
        <translation>“{0}”不是 SIGN=CODE 格式（例如 ¥=JPY）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="232"/>
        <source>decimal separator</source>
        <translation>小数分隔符</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="233"/>
        <source>thousands separator</source>
        <translation>千位分隔符</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="323"/>
        <source>&quot;{0}&quot; is month/day/year, but &quot;{1}&quot; (row {2}, column {3}) is day/month/year: one of them is wrong</source>
        <translation>“{0}”是月/日/年，但“{1}”（第 {2} 行，列 {3}）是日/月/年：其中之一有误</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="330"/>
        <source>{0}, and no date in the file settles which: choose the date order (--dates DMY or MDY)</source>
        <translation>{0}，且文件中没有可以确定读法的日期：请指定日期顺序（--dates DMY 或 MDY）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="339"/>
        <source>&quot;{0}&quot; and &quot;{1}&quot; (row {2}) use the point and the comma the other way round: say which is the decimal separator</source>
        <translation>“{0}”和“{1}”（第 {2} 行）中句点和逗号的用法正好相反：请指定哪个是小数分隔符</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="360"/>
        <source>&quot;{0}&quot;: is the point or comma a decimal or a thousands separator? No amount in the file settles it; say which</source>
        <translation>“{0}”：句点或逗号是小数分隔符还是千位分隔符？文件中没有能确定这一点的金额；请指定</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="79"/>
        <source>{0} here but {1} on row {2} of the same order ({3}); order-level values must be the same on every line</source>
        <translation>此处为 {0}，但同一订单（{3}）的第 {2} 行为 {1}；订单级别的值在每一行都必须相同</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="97"/>
        <source>line {0} of {1} is also on row {2}</source>
        <translation>{1} 的订单行 {0} 也出现在第 {2} 行</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="144"/>
        <source>empty, but every order needs a supplier</source>
        <translation>为空，但每个订单都必须有供应商</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="145"/>
        <source>empty, but every order needs the date it was placed</source>
        <translation>为空，但每个订单都必须有下单日期</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="191"/>
        <source>{0} comes to {1}, more than Desk holds for one order (at most {2})</source>
        <translation>{0} 合计为 {1}，超过 Desk 单个订单可容纳的金额（最多 {2}）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="205"/>
        <source>{0} is before the order was placed ({1})</source>
        <translation>{0} 早于下单日期（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="208"/>
        <source>{0} is before it was shipped ({1})</source>
        <translation>{0} 早于发货日期（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="225"/>
        <source>{0}: if it is right, import the file with such dates kept (--confirm-dates, or tick Keep such dates in the Import dialog)</source>
        <translation>{0}：如确无误，请在导入时保留此类日期（--confirm-dates，或在“导入订单”对话框中勾选“保留此类日期”）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="238"/>
        <source>{0} has no lines</source>
        <translation>{0} 没有订单行</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="257"/>
        <source>empty, but {0} is {1}: give method:amount pairs that add up to {2}</source>
        <translation>为空，但 {0} 的状态为 {1}：请提供合计为 {2} 的 method:amount 组合</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="49"/>
        <source>unknown platform &quot;{0}&quot;; allowed: {1}</source>
        <translation>未知平台“{0}”；可用值：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="56"/>
        <source>unknown payment method &quot;{0}&quot;; allowed: {1}</source>
        <translation>未知支付方式“{0}”；可用值：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="63"/>
        <source>unknown status &quot;{0}&quot;; allowed: {1}</source>
        <translation>未知状态“{0}”；可用值：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="73"/>
        <source>unknown currency &quot;{0}&quot;; use an ISO code such as CNY, USD, EUR, RUB</source>
        <translation>未知币种“{0}”；请使用 ISO 代码，例如 CNY、USD、EUR、RUB</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="84"/>
        <source>{0} characters; at most {1}</source>
        <translation>{0} 个字符；最多 {1} 个</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="89"/>
        <source>holds an invisible control character (code {0}) at position {1}, which no text has; correct the cell</source>
        <translation>在第 {1} 个字符处含有一个不可见的控制字符（代码 {0}），正常文本中不会出现；请更正该单元格</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="110"/>
        <source>&quot;{0}&quot; is more than {1}</source>
        <translation>“{0}”超过 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="112"/>
        <source>&quot;{0}&quot; is not {1}</source>
        <translation>“{0}”不是{1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="117"/>
        <source>a whole number of at least 1</source>
        <translation>大于或等于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="121"/>
        <source>a line number (1, 2, 3 …)</source>
        <translation>行号（1、2、3…）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="130"/>
        <source>&quot;{0}&quot; is not a whole number of cents</source>
        <translation>“{0}”不是以分为单位的整数</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="132"/>
        <source>&quot;{0}&quot; cents is more than Desk holds in one amount</source>
        <translation>“{0}”分超过 Desk 单笔金额的上限</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="139"/>
        <source>&quot;{0}&quot; cents is {1}, but {2} has {3} decimal places</source>
        <translation>“{0}”分即 {1}，但 {2} 只有 {3} 位小数</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="144"/>
        <source>{0} cents</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="170"/>
        <source>&quot;{0}&quot; is not method:amount (e.g. card:30.00; balance:10.00)</source>
        <translation>“{0}”不是 method:amount 格式（例如 card:30.00; balance:10.00）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="174"/>
        <source>{0} appears twice; give each method once with its whole amount</source>
        <translation>{0} 出现了两次；每种方式只能出现一次，并给出其全部金额</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="179"/>
        <source>&quot;{0}&quot;: a payment must be more than zero</source>
        <translation>“{0}”：付款金额必须大于零</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="199"/>
        <source>&quot;{0}&quot; is {1} characters; a tracking number has at most 64</source>
        <translation>“{0}”有 {1} 个字符；物流单号最多 64 个字符</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="84"/>
        <source>{0}: not opened, because it declares XML entities or a document type, which spreadsheet programs never write and which can make a file expand beyond memory; open it in your spreadsheet program and save it again, or export it as CSV</source>
        <translation>{0}：未打开，因为它声明了 XML 实体或文档类型，电子表格程序从不写入此类内容，且它可能使文件展开后超出内存；请在电子表格程序中打开并重新保存，或将其导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="92"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="94"/>
        <source>{0}: not a readable XLSX workbook: row {1} cannot be read ({2})</source>
        <translation>{0}：不是可读取的 XLSX 工作簿：第 {1} 行无法读取（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="96"/>
        <source>{0}: not a readable XLSX workbook ({1})</source>
        <translation>{0}：不是可读取的 XLSX 工作簿（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="109"/>
        <source>{0}: an Excel 97-2003 workbook (.xls) or one protected by a password, which Desk does not read; save it from Excel as an .xlsx workbook without a password, or as CSV</source>
        <translation>{0}：这是 Excel 97-2003 工作簿（.xls）或受密码保护的工作簿，Desk 无法读取；请在 Excel 中将其另存为不带密码的 .xlsx 工作簿，或另存为 CSV</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="175"/>
        <source>{0}: no worksheet has a header row (a row of column names)</source>
        <translation>{0}：没有任何工作表含有表头行（由列名组成的行）</translation>
    </message>
    <message>
        <location filename="../../desk/json_reading.py" line="38"/>
        <source>{0}: its lists and objects are nested more than {1} levels deep, deeper than anything Desk writes, so it was not read</source>
        <translation>{0}：其中的列表和对象嵌套超过 {1} 层，比 Desk 写入的任何内容都深，因此未读取</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="90"/>
        <source>&quot;{0}&quot;: {1} has {2} decimal places, got {3}</source>
        <translation>“{0}”：{1} 有 {2} 位小数，但此金额有 {3} 位</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="134"/>
        <source>&quot;{0}&quot;: not a number</source>
        <translation>“{0}”：不是数字</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="275"/>
        <source>&quot;{0}&quot;: unknown currency &quot;{1}&quot;</source>
        <translation>“{0}”：未知币种“{1}”</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="285"/>
        <source>&quot;{0}&quot;: two currencies, {1} and {2}</source>
        <translation>“{0}”：含有两种币种，{1} 和 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="306"/>
        <source>&quot;{0}&quot;: more than one decimal separator &quot;{1}&quot;</source>
        <translation>“{0}”：小数分隔符“{1}”出现了不止一次</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="308"/>
        <source>&quot;{0}&quot;: grouping after the decimal separator &quot;{1}&quot;</source>
        <translation>“{0}”：小数分隔符“{1}”之后还有分组</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="313"/>
        <source>&quot;{0}&quot;: more than one decimal separator</source>
        <translation>“{0}”：小数分隔符不止一个</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="325"/>
        <source>&quot;{0}&quot;: the point could separate thousands ({1}) or decimals ({2}); write {1}, or the amount with at most {3} decimal places</source>
        <translation>“{0}”：句点可能是千位分隔符（{1}），也可能是小数分隔符（{2}）；请写成 {1}，或写成最多 {3} 位小数的金额</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="330"/>
        <source>&quot;{0}&quot;: the comma could separate thousands ({1}) or decimals ({2}); write {1}, or the amount with at most {3} decimal places</source>
        <translation>“{0}”：逗号可能是千位分隔符（{1}），也可能是小数分隔符（{2}）；请写成 {1}，或写成最多 {3} 位小数的金额</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="341"/>
        <source>&quot;{0}&quot;: two separators in a row</source>
        <translation>“{0}”：两个分隔符相连</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="345"/>
        <source>&quot;{0}&quot;: digit grouping after the decimal separator</source>
        <translation>“{0}”：小数分隔符之后有数字分组</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="348"/>
        <source>&quot;{0}&quot;: separators must split the number into groups of 3 digits</source>
        <translation>“{0}”：分隔符必须将数字按 3 位一组分开</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="375"/>
        <source>&quot;{0}&quot;: more than Desk holds in one amount (at most {1})</source>
        <translation>“{0}”：超过 Desk 单笔金额的上限（最多 {1}）</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="410"/>
        <source>empty amount: type a number such as 30 or 30.50 CNY</source>
        <translation>金额为空：请输入数字，例如 30 或 30.50 CNY</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="413"/>
        <source>&quot;{0}&quot;: no number in it</source>
        <translation>“{0}”：其中没有数字</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="417"/>
        <source>&quot;{0}&quot;: a number in scientific notation, not an amount; write it in full</source>
        <translation>“{0}”：这是科学计数法表示的数字，不是金额；请完整写出</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="419"/>
        <source>&quot;{0}&quot;: more than one number</source>
        <translation>“{0}”：含有多个数字</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="425"/>
        <source>&quot;{0}&quot;: which currency? Add a code such as CNY or USD</source>
        <translation>“{0}”：是哪种币种？请添加币种代码，例如 CNY 或 USD</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="427"/>
        <source>&quot;{0}&quot;: a negative amount is not allowed here</source>
        <translation>“{0}”：此处不允许负数金额</translation>
    </message>
    <message>
        <location filename="../../desk/network_drive.py" line="37"/>
        <source>The data folder {0} is on a network drive. Desk&apos;s database can be damaged when two computers write to it, or when the connection drops while Desk is saving. Keep the data folder on this computer and back it up (copy the whole folder while Desk is closed).</source>
        <translation>数据文件夹 {0} 位于网络驱动器上。两台计算机同时写入，或 Desk 保存时连接中断，都可能损坏 Desk 的数据库。请将数据文件夹放在本机上并做好备份（在 Desk 关闭时复制整个文件夹）。</translation>
    </message>
    <message>
        <location filename="../../desk/network_drive.py" line="43"/>
        <source>The data folder {0} is on a drive that cannot lock files, as network drives often cannot. Desk&apos;s database can be damaged when two computers write to it, or when the connection drops while Desk is saving. Keep the data folder on this computer and back it up (copy the whole folder while Desk is closed).</source>
        <translation>数据文件夹 {0} 所在的驱动器无法锁定文件（网络驱动器通常如此）。两台计算机同时写入，或 Desk 保存时连接中断，都可能损坏 Desk 的数据库。请将数据文件夹放在本机上并做好备份（在 Desk 关闭时复制整个文件夹）。</translation>
    </message>
    <message>
        <location filename="../../desk/opening.py" line="37"/>
        <source>{0} was not opened; nothing in it was changed</source>
        <translation>未打开 {0}；其中的内容均未更改</translation>
    </message>
    <message>
        <location filename="../../desk/opening.py" line="42"/>
        <source>{0} was not opened</source>
        <translation>未打开 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/opening.py" line="45"/>
        <source>{0} was not opened, but its database had already been upgraded for this version of Desk (the copy from before is {1})</source>
        <translation>未打开 {0}，但其数据库已为此版本的 Desk 升级（升级前的副本为 {1}）</translation>
    </message>
    <message>
        <location filename="../../desk/opening.py" line="58"/>
        <source>The data folder was upgraded for this version of Desk; the copy from before is {0}.</source>
        <translation>数据文件夹已为此版本的 Desk 升级；升级前的副本为 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="71"/>
        <source>base currency</source>
        <translation>基准币种</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="72"/>
        <source>quote currency</source>
        <translation>计价币种</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="73"/>
        <source>rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="78"/>
        <source>1 {0} = {1} {2} on {3}.</source>
        <translation>{3}：1 {0} = {1} {2}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/rates.py" line="94"/>
        <source>Imported %n exchange rate(s) from {0}.</source>
        <translation>
            <numerusform>已从 {0} 导入 %n 条汇率。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="109"/>
        <source>{0}: the file is empty; its first row must name the columns {1}</source>
        <translation>{0}：文件为空；其第一行必须为列名 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="121"/>
        <source>{0}: row {1} holds a cell of more than {2} characters, which is no rate</source>
        <translation>{0}：第 {1} 行有一个超过 {2} 个字符的单元格，不可能是汇率</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="132"/>
        <source>{0}: the first row must name the columns {1}; missing: {2}</source>
        <translation>{0}：第一行必须为列名 {1}；缺少：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="147"/>
        <source>row {0}, column {1}</source>
        <translation>第 {0} 行，列 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="153"/>
        <source>row {0}: a second rate {1}→{2} on {3} (first in row {4})</source>
        <translation>第 {0} 行：{3} 的 {1}→{2} 汇率重复（首次出现在第 {4} 行）</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="165"/>
        <source>{0}; and {1} more</source>
        <translation>{0}；另有 {1} 项</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="166"/>
        <source>{0}: nothing was imported. {1}</source>
        <translation>{0}：未导入任何内容。{1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="186"/>
        <source>quote: the same currency as base ({0}); a rate needs two</source>
        <translation>quote：与 base 的币种相同（{0}）；汇率需要两种不同的币种</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="188"/>
        <source>rate: {0} must be more than zero</source>
        <translation>rate：{0} 必须大于零</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="195"/>
        <source>{0} (and source, if wanted)</source>
        <translation>{0}（如需要，还可加上 source）</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="202"/>
        <source>{0}: {1!r} is not a date; give it as 2026-11-02</source>
        <translation>{0}：{1!r} 不是日期；请写成 2026-11-02 的形式</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="209"/>
        <location filename="../../desk/operations/rates.py" line="211"/>
        <source>{0}: {1!r} is not a number</source>
        <translation>{0}：{1!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="221"/>
        <source>{0}: {1!r} is not a currency in use; give an ISO code such as CNY or USD</source>
        <translation>{0}：{1!r} 不是可用的币种；请填写 ISO 代码，例如 CNY 或 USD</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="97"/>
        <source>Refund plan: {0} on {1} over {2} methods.</source>
        <translation>退款计划：订单 {1} 退款 {0}，分 {2} 种支付方式。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="106"/>
        <source>the day the refund was approved</source>
        <translation>退款批准日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="107"/>
        <source>the day it was sent</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="117"/>
        <source>Refund {0} recorded: {1} on {2}.</source>
        <translation>已记录退款 {0}：订单 {2} 退款 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="123"/>
        <source>the day the money arrived</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="130"/>
        <source>the amount received</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="138"/>
        <source>Refund {0}: {1} arrived by {2} on {3}.</source>
        <translation>退款 {0}：{1} 已于 {3} 通过 {2} 到账。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="152"/>
        <source>the refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="75"/>
        <source>{0} ({1}) is overdue: it stays flagged until the case moves past it. If the platform gave more time, change the deadline&apos;s date instead.</source>
        <translation>{0}（{1}）已逾期：在案件进入下一步之前会一直标记为逾期。如果平台给予了更多时间，请改为更改该期限的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="81"/>
        <source>{0!r} is an earlier step of {1} ({2}): it is no longer shown</source>
        <translation>{0!r} 是{1}（{2}）的较早一步：已不再显示</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="87"/>
        <source>no reminder {0!r} is shown today: its case moved on, or its deadline is not due for a while</source>
        <translation>今天没有显示提醒 {0!r}：其案件已进入下一步，或其期限还早</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="113"/>
        <source>a reminder is snoozed until a later day than today ({0})</source>
        <translation>稍后提醒的日期必须晚于今天（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="114"/>
        <source>the day to remind again</source>
        <translation>再次提醒的日期</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="120"/>
        <source>Snoozed until {0}: {1} ({2}), due {3}.</source>
        <translation>已推迟到 {0} 再提醒：{1}（{2}），{3} 到期。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="135"/>
        <source>Dismissed: {0} ({1}), due {2}. Its next step reminds again.</source>
        <translation>已忽略：{0}（{1}），{2} 到期。进入下一步时会再次提醒。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="155"/>
        <source>unknown road {0!r}; known: {1}</source>
        <translation>未知的通知途径 {0!r}；可用途径：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/reminders.py" line="165"/>
        <source>%n reminder(s) came due since {0}.</source>
        <translation>
            <numerusform>自 {0} 以来有 %n 个提醒到期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/reminders.py" line="167"/>
        <source>%n reminder(s) came due.</source>
        <translation>
            <numerusform>有 %n 个提醒到期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/settings.py" line="74"/>
        <source>Set {0} to {1}.</source>
        <translation>已将 {0} 设置为 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/settings.py" line="74"/>
        <source>Cleared {0}.</source>
        <translation>已清除 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/settings.py" line="92"/>
        <source>Your override: {0}, from {1} on.</source>
        <translation>您的自定义值：{0}，自 {1} 起生效。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/settings.py" line="107"/>
        <source>Removed your override of {0} from {1}: the shipped rule applies again.</source>
        <translation>已删除您自 {1} 起对 {0} 的自定义值：内置规则重新适用。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="59"/>
        <location filename="../../desk/overview/audit_words.py" line="30"/>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="60"/>
        <source>line of an order</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="61"/>
        <source>payment of an order</source>
        <translation>订单付款</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="62"/>
        <source>coupon of an order</source>
        <translation>订单优惠券</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="63"/>
        <location filename="../../desk/overview/audit_words.py" line="34"/>
        <source>tracking number</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="64"/>
        <location filename="../../desk/overview/audit_words.py" line="37"/>
        <source>dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="65"/>
        <source>event of a dispute</source>
        <translation>纠纷事件</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="67"/>
        <location filename="../../desk/overview/audit_words.py" line="44"/>
        <source>exhibit label</source>
        <translation>证据附件标签</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="68"/>
        <location filename="../../desk/overview/audit_words.py" line="45"/>
        <source>packet in the Bates register</source>
        <translation>贝茨编号登记表中的材料包</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="69"/>
        <location filename="../../desk/overview/audit_words.py" line="46"/>
        <source>exhibit in the Bates register</source>
        <translation>贝茨编号登记表中的证据附件</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="71"/>
        <source>part of a refund</source>
        <translation>退款分项</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="72"/>
        <location filename="../../desk/overview/audit_words.py" line="42"/>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="73"/>
        <source>link of evidence to a case</source>
        <translation>证据与案件的关联</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="74"/>
        <location filename="../../desk/overview/audit_words.py" line="47"/>
        <source>member account</source>
        <translation>代购会员账户</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="75"/>
        <location filename="../../desk/overview/audit_words.py" line="48"/>
        <source>ledger entry</source>
        <translation>账目记录</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="76"/>
        <location filename="../../desk/overview/audit_words.py" line="49"/>
        <source>deposit application</source>
        <translation>保证金退还申请</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="77"/>
        <source>condition of a deposit application</source>
        <translation>保证金退还申请的前提条件</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="78"/>
        <source>document of a deposit application</source>
        <translation>保证金退还申请的材料</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="79"/>
        <source>submission of a deposit application</source>
        <translation>保证金退还申请的提交</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="80"/>
        <location filename="../../desk/overview/audit_words.py" line="35"/>
        <source>supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="81"/>
        <location filename="../../desk/overview/audit_words.py" line="36"/>
        <source>store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="82"/>
        <location filename="../../desk/overview/audit_words.py" line="54"/>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="83"/>
        <source>platform rule</source>
        <translation>平台规则</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="84"/>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="85"/>
        <location filename="../../desk/overview/audit_words.py" line="53"/>
        <source>exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="86"/>
        <location filename="../../desk/overview/audit_words.py" line="58"/>
        <source>answer to a reminder</source>
        <translation>对提醒的处理</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="98"/>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="99"/>
        <source>Open Dispute</source>
        <translation>发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="100"/>
        <source>Make Letter</source>
        <translation>生成函件</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="101"/>
        <source>Record Refund</source>
        <translation>记录退款</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="102"/>
        <source>New Deposit Application</source>
        <translation>新建保证金退还申请</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="103"/>
        <source>New Account</source>
        <translation>新建代购会员账户</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="104"/>
        <source>Ledger Entry</source>
        <translation>新增账目记录</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="105"/>
        <source>Add Evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="106"/>
        <source>Record Event</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="107"/>
        <location filename="../../desk/operations/undo.py" line="121"/>
        <source>Set Exchange Rate</source>
        <translation>设置汇率</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="108"/>
        <location filename="../../desk/operations/undo.py" line="122"/>
        <source>Answer Reminder</source>
        <translation>处理提醒</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="109"/>
        <source>New Supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="110"/>
        <source>New Store</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="111"/>
        <source>Link Evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="114"/>
        <source>Edit Order</source>
        <translation>编辑订单</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="115"/>
        <source>Edit Dispute</source>
        <translation>编辑纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="116"/>
        <source>Record Arrival</source>
        <translation>记录到账</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="117"/>
        <source>Edit Evidence</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="118"/>
        <source>Mark Letter Sent</source>
        <translation>标记函件已发送</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="119"/>
        <source>Edit Deposit Application</source>
        <translation>编辑保证金退还申请</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="120"/>
        <source>Edit Ledger Entry</source>
        <translation>编辑账目记录</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="123"/>
        <source>Change Settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="124"/>
        <source>Edit Supplier</source>
        <translation>编辑供应商</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="125"/>
        <source>Edit Store</source>
        <translation>编辑店铺</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="131"/>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="153"/>
        <source>Void {0}</source>
        <translation>作废{0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="153"/>
        <source>Restore {0}</source>
        <translation>恢复{0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="160"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="177"/>
        <source>this cannot be undone: the records as they were would clash with what was entered later (the same order number, a second open dispute on a line, …)</source>
        <translation>无法撤销：恢复原样的记录会与之后录入的内容冲突（如订单号相同、同一订单行上出现第二个未结纠纷…）</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="190"/>
        <source>there is nothing to undo: those changes are not in the audit log</source>
        <translation>没有可撤销的内容：审计日志中没有这些更改</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="199"/>
        <source>Redid {0}.</source>
        <translation>已重做“{0}”。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="199"/>
        <source>Undid {0}.</source>
        <translation>已撤销“{0}”。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="214"/>
        <source>{0} was changed again later (by {1}, {2}): undo that change first</source>
        <translation>{0} 此后又被 {1} 于 {2} 更改：请先撤销那次更改</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="248"/>
        <source>{0} was linked to {1} later: undo that first</source>
        <translation>{0} 此后又被关联到 {1}：请先撤销该操作</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="254"/>
        <source>an {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="254"/>
        <source>a {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="255"/>
        <source>{0} has {1} added later: undo that first</source>
        <translation>{0} 此后又添加了{1}：请先撤销该操作</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="272"/>
        <source>the {0} is no longer there: it cannot be changed back</source>
        <translation>该{0}已不存在：无法改回</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="128"/>
        <source>the rate {0}→{1} of {2}</source>
        <translation>{2} 的 {0}→{1} 汇率</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="134"/>
        <source>the {0} of {1} on {2} in {3}</source>
        <translation>{3} 于 {2} 的 {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="165"/>
        <source>deposit application {0}</source>
        <translation>保证金退还申请 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="175"/>
        <source>letter {0} of dispute {1}</source>
        <translation>纠纷 {1} 的函件 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="189"/>
        <source>Voided {0}: {1}. It is kept and can be restored.</source>
        <translation>已作废 {0}：{1}。该记录仍会保留，可以恢复。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="201"/>
        <source>choose the records to void first</source>
        <translation>请先选择要作废的记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="206"/>
        <source>Voided {0}: {1}. They are kept and can be restored.</source>
        <translation>
            <numerusform>已作废 {0}：{1}。记录仍会保留，可以恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="219"/>
        <source>%n record(s) ({0}; …)</source>
        <translation>
            <numerusform>%n 条记录（{0}；…）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="219"/>
        <source>%n record(s) ({0})</source>
        <translation>
            <numerusform>%n 条记录（{0}）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="247"/>
        <source>say why it is voided: the reason is kept with it</source>
        <translation>请说明作废原因：原因将随记录一并保存</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="249"/>
        <source>the reason has {0} characters; at most {1}</source>
        <translation>原因有 {0} 个字符；最多 {1} 个</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="257"/>
        <source>{0} is voided already</source>
        <translation>{0} 已作废</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="272"/>
        <source>Restored {0}: it counts again.</source>
        <translation>已恢复 {0}：该记录重新计入。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="283"/>
        <source>choose the records to restore first</source>
        <translation>请先选择要恢复的记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="291"/>
        <source>Restored {0}: they count again.</source>
        <translation>
            <numerusform>已恢复 {0}：记录重新计入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="303"/>
        <source>{0} is not voided</source>
        <translation>{0} 未作废</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="314"/>
        <source>there is no {0} {1}</source>
        <translation>没有 {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/amounts.py" line="69"/>
        <source>discount {0} is more than the lines and shipping ({1})</source>
        <translation>折扣 {0} 超过了订单行金额与运费之和（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/orders/amounts.py" line="77"/>
        <source>payments add up to {0} but the order total is {1} ({2})</source>
        <translation>付款合计 {0}，但订单总额为 {1}（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/orders/amounts.py" line="87"/>
        <source>lines {0} + shipping {1} + tax {2} − discount {3}</source>
        <translation>订单行 {0} + 运费 {1} + 税费 {2} − 折扣 {3}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/amounts.py" line="88"/>
        <source>lines {0} + shipping {1} − discount {2}</source>
        <translation>订单行 {0} + 运费 {1} − 折扣 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="128"/>
        <source>order number: required</source>
        <translation>订单号：必填</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="130"/>
        <source>supplier: required</source>
        <translation>供应商：必填</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="137"/>
        <source>lines: an order needs at least one line</source>
        <translation>订单行：订单至少需要一个订单行</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="140"/>
        <source>line {0}, item: required</source>
        <translation>第 {0} 行，商品：必填</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="142"/>
        <source>line {0}, qty: must be at least 1, got {1}</source>
        <translation>第 {0} 行，数量：至少为 1，当前为 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="143"/>
        <source>line {0}, unit price</source>
        <translation>第 {0} 行，单价</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="145"/>
        <source>shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="146"/>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="147"/>
        <source>tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="152"/>
        <source>payment {0}, amount</source>
        <translation>第 {0} 笔付款，金额</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="154"/>
        <source>payment {0}, amount: must be more than zero</source>
        <translation>第 {0} 笔付款，金额：必须大于零</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="156"/>
        <source>coupon {0}, amount</source>
        <translation>第 {0} 张优惠券，金额</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="159"/>
        <source>tracking {0}, number: required</source>
        <translation>第 {0} 条物流信息，物流单号：必填</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="171"/>
        <source>coupons: {0} is more than the discount {1} they are part of</source>
        <translation>优惠券：{0} 超过了其所属的折扣 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="180"/>
        <location filename="../../desk/orders/editing.py" line="192"/>
        <source>the day it was placed</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="181"/>
        <location filename="../../desk/orders/editing.py" line="194"/>
        <source>the day it was paid</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="182"/>
        <location filename="../../desk/orders/editing.py" line="195"/>
        <source>the day it was shipped</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="183"/>
        <location filename="../../desk/orders/editing.py" line="196"/>
        <source>the day it was delivered</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="186"/>
        <source>the date of payment {0}</source>
        <translation>第 {0} 笔付款的日期</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="194"/>
        <source>paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="195"/>
        <source>shipped on</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="196"/>
        <source>delivered on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="202"/>
        <source>{0}: {1} is before {2} ({3})</source>
        <translation>{0}：{1} 早于{2}（{3}）</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="210"/>
        <source>{0}: in {1}, but the order is in {2}</source>
        <translation>{0}：币种为 {1}，但订单币种为 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="212"/>
        <source>{0}: must not be negative</source>
        <translation>{0}：不得为负数</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="226"/>
        <source>a new order has no lines or payments in Desk yet: leave their ids out</source>
        <translation>新订单在 Desk 中尚无订单行或付款：请不要填写它们的 ID</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="251"/>
        <location filename="../../desk/orders/view.py" line="24"/>
        <source>no order {0}: it was deleted meanwhile</source>
        <translation>订单 {0} 不存在：已在此期间被删除</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="255"/>
        <source>currency: {0} has disputes or refunds in {1}; it cannot change</source>
        <translation>币种：{0} 已有以 {1} 计的纠纷或退款；无法更改币种</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="267"/>
        <source>the order cannot be saved: {0}</source>
        <translation>无法保存订单：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="274"/>
        <source>order number: {0} is a voided order: restore it instead of entering it again</source>
        <translation>订单号：{0} 是已作废的订单：请恢复该订单，而不要重新录入</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="276"/>
        <source>order number: {0} already exists</source>
        <translation>订单号：{0} 已存在</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="283"/>
        <source>store: no store {0}; it was deleted meanwhile</source>
        <translation>店铺：店铺 {0} 不存在；已在此期间被删除</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="346"/>
        <source>the order&apos;s lines changed meanwhile: open the order again and redo the edit</source>
        <translation>订单的订单行已在此期间被更改：请重新打开订单，再重新编辑</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="366"/>
        <source>the order&apos;s payments changed meanwhile: open the order again and redo the edit</source>
        <translation>订单的付款已在此期间被更改：请重新打开订单，再重新编辑</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/orders/holdings.py" line="32"/>
        <source>dispute(s) {0}</source>
        <translation>
            <numerusform>纠纷 {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/orders/holdings.py" line="35"/>
        <source>refund(s) {0}</source>
        <translation>
            <numerusform>退款 {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/orders/holdings.py" line="68"/>
        <source>line {0} ({1}) has {2}</source>
        <translation>第 {0} 行（{1}）有{2}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/holdings.py" line="71"/>
        <source>{0}: a line that carries a dispute, a refund or evidence cannot be removed</source>
        <translation>{0}：带有纠纷、退款或证据的订单行不能删除</translation>
    </message>
    <message>
        <location filename="../../desk/orders/lookup.py" line="22"/>
        <source>{0!r} is not an order like PLATFORM:ORDER_NO (e.g. aliexpress:8179037714690228)</source>
        <translation>{0!r} 不是形如 PLATFORM:ORDER_NO 的订单（例如 aliexpress:8179037714690228）</translation>
    </message>
    <message>
        <location filename="../../desk/orders/lookup.py" line="28"/>
        <source>unknown platform {0!r} in {1!r}; known: {2}</source>
        <translation>{1!r} 中的平台 {0!r} 未知；可用平台：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/lookup.py" line="35"/>
        <source>no order {0}</source>
        <translation>没有订单 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/lookup.py" line="44"/>
        <source>order {0} has no line {1} (lines: {2})</source>
        <translation>订单 {0} 没有第 {1} 行（现有订单行：{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="29"/>
        <source>supplier: a name is required</source>
        <translation>供应商：名称为必填项</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="53"/>
        <source>store: a name is required</source>
        <translation>店铺：名称为必填项</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="56"/>
        <source>country: {0!r} is not a country; give an ISO 3166 code such as CN, DE or US</source>
        <translation>国家/地区：{0!r} 不是国家或地区代码；请填写 ISO 3166 代码，例如 CN、DE 或 US</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="60"/>
        <source>closed on: {0} is before the store opened ({1})</source>
        <translation>关店日期：{0} 早于开店日期（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="65"/>
        <source>closed on: a closed store needs the day it closed</source>
        <translation>关店日期：已关闭的店铺需要填写关店日期</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="67"/>
        <source>closed on: the store is {0}, not closed</source>
        <translation>关店日期：店铺状态为{0}，并未关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/orders/voiding.py" line="15"/>
        <source>order {0} still has {1}: void them first</source>
        <translation>
            <numerusform>订单 {0} 仍有 {1}：请先将其作废</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="13"/>
        <source>Counted from the day the withdrawal was requested. The same page also says a request &quot;will be conducted within 24 hours after it&apos;s submitted&quot;; the 3 workdays are the outer limit.</source>
        <translation>自申请提现之日起计算。同一页面还写有申请“将在提交后 24 小时内处理”；3 个工作日为最长期限。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="15"/>
        <source>Counted from the day the dispute was opened. The page also says: &quot;If the seller does not respond to the dispute within 5 days, it is automatically resolved in favor of the buyer.&quot;</source>
        <translation>自发起纠纷之日起计算。该页面还写有：“如果卖家未在 5 天内回应纠纷，纠纷将自动以有利于买家的方式解决。”</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="16"/>
        <source>Days after the trigger at which Desk suggests escalating to platform arbitration: after we refused the seller&apos;s offer (the page: immediately), or after the seller&apos;s 5 days passed without an answer (the page says such a dispute is resolved for the buyer automatically; Desk suggests escalating in case the platform has not done so).</source>
        <translation>触发事件发生后 Desk 建议升级至平台仲裁的天数：在我方拒绝卖家的方案后（该页面：立即），或在卖家的 5 天答复期届满仍未答复后（该页面称此类纠纷会自动判给买家；为防平台未自动处理，Desk 建议升级）。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="17"/>
        <source>Counted from the day the order was shipped. Another passage of the page says &quot;perhaps 5 days from the date of dispatch&quot;; the explicit 6 days is used.</source>
        <translation>自订单发货之日起计算。该页面另一处写有“可能自发货之日起 5 天”；此处采用明确规定的 6 天。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="18"/>
        <source>Read as: protection ends 15 days after the order timer ends, that is after delivery was confirmed or, for an order not yet delivered, after its delivery time. The page also says &quot;within 15 days from the date of expiration of the delivery time of the goods&quot;. Enter the end date the order page shows as the order&apos;s protection end to replace the derived one.</source>
        <translation>解读为：买家保护在订单计时结束后 15 天终止，即在确认收货后，或对于尚未签收的订单，在其运输时效届满后。该页面还写有“自商品运输时效届满之日起 15 天内”。请将订单页面显示的结束日期录入为该订单的保护结束日期，以替代推算出的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="19"/>
        <source>The delivery time of an order not yet delivered, counted from shipping. The page gives 45 days from shipping until disputes close and a 15-day window after the delivery time: 45 - 15 = 30. Each listing promises its own time; override it when yours differ.</source>
        <translation>尚未签收订单的运输时效，自发货起计算。该页面规定自发货起 45 天后纠纷关闭，并在运输时效届满后有 15 天的期限：45 - 15 = 30。每个商品页面承诺的时效各不相同；如与您的订单不同，请自定义。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="20"/>
        <source>The page does not say by how much; Desk assumes 15 days, like the window after the timer. Record the extended end the platform shows as the order&apos;s protection end.</source>
        <translation>该页面未说明延长多少；Desk 假定为 15 天，与计时结束后的期限相同。请将平台显示的延长后结束日期录入为该订单的保护结束日期。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="21"/>
        <source>AliExpress counts its refund time from the decision or cancellation; its 3–20 days include the processing, so there is no separate processing step (Desk&apos;s general rule would otherwise apply).</source>
        <translation>AliExpress 的退款时间自作出决定或取消之日起计算；其 3–20 天已包含处理时间，因此没有单独的处理步骤（否则将适用 Desk 的通用规则）。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="22"/>
        <source>Every payment method without a row of its own (cards, WebMoney, QIWI, EBANX, Western Union, the balance). The page also says &quot;Refunds are made in the form of a cashless transfer within 7-10 business days&quot; and &quot;If, after 10 days from the date of the decision to refund the buyer, the payment has not been made, it is recommended to contact.&quot;</source>
        <translation>所有没有单独一行的支付方式（银行卡、WebMoney、QIWI、EBANX、Western Union、余额）。该页面还写有“退款以非现金转账方式在 7-10 个营业日内完成”以及“如自决定向买家退款之日起 10 天后仍未付款，建议联系客服。”</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="23"/>
        <source>Counted in China&apos;s working days from the day the application was submitted: public holidays are skipped and make-up working days (调休) count.</source>
        <translation>按中国的工作日计算，自提交申请之日起算：法定节假日不计，调休上班日计入。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="25"/>
        <source>The table has no row for paying with the account balance; Desk assumes a refund to the balance is processed like the rows refunded to the balance.</source>
        <translation>该表中没有用账户余额支付的行；Desk 假定退回余额的退款与表中退回余额的各行处理方式相同。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="26"/>
        <source>Payment methods the table has no row for (Alipay, WeChat Pay, Western Union, …): Desk assumes the slowest processing of the table.</source>
        <translation>表中没有对应行的支付方式（Alipay、WeChat Pay、Western Union…）：Desk 采用表中最慢的处理时间。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="27"/>
        <source>The page adds: &quot;Credit card refunds may appear on your statement within 7–15 business days, especially for card not present transactions&quot; and &quot;Refunds to international bank cards (especially from outside the U.S.) may take longer&quot;.</source>
        <translation>该页面还写有：“信用卡退款可能会在 7–15 个营业日内出现在您的账单上，尤其是无卡交易”以及“退款至国际银行卡（尤其是美国境外的银行卡）可能需要更长时间”。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="28"/>
        <source>The table has no row for paying with the account balance; Desk assumes a refund to the balance is immediate, like the rows refunded to the balance.</source>
        <translation>该表中没有用账户余额支付的行；Desk 假定退回余额的退款与表中退回余额的各行一样立即到账。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="29"/>
        <source>Payment methods the table has no row for (Alipay, WeChat Pay, Western Union, MoneyGram, WebMoney, QIWI, other): Desk assumes the slowest row of the table. Override it per method when you know better.</source>
        <translation>表中没有对应行的支付方式（Alipay、WeChat Pay、Western Union、MoneyGram、WebMoney、QIWI、其他）：Desk 采用表中最慢的一行。如您掌握更准确的信息，请按支付方式自定义。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="31"/>
        <source>Store closed (cancelled) on AliExpress</source>
        <translation>店铺已在 AliExpress 上关闭（注销）</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="32"/>
        <source>No pending orders in the store</source>
        <translation>店铺中没有待处理的订单</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="33"/>
        <source>No open disputes on the store&apos;s orders</source>
        <translation>店铺的订单没有未结纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="34"/>
        <source>No violations recorded against the store</source>
        <translation>店铺没有违规记录</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="35"/>
        <source>Copy of the business licence</source>
        <translation>营业执照复印件</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="36"/>
        <source>Bank account details (the account the deposit returns to)</source>
        <translation>银行账户信息（保证金退回的账户）</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="37"/>
        <source>Identity document of the legal representative</source>
        <translation>法定代表人身份证件</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="38"/>
        <source>Screenshot of the deposit page with the refundable amount</source>
        <translation>显示可退还金额的保证金页面截图</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="40"/>
        <source>Store closed on the platform</source>
        <translation>店铺已在平台上关闭</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="42"/>
        <source>a photo of the item as it arrived</source>
        <translation>商品到货时的照片</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="43"/>
        <source>a video showing the defect</source>
        <translation>显示缺陷的视频</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="44"/>
        <source>the tracking history</source>
        <translation>物流跟踪记录</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="45"/>
        <source>the correspondence with the seller</source>
        <translation>与卖家的沟通记录</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="46"/>
        <source>proof of payment</source>
        <translation>付款凭证</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="47"/>
        <source>the order confirmation</source>
        <translation>订单确认</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="49"/>
        <source>Reminder to the seller</source>
        <translation>致卖家的提醒函</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="50"/>
        <source>If the seller offers to pay back outside the platform (PayPal or another payment system), do not agree: AliExpress says &quot;All financial payments must be made exclusively through the Aliexpress trading platform.&quot;</source>
        <translation>如卖家提出在平台之外（通过 PayPal 或其他支付系统）退款，请勿同意：AliExpress 规定“所有款项必须仅通过 AliExpress 交易平台支付”（&quot;All financial payments must be made exclusively through the Aliexpress trading platform.&quot;）。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="53"/>
        <source>The arbitration decision is final: send every piece of evidence with the escalation (AliExpress: &quot;The arbitration decision is not subject to discussion or revision - it is final.&quot;).</source>
        <translation>仲裁决定为最终决定：升级至平台时请提交全部证据（AliExpress：&quot;The arbitration decision is not subject to discussion or revision - it is final.&quot;）。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="67"/>
        <source>No published source confirms this limit; check it against PayPal&apos;s current help page on uploading documents to a case.</source>
        <translation>此限制没有公开来源可以证实；请对照 PayPal 当前关于向案件上传文件的帮助页面核实。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="51"/>
        <source>Complaint to the platform&apos;s customer service</source>
        <translation>向平台客服投诉</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="52"/>
        <source>Escalation to platform arbitration</source>
        <translation>升级至平台仲裁</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="54"/>
        <source>Formal demand letter</source>
        <translation>正式催款函</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="55"/>
        <source>Request for mediation or arbitration (ADR)</source>
        <translation>调解或仲裁申请（ADR）</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="56"/>
        <source>Cover letter to a lawyer</source>
        <translation>致律师的附函</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="57"/>
        <source>PayPal claim</source>
        <translation>PayPal 索赔</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="58"/>
        <source>A PayPal dispute must be escalated to a claim within 20 days or it closes, and a closed PayPal dispute cannot be reopened (to check against PayPal&apos;s current terms).</source>
        <translation>PayPal 纠纷必须在 20 天内升级为索赔，否则将被关闭，且已关闭的 PayPal 纠纷无法重新开启（需对照 PayPal 现行条款核实）。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="59"/>
        <source>Card chargeback</source>
        <translation>信用卡拒付</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="60"/>
        <source>A chargeback is filed with the card issuer, not the platform; on many platforms it ends the platform&apos;s own buyer protection for this order (to check against the platform&apos;s and the card issuer&apos;s current terms).</source>
        <translation>拒付需向发卡机构提出，而非向平台提出；在许多平台上，拒付会终止平台对该订单提供的买家保护（需对照平台和发卡机构的现行条款核实）。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="61"/>
        <source>A card chargeback ends the platform&apos;s own buyer protection for this order on many platforms (to check against the platform&apos;s current terms).</source>
        <translation>在许多平台上，信用卡拒付会终止平台对该订单提供的买家保护（需对照平台的现行条款核实）。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="63"/>
        <source>Platform or supplier</source>
        <translation>平台或供应商</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="64"/>
        <source>AliExpress dispute</source>
        <translation>AliExpress 纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="65"/>
        <source>Unconfirmed: check the limit the dispute&apos;s upload form shows today; this file holds the figure.</source>
        <translation>未经确认：请查看纠纷上传表单当前显示的限制；此文件中记录了该数值。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="66"/>
        <source>PayPal Resolution Center</source>
        <translation>PayPal 争议解决中心</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="68"/>
        <source>Card chargeback (card issuer)</source>
        <translation>信用卡拒付（发卡机构）</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="69"/>
        <source>&quot;A few files&quot; taken as 3; the issuing bank&apos;s dispute form says how many it takes and how many pages: check it there.</source>
        <translation>“几个文件”按 3 个计；发卡银行的争议表单会说明可接受的文件数和页数：请在该处核实。</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="70"/>
        <source>Our lawyer (counsel)</source>
        <translation>我方律师（法律顾问）</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="60"/>
        <source>the refund is in {0} but order {1} was paid in {2}</source>
        <translation>退款币种为 {0}，但订单 {1} 以 {2} 支付</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="65"/>
        <source>a refund must be more than zero</source>
        <translation>退款金额必须大于零</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="70"/>
        <source>a refund of {0} is more than is left to refund on {1}: {2} (paid {3}, already refunded or agreed {4})</source>
        <translation>退款 {0} 超过了 {1} 尚可退款的金额：{2}（已付 {3}，已退款或已同意退款 {4}）</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="98"/>
        <source>a refund for a dispute needs the dispute</source>
        <translation>纠纷退款需要关联该纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="101"/>
        <source>sent on: {0} is before the refund was approved ({1})</source>
        <translation>发出日期：{0} 早于退款批准日期（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="140"/>
        <source>expected</source>
        <translation>待到账</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="146"/>
        <source>arrived late, short by {0}</source>
        <translation>逾期到账，短缺 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="146"/>
        <source>arrived on time, short by {0}</source>
        <translation>按时到账，短缺 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="151"/>
        <source>arrived late, {0} more than expected</source>
        <translation>逾期到账，比预期多 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="153"/>
        <source>arrived on time, {0} more than expected</source>
        <translation>按时到账，比预期多 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="156"/>
        <source>arrived late</source>
        <translation>逾期到账</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="156"/>
        <source>arrived on time</source>
        <translation>按时到账</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="229"/>
        <source>refund {0} expects nothing on {1}; its methods: {2}</source>
        <translation>退款 {0} 预计不会退回至 {1}；其退款方式：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="235"/>
        <source>the amount is in {0} but the refund is in {1}</source>
        <translation>金额币种为 {0}，但退款币种为 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="238"/>
        <source>the amount received must not be negative</source>
        <translation>到账金额不得为负数</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="241"/>
        <source>money cannot arrive on {0}, before the refund was approved ({1})</source>
        <translation>款项不可能在 {0} 到账，该日期早于退款批准日期（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/voiding.py" line="13"/>
        <source>refund {0} of order {1}</source>
        <translation>订单 {1} 的退款 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/voiding.py" line="27"/>
        <source>{0} is {1} but only {2} of the order is left to refund: restoring it would refund more than was paid</source>
        <translation>{0} 为 {1}，但该订单仅剩 {2} 可退：恢复后退款将超过已付金额</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="52"/>
        <source>the name of this data folder&apos;s sealing key</source>
        <translation>此数据文件夹加密密钥的名称</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="60"/>
        <source>The sensitive fields of this data folder (bank accounts, IDs) are intact but sealed, and their key is not in this computer&apos;s keyring: the keyring has no entry {0!r} under service {1!r}. This happens when the folder was moved or restored to another computer or user account. Restore the key to the keyring from the computer that sealed them, then try again. Nothing was changed.</source>
        <translation>此数据文件夹中的敏感字段（银行账户、证件号码）完好无损，但已加密，而其密钥不在此计算机的密钥环中：密钥环中服务 {1!r} 下没有条目 {0!r}。将文件夹移动或恢复到另一台计算机或另一个用户账户时会出现这种情况。请从加密这些字段的计算机上将密钥恢复到密钥环中，然后重试。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="68"/>
        <source>The sensitive fields of this data folder (bank accounts, IDs) are intact but sealed, and their key is not in this computer&apos;s keyring: no key id is recorded in its settings. This happens when the folder was moved or restored to another computer or user account. Restore the key to the keyring from the computer that sealed them, then try again. Nothing was changed.</source>
        <translation>此数据文件夹中的敏感字段（银行账户、证件号码）完好无损，但已加密，而其密钥不在此计算机的密钥环中：其设置中没有记录密钥 ID。将文件夹移动或恢复到另一台计算机或另一个用户账户时会出现这种情况。请从加密这些字段的计算机上将密钥恢复到密钥环中，然后重试。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="106"/>
        <source>a sealed value uses the scheme {0!r}, unknown to this Desk; update it</source>
        <translation>某个加密值使用了此版本 Desk 无法识别的方案 {0!r}；请更新 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="115"/>
        <source>a sealed value does not open with this folder&apos;s key: it was altered, or sealed in another folder</source>
        <translation>某个加密值无法用此文件夹的密钥解开：该值已被改动，或是在其他文件夹中加密的</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="130"/>
        <source>{0} has no sensitive field {1!r}; known: {2}</source>
        <translation>{0} 没有敏感字段 {1!r}；可用字段：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="42"/>
        <source>No usable keyring: keyring found {0}, which stores nothing.</source>
        <translation>没有可用的密钥环：keyring 找到的是 {0}，它不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="44"/>
        <source>No usable keyring: keyring found {0}, with no keyring to chain.</source>
        <translation>没有可用的密钥环：keyring 找到的是 {0}，但没有可链接的密钥环。</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="47"/>
        <source>No usable keyring: keyring found {0}, which keeps secrets in a file of its own, not in the system&apos;s keyring.</source>
        <translation>没有可用的密钥环：keyring 找到的是 {0}，它将机密保存在自己的文件中，而不是系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="56"/>
        <source>Desk keeps keys and passwords only in the system&apos;s keyring. On Windows it uses the Credential Manager and on macOS the Keychain, both built in; on Linux a Secret Service must be running and unlocked in your session, such as GNOME Keyring (package gnome-keyring) or KWallet. Until then sensitive fields (bank accounts, IDs) can be neither read nor changed; the rest of Desk works.</source>
        <translation>Desk 只在系统密钥环中保存密钥和密码。在 Windows 上使用“凭据管理器”，在 macOS 上使用“钥匙串”，两者均为系统内置；在 Linux 上，您的会话中必须运行并解锁一个 Secret Service，例如 GNOME Keyring（软件包 gnome-keyring）或 KWallet。在此之前，敏感字段（银行账户、证件号码）既无法读取也无法更改；Desk 的其他功能均可正常使用。</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="71"/>
        <source>No usable keyring: keyring could not load its backend ({0}).</source>
        <translation>没有可用的密钥环：keyring 无法加载其后端（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="80"/>
        <source>No usable keyring: keyring found {0}, which answered: {1}.</source>
        <translation>没有可用的密钥环：keyring 找到的是 {0}，其返回信息为：{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="109"/>
        <source>this data folder&apos;s id</source>
        <translation>此数据文件夹的 ID</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="29"/>
        <source>{0!r} is not a currency in use; give an ISO 4217 code such as EUR, USD or CNY</source>
        <translation>{0!r} 不是可用的币种；请填写 ISO 4217 代码，例如 EUR、USD 或 CNY</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="39"/>
        <source>{0!r} is not a country; give an ISO 3166 code such as DE, FR or US</source>
        <translation>{0!r} 不是国家或地区代码；请填写 ISO 3166 代码，例如 DE、FR 或 US</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="43"/>
        <source>Desk has no working-day calendar for {0!r}</source>
        <translation>Desk 没有 {0!r} 的工作日日历</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="49"/>
        <source>reminder_days must be a whole number of days from 0 to 60, got {0!r}</source>
        <translation>reminder_days 必须是 0 到 60 之间的整数天数，当前为 {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="82"/>
        <source>{0} must be whole numbers of days before the deadline from 0 to 365, each once, separated by commas (such as 7,3,1,0), got {1!r}</source>
        <translation>{0} 必须是期限前的整数天数（0 到 365），每个数只能出现一次，以逗号分隔（例如 7,3,1,0），当前为 {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="99"/>
        <source>evidence_max_mb must be a whole number of megabytes from 1 to 100000, got {0!r}</source>
        <translation>evidence_max_mb 必须是 1 到 100000 之间的整数（单位 MB），当前为 {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="108"/>
        <source>page_size must be A4 or Letter, got {0!r}</source>
        <translation>page_size 必须为 A4 或 Letter，当前为 {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="115"/>
        <source>bates_prefix must be 1 to 20 characters without spaces, such as DESK or ACME-, got {0!r}</source>
        <translation>bates_prefix 必须为 1 到 20 个字符且不含空格，例如 DESK 或 ACME-，当前为 {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="125"/>
        <source>photo_dates must be keep or remove, got {0!r}</source>
        <translation>photo_dates 必须为 keep 或 remove，当前为 {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="134"/>
        <source>{0} may have at most {1} characters, got {2}</source>
        <translation>{0} 最多 {1} 个字符，当前为 {2} 个</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="157"/>
        <source>the currency the Dashboard totals are shown in</source>
        <translation>概览中合计金额所用的币种</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="164"/>
        <source>how many days before a deadline it shows as due</source>
        <translation>期限前多少天开始显示为到期</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="171"/>
        <source>the business&apos;s own country: its business days count refunds</source>
        <translation>企业所在的国家或地区：退款按该国的营业日计算</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="180"/>
        <source>the largest file the evidence vault accepts, in MB</source>
        <translation>证据存储库可接受的最大文件大小，单位 MB</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="187"/>
        <source>the paper size of packets, letters and reports: A4 or Letter</source>
        <translation>材料包、函件和报告的纸张尺寸：A4 或 Letter</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="194"/>
        <source>the prefix of the running number on every packet page</source>
        <translation>材料包每页上流水编号的前缀</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="201"/>
        <source>whether photos sent to the other side keep the date they were taken (keep or remove); their location and camera are always removed</source>
        <translation>发送给对方的照片是否保留拍摄日期（keep 或 remove）；照片的位置和相机信息始终会被移除</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="212"/>
        <source>the business&apos;s legal name, as claimant and letter sender</source>
        <translation>企业的法定名称，用作索赔人和函件发件人</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="219"/>
        <source>the business&apos;s postal address (use \n between lines)</source>
        <translation>企业的邮寄地址（行与行之间用 \n 分隔）</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="226"/>
        <source>who signs letters, with an e-mail or phone</source>
        <translation>函件署名人，附电子邮件或电话</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="234"/>
        <source>days before such a deadline that a reminder comes up, such as 7,3,1,0 (0: on the day)</source>
        <translation>在此类期限前多少天显示提醒，例如 7,3,1,0（0：当天）</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="249"/>
        <source>unknown setting {0!r}; known: {1}</source>
        <translation>未知设置 {0!r}；可用设置：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="258"/>
        <location filename="../../desk/settings.py" line="270"/>
        <source>{0} must be a whole number, got {1!r}</source>
        <translation>{0} 必须为整数，当前为 {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="259"/>
        <source>{0} must be text, got {1!r}</source>
        <translation>{0} 必须为文本，当前为 {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="35"/>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="37"/>
        <source>Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="38"/>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="39"/>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="39"/>
        <source>Korean</source>
        <translation>韩文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="40"/>
        <source>Thai</source>
        <translation>泰文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="40"/>
        <source>Central European</source>
        <translation>中欧</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="40"/>
        <source>Cyrillic</source>
        <translation>西里尔文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="41"/>
        <source>Western European</source>
        <translation>西欧</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="41"/>
        <source>Greek</source>
        <translation>希腊文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="41"/>
        <source>Turkish</source>
        <translation>土耳其文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="42"/>
        <source>Hebrew</source>
        <translation>希伯来文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="42"/>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="42"/>
        <source>Baltic</source>
        <translation>波罗的海</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="43"/>
        <source>Vietnamese</source>
        <translation>越南文</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="123"/>
        <source>unknown encoding &quot;{0}&quot;; Desk reads UTF-8, UTF-16, GB18030, Windows-1251, Windows-1252 or any other encoding by its usual name</source>
        <translation>未知编码“{0}”；Desk 可读取 UTF-8、UTF-16、GB18030、Windows-1251、Windows-1252，或以通用名称指定的任何其他编码</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="154"/>
        <source>not {0} text (byte {1} at offset {2})</source>
        <translation>不是 {0} 文本（偏移量 {2} 处的字节 {1}）</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="156"/>
        <source>Read as {0}, as chosen.</source>
        <translation>已按所选的 {0} 读取。</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="186"/>
        <source>reads as {0} (every other byte is zero) up to byte {1}, where it breaks off (the file may be cut short)</source>
        <translation>按 {0} 读取（每隔一个字节为零），但在字节 {1} 处中断（文件可能不完整）</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="195"/>
        <source>Read as {0}: the file has only ASCII characters, which read alike in every encoding.</source>
        <translation>已按 {0} 读取：文件只含 ASCII 字符，在任何编码下读取结果都相同。</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="197"/>
        <source>Read as {0}: the file is valid UTF-8.</source>
        <translation>已按 {0} 读取：文件是有效的 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="210"/>
        <source>not UTF-8 (byte {0} at offset {1}), nor {2} or {3} text</source>
        <translation>不是 UTF-8（偏移量 {1} 处的字节 {0}），也不是 {2} 或 {3} 文本</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="228"/>
        <source>Read as {0}: every other byte of its Latin text is zero.</source>
        <translation>已按 {0} 读取：其拉丁文字部分每隔一个字节为零。</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="273"/>
        <source>starts with a {0} mark but is not {0} at byte {1}</source>
        <translation>以 {0} 标记开头，但在字节 {1} 处不是 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="275"/>
        <source>Read as {0}: the file starts with the {1} mark (BOM).</source>
        <translation>已按 {0} 读取：文件以 {1} 标记（BOM）开头。</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="305"/>
        <source>Read as {0}, the encoding that reads the file best, but some of its text looks wrong in every encoding Desk knows. Check the preview and change the encoding if needed.</source>
        <translation>已按 {0} 读取，这是读取效果最好的编码，但部分文本在 Desk 已知的所有编码中都显示异常。请检查预览，必要时更改编码。</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="314"/>
        <source>Read as {0}, the usual one on this computer: the file reads about as well as {1}. Change it if the text looks wrong.</source>
        <translation>已按 {0} 读取，这是此计算机上的常用编码：用 {1} 读取此文件效果相近。如文本显示有误，请更改编码。</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="318"/>
        <source>Read as {0}: the file reads about as well as {1}. Change it if the text looks wrong.</source>
        <translation>已按 {0} 读取：用 {1} 读取此文件效果相近。如文本显示有误，请更改编码。</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="321"/>
        <source>Read as {0}: the file is not UTF-8, and its words read best in this encoding.</source>
        <translation>已按 {0} 读取：文件不是 UTF-8，用此编码读取文字效果最好。</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="50"/>
        <source>larger than the limit of {0} (setting evidence_max_mb)</source>
        <translation>超过了 {0} 的上限（设置项 evidence_max_mb）</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="52"/>
        <source>{0} is {1}: nothing of it was added</source>
        <translation>{0} {1}：未添加任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="52"/>
        <location filename="../../desk/vault.py" line="63"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="62"/>
        <source>Desk cannot store {0} in the evidence folder {1}: {2}</source>
        <translation>Desk 无法将 {0} 存入证据文件夹 {1}：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="97"/>
        <source>the disk is full: free some space and try again</source>
        <translation>磁盘已满：请释放一些空间后重试</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="98"/>
        <source>the folder is read-only, or Desk is not allowed to write there</source>
        <translation>该文件夹为只读，或 Desk 无权写入该文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="105"/>
        <source>the disk cannot hold a file this large (FAT32 disks hold at most 4 GB a file)</source>
        <translation>该磁盘无法容纳这么大的文件（FAT32 磁盘的单个文件最大为 4 GB）</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="41"/>
        <source>evidence {0} {1!r} ({2}): {3}</source>
        <translation>证据 {0} {1!r}（{2}）：{3}</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="71"/>
        <source>the check was cancelled; nothing was changed</source>
        <translation>检查已取消；未作任何更改</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="136"/>
        <source>the record of the audit log&apos;s end beside the database could not be used: {0}</source>
        <translation>无法使用数据库旁保存的审计日志末尾记录：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="143"/>
        <source>no record of the audit log&apos;s end was kept outside the database yet (a data folder from an earlier Desk, or the record was removed)</source>
        <translation>尚未在数据库之外保存审计日志末尾的记录（数据文件夹来自较早版本的 Desk，或该记录已被删除）</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="146"/>
        <source>{0}; it is kept from now on, from entry {1}</source>
        <translation>{0}；从现在起将保存该记录，自第 {1} 条记录开始</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="152"/>
        <source>{0} (the backup {1} holds it)</source>
        <translation>{0}（见备份 {1}）</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="159"/>
        <source>the audit log is empty, but entry {0} was recorded on {1}: all of them are missing</source>
        <translation>审计日志为空，但 {1} 记录的最后一条为第 {0} 条：所有记录均已缺失</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="162"/>
        <source>the audit log is empty, but entry {0} was recorded on {1}: it is missing</source>
        <translation>审计日志为空，但 {1} 记录的最后一条为第 {0} 条：该记录已缺失</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="167"/>
        <source>the audit log ends at entry {0}, but entry {1} was recorded on {2}: {3} entries are missing</source>
        <translation>审计日志止于第 {0} 条记录，但 {2} 记录的最后一条为第 {1} 条：缺失 {3} 条记录</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="172"/>
        <source>the audit log ends at entry {0}, but entry {1} was recorded on {2}: 1 entry is missing</source>
        <translation>审计日志止于第 {0} 条记录，但 {2} 记录的最后一条为第 {1} 条：缺失 1 条记录</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="177"/>
        <source>entry {0} is not the one recorded on {1}: the audit log was rewritten up to it</source>
        <translation>第 {0} 条记录与 {1} 记录的不一致：审计日志截至该条的内容已被改写</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="207"/>
        <source>missing from the vault (expected at {0})</source>
        <translation>存储库中缺失（应位于 {0}）</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="212"/>
        <source>altered: the vault file has {0} bytes, the record says {1}</source>
        <translation>已被改动：存储库中的文件为 {0} 字节，而记录为 {1} 字节</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="217"/>
        <source>altered: its bytes now hash to {0}, not {1}</source>
        <translation>已被改动：其内容的哈希值现为 {0}，而不是 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="226"/>
        <source>evidence {0} is linked to order {1}, which does not exist</source>
        <translation>证据 {0} 关联到订单 {1}，但该订单不存在</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="227"/>
        <source>evidence {0} is linked to dispute {1}, which does not exist</source>
        <translation>证据 {0} 关联到纠纷 {1}，但该纠纷不存在</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="228"/>
        <source>evidence {0} is linked to refund {1}, which does not exist</source>
        <translation>证据 {0} 关联到退款 {1}，但该退款不存在</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="232"/>
        <source>evidence {0} is linked to checklist item {1}, which does not exist</source>
        <translation>证据 {0} 关联到材料清单项 {1}，但该清单项不存在</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="247"/>
        <source>evidence {0} came with e-mail {1}, which does not exist</source>
        <translation>证据 {0} 来自电子邮件 {1}，但该邮件不存在</translation>
    </message>
    <message>
        <location filename="../../desk/viewer_copies.py" line="78"/>
        <source>{0} is not your own folder: Desk will not put copies of evidence there; remove it</source>
        <translation>{0} 不是您自己的文件夹：Desk 不会在该处存放证据副本；请将其删除</translation>
    </message>
    <message>
        <location filename="../../desk/workspace.py" line="66"/>
        <source>{0} is a file, not a data folder</source>
        <translation>{0} 是文件，不是数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/workspace.py" line="131"/>
        <source>the data folder {0} has been closed</source>
        <translation>数据文件夹 {0} 已关闭</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="34"/>
        <source>Accounts</source>
        <translation>代购会员账户</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="36"/>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="37"/>
        <source>Member</source>
        <translation>会员名</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="39"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="41"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="42"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="61"/>
        <source>Ledger</source>
        <translation>账目</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="63"/>
        <location filename="../../desk/lists/accounts.py" line="96"/>
        <location filename="../../desk/lists/disputes.py" line="109"/>
        <location filename="../../desk/lists/records.py" line="88"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="64"/>
        <location filename="../../desk/lists/accounts.py" line="98"/>
        <source>Entry</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="65"/>
        <location filename="../../desk/lists/accounts.py" line="99"/>
        <location filename="../../desk/lists/disputes.py" line="111"/>
        <location filename="../../desk/lists/orders.py" line="161"/>
        <location filename="../../desk/lists/orders.py" line="194"/>
        <location filename="../../desk/lists/orders.py" line="236"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="66"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="67"/>
        <location filename="../../desk/overview/names.py" line="68"/>
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="68"/>
        <location filename="../../desk/lists/disputes.py" line="66"/>
        <location filename="../../desk/lists/evidence.py" line="111"/>
        <location filename="../../desk/lists/refunds.py" line="54"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="69"/>
        <location filename="../../desk/lists/accounts.py" line="100"/>
        <location filename="../../desk/lists/deposits.py" line="78"/>
        <location filename="../../desk/lists/disputes.py" line="112"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="94"/>
        <source>Account entries</source>
        <translation>账户记录</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="97"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="26"/>
        <source>Dispute possible from {0}</source>
        <translation>{0} 起可发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="27"/>
        <source>Protection ends {0}</source>
        <translation>买家保护 {0} 结束</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="28"/>
        <source>Seller&apos;s answer by {0}</source>
        <translation>卖家须于 {0} 前答复</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="29"/>
        <source>Escalate by {0}</source>
        <translation>须于 {0} 前升级</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="30"/>
        <source>Refund by {0}</source>
        <translation>退款应于 {0} 前到账</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="31"/>
        <source>Withdrawal due {0}</source>
        <translation>提现 {0} 到期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="32"/>
        <source>Decision due {0}</source>
        <translation>应于 {0} 前作出决定</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="52"/>
        <source>Overdue: {0}</source>
        <translation>已逾期：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="56"/>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="56"/>
        <source>coming</source>
        <translation>尚未临近</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="58"/>
        <source>{0} by {1} ({2})
{3}: {4}
Rule: {5}</source>
        <translation>{0}，期限 {1}（{2}）
{3}：{4}
规则：{5}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="77"/>
        <source>Next deadline</source>
        <translation>下一个期限</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="34"/>
        <source>Deposits</source>
        <translation>保证金</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="36"/>
        <location filename="../../desk/lists/deposits.py" line="118"/>
        <location filename="../../desk/lists/disputes.py" line="65"/>
        <location filename="../../desk/lists/records.py" line="162"/>
        <location filename="../../desk/lists/refunds.py" line="53"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="39"/>
        <source>Deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="40"/>
        <location filename="../../desk/lists/disputes.py" line="51"/>
        <location filename="../../desk/lists/disputes.py" line="70"/>
        <location filename="../../desk/lists/refunds.py" line="155"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="42"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="43"/>
        <source>Last submitted</source>
        <translation>最近提交日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="44"/>
        <source>Arrived</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="74"/>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="76"/>
        <source>Prerequisite</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="77"/>
        <source>Confirmed</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="96"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="98"/>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="99"/>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="100"/>
        <location filename="../../desk/lists/evidence.py" line="73"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="116"/>
        <source>Submissions</source>
        <translation>提交记录</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="119"/>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="120"/>
        <location filename="../../desk/lists/disputes.py" line="77"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="121"/>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="122"/>
        <location filename="../../desk/lists/disputes.py" line="75"/>
        <location filename="../../desk/operations/disputes.py" line="164"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="53"/>
        <location filename="../../desk/lists/disputes.py" line="74"/>
        <location filename="../../desk/lists/records.py" line="59"/>
        <source>Opened</source>
        <translation>开启日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="54"/>
        <source>Open only</source>
        <translation>仅显示未结</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="55"/>
        <location filename="../../desk/lists/orders.py" line="91"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="60"/>
        <source>Disputes</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="72"/>
        <source>Claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="73"/>
        <source>Won</source>
        <translation>胜诉金额</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="76"/>
        <location filename="../../desk/operations/disputes.py" line="166"/>
        <source>Wanted</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="107"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="110"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="53"/>
        <source>dispute {0} · {1}</source>
        <translation>纠纷 {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="67"/>
        <location filename="../../desk/lists/evidence.py" line="75"/>
        <location filename="../../desk/lists/orders.py" line="234"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="68"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="76"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="77"/>
        <source>Shows</source>
        <translation>所示内容</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="78"/>
        <source>Type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="79"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="80"/>
        <source>Captured</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="81"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="82"/>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="83"/>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="84"/>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="109"/>
        <source>Supports</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="112"/>
        <location filename="../../desk/lists/orders.py" line="162"/>
        <location filename="../../desk/lists/refunds.py" line="56"/>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="113"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="114"/>
        <source>Deposit document</source>
        <translation>保证金材料</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="115"/>
        <source>Exhibit</source>
        <translation>证据附件</translation>
    </message>
    <message>
        <location filename="../../desk/lists/listing.py" line="243"/>
        <source>Voided too</source>
        <translation>含已作废</translation>
    </message>
    <message>
        <location filename="../../desk/lists/listing.py" line="422"/>
        <location filename="../../desk/overview/audit_words.py" line="176"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/lists/listing.py" line="422"/>
        <location filename="../../desk/overview/audit_words.py" line="176"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="82"/>
        <location filename="../../desk/lists/orders.py" line="105"/>
        <source>Placed</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="85"/>
        <source>Has open dispute</source>
        <translation>有未结纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="99"/>
        <location filename="../../desk/lists/records.py" line="42"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="102"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="108"/>
        <location filename="../../desk/lists/orders.py" line="154"/>
        <location filename="../../desk/operations/orders.py" line="116"/>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="109"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="110"/>
        <location filename="../../desk/lists/orders.py" line="195"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="149"/>
        <source>Disputed (dispute {0}, {1})</source>
        <translation>有纠纷（纠纷 {0}，{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="159"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="193"/>
        <location filename="../../desk/lists/refunds.py" line="151"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="196"/>
        <location filename="../../desk/lists/refunds.py" line="158"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="213"/>
        <source>Tracking</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="215"/>
        <source>Tracking no.</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="216"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="217"/>
        <source>Shipped</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="232"/>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="235"/>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="36"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="39"/>
        <location filename="../../desk/lists/records.py" line="56"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="40"/>
        <location filename="../../desk/operations/parties.py" line="129"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="41"/>
        <location filename="../../desk/operations/parties.py" line="129"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="53"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="57"/>
        <location filename="../../desk/operations/parties.py" line="138"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="60"/>
        <source>Closed</source>
        <translation>关店日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="86"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="89"/>
        <source>From</source>
        <translation>原币种</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="90"/>
        <source>To</source>
        <translation>目标币种</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="91"/>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="92"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="160"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="163"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="164"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="165"/>
        <source>What happened</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="51"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="57"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="58"/>
        <source>Approved</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="60"/>
        <location filename="../../desk/lists/refunds.py" line="152"/>
        <source>Expected</source>
        <translation>预期金额</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="61"/>
        <location filename="../../desk/lists/refunds.py" line="157"/>
        <source>Received</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="62"/>
        <source>Outstanding</source>
        <translation>未到账金额</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="92"/>
        <source>Expected between {0}. Rule: {1}</source>
        <translation>预计到账时间：{0}。规则：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="114"/>
        <source>Nothing has arrived yet; expected by {0}</source>
        <translation>尚未到账；预计 {0} 前到账</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="149"/>
        <source>Parts</source>
        <translation>退款明细</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="153"/>
        <source>Sent</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="154"/>
        <source>Expected between</source>
        <translation>预计到账时间</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="156"/>
        <source>Received on</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="41"/>
        <source>Everyone (may be sent out)</source>
        <translation>所有人（可对外发送）</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="42"/>
        <source>Our staff and our lawyer</source>
        <translation>我方员工和我方律师</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="43"/>
        <source>Our staff only</source>
        <translation>仅限我方员工</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="46"/>
        <source>for everyone: it may go into what is sent out</source>
        <translation>对所有人可见：可包含在对外发送的材料中</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="47"/>
        <source>for our staff and our lawyer: kept out of what is sent out</source>
        <translation>仅限我方员工和我方律师：不包含在对外发送的材料中</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="48"/>
        <source>for our staff only: kept out of every document Desk makes for anybody else</source>
        <translation>仅限我方员工：不包含在 Desk 为任何其他人生成的文件中</translation>
    </message>
    <message>
        <location filename="../../desk/models/audit.py" line="173"/>
        <source>an entry of the change history</source>
        <translation>一条变更历史记录</translation>
    </message>
    <message>
        <location filename="../../desk/models/audit.py" line="177"/>
        <source>{0} was {1}</source>
        <translation>{0}：已清除（原为 {1}）</translation>
    </message>
    <message>
        <location filename="../../desk/models/audit.py" line="199"/>
        <source>does not follow the entry before it (an entry was removed or reordered)</source>
        <translation>与前一条记录不衔接（有记录被删除或顺序被调整）</translation>
    </message>
    <message>
        <location filename="../../desk/models/audit.py" line="202"/>
        <source>its content does not match its hash (the entry was altered)</source>
        <translation>其内容与哈希值不符（该记录已被改动）</translation>
    </message>
    <message>
        <location filename="../../desk/models/fx.py" line="71"/>
        <source>no exchange rate {0}→{1} on or before {2}</source>
        <translation>没有 {2} 当日或之前的 {0}→{1} 汇率</translation>
    </message>
    <message>
        <location filename="../../desk/models/fx.py" line="81"/>
        <source>a rate needs two currencies, got {0} twice</source>
        <translation>汇率需要两种不同的币种，但两次都是 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/models/fx.py" line="83"/>
        <source>the rate must be more than zero, got {0}</source>
        <translation>汇率必须大于零，当前为 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="31"/>
        <location filename="../../desk/overview/audit_words.py" line="68"/>
        <source>order line</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="33"/>
        <source>coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="38"/>
        <source>dispute event</source>
        <translation>纠纷事件</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="41"/>
        <source>refund part</source>
        <translation>退款明细</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="43"/>
        <source>evidence link</source>
        <translation>证据关联</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="50"/>
        <source>deposit submission</source>
        <translation>保证金申请提交</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="51"/>
        <source>deposit prerequisite</source>
        <translation>保证金前提条件</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="52"/>
        <source>deposit document</source>
        <translation>保证金材料</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="55"/>
        <source>rule override</source>
        <translation>自定义规则</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="56"/>
        <source>deadline override</source>
        <translation>自定义期限</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="57"/>
        <source>import mapping</source>
        <translation>导入映射</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="62"/>
        <source>amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="63"/>
        <source>amount won</source>
        <translation>胜诉金额</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="64"/>
        <source>expected amount</source>
        <translation>预期金额</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="65"/>
        <source>amount received</source>
        <translation>已收金额</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="66"/>
        <source>amount arrived</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="67"/>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="69"/>
        <source>protection end you entered</source>
        <translation>您录入的保护结束日期</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="70"/>
        <source>withdrawal account</source>
        <translation>提现账户</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="71"/>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="72"/>
        <source>file type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="73"/>
        <source>content hash</source>
        <translation>内容哈希值</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="74"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="75"/>
        <source>platform&apos;s case number</source>
        <translation>平台案件编号</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="76"/>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="93"/>
        <source>date {0}</source>
        <translation>{0} 日期</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="117"/>
        <source>exchange rate {0} of {1}</source>
        <translation>{1} 的汇率 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="162"/>
        <source>(sealed)</source>
        <translation>（已加密）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="224"/>
        <source>entry {0} of the change history</source>
        <translation>变更历史的第 {0} 条记录</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="228"/>
        <source>{0} by {1} on {2}</source>
        <translation>{0}（操作人 {1}，{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="234"/>
        <source>{0} deleted</source>
        <translation>已删除 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="239"/>
        <source>Event &apos;{0}&apos; recorded on {1}</source>
        <translation>已在 {1} 上记录事件“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="241"/>
        <source>{0} opened</source>
        <translation>已发起 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="241"/>
        <source>{0} added</source>
        <translation>已添加 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="252"/>
        <source>{0} confirmed to show {1}</source>
        <translation>已确认 {0} 所示内容为{1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="254"/>
        <source>{0} no longer confirmed to show {1}</source>
        <translation>已取消确认 {0} 所示内容为{1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="256"/>
        <source>{0} of {1} set to {2}</source>
        <translation>{1} 的{0}已设为 {2}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="258"/>
        <source>{0} of {1} cleared (was {2})</source>
        <translation>{1} 的{0}已清除（原为 {2}）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="260"/>
        <source>{0} of {1} changed from {2} to {3}</source>
        <translation>{1} 的{0}已从 {2} 改为 {3}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="261"/>
        <source>{0} saved unchanged</source>
        <translation>{0} 已保存，未作更改</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="267"/>
        <source>a case</source>
        <translation>某个案件</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="278"/>
        <source>{0} linked to {1}</source>
        <translation>{0} 已关联到 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="278"/>
        <source>{0} unlinked from {1}</source>
        <translation>{0} 已取消与 {1} 的关联</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="56"/>
        <source>upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="57"/>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="62"/>
        <source>Dispute can be opened</source>
        <translation>可发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="63"/>
        <source>Buyer protection ends</source>
        <translation>买家保护结束</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="64"/>
        <source>Seller&apos;s answer due</source>
        <translation>卖家答复期限</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="65"/>
        <source>Escalate to the platform</source>
        <translation>升级至平台</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="66"/>
        <source>Refund should have arrived</source>
        <translation>退款应已到账</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="67"/>
        <source>Withdrawal due</source>
        <translation>提现到期</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="68"/>
        <source>Deposit review due</source>
        <translation>保证金审核到期</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="143"/>
        <source>your deadline override: {0} (derived {1} from {2})</source>
        <translation>您自定义的期限：{0}（原推算为 {1}，依据：{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="146"/>
        <source>your deadline override (derived {0} from {1})</source>
        <translation>您自定义的期限（原推算为 {0}，依据：{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="156"/>
        <source>{0} (no deadline for {1})</source>
        <translation>{0}（{1} 无期限）</translation>
    </message>
    <message>
        <location filename="../../desk/operations/orders.py" line="89"/>
        <location filename="../../desk/overview/deadlines.py" line="171"/>
        <source>Order {0}</source>
        <translation>订单 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="179"/>
        <source>the protection end entered for the order</source>
        <translation>为该订单录入的保护结束日期</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="201"/>
        <source>lines {0} without a dispute</source>
        <translation>第 {0} 行（无纠纷）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="203"/>
        <source>line {0} without a dispute</source>
        <translation>第 {0} 行（无纠纷）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="207"/>
        <source>shipped {0}; a dispute can be opened from this day</source>
        <translation>已于 {0} 发货；自该期限日起可发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="214"/>
        <source>{0}; delivered {1}; open a dispute before this day ends</source>
        <translation>{0}；已于 {1} 签收；请在该期限日结束前发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="217"/>
        <source>{0}; not delivered yet; open a dispute before this day ends</source>
        <translation>{0}；尚未签收；请在该期限日结束前发起纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="240"/>
        <source>we refused the seller&apos;s offer on {0}; escalate</source>
        <translation>我方已于 {0} 拒绝卖家的方案；请升级至平台</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="253"/>
        <source>opened {0}; the seller has not answered</source>
        <translation>已于 {0} 发起；卖家尚未答复</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="261"/>
        <source>escalate to the platform if the seller has not answered by {0}</source>
        <translation>如卖家在 {0} 前未答复，请升级至平台</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="303"/>
        <source>{0}; then {1}</source>
        <translation>{0}；然后 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="304"/>
        <source>sent {0}; expected {1} to {2}</source>
        <translation>已于 {0} 发出；预计 {1} 至 {2} 到账</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="304"/>
        <source>approved {0}; expected {1} to {2}</source>
        <translation>已于 {0} 批准；预计 {1} 至 {2} 到账</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="317"/>
        <source>requested {0} by {1}</source>
        <translation>已于 {0} 申请，方式：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="319"/>
        <source>requested {0}</source>
        <translation>已于 {0} 申请</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="331"/>
        <source>submission {0} of {1}: a decision is expected {2} to {3}</source>
        <translation>第 {0} 次提交（{1}）：预计于 {2} 至 {3} 作出决定</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="39"/>
        <source>line {0} ({1}) of {2}</source>
        <translation>{2} 的第 {0} 行（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="44"/>
        <source>Dispute {0} ({1}, {2})</source>
        <translation>纠纷 {0}（{1}，{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="50"/>
        <source>Refund of {0}, {1}</source>
        <translation>退款 {0}，{1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="56"/>
        <source>Refund of {0} to {1}, {2}</source>
        <translation>退至 {1} 的退款 {0}，{2}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="60"/>
        <source>the account &apos;{0}&apos; at {1}</source>
        <translation>{1} 账户“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="65"/>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="66"/>
        <source>Order payment</source>
        <translation>订单付款</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="67"/>
        <source>Cost return</source>
        <translation>费用退还</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="69"/>
        <source>Withdrawal fee</source>
        <translation>提现手续费</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="70"/>
        <location filename="../../desk/overview/names.py" line="71"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="81"/>
        <source>{0} of {1} to {2}</source>
        <translation>向 {2} {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="82"/>
        <source>{0} of {1} from {2}</source>
        <translation>从 {2} {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="86"/>
        <source>Deposit application {0} (store {1})</source>
        <translation>保证金退还申请 {0}（店铺 {1}）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="91"/>
        <source>the document &apos;{0}&apos; of {1}</source>
        <translation>{1} 的材料“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="132"/>
        <source>{0} {1} (since deleted)</source>
        <translation>{0} {1}（已删除）</translation>
    </message>
    <message>
        <location filename="../../desk/overview/reminders.py" line="86"/>
        <source>{0!r} does not name a reminder; `desk due --reminders` lists them, each as case/kind/date/step</source>
        <translation>{0!r} 不是提醒名称；`desk due --reminders` 会列出所有提醒，格式为 case/kind/date/step</translation>
    </message>
    <message>
        <location filename="../../desk/overview/summary.py" line="76"/>
        <source>{0}, its own currency only ({1})</source>
        <translation>{0}，仅计其自身币种（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle.py" line="204"/>
        <source>evidence {0} ({1})</source>
        <translation>证据 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle.py" line="208"/>
        <source>the vault has lost the file of {0}: run `desk verify`; nothing was written</source>
        <translation>存储库中丢失了 {0} 的文件：请运行 `desk verify`；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle.py" line="258"/>
        <source>evidence {0} ({1}): its vault file cannot be read ({2}): run `desk verify`; nothing was written</source>
        <translation>证据 {0}（{1}）：无法读取其存储库文件（{2}）：请运行 `desk verify`；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle.py" line="270"/>
        <source>evidence {0} ({1}): its vault file no longer matches its sha256 — run `desk verify`; nothing was written</source>
        <translation>证据 {0}（{1}）：其存储库文件与 sha256 不再一致——请运行 `desk verify`；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle.py" line="380"/>
        <source>{0}: not a zip file</source>
        <translation>{0}：不是 zip 文件</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="57"/>
        <source>the zip holds files whose names lead outside the folder it is unpacked into ({0}); a bundle made by Desk has none</source>
        <translation>该 zip 中有文件的名称指向解压目标文件夹之外（{0}）；Desk 生成的律师材料包中没有此类文件</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="64"/>
        <source>the zip holds more than one file named {0}; a bundle made by Desk has none</source>
        <translation>该 zip 中有多个名为 {0} 的文件；Desk 生成的律师材料包中不会出现这种情况</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="82"/>
        <location filename="../../desk/reports/bundle_manifest.py" line="101"/>
        <source>{0}: missing, or not a manifest of a Desk bundle</source>
        <translation>{0}：缺失，或不是 Desk 律师材料包的清单</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="84"/>
        <location filename="../../desk/reports/bundle_manifest.py" line="94"/>
        <location filename="../../desk/reports/bundle_manifest.py" line="98"/>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}：无法读取（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="87"/>
        <source>{0}: larger than the {1} bytes of the largest manifest Desk reads</source>
        <translation>{0}：超过了 Desk 可读取的清单最大大小 {1} 字节</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="109"/>
        <source>{0}: its file number {1} has no path, sha256 and size</source>
        <translation>{0}：其第 {1} 个文件缺少路径、sha256 和大小</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="115"/>
        <source>{0}: lists files whose names lead outside the folder the bundle is unpacked into ({1}); a bundle made by Desk lists none</source>
        <translation>{0}：列出的文件名称指向律师材料包解压目标文件夹之外（{1}）；Desk 生成的律师材料包不会列出此类文件</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="122"/>
        <source>{0}: lists {1} more than once; a bundle made by Desk lists each file once</source>
        <translation>{0}：多次列出 {1}；Desk 生成的律师材料包中每个文件只列出一次</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_scope.py" line="64"/>
        <source>the dates are the wrong way round: {0} is after {1}</source>
        <translation>日期先后颠倒：{0} 晚于 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_scope.py" line="82"/>
        <source>no case named</source>
        <translation>未指定案件</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_scope.py" line="84"/>
        <source>nothing to export: no order placed in the range ({0}); nothing was written</source>
        <translation>没有可导出的内容：该日期范围内（{0}）没有下单的订单；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_scope.py" line="107"/>
        <source>{0}: a bundle is made of orders, disputes and refunds, not deposit checklist items</source>
        <translation>{0}：律师材料包由订单、纠纷和退款组成，不包括保证金材料清单项</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_signature.py" line="81"/>
        <source>{0} cannot be read</source>
        <translation>无法读取 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_signature.py" line="83"/>
        <source>{0} is not an Ed25519 {1} in signify&apos;s format</source>
        <translation>{0} 不是 signify 格式的 Ed25519 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/claim_packet.py" line="62"/>
        <source>the packet for {0} was cancelled; no file was written</source>
        <translation>{0} 的材料包已取消；未写入任何文件</translation>
    </message>
    <message>
        <location filename="../../desk/reports/claim_packet.py" line="213"/>
        <source>the packet could not be split into parts under {0} after {1} tries: its front pages and fonts alone may need more than a part holds; nothing was written</source>
        <translation>尝试 {1} 次后仍无法将材料包拆分为每部分不超过 {0} 的若干部分：仅其前页和字体可能就超过了一个部分的容量；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/reports/claim_packet.py" line="277"/>
        <source>{0} came out above {1}; nothing was kept</source>
        <translation>生成的 {0} 超出了 {1}；未保留任何文件</translation>
    </message>
    <message>
        <location filename="../../desk/reports/destinations.py" line="75"/>
        <source>{0} a file</source>
        <translation>每个文件 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/destinations.py" line="77"/>
        <source>{0} a case</source>
        <translation>每个案件 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/reports/destinations.py" line="79"/>
        <source>%n page(s) a file</source>
        <translation>
            <numerusform>每个文件 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/reports/destinations.py" line="81"/>
        <source>at most %n file(s)</source>
        <translation>
            <numerusform>最多 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/reports/destinations.py" line="82"/>
        <source>no size limit</source>
        <translation>无大小限制</translation>
    </message>
    <message>
        <location filename="../../desk/reports/destinations.py" line="196"/>
        <source>unknown destination {0!r}; known: {1}</source>
        <translation>未知的发送对象 {0!r}；可用值：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_lang.py" line="326"/>
        <source>unknown letter language {0!r}; known: {1}</source>
        <translation>未知的函件语言 {0!r}；可用值：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="55"/>
        <source>{0}, line {1}: unknown field ${2}; the fields are listed in FIELDS.md (`desk letter --templates` prints them)</source>
        <translation>{0}，第 {1} 行：未知字段 ${2}；字段列表见 FIELDS.md（`desk letter --templates` 会列出）</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="63"/>
        <source>{0}, line {1}, column {2}: a &apos;$&apos; that starts no field; write $$ for a dollar sign and ${{name}} for a field followed by letters</source>
        <translation>{0}，第 {1} 行，第 {2} 列：“$”后面不是字段；美元符号请写作 $$，后面紧跟字母的字段请写作 ${{name}}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="74"/>
        <source>{0}: not UTF-8 text; save the template as UTF-8</source>
        <translation>{0}：不是 UTF-8 文本；请将模板保存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="76"/>
        <source>{0}: cannot read the template: {1}</source>
        <translation>{0}：无法读取模板：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="82"/>
        <source>{0}, line {1}: the first line must be &apos;Subject: …&apos;</source>
        <translation>{0}，第 {1} 行：第一行必须为 &apos;Subject: …&apos;</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="85"/>
        <source>{0}, line {1}: the subject is empty</source>
        <translation>{0}，第 {1} 行：主题为空</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="95"/>
        <source>{0}: the letter has a subject but no body</source>
        <translation>{0}：函件有主题但没有正文</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letters.py" line="48"/>
        <source>the {0} is not offered for dispute {1} on {2}: {3}. Make it anyway with --force if you know better</source>
        <translation>纠纷 {1} 在 {2} 不可生成{0}：{3}。如您确有把握，可加 --force 仍然生成</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letters.py" line="63"/>
        <source>the {0} for dispute {1} would demand nothing: of the {2} claimed, {3} has been received, so nothing is outstanding; nothing was recorded</source>
        <translation>纠纷 {1} 的{0}不会要求任何款项：索赔的 {2} 中已收到 {3}，没有待收金额；未记录任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letters.py" line="75"/>
        <source>the sender&apos;s name is missing: set it with `desk setting business_name &quot;Your Company Ltd&quot;` (and business_address, business_contact) before making a letter; nothing was recorded</source>
        <translation>缺少发件人名称：请在生成函件前用 `desk setting business_name &quot;Your Company Ltd&quot;`（以及 business_address、business_contact）进行设置；未记录任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_fitting.py" line="99"/>
        <source>the photo &apos;{0}&apos; (Exhibit {1}) alone needs {2} on one page; the packet&apos;s own pages already fill a file ({3} takes {4}). Nothing was written: choose another destination</source>
        <translation>照片“{0}”（证据附件 {1}）单独一页就需要 {2}；材料包自身的页面已占满一个文件（{3} 的限制为 {4}）。未写入任何内容：请选择其他发送对象</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_fitting.py" line="104"/>
        <source>the photo &apos;{0}&apos; (Exhibit {1}) alone needs {2} on one page; beside the packet&apos;s own pages a part has room for {5} ({3} takes {4}). Nothing was written: choose another destination</source>
        <translation>照片“{0}”（证据附件 {1}）单独一页就需要 {2}；除材料包自身的页面外，每个部分只剩 {5} 的空间（{3} 的限制为 {4}）。未写入任何内容：请选择其他发送对象</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_fitting.py" line="109"/>
        <source>page {6} of &apos;{0}&apos; (Exhibit {1}) alone needs {2}; the packet&apos;s own pages already fill a file ({3} takes {4}). Nothing was written: scan it again smaller or choose another destination</source>
        <translation>“{0}”（证据附件 {1}）的第 {6} 页单独就需要 {2}；材料包自身的页面已占满一个文件（{3} 的限制为 {4}）。未写入任何内容：请缩小尺寸重新扫描，或选择其他发送对象</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_fitting.py" line="114"/>
        <source>page {6} of &apos;{0}&apos; (Exhibit {1}) alone needs {2}; beside the packet&apos;s own pages a part has room for {5} ({3} takes {4}). Nothing was written: scan it again smaller or choose another destination</source>
        <translation>“{0}”（证据附件 {1}）的第 {6} 页单独就需要 {2}；除材料包自身的页面外，每个部分只剩 {5} 的空间（{3} 的限制为 {4}）。未写入任何内容：请缩小尺寸重新扫描，或选择其他发送对象</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="37"/>
        <source>page {0} of exhibit {1} needs {2}; a part has room for {3}</source>
        <translation>证据附件 {1} 的第 {0} 页需要 {2}；每个部分只有 {3} 的空间</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="69"/>
        <source>a part&apos;s own cover and index take every page a file may have</source>
        <translation>每个部分自身的封面和索引已占用一个文件允许的全部页数</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="113"/>
        <source>the packet needs {0}, {1} more than {2} takes for a case ({3}); the largest exhibits: {4}. Leave some evidence out of this dispute (or mark it internal) or choose another destination; nothing was written</source>
        <translation>材料包需要 {0}，比 {2} 对每个案件的限制（{3}）多 {1}；最大的证据附件：{4}。请将部分证据从此纠纷中移除（或标记为内部），或选择其他发送对象；未写入任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/reports/packet_split.py" line="127"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="130"/>
        <source>{0} of at most {1} each</source>
        <translation>{0}，每个最多 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="130"/>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="131"/>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="134"/>
        <source>the packet needs {0}, but {1} takes at most {2}; it holds {3} in all; the largest exhibits: {4}. Leave some evidence out of this dispute (or mark it internal) or choose another destination; nothing was written</source>
        <translation>材料包需要 {0}，但 {1} 最多接受 {2}；材料包总计 {3}；最大的证据附件：{4}。请将部分证据从此纠纷中移除（或标记为内部），或选择其他发送对象；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/reports/target.py" line="23"/>
        <source>{0} is a folder: give the name of the file to write (ending in {1})</source>
        <translation>{0} 是文件夹：请提供要写入的文件名（以 {1} 结尾）</translation>
    </message>
    <message>
        <location filename="../../desk/reports/target.py" line="25"/>
        <source>{0} is a folder: give the name of the file to write</source>
        <translation>{0} 是文件夹：请提供要写入的文件名</translation>
    </message>
    <message>
        <location filename="../../desk/reports/target.py" line="27"/>
        <source>{0}: give a file name ending in {1}</source>
        <translation>{0}：请提供以 {1} 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../desk/reports/target.py" line="30"/>
        <source>{0}: cannot write there: {1} is not a folder</source>
        <translation>{0}：无法写入该位置：{1} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/reports/target.py" line="38"/>
        <source>{0}: cannot write there: the folder {1} cannot be written ({2})</source>
        <translation>{0}：无法写入该位置：无法写入文件夹 {1}（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="13"/>
        <source>Funds added</source>
        <comment>ledger kind</comment>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="14"/>
        <source>Order payment</source>
        <comment>ledger kind</comment>
        <translation>订单付款</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="15"/>
        <source>Cost return</source>
        <comment>ledger kind</comment>
        <translation>费用退还</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="16"/>
        <source>Withdrawal</source>
        <comment>ledger kind</comment>
        <translation>提现</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="17"/>
        <source>Withdrawal fee</source>
        <comment>ledger kind</comment>
        <translation>提现手续费</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="18"/>
        <source>Adjustment in</source>
        <comment>ledger kind</comment>
        <translation>调整（入账）</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="19"/>
        <source>Adjustment out</source>
        <comment>ledger kind</comment>
        <translation>调整（出账）</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="21"/>
        <source>Credit card</source>
        <comment>channel</comment>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="22"/>
        <source>Bank transfer</source>
        <comment>channel</comment>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="23"/>
        <source>Other</source>
        <comment>channel</comment>
        <translation>其他方式</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="25"/>
        <source>Requested</source>
        <comment>withdrawal status</comment>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="26"/>
        <source>Done</source>
        <comment>withdrawal status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="27"/>
        <source>Refused</source>
        <comment>withdrawal status</comment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="28"/>
        <source>Cancelled</source>
        <comment>withdrawal status</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="30"/>
        <source>External</source>
        <comment>audience</comment>
        <translation>对外</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="31"/>
        <source>Counsel</source>
        <comment>audience</comment>
        <translation>律师</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="32"/>
        <source>Internal</source>
        <comment>audience</comment>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="34"/>
        <source>Insert</source>
        <comment>audit action</comment>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="35"/>
        <source>Update</source>
        <comment>audit action</comment>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="36"/>
        <source>Delete</source>
        <comment>audit action</comment>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="38"/>
        <source>Other</source>
        <comment>platform</comment>
        <translation>其他平台</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="40"/>
        <source>Card</source>
        <comment>payment method</comment>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="41"/>
        <source>Debit card</source>
        <comment>payment method</comment>
        <translation>借记卡</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="42"/>
        <source>Balance</source>
        <comment>payment method</comment>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="43"/>
        <source>Gift card</source>
        <comment>payment method</comment>
        <translation>礼品卡</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="44"/>
        <source>Cash on delivery</source>
        <comment>payment method</comment>
        <translation>货到付款</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="45"/>
        <source>Wire transfer</source>
        <comment>payment method</comment>
        <translation>电汇</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="46"/>
        <source>Other</source>
        <comment>payment method</comment>
        <translation>其他方式</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="48"/>
        <source>Draft</source>
        <comment>deposit state</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="49"/>
        <source>In review</source>
        <comment>deposit state</comment>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="50"/>
        <source>Rejected</source>
        <comment>deposit state</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="51"/>
        <source>Approved</source>
        <comment>deposit state</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="52"/>
        <source>Paid</source>
        <comment>deposit state</comment>
        <translation>已退还</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="53"/>
        <source>Closed</source>
        <comment>deposit state</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="55"/>
        <source>Pending</source>
        <comment>submission outcome</comment>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="56"/>
        <source>Rejected</source>
        <comment>submission outcome</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="57"/>
        <source>Approved</source>
        <comment>submission outcome</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="59"/>
        <source>Not received</source>
        <comment>dispute reason</comment>
        <translation>未收到货</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="60"/>
        <source>Not as described</source>
        <comment>dispute reason</comment>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="61"/>
        <source>Damaged</source>
        <comment>dispute reason</comment>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="62"/>
        <source>Wrong item</source>
        <comment>dispute reason</comment>
        <translation>发错商品</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="63"/>
        <source>Wrong quantity</source>
        <comment>dispute reason</comment>
        <translation>数量不符</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="64"/>
        <source>Not shipped in time</source>
        <comment>dispute reason</comment>
        <translation>未按时发货</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="65"/>
        <source>Seller fraud</source>
        <comment>dispute reason</comment>
        <translation>卖家欺诈</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="66"/>
        <source>Other</source>
        <comment>dispute reason</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="68"/>
        <source>Refund</source>
        <comment>dispute want</comment>
        <translation>仅退款</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="69"/>
        <source>Return refund</source>
        <comment>dispute want</comment>
        <translation>退货退款</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="71"/>
        <source>Open</source>
        <comment>dispute state</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="72"/>
        <source>Seller responded</source>
        <comment>dispute state</comment>
        <translation>卖家已回复</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="73"/>
        <source>Offer</source>
        <comment>dispute state</comment>
        <translation>有方案</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="74"/>
        <source>Escalated</source>
        <comment>dispute state</comment>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="75"/>
        <source>Decided</source>
        <comment>dispute state</comment>
        <translation>已裁决</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="76"/>
        <source>Refund pending</source>
        <comment>dispute state</comment>
        <translation>待退款</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="77"/>
        <source>Refunded</source>
        <comment>dispute state</comment>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="78"/>
        <source>Closed</source>
        <comment>dispute state</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="80"/>
        <source>Won</source>
        <comment>dispute outcome</comment>
        <translation>胜诉</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="81"/>
        <source>Partially won</source>
        <comment>dispute outcome</comment>
        <translation>部分胜诉</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="82"/>
        <source>Lost</source>
        <comment>dispute outcome</comment>
        <translation>败诉</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="83"/>
        <source>Settled</source>
        <comment>dispute outcome</comment>
        <translation>已和解</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="84"/>
        <source>Withdrawn</source>
        <comment>dispute outcome</comment>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="86"/>
        <source>Opened</source>
        <comment>dispute event kind</comment>
        <translation>已发起</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="87"/>
        <source>Seller answered</source>
        <comment>dispute event kind</comment>
        <translation>卖家回复</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="88"/>
        <source>Offer</source>
        <comment>dispute event kind</comment>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="89"/>
        <source>Offer accepted</source>
        <comment>dispute event kind</comment>
        <translation>已接受方案</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="90"/>
        <source>Offer rejected</source>
        <comment>dispute event kind</comment>
        <translation>已拒绝方案</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="91"/>
        <source>Escalated</source>
        <comment>dispute event kind</comment>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="92"/>
        <source>Decided</source>
        <comment>dispute event kind</comment>
        <translation>裁决</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="93"/>
        <source>Refund sent</source>
        <comment>dispute event kind</comment>
        <translation>退款已发出</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="94"/>
        <source>Refund received</source>
        <comment>dispute event kind</comment>
        <translation>退款已到账</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="95"/>
        <source>Closed</source>
        <comment>dispute event kind</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="96"/>
        <source>Note</source>
        <comment>dispute event kind</comment>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="98"/>
        <source>Photo</source>
        <comment>evidence kind</comment>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="99"/>
        <source>Video</source>
        <comment>evidence kind</comment>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="100"/>
        <source>Chat</source>
        <comment>evidence kind</comment>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="101"/>
        <source>Email</source>
        <comment>evidence kind</comment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="102"/>
        <source>Payment proof</source>
        <comment>evidence kind</comment>
        <translation>付款凭证</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="103"/>
        <source>Tracking</source>
        <comment>evidence kind</comment>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="104"/>
        <source>Invoice</source>
        <comment>evidence kind</comment>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="105"/>
        <source>Screenshot</source>
        <comment>evidence kind</comment>
        <translation>截图</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="106"/>
        <source>Document</source>
        <comment>evidence kind</comment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="107"/>
        <source>Other</source>
        <comment>evidence kind</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="109"/>
        <source>Placed</source>
        <comment>order status</comment>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="110"/>
        <source>Paid</source>
        <comment>order status</comment>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="111"/>
        <source>Shipped</source>
        <comment>order status</comment>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="112"/>
        <source>Delivered</source>
        <comment>order status</comment>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="113"/>
        <source>Completed</source>
        <comment>order status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="114"/>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="115"/>
        <source>Closed</source>
        <comment>order status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="117"/>
        <source>Platform</source>
        <comment>tax collector</comment>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="118"/>
        <source>Seller</source>
        <comment>tax collector</comment>
        <translation>卖家</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="120"/>
        <source>Platform coupon</source>
        <comment>coupon kind</comment>
        <translation>平台优惠券</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="121"/>
        <source>Store voucher</source>
        <comment>coupon kind</comment>
        <translation>店铺优惠券</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="123"/>
        <source>Order</source>
        <comment>case kind</comment>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="124"/>
        <source>Dispute</source>
        <comment>case kind</comment>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="125"/>
        <source>Refund part</source>
        <comment>case kind</comment>
        <translation>部分退款</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="126"/>
        <source>Ledger entry</source>
        <comment>case kind</comment>
        <translation>账目记录</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="127"/>
        <source>Deposit</source>
        <comment>case kind</comment>
        <translation>保证金</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="129"/>
        <source>Open</source>
        <comment>store status</comment>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="130"/>
        <source>Closing</source>
        <comment>store status</comment>
        <translation>关店中</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="131"/>
        <source>Closed</source>
        <comment>store status</comment>
        <translation>已关店</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="133"/>
        <source>Dispute</source>
        <comment>refund cause</comment>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="134"/>
        <source>Cancellation</source>
        <comment>refund cause</comment>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="135"/>
        <source>Out of stock</source>
        <comment>refund cause</comment>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="136"/>
        <source>Return</source>
        <comment>refund cause</comment>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="137"/>
        <source>Not shipped</source>
        <comment>refund cause</comment>
        <translation>未发货</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="138"/>
        <source>Other</source>
        <comment>refund cause</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="140"/>
        <source>Snoozed</source>
        <comment>reminder answer</comment>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="141"/>
        <source>Dismissed</source>
        <comment>reminder answer</comment>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="143"/>
        <source>Submitted</source>
        <comment>deposit event</comment>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="144"/>
        <source>Rejected</source>
        <comment>deposit event</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="145"/>
        <source>Resubmitted</source>
        <comment>deposit event</comment>
        <translation>已重新提交</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="146"/>
        <source>Approved</source>
        <comment>deposit event</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="147"/>
        <source>Paid</source>
        <comment>deposit event</comment>
        <translation>已退还</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="148"/>
        <source>Closed</source>
        <comment>deposit event</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="150"/>
        <source>Pending</source>
        <comment>arrival</comment>
        <translation>待到账</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="151"/>
        <source>Overdue</source>
        <comment>arrival</comment>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="152"/>
        <source>On time</source>
        <comment>arrival</comment>
        <translation>按时到账</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="153"/>
        <source>Late</source>
        <comment>arrival</comment>
        <translation>延迟到账</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="154"/>
        <source>Short</source>
        <comment>arrival</comment>
        <translation>金额不足</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="155"/>
        <source>Over</source>
        <comment>arrival</comment>
        <translation>金额超出</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="157"/>
        <source>Pending cancelled</source>
        <comment>cost return reason</comment>
        <translation>待处理已取消</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="158"/>
        <source>Invalid</source>
        <comment>cost return reason</comment>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="159"/>
        <source>Damaged returned</source>
        <comment>cost return reason</comment>
        <translation>损坏退回</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="160"/>
        <source>Wrong or damaged claim</source>
        <comment>cost return reason</comment>
        <translation>错发或损坏索赔</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="23"/>
        <source>work with others on a team server</source>
        <translation>在团队服务器上与他人协作</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="27"/>
        <source>keep your password for a team server in the system&apos;s keyring</source>
        <translation>将团队服务器的密码保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="29"/>
        <location filename="../../desk/commands/team.py" line="35"/>
        <location filename="../../desk/commands/team.py" line="49"/>
        <source>the server: postgresql://login@server/database</source>
        <translation>服务器：postgresql://登录名@服务器/数据库</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="33"/>
        <source>set up an empty database on a team server for Desk (its owner)</source>
        <translation>在团队服务器上为 Desk 设置空数据库（所有者）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="41"/>
        <source>bring the team server&apos;s schema to this Desk&apos;s, after a copy by pg_dump (its owner)</source>
        <translation>先用 pg_dump 备份，再将团队服务器的架构升级到此 Desk 的版本（所有者）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="46"/>
        <source>copy a data folder into an empty team server (its owner)</source>
        <translation>将数据文件夹复制到空的团队服务器（所有者）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="48"/>
        <source>the data folder; it is left as it was</source>
        <translation>数据文件夹；保持不变</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="53"/>
        <source>give a person a login on the team server (its owner)</source>
        <translation>为某人在团队服务器上创建登录（所有者）</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="55"/>
        <source>the person&apos;s login</source>
        <translation>此人的登录名</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="56"/>
        <source>an owner, who may upgrade and add people</source>
        <translation>所有者，可以升级服务器并添加人员</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="63"/>
        <location filename="../../desk/commands/team.py" line="111"/>
        <source>Password for {0}: </source>
        <translation>{0} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="64"/>
        <source>Connected to {0}; the password is kept in the system&apos;s keyring.</source>
        <translation>已连接到 {0}；密码保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="72"/>
        <source>{0} is set up for Desk; add people with desk team add-user.</source>
        <translation>{0} 已为 Desk 设置好；请用 desk team add-user 添加人员。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="81"/>
        <source>The team server&apos;s schema is this Desk&apos;s already ({0}); nothing was changed.</source>
        <translation>团队服务器的架构已是此 Desk 的版本（{0}）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="85"/>
        <source>Upgraded the team server&apos;s schema from {0} to {1}; the copy from before is {2}.</source>
        <translation>团队服务器的架构已从 {0} 升级到 {1}；升级前的副本是 {2}。</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="98"/>
        <source>{0} of {1} rows copied</source>
        <translation>已复制 {0} / {1} 行</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="113"/>
        <source>an owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="113"/>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="114"/>
        <source>{0} may now log in to the team server, as {1}.</source>
        <translation>{0} 现在可以登录团队服务器，身份：{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team.py" line="37"/>
        <source>{0} is not linked to a team server</source>
        <translation>{0} 未关联团队服务器</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team.py" line="88"/>
        <source>{0} is a folder of its own, not a team server&apos;s: it has no logins</source>
        <translation>{0} 是独立的数据文件夹，不是团队服务器的：没有登录</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team.py" line="91"/>
        <source>a login is 1 to 63 letters, digits, dots, dashes or underscores, not «{0}»</source>
        <translation>登录名应为 1 至 63 个字母、数字、点、连字符或下划线，而不是“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/paths.py" line="55"/>
        <source>give the team server&apos;s address without its password: Desk asks for it once (desk team login) and keeps it in the system&apos;s keyring</source>
        <translation>请提供不含密码的团队服务器地址：Desk 会询问一次密码（desk team login）并保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../desk/server_db.py" line="115"/>
        <source>the team server {0} holds no Desk records yet: its owner sets it up first (desk team init). Nothing was changed.</source>
        <translation>团队服务器 {0} 上还没有 Desk 的记录：需由其所有者先进行设置（desk team init）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/server_db.py" line="122"/>
        <source>the team server {0} was upgraded by a newer Desk (schema {1}); this Desk knows schemas up to {2}. Update Desk to connect to it. Nothing was changed.</source>
        <translation>团队服务器 {0} 已由更新版本的 Desk 升级（架构 {1}）；此 Desk 只支持到架构 {2}。请更新 Desk 后再连接。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/server_db.py" line="128"/>
        <source>the team server {0} has an older schema ({1}) than this Desk uses ({2}): its owner upgrades it first (desk team upgrade), after the other desks have closed. Nothing was changed.</source>
        <translation>团队服务器 {0} 的架构（{1}）比此 Desk 使用的（{2}）旧：需由所有者在其他工作台关闭 Desk 后先升级（desk team upgrade）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/server_db.py" line="179"/>
        <source>the database on {0} does not know Unicode&apos;s upper and lower case (its character type is {1}): the search would miss words in another case. Create it with a UTF-8 locale (for example ENCODING &apos;UTF8&apos; LOCALE &apos;C.UTF-8&apos; or &apos;en_US.UTF-8&apos;). Nothing was changed.</source>
        <translation>{0} 上的数据库不支持 Unicode 大小写（其字符类型为 {1}）：搜索会漏掉大小写不同的词。请使用 UTF-8 区域设置创建数据库（例如 ENCODING &apos;UTF8&apos; LOCALE &apos;C.UTF-8&apos; 或 &apos;en_US.UTF-8&apos;）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/server_db.py" line="258"/>
        <source>pg_dump could not copy the team server&apos;s database: {0}</source>
        <translation>pg_dump 无法复制团队服务器的数据库：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/team_link.py" line="38"/>
        <source>{0} is not a team server&apos;s address (postgresql://login@server/database)</source>
        <translation>{0} 不是团队服务器地址（postgresql://登录名@服务器/数据库）</translation>
    </message>
    <message>
        <location filename="../../desk/team_link.py" line="42"/>
        <source>the team server&apos;s address {0} names no database (…/database at its end)</source>
        <translation>团队服务器地址 {0} 未指明数据库（末尾应为 …/数据库）</translation>
    </message>
    <message>
        <location filename="../../desk/team_link.py" line="46"/>
        <source>the team server&apos;s address {0} names no login (postgresql://login@…)</source>
        <translation>团队服务器地址 {0} 未指明登录名（postgresql://登录名@…）</translation>
    </message>
    <message>
        <location filename="../../desk/team_link.py" line="86"/>
        <source>{0} does not name a team server as Desk wrote it: {1}</source>
        <translation>{0} 未按 Desk 写入的格式指明团队服务器：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/conflicts.py" line="52"/>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="60"/>
        <source>{0} is not a data folder: it has no {1}</source>
        <translation>{0} 不是数据文件夹：其中没有 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="65"/>
        <source>{0} has schema {1} and this Desk {2}: open it once with this Desk (which upgrades it), then move it</source>
        <translation>{0} 的架构为 {1}，此 Desk 为 {2}：请先用此 Desk 打开一次（会升级它），再迁移</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="79"/>
        <location filename="../../desk/operations/team_move.py" line="177"/>
        <source>the move was stopped; run it again to go on from where it was</source>
        <translation>迁移已停止；再次运行即可从中断处继续</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="94"/>
        <source>Moved {0} to the team server: {1} rows in {2} tables and {3} files; the folder is as it was.</source>
        <translation>已将 {0} 迁移到团队服务器：{2} 个表中的 {1} 行及 {3} 个文件；文件夹保持不变。</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="108"/>
        <source>{0}&apos;s audit log is broken at entry {1} ({2}): run desk verify on it; nothing was moved</source>
        <translation>{0} 的审计日志在第 {1} 条处损坏（{2}）：请对其运行 desk verify；未迁移任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="125"/>
        <source>the team server already holds records ({0}): a folder moves only into an empty one</source>
        <translation>团队服务器上已有记录（{0}）：文件夹只能迁移到空服务器</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="181"/>
        <source>evidence file {0} is missing from the folder&apos;s vault; nothing more was sent</source>
        <translation>文件夹的证据库中缺少证据文件 {0}；未再发送任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="196"/>
        <source>the move is not whole: the server has {1} and the folder {2} of: {0}</source>
        <translation>迁移不完整：服务器有 {1} 条、文件夹有 {2} 条（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="203"/>
        <source>the move is not whole: the server&apos;s audit log does not end where the folder&apos;s does</source>
        <translation>迁移不完整：服务器的审计日志与文件夹的结尾不一致</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="209"/>
        <source>the server&apos;s audit log is broken at entry {0}: {1}</source>
        <translation>服务器的审计日志在第 {0} 条处损坏：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="216"/>
        <source>the server&apos;s copy of evidence file {0} does not hash to its name</source>
        <translation>服务器上证据文件 {0} 的副本与其哈希不符</translation>
    </message>
</context>
</TS>
