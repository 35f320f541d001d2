<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutTexts</name>
    <message>
        <location filename="../../desk/ui/about.py" line="20"/>
        <source>A case manager for cross-border resellers: orders, supplier disputes, refunds, evidence, deposits and member accounts, until the money is back.</source>
        <translation>Программа для ведения дел трансграничных перепродавцов: заказы, споры с поставщиками, возвраты средств, доказательства, депозиты и счета у агентов — пока деньги не вернутся.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="23"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="24"/>
        <source>Font: {0}</source>
        <translation>Шрифт: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="39"/>
        <source>About Desk</source>
        <translation>О программе Desk</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="50"/>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="47"/>
        <source>Choose an account to see its balance.</source>
        <translation>Выберите счёт, чтобы увидеть его баланс.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="59"/>
        <source>May be withdrawn, less the transfer fee: up to {0} to a credit card, up to {1} by Western Union or MoneyGram.</source>
        <translation>Можно вывести за вычетом комиссии за перевод: до {0} на кредитную карту, до {1} через Western Union или MoneyGram.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="63"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="64"/>
        <source>{0} · balance {1}</source>
        <translation>{0} · баланс {1}</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="97"/>
        <source>Accounts</source>
        <translation>Счета у агентов</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="97"/>
        <source>Choose an account first.</source>
        <translation>Сначала выберите счёт.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="109"/>
        <source>Mark a withdrawal</source>
        <translation>Отметка о выводе средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_panel.py" line="110"/>
        <source>Choose a requested withdrawal in the Ledger tab first.</source>
        <translation>Сначала выберите заявку на вывод средств на вкладке «Журнал операций».</translation>
    </message>
</context>
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="133"/>
        <source>Add Evidence</source>
        <translation>Добавление доказательств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="137"/>
        <source>Adding files to {0}</source>
        <translation>Добавление файлов: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="140"/>
        <source>Looking through what was given…</source>
        <translation>Просмотр переданных файлов…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="193"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} из {2})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="196"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="202"/>
        <source>There were no files to add (hidden files are left out).</source>
        <translation>Нет файлов для добавления (скрытые файлы не учитываются).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="204"/>
        <source>{0} added to {1}</source>
        <translation>Добавлено файлов: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="206"/>
        <source>{0} already kept and now linked</source>
        <translation>уже хранились и теперь связаны: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="208"/>
        <source>{0} not added</source>
        <translation>не добавлено: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="211"/>
        <source>{0} — not added: {1}</source>
        <translation>{0} — не добавлен: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="215"/>
        <source>added as {0}</source>
        <translation>добавлен как {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="217"/>
        <source>already kept, now linked</source>
        <translation>уже хранится, теперь связан</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="219"/>
        <source>already kept as {0}, now linked</source>
        <translation>уже хранится как {0}, теперь связан</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="222"/>
        <source>{0} — warning: {1}</source>
        <translation>{0} — предупреждение: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_drop.py" line="232"/>
        <source>Nothing was added: %n file(s) cannot be added.</source>
        <translation>
            <numerusform>Ничего не добавлено: %n файл добавить нельзя.</numerusform>
            <numerusform>Ничего не добавлено: %n файла добавить нельзя.</numerusform>
            <numerusform>Ничего не добавлено: %n файлов добавить нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="251"/>
        <source>Nothing was added.</source>
        <translation>Ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="280"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>AddFundsDialog</name>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="149"/>
        <source>Add funds</source>
        <translation>Пополнение счёта</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="152"/>
        <source>in {0}, or name another currency (200 USD)</source>
        <translation>в {0} или с указанием другой валюты (200 USD)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="153"/>
        <source>Choose how the money came in</source>
        <translation>Выберите, как поступили деньги</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="159"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="160"/>
        <source>Channel</source>
        <translation>Способ перевода</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="161"/>
        <source>Added on</source>
        <translation>Дата пополнения</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="162"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="163"/>
        <source>the amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="164"/>
        <source>the channel</source>
        <translation>способ перевода</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="135"/>
        <source>Add a Person to the Team</source>
        <translation>Добавить человека в команду</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="142"/>
        <source>An &amp;owner, who may upgrade the server and add people</source>
        <translation>&amp;Владелец: может обновлять сервер и добавлять людей</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="147"/>
        <source>&amp;Login:</source>
        <translation>&amp;Имя входа:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="148"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="149"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="152"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="165"/>
        <source>Type the password the person will use.</source>
        <translation>Введите пароль, которым будет пользоваться этот человек.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="168"/>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Пароли не совпадают: введите один и тот же дважды.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="181"/>
        <source>an owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="181"/>
        <source>staff</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="182"/>
        <source>{0} may now connect to the team server, as {1}.</source>
        <translation>{0} теперь может подключаться к командному серверу: {1}.</translation>
    </message>
</context>
<context>
    <name>AudienceChoice</name>
    <message>
        <location filename="../../desk/ui/audience_choice.py" line="12"/>
        <source>It may go into what is sent to the supplier, the platform or a payment provider.</source>
        <translation>Может попасть в материалы, отправляемые поставщику, площадке или платёжному сервису.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/audience_choice.py" line="15"/>
        <source>Never sent to the other side; our lawyer&apos;s packets and bundle show it.</source>
        <translation>Никогда не отправляется другой стороне; показывается в пакетах и архиве для нашего юриста.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/audience_choice.py" line="18"/>
        <source>Never in any document Desk makes for anybody else, our lawyer&apos;s included.</source>
        <translation>Никогда не попадает ни в один документ, который Desk готовит для других, включая нашего юриста.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="114"/>
        <source>Fill in {0} first.</source>
        <translation>Сначала заполните: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="145"/>
        <source>The form now shows what is saved. Change it again if you need to.</source>
        <translation>Теперь в форме сохранённые значения. Измените их снова, если нужно.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="172"/>
        <source>Correct the date, then press OK.</source>
        <translation>Исправьте дату и нажмите OK.</translation>
    </message>
</context>
<context>
    <name>CaseEvidence</name>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="53"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="54"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="55"/>
        <source>Captured</source>
        <translation>Зафиксировано</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="56"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="57"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="58"/>
        <source>Linked to</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="61"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="62"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="63"/>
        <source>Met by</source>
        <translation>Чем подтверждено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="126"/>
        <source>Drop files here or on the row, or use Add Evidence…</source>
        <translation>Перетащите файлы сюда или на строку либо нажмите «Добавить доказательства…»</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="141"/>
        <source>Confirm What This Shows…</source>
        <translation>Подтвердить, что показывает файл…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="142"/>
        <source>Say which item of the checklist the chosen file shows</source>
        <translation>Указать, какой пункт перечня документов показывает выбранный файл</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="151"/>
        <location filename="../../desk/ui/case_evidence.py" line="231"/>
        <location filename="../../desk/ui/case_evidence.py" line="249"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="230"/>
        <source>Choose a row to see its evidence.</source>
        <translation>Выберите строку, чтобы увидеть её доказательства.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="243"/>
        <source>Expected for a {0} dispute</source>
        <translation>Ожидается для спора по причине «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="249"/>
        <source>Files ({0})</source>
        <translation>Файлы ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="253"/>
        <source>Missing: {0}</source>
        <translation>Отсутствует: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="255"/>
        <source>— confirm what the files offered under the checklist show.</source>
        <translation>— подтвердите, что показывают файлы, предложенные в перечне документов.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="258"/>
        <source>Everything required for this dispute is here.</source>
        <translation>Всё, что требуется для этого спора, есть.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="260"/>
        <source>No evidence yet.</source>
        <translation>Доказательств пока нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/case_evidence.py" line="262"/>
        <source>%n file(s) support this case.</source>
        <translation>
            <numerusform>%n файл относится к этому делу.</numerusform>
            <numerusform>%n файла относятся к этому делу.</numerusform>
            <numerusform>%n файлов относятся к этому делу.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="271"/>
        <source>this case</source>
        <translation>это дело</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="277"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="299"/>
        <source>{0} (recommended)</source>
        <translation>{0} (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="301"/>
        <source>Met</source>
        <translation>Есть</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="51"/>
        <source>MISSING</source>
        <translation>ОТСУТСТВУЕТ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="305"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="308"/>
        <source>Why: {0}</source>
        <translation>Основание: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="327"/>
        <source>To confirm</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="327"/>
        <source>{0} might show this</source>
        <translation>Возможно, подходит: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_evidence.py" line="329"/>
        <source>Not counted until you confirm what it shows: double-click, or Confirm What This Shows…</source>
        <translation>Не учитывается, пока вы не подтвердите, что показывает файл: дважды щёлкните или выберите «Подтвердить, что показывает файл…»</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="93"/>
        <source>dispute {0} · {1}</source>
        <translation>спор {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="97"/>
        <source>refund {0}</source>
        <translation>возврат {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="102"/>
        <source>{0} (exhibit {1})</source>
        <translation>{0} (приложение {1})</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="75"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="85"/>
        <source>Stopped: nothing was checked to the end, and nothing was changed.</source>
        <translation>Остановлено: проверка не доведена до конца, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="88"/>
        <source>Could not check: {0}</source>
        <translation>Не удалось проверить: {0}</translation>
    </message>
</context>
<context>
    <name>ChoiceRows</name>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="38"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="39"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="40"/>
        <source>Paid to or refunded by</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="41"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="42"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="120"/>
        <source>PayPal transaction {0}</source>
        <translation>Транзакция PayPal {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="146"/>
        <location filename="../../desk/ui/payments_choice.py" line="176"/>
        <source>Leave it for now</source>
        <translation>Пока пропустить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="147"/>
        <source>Choose one of {0} orders</source>
        <translation>Выберите один из заказов ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="155"/>
        <source>Type or choose an order in {0}</source>
        <translation>Введите или выберите заказ в {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="242"/>
        <source>No order {0} in {1}: choose one from the list, or leave it for now</source>
        <translation>Заказа {0} в {1} нет: выберите заказ из списка или пока пропустите</translation>
    </message>
</context>
<context>
    <name>CloseWithdrawalDialog</name>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="184"/>
        <source>Mark a withdrawal</source>
        <translation>Итог вывода средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="190"/>
        <source>no ledger entry {0}</source>
        <translation>нет записи журнала операций {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="194"/>
        <source>Choose how it ended</source>
        <translation>Выберите, чем завершился вывод</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="195"/>
        <source>Done: the money was sent</source>
        <translation>Выполнен: деньги отправлены</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="196"/>
        <source>Refused by the agent: its fee comes back</source>
        <translation>Отклонён агентом: комиссия возвращается</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="197"/>
        <source>Cancelled: its fee comes back</source>
        <translation>Отменён: комиссия возвращается</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="200"/>
        <source>Withdrawal</source>
        <translation>Вывод средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="201"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="202"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="203"/>
        <source>how it ended</source>
        <translation>чем завершился вывод</translation>
    </message>
</context>
<context>
    <name>ColumnChoice</name>
    <message>
        <location filename="../../desk/ui/column_choice.py" line="30"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
</context>
<context>
    <name>ConfirmShowsDialog</name>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="36"/>
        <source>Confirm what a file shows</source>
        <translation>Подтверждение содержания файла</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="40"/>
        <source>The checklist counts a file only once you confirm what it shows: open the file and look before you say so.</source>
        <translation>Перечень документов учитывает файл, только когда вы подтвердите, что он показывает: прежде чем подтверждать, откройте файл и просмотрите его.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="46"/>
        <source>Choose the file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="49"/>
        <source>Choose what it shows</source>
        <translation>Выберите, что он показывает</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="53"/>
        <source>None of these</source>
        <translation>Ничего из перечисленного</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="59"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="60"/>
        <source>It shows</source>
        <translation>Что показывает</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="61"/>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../desk/ui/confirm_shows_dialog.py" line="62"/>
        <source>what it shows</source>
        <translation>что показывает файл</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="37"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим человеком</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="39"/>
        <source>Choose the value to keep for each field.</source>
        <translation>Выберите, какое значение оставить в каждом поле.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="42"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="42"/>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="42"/>
        <source>Saved by {0}</source>
        <translation>Сохранил(а) {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="64"/>
        <source>&amp;Reload Saved Values</source>
        <translation>&amp;Загрузить сохранённое</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="65"/>
        <source>&amp;Overwrite with Mine</source>
        <translation>&amp;Записать моё поверх</translation>
    </message>
    <message>
        <location filename="../../desk/ui/conflict_dialog.py" line="66"/>
        <source>&amp;Save as Chosen</source>
        <translation>&amp;Сохранить выбранное</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="34"/>
        <source>Move This Folder to a Team Server</source>
        <translation>Перенос этой папки на командный сервер</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="36"/>
        <source>Connect to Team Server</source>
        <translation>Подключение к командному серверу</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="36"/>
        <source>Set Up a Team Server</source>
        <translation>Подготовка командного сервера</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="47"/>
        <source>Every record, the audit log and the evidence files of this folder are copied into the server, which must be set up and empty. The folder itself is left as it was.</source>
        <translation>Все записи, журнал изменений и файлы доказательств этой папки копируются на сервер, который должен быть подготовлен и пуст. Сама папка остаётся как была.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="52"/>
        <source>The server&apos;s address names an empty database and your login, which may create roles. Desk makes its tables there and you become the team&apos;s owner. Your password is kept in this computer&apos;s keyring.</source>
        <translation>Адрес сервера указывает пустую базу данных и ваше имя входа, которому разрешено создавать роли. Desk создаст там свои таблицы, а вы станете владельцем команды. Пароль хранится в хранилище ключей этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="57"/>
        <source>The team&apos;s owner gives you the server&apos;s address and your login. Your password is kept in this computer&apos;s keyring, not in Desk&apos;s files.</source>
        <translation>Адрес сервера и ваше имя входа дает владелец команды. Пароль хранится в хранилище ключей этого компьютера, а не в файлах Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="66"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="69"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="69"/>
        <source>&amp;Set Up</source>
        <translation>&amp;Подготовить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="69"/>
        <source>&amp;Move</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="84"/>
        <source>Type the server&apos;s address the team&apos;s owner gave you.</source>
        <translation>Введите адрес сервера, который дал владелец команды.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/team_dialog.py" line="100"/>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
</context>
<context>
    <name>CostReturnDialog</name>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="146"/>
        <source>Cost returned to the account</source>
        <translation>Возврат переплаты на счёт</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="156"/>
        <source>Choose why it came back</source>
        <translation>Выберите причину возврата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="158"/>
        <source>In {0} unless you name another currency (200 USD)</source>
        <translation>В {0}, если не указана другая валюта (200 USD)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="161"/>
        <source>No claim</source>
        <translation>Без претензии</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="163"/>
        <source>Dispute {0} · {1} · {2}</source>
        <translation>Спор {0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="166"/>
        <source>Name the order, the claim that settled it, or both.</source>
        <translation>Укажите заказ, претензию, по которой он урегулирован, или и то и другое.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="168"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="169"/>
        <source>Amount returned</source>
        <translation>Возвращённая сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="170"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="171"/>
        <source>Claim</source>
        <translation>Претензия</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="173"/>
        <source>Returned on</source>
        <translation>Дата возврата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="174"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="175"/>
        <source>why it came back</source>
        <translation>причина возврата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="176"/>
        <source>the amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="183"/>
        <source>the order or the claim</source>
        <translation>заказ или претензия</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="104"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="108"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="109"/>
        <source>Due this week</source>
        <translation>Срок на этой неделе</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="110"/>
        <source>Money in flight</source>
        <translation>Деньги в пути</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="111"/>
        <source>Recovered</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="112"/>
        <source>Lost</source>
        <translation>Потеряно</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="113"/>
        <source>Open disputes</source>
        <translation>Открытые споры</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="114"/>
        <source>Refunds to follow up</source>
        <translation>Возвраты на контроле</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="115"/>
        <source>Deposits held by marketplaces</source>
        <translation>Депозиты, удерживаемые площадками</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="116"/>
        <source>Member-account balances</source>
        <translation>Балансы счетов у агентов</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="120"/>
        <source>Double-click or press Enter to open</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="164"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="165"/>
        <source>No disputes yet. A dispute is opened on one line of an order: on the Orders page.</source>
        <translation>Споров пока нет. Спор открывается по одной позиции заказа на странице «Заказы».</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="167"/>
        <source>Latest disputes</source>
        <translation>Последние споры</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="204"/>
        <source>Desk could not compute the figures: {0}</source>
        <translation>Desk не удалось рассчитать показатели: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="215"/>
        <source>Nothing overdue</source>
        <translation>Просроченного нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="220"/>
        <source>Nothing due in the next 7 days</source>
        <translation>В ближайшие 7 дней сроков нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="226"/>
        <source>claimed or agreed, not yet arrived</source>
        <translation>заявлено или согласовано, ещё не поступило</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="237"/>
        <source>{0} late or overdue, {1} short</source>
        <translation>с опозданием или просрочено: {0}, поступило не полностью: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="240"/>
        <source>Open applications: {0}</source>
        <translation>Открытые заявки: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="256"/>
        <source>add a rate</source>
        <translation>добавить курс</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="256"/>
        <source>add {0}</source>
        <translation>добавить {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="258"/>
        <source>no rate for {0}: {1}</source>
        <translation>нет курса для {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="289"/>
        <source>Showing overdue only</source>
        <translation>Показано только просроченное</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="289"/>
        <source>Showing what is due this week only</source>
        <translation>Показано только то, срок чего наступает на этой неделе</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="293"/>
        <source>{0} · &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</source>
        <translation>{0} · &lt;a href=&quot;all&quot;&gt;Показать все&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="303"/>
        <source>Nothing is overdue.</source>
        <translation>Просроченного нет.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="305"/>
        <source>Nothing is due in the next 7 days.</source>
        <translation>В ближайшие 7 дней сроков нет.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard.py" line="306"/>
        <source>Nothing needs attention. Deadlines appear here once you open disputes or expect refunds.</source>
        <translation>Ничего не требует внимания. Сроки появятся здесь, когда вы откроете споры или будете ожидать возвратов.</translation>
    </message>
</context>
<context>
    <name>DateQuestion</name>
    <message>
        <location filename="../../desk/ui/date_question.py" line="22"/>
        <source>The date {0} is before {1}. Keep it?</source>
        <translation>Дата {0} раньше {1}. Оставить её?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/date_question.py" line="24"/>
        <source>The date {0} is more than a year ahead. Keep it?</source>
        <translation>Дата {0} — более чем на год вперёд. Оставить её?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/date_question.py" line="26"/>
        <source>The dates {0} and {1} are before {2} or more than a year ahead. Keep them?</source>
        <translation>Даты {0} и {1} — раньше {2} или более чем на год вперёд. Оставить их?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/date_question.py" line="34"/>
        <source>Check the date</source>
        <translation>Проверьте дату</translation>
    </message>
    <message>
        <location filename="../../desk/ui/date_question.py" line="39"/>
        <source>Desk takes dates from {0} to {1} without asking: a date outside them is most often a typing mistake.</source>
        <translation>Даты с {0} по {1} Desk принимает без вопросов: дата вне этого периода чаще всего означает опечатку.</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../../desk/ui/deadline_model.py" line="22"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deadline_model.py" line="23"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deadline_model.py" line="24"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deadline_model.py" line="25"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deadline_model.py" line="26"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>DepositEventDialog</name>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="39"/>
        <source>Rejected by the platform</source>
        <translation>Отклонено площадкой</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="40"/>
        <source>Approved by the platform</source>
        <translation>Одобрено площадкой</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="41"/>
        <source>Paid: the deposit arrived</source>
        <translation>Выплачено: депозит поступил</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="42"/>
        <source>Closed: given up, or followed up to the end</source>
        <translation>Закрыто: отказались или довели до конца</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="112"/>
        <source>Record what the platform decided</source>
        <translation>Запись решения площадки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="125"/>
        <source>Choose what happened</source>
        <translation>Выберите, что произошло</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="127"/>
        <source>In {0} unless you name another currency (1380 USD)</source>
        <translation>В {0}, если не указана другая валюта (1380 USD)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="130"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="131"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="132"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="133"/>
        <source>Amount that arrived</source>
        <translation>Поступившая сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="136"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="138"/>
        <source>what happened</source>
        <translation>что произошло</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="139"/>
        <source>the amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="142"/>
        <source>the platform&apos;s reason</source>
        <translation>причина, указанная площадкой</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="154"/>
        <source>The platform&apos;s reason</source>
        <translation>Причина, указанная площадкой</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="154"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>DepositPacketDialog</name>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="55"/>
        <source>Deposit {0} · {1}</source>
        <translation>Депозит {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="59"/>
        <source>Deposit Packet — {0}</source>
        <translation>Пакет по депозиту — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="67"/>
        <source>For the platform: the application&apos;s prerequisites and its documents as exhibits.</source>
        <translation>Для площадки: условия заявки и её документы в виде приложений.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="72"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="79"/>
        <source>Save to</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="89"/>
        <source>Make Packet</source>
        <translation>Сформировать пакет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="91"/>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="164"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="114"/>
        <source>Save the deposit packet</source>
        <translation>Сохранить пакет по депозиту</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="114"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="134"/>
        <source>Making {0}…</source>
        <translation>Создание {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="136"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="145"/>
        <source>{0} page(s)</source>
        <translation>
            <numerusform>{0} страница</numerusform>
            <numerusform>{0} страницы</numerusform>
            <numerusform>{0} страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="146"/>
        <source>{0} document(s)</source>
        <translation>
            <numerusform>{0} документ</numerusform>
            <numerusform>{0} документа</numerusform>
            <numerusform>{0} документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="151"/>
        <source>Made: {0}, in {1}</source>
        <translation>Готово: {0}; папка: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="156"/>
        <source>Cancelled: no packet was written.</source>
        <translation>Отменено: пакет не записан.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="159"/>
        <source>No packet was made: {0}</source>
        <translation>Пакет не сформирован: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="169"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>DepositPanel</name>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="62"/>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="63"/>
        <location filename="../../desk/ui/deposit_panel.py" line="68"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="64"/>
        <source>Why</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="67"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="69"/>
        <source>Met by</source>
        <translation>Чем подтверждено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="72"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="73"/>
        <source>What happened</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="74"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="78"/>
        <source>checked against the store&apos;s orders in Desk</source>
        <translation>проверяется по заказам магазина в Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="79"/>
        <source>checked against its disputes in Desk</source>
        <translation>проверяется по спорам магазина в Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="158"/>
        <location filename="../../desk/ui/deposit_panel.py" line="356"/>
        <source>Submit</source>
        <translation>Подать заявку</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="189"/>
        <source>Prerequisites</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="192"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="193"/>
        <source>Drop files on a document to add them as its evidence</source>
        <translation>Перетащите файлы на документ, чтобы добавить их к нему как доказательства</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="202"/>
        <source>Review and history</source>
        <translation>Рассмотрение и история</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="283"/>
        <source>Desk could not change the prerequisite</source>
        <translation>Desk не удалось изменить условие</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="297"/>
        <source>The application was not submitted</source>
        <translation>Заявка не подана</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="332"/>
        <source>Choose an application to see its requirements and review.</source>
        <translation>Выберите заявку, чтобы увидеть её требования и ход рассмотрения.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="340"/>
        <source>{0} on {1} — deposit {2} — {3}</source>
        <translation>{0} на {1} — депозит {2} — {3}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="356"/>
        <source>Resubmit</source>
        <translation>Подать повторно</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="367"/>
        <source>In review since {0}: a decision is expected {1} to {2} ({3}).</source>
        <translation>На рассмотрении с {0}: решение ожидается с {1} по {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="372"/>
        <source>The window has passed: ask the platform.</source>
        <translation>Срок рассмотрения истёк: обратитесь к площадке.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="376"/>
        <source>{0} of {1} requirements not met yet: {2}.</source>
        <translation>Ещё не выполнены требования ({0} из {1}): {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="381"/>
        <source>Everything required is met: ready to submit.</source>
        <translation>Все требования выполнены: заявку можно подавать.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="389"/>
        <location filename="../../desk/ui/deposit_panel.py" line="411"/>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="389"/>
        <source>Not met</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="395"/>
        <source>Tick once it is true; untick to take it back.</source>
        <translation>Отметьте, когда условие выполнено; снимите отметку, чтобы отменить.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="400"/>
        <source>Not tickable: {0}.</source>
        <translation>Отметить вручную нельзя: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="401"/>
        <source>Source: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="410"/>
        <source>{0} (recommended)</source>
        <translation>{0} (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="411"/>
        <source>MISSING</source>
        <translation>ОТСУТСТВУЕТ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="411"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="412"/>
        <source>drop a file here</source>
        <translation>перетащите файл сюда</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="418"/>
        <source>{0} (evidence {1})</source>
        <translation>{0} (доказательство {1})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="419"/>
        <source>No file yet: drop one on this row.</source>
        <translation>Файла пока нет: перетащите его на эту строку.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="438"/>
        <source>Application created</source>
        <translation>Заявка создана</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="438"/>
        <source>deposit {0}</source>
        <translation>депозит {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="440"/>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="440"/>
        <source>Resubmitted ({0})</source>
        <translation>Подана повторно ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="443"/>
        <source>review window {0} to {1} ({2})</source>
        <translation>срок рассмотрения с {0} по {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="452"/>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="457"/>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="457"/>
        <source>{0} arrived</source>
        <translation>поступило {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="460"/>
        <source>difference {0}</source>
        <translation>расхождение {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="461"/>
        <source>likely cause: {0}</source>
        <translation>вероятная причина: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="462"/>
        <source>Arrival: {0} — follow up</source>
        <translation>Поступление: {0} — требует проверки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="466"/>
        <source>Arrival checked</source>
        <translation>Поступление проверено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="469"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>DepositPanelTexts</name>
    <message>
        <location filename="../../desk/ui/deposit_panel.py" line="477"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
</context>
<context>
    <name>DisputeOutcome</name>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="404"/>
        <source>The dispute stays {0}</source>
        <translation>Спор остаётся в статусе «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="406"/>
        <source>The dispute moves to {0}</source>
        <translation>Спор переходит в статус «{0}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/dispute_dialogs.py" line="413"/>
        <source>{0} stops being tracked</source>
        <translation>
            <numerusform>больше не отслеживается срок: {0}</numerusform>
            <numerusform>больше не отслеживаются сроки: {0}</numerusform>
            <numerusform>больше не отслеживаются сроки: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/dispute_dialogs.py" line="416"/>
        <source>{0} is tracked from now on</source>
        <translation>
            <numerusform>теперь отслеживается срок: {0}</numerusform>
            <numerusform>теперь отслеживаются сроки: {0}</numerusform>
            <numerusform>теперь отслеживаются сроки: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="422"/>
        <source>Opens a dispute on line {0} ({1}) claiming {2}</source>
        <translation>Будет открыт спор по позиции {0} ({1}) на сумму {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="425"/>
        <source>the seller has until {0} to answer</source>
        <translation>продавец должен ответить до {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="427"/>
        <source>without an answer, escalate to the platform from {0}</source>
        <translation>если ответа не будет, спор можно передать площадке с {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="430"/>
        <source>buyer protection ends {0}</source>
        <translation>защита покупателя заканчивается {0}</translation>
    </message>
</context>
<context>
    <name>EditDisputeDialog</name>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="31"/>
        <source>Edit dispute</source>
        <translation>Изменение спора</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="44"/>
        <source>Refund only</source>
        <translation>Только возврат средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="45"/>
        <source>Return the goods and refund</source>
        <translation>Возврат товара и средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="48"/>
        <source>e.g. 12.50, in {0}</source>
        <translation>например, 12,50 (в {0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="49"/>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="86"/>
        <source>At most {0}: what can still be refunded for the line</source>
        <translation>Не более {0}: сколько ещё можно вернуть по позиции</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="53"/>
        <source>as the platform shows it; leave empty if it gave none</source>
        <translation>как указано на площадке; оставьте пустым, если номера нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="55"/>
        <source>Dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="57"/>
        <source>Wanted</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="58"/>
        <source>Amount claimed</source>
        <translation>Сумма претензии</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="60"/>
        <source>Platform&apos;s case number</source>
        <translation>Номер обращения на площадке</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="61"/>
        <source>the amount claimed</source>
        <translation>сумма претензии</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_dispute_dialog.py" line="65"/>
        <source>Nothing has been changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>EditEvidenceDialog</name>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="93"/>
        <source>Edit evidence</source>
        <translation>Изменение доказательства</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="107"/>
        <source>what the file shows, in a sentence</source>
        <translation>что показывает файл, одним предложением</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="110"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="111"/>
        <source>Supports:</source>
        <translation>Относится к:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="112"/>
        <source>It is:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="113"/>
        <source>It shows:</source>
        <translation>Содержание:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="114"/>
        <source>Who may see it:</source>
        <translation>Кому доступно:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="116"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="154"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="68"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="74"/>
        <source>Cu&amp;t</source>
        <translation>Вы&amp;резать</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="75"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="76"/>
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="78"/>
        <source>Select &amp;All</source>
        <translation>Вы&amp;делить всё</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="80"/>
        <location filename="../../desk/ui/edit_menu.py" line="170"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="82"/>
        <source>&amp;Void…</source>
        <translation>&amp;Аннулировать…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>Во&amp;сстановить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/edit_menu.py" line="85"/>
        <source>&amp;Find</source>
        <translation>На&amp;йти</translation>
    </message>
</context>
<context>
    <name>EditStoreDialog</name>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="82"/>
        <source>Edit store</source>
        <translation>Изменение магазина</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="91"/>
        <source>two letters, e.g. CN, DE or US</source>
        <translation>две буквы, например CN, DE или US</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="98"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="99"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="100"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="101"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="102"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="108"/>
        <source>Nothing has been changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="112"/>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
</context>
<context>
    <name>EditSupplierDialog</name>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="28"/>
        <source>Edit supplier</source>
        <translation>Изменение поставщика</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="36"/>
        <source>the supplier&apos;s shop on the platform, e.g. https://…</source>
        <translation>магазин поставщика на площадке, например https://…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="38"/>
        <source>a name, a chat handle, an e-mail address</source>
        <translation>имя, ник в мессенджере, адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="42"/>
        <source>for your staff only: never printed on what is sent to the supplier</source>
        <translation>только для ваших сотрудников: никогда не печатается в документах для поставщика</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="43"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="44"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="45"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="46"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../desk/ui/party_dialogs.py" line="50"/>
        <source>Nothing has been changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="202"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="203"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="204"/>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="205"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="206"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="218"/>
        <source>Attachments (double-click to show one):</source>
        <translation>Вложения (дважды щёлкните, чтобы открыть):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="244"/>
        <source>{0} · kept inside this e-mail&apos;s file</source>
        <translation>{0} · хранится внутри файла этого письма</translation>
    </message>
</context>
<context>
    <name>EncodingChoice</name>
    <message>
        <location filename="../../desk/ui/encoding_choice.py" line="28"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
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
        <translation>Ошибка в программе Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="86"/>
        <source>Something went wrong inside Desk. This is a bug in Desk, not something you did.</source>
        <translation>Внутри Desk произошёл сбой. Это ошибка в программе Desk, а не ваша.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="87"/>
        <source>What you were doing may not have been finished; what was saved before it stays saved.</source>
        <translation>Начатое действие могло не завершиться; всё, что было сохранено до него, остаётся сохранённым.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="90"/>
        <source>The details are in the log, {0}. Please send that file with a word about what you were doing.</source>
        <translation>Подробности записаны в журнал {0}. Пожалуйста, отправьте этот файл с кратким описанием того, что вы делали.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="93"/>
        <source>Open Log Folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="96"/>
        <source>The details could not be written to a log: they are below.</source>
        <translation>Подробности не удалось записать в журнал: они приведены ниже.</translation>
    </message>
</context>
<context>
    <name>EvidenceDrop</name>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="78"/>
        <source>no case</source>
        <translation>без дела</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="314"/>
        <source>Add Evidence to {0}</source>
        <translation>Добавление доказательств: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="314"/>
        <source>Add Evidence</source>
        <translation>Добавление доказательств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="316"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>EvidenceEdit</name>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="79"/>
        <source>no case</source>
        <translation>без дела</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="170"/>
        <source>Edit evidence</source>
        <translation>Изменение доказательства</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="178"/>
        <source>Take evidence off a case</source>
        <translation>Исключение доказательства из дела</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="185"/>
        <source>{0} supports no case.</source>
        <translation>{0} не относится ни к одному делу.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="193"/>
        <source>Take {0} off which case?</source>
        <translation>Из какого дела исключить {0}?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="200"/>
        <source>It stays on {0}.</source>
        <translation>Файл останется в делах: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="202"/>
        <source>It stays kept, on the Evidence page, and can be added to a case again.</source>
        <translation>Файл останется в хранилище, на странице «Доказательства», и его можно будет снова добавить к делу.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="207"/>
        <source>Take {0} off {1}?
{2}</source>
        <translation>Исключить {0} из дела {1}?
{2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="219"/>
        <source>Delete evidence for good</source>
        <translation>Окончательное удаление доказательства</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="227"/>
        <source>{0} is not voided: void it first.</source>
        <translation>{0} не аннулировано: сначала аннулируйте его.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="230"/>
        <source>Delete {0} for good?</source>
        <translation>Удалить {0} окончательно?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="234"/>
        <source>Delete for Good</source>
        <translation>Удалить окончательно</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_edit.py" line="254"/>
        <source>its links to %n case(s): {0}</source>
        <translation>
            <numerusform>связи с %n делом: {0}</numerusform>
            <numerusform>связи с %n делами: {0}</numerusform>
            <numerusform>связи с %n делами: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="256"/>
        <source>its link to {0}</source>
        <translation>связь с делом: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="258"/>
        <source>no links: it supports no case</source>
        <translation>связей нет: файл не относится ни к одному делу</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="261"/>
        <source>the file itself, removed from the data folder</source>
        <translation>сам файл — он будет удалён из папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="263"/>
        <source>not the file: other voided evidence holds the same file</source>
        <translation>но не сам файл: тот же файл хранится в другом аннулированном доказательстве</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="265"/>
        <source>the record of the file, with what it shows and who added it</source>
        <translation>запись о файле: что он показывает и кто его добавил</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="266"/>
        <source>Lost:
{0}

This cannot be undone. The audit log keeps a note that it was deleted.</source>
        <translation>Будет потеряно:
{0}

Это действие нельзя отменить. В журнале изменений останется запись об удалении.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="292"/>
        <source>Edit Evidence…</source>
        <translation>Изменить доказательство…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="299"/>
        <source>Take Off Case…</source>
        <translation>Исключить из дела…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="311"/>
        <source>Delete for Good…</source>
        <translation>Удалить окончательно…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="316"/>
        <source>Delete voided evidence and, if nothing else holds it, its file: it cannot be undone</source>
        <translation>Удалить аннулированное доказательство и его файл, если файл больше нигде не используется; отменить это нельзя</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_edit.py" line="333"/>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="292"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="293"/>
        <source>Shows:</source>
        <translation>Что показывает:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="294"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="295"/>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="296"/>
        <source>Captured:</source>
        <translation>Зафиксировано:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="297"/>
        <source>Added:</source>
        <translation>Добавлено:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="298"/>
        <source>Supports:</source>
        <translation>Относится к:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="299"/>
        <source>Attached to:</source>
        <translation>Вложено в:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="311"/>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="341"/>
        <source>Open in the system viewer</source>
        <translation>Открыть в программе просмотра</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="343"/>
        <source>Opens a read-only copy of the file: the evidence itself cannot be changed by the viewer</source>
        <translation>Открывает копию файла только для чтения: программа просмотра не может изменить само доказательство</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="380"/>
        <source>Choose a file to see it here.</source>
        <translation>Выберите файл, чтобы просмотреть его здесь.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="383"/>
        <source>Desk does not show or open this file.</source>
        <translation>Desk не показывает и не открывает этот файл.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="387"/>
        <source>The file is missing from the vault: Tools → Verify Data Folder… says what else is.</source>
        <translation>Файл отсутствует в хранилище. Что ещё отсутствует, покажет команда Сервис → Проверить папку данных…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="405"/>
        <source>Desk does not show this kind of file itself ({0}).</source>
        <translation>Desk не показывает файлы этого типа ({0}).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="412"/>
        <source>⚠ Flagged: {0}. It is kept as evidence but never opened.</source>
        <translation>⚠ Помечено: {0}. Файл хранится как доказательство, но никогда не открывается.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_preview.py" line="421"/>
        <source>{0} ({1} bytes)</source>
        <translation>
            <numerusform>{0} ({1} байт)</numerusform>
            <numerusform>{0} ({1} байта)</numerusform>
            <numerusform>{0} ({1} байт)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="425"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="426"/>
        <source>{0} by {1}</source>
        <translation>{0}, пользователь {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="427"/>
        <source>no case yet</source>
        <translation>пока ни к какому делу</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="453"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="461"/>
        <source>Desk could not read this file: {0}</source>
        <translation>Desk не удалось прочитать этот файл: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="467"/>
        <source>Desk cannot show this image.</source>
        <translation>Desk не может показать это изображение.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="476"/>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} пикс.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="478"/>
        <source>, turned upright as the camera recorded</source>
        <translation>, повёрнуто по данным камеры</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="484"/>
        <source>Desk cannot show this PDF.</source>
        <translation>Desk не может показать этот PDF.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_preview.py" line="487"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="496"/>
        <source>Read as {0}</source>
        <translation>Прочитано как {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="498"/>
        <source>; the first {0} are shown</source>
        <translation>; показаны первые {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="520"/>
        <source>No viewer</source>
        <translation>Нет программы просмотра</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="520"/>
        <source>The system has no program to open {0}.</source>
        <translation>В системе нет программы, которая может открыть {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_preview.py" line="525"/>
        <source>Desk could not copy the file</source>
        <translation>Desk не удалось скопировать файл</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="65"/>
        <location filename="../../desk/ui/export_dialog.py" line="154"/>
        <source>Export for Lawyer</source>
        <translation>Экспорт для юриста</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="71"/>
        <source>One .zip for your lawyer: a summary PDF, the tables as CSV and XLSX, and the original evidence files with their sha256. It includes internal notes and evidence: it is for counsel, not for a supplier or a platform.</source>
        <translation>Один .zip-архив для юриста: сводный PDF, таблицы в CSV и XLSX и исходные файлы доказательств с их sha256. В него входят внутренние примечания и доказательства: он предназначен для юриста, а не для поставщика или площадки.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="77"/>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="80"/>
        <source>Only what is selected on the Disputes page: {0}</source>
        <translation>Только выбранное на странице «Споры»: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="80"/>
        <source>none</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="90"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="91"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="101"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="109"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="110"/>
        <source>Orders placed</source>
        <translation>Заказы за период</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="111"/>
        <source>Save to</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="121"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="124"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="128"/>
        <location filename="../../desk/ui/export_dialog.py" line="235"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="154"/>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-архивы (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="183"/>
        <source>Choose where to save the .zip.</source>
        <translation>Выберите, куда сохранить .zip-архив.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="201"/>
        <source>Exporting to {0}…</source>
        <translation>Экспорт в {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="204"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="216"/>
        <source>Exported {0} ({1}), {2}, to {3}</source>
        <translation>Экспортировано: {0} ({1}), {2}, в {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/export_dialog.py" line="217"/>
        <source>{0} file(s)</source>
        <translation>
            <numerusform>{0} файл</numerusform>
            <numerusform>{0} файла</numerusform>
            <numerusform>{0} файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/export_dialog.py" line="218"/>
        <source>{0} dispute(s)</source>
        <translation>
            <numerusform>{0} спор</numerusform>
            <numerusform>{0} спора</numerusform>
            <numerusform>{0} споров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="226"/>
        <source>Cancelled: no .zip was written.</source>
        <translation>Отменено: .zip-архив не записан.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="229"/>
        <source>Nothing was exported: {0}</source>
        <translation>Ничего не экспортировано: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/export_dialog.py" line="242"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="390"/>
        <source>Messages cannot be added straight from Mail: drop to see how</source>
        <translation>Письма нельзя добавить прямо из Почты: отпустите, чтобы узнать, как это сделать</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="403"/>
        <location filename="../../desk/ui/evidence_drop.py" line="439"/>
        <location filename="../../desk/ui/evidence_drop.py" line="455"/>
        <source>Adding a message from Mail</source>
        <translation>Добавление письма из Почты</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="422"/>
        <source>Mail does not hand its messages to other programs. Drag the message from Mail to the desktop or a Finder window first (Mail saves it there as an .eml file), then drag that file onto Desk.</source>
        <translation>Почта не передаёт свои письма другим программам. Сначала перетащите письмо из Почты на рабочий стол или в окно Finder (Почта сохранит его там как файл .eml), затем перетащите этот файл в Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="428"/>
        <source>Asking Mail for the message…</source>
        <translation>Запрос письма у Почты…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="441"/>
        <source>Mail did not hand over {0} of the dragged messages: select them in Mail, then drag them again. {1}</source>
        <translation>Почта не передала {0} из перетащенных писем: выделите их в Почте и перетащите ещё раз. {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="464"/>
        <source>Adding a message from Outlook</source>
        <translation>Добавление письма из Outlook</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="466"/>
        <source>Outlook did not hand over {0}. Drag the message from Outlook to the desktop or a folder first (Outlook saves it there as a .msg file), then drag that file onto Desk.</source>
        <translation>Outlook не передал {0}. Сначала перетащите письмо из Outlook на рабочий стол или в папку (Outlook сохранит его там как файл .msg), затем перетащите этот файл в Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="482"/>
        <source>Desk could not keep the dragged files: {0}</source>
        <translation>Desk не удалось сохранить перетащенные файлы: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="483"/>
        <source>Adding dragged files</source>
        <translation>Добавление перетащенных файлов</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="503"/>
        <source>Drop to add the files as evidence to {0}</source>
        <translation>Отпустите, чтобы добавить файлы как доказательства: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="505"/>
        <source>Drop to add the files as evidence</source>
        <translation>Отпустите, чтобы добавить файлы как доказательства</translation>
    </message>
    <message>
        <location filename="../../desk/ui/evidence_drop.py" line="507"/>
        <source>Drop the files on a row to add them as its evidence</source>
        <translation>Перетащите файлы на строку, чтобы добавить их как её доказательства</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desk/ui/filters.py" line="201"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/filters.py" line="202"/>
        <source>Clear the filters: show every row again</source>
        <translation>Сбросить фильтры и снова показать все строки</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="20"/>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="24"/>
        <source>Enter your business&apos;s name and address: letters and claim packets are signed with them.</source>
        <translation>Укажите название и адрес вашей организации: ими подписываются письма и пакеты документов по претензиям.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="25"/>
        <source>Preferences…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="25"/>
        <source>Business Details…</source>
        <translation>Реквизиты организации…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="28"/>
        <source>Import your orders (a marketplace&apos;s CSV or XLSX export), or enter one by hand.</source>
        <translation>Импортируйте заказы (выгрузку площадки в CSV или XLSX) или введите заказ вручную.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="29"/>
        <source>Import Orders…</source>
        <translation>Импортировать заказы…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="32"/>
        <source>Add the exchange rates of the currencies you pay in, so the money adds up in one currency.</source>
        <translation>Добавьте курсы валют, в которых вы платите, чтобы суммы сводились в одной валюте.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_steps.py" line="33"/>
        <source>Add Exchange Rate…</source>
        <translation>Добавить курс валюты…</translation>
    </message>
</context>
<context>
    <name>FormatChoice</name>
    <message>
        <location filename="../../desk/ui/import_format.py" line="35"/>
        <source>How the file writes dates and numbers</source>
        <translation>Как в файле записаны даты и числа</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="40"/>
        <source>Day-month-year (23/11/2026)</source>
        <translation>День-месяц-год (23/11/2026)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="41"/>
        <source>Month-day-year (11/23/2026)</source>
        <translation>Месяц-день-год (11/23/2026)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="42"/>
        <source>Year-month-day (2026/11/23)</source>
        <translation>Год-месяц-день (2026/11/23)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="46"/>
        <source>Point (1234.56)</source>
        <translation>Точка (1234.56)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="46"/>
        <source>Comma (1234,56)</source>
        <translation>Запятая (1234,56)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="51"/>
        <source>Comma (1,234)</source>
        <translation>Запятая (1,234)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="52"/>
        <source>Point (1.234)</source>
        <translation>Точка (1.234)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="53"/>
        <source>Space (1 234)</source>
        <translation>Пробел (1 234)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="54"/>
        <source>Apostrophe (1&apos;234)</source>
        <translation>Апостроф (1&apos;234)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="55"/>
        <source>None (1234)</source>
        <translation>Нет (1234)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="60"/>
        <source>e.g. none, TBD</source>
        <translation>например: none, TBD</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="63"/>
        <source>Words that mean an empty cell in this file, separated by commas. &quot;--&quot;, &quot;N/A&quot; and &quot;Not available&quot; always do.</source>
        <translation>Слова, которые в этом файле означают пустую ячейку, через запятую. «--», «N/A» и «Not available» считаются пустыми всегда.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="69"/>
        <source>e.g. ¥=JPY, RMB=CNY</source>
        <translation>например: ¥=JPY, RMB=CNY</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="72"/>
        <source>What a sign or word written beside an amount means, as sign = currency code, separated by commas: ¥=JPY reads ¥1200 as Japanese yen.</source>
        <translation>Что означает знак или слово рядом с суммой, в виде «знак = код валюты», через запятую: при ¥=JPY запись ¥1200 читается как сумма в японских иенах.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="76"/>
        <source>Round amounts with more decimals than their currency (half up)</source>
        <translation>Округлять суммы, у которых знаков после запятой больше, чем у их валюты (половину — в большую сторону)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="79"/>
        <source>45.005 CNY is then read as 45.01 CNY; without this, such an amount stops the import.</source>
        <translation>Тогда 45.005 CNY читается как 45.01 CNY; без этого такая сумма останавливает импорт.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="94"/>
        <source>Date order:</source>
        <translation>Формат даты:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="94"/>
        <source>Decimal separator:</source>
        <translation>Десятичный разделитель:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="95"/>
        <source>Thousands separator:</source>
        <translation>Разделитель разрядов:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="96"/>
        <source>Means empty:</source>
        <translation>Пустые значения:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="96"/>
        <source>Currency signs:</source>
        <translation>Знаки валют:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="113"/>
        <source>Found in the file</source>
        <translation>Определить по файлу</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="147"/>
        <source>a sign = currency code</source>
        <translation>знак = код валюты</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="148"/>
        <source>Currency signs: {0}</source>
        <translation>Знаки валют: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="175"/>
        <source>Found: check the file to see how it writes dates and numbers.</source>
        <translation>Найдено в файле: проверьте файл, чтобы узнать, как в нём записаны даты и числа.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="185"/>
        <source>Found: {0}</source>
        <translation>Найдено в файле: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="187"/>
        <source>Found: nothing that settles how this file writes dates and numbers.</source>
        <translation>Найдено в файле: ничего, что однозначно определяет, как в нём записаны даты и числа.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="189"/>
        <source>Found: no dates or amounts that could be read two ways.</source>
        <translation>Найдено в файле: нет дат или сумм, которые можно прочитать двояко.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_format.py" line="191"/>
        <source>Read as you chose.</source>
        <translation>Прочитано так, как вы выбрали.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desk/ui/help_window.py" line="123"/>
        <source>Help for This &amp;Page</source>
        <translation>&amp;Справка по этой странице</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="127"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="129"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../desk/ui/help_window.py" line="41"/>
        <source># Not found

There is no guide called {0}.</source>
        <translation># Не найдено

Руководства «{0}» нет.</translation>
    </message>
</context>
<context>
    <name>HelpShortcuts</name>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="73"/>
        <source>| Action | Keys |</source>
        <translation>| Действие | Клавиши |</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="81"/>
        <source># Keyboard Shortcuts</source>
        <translation># Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="84"/>
        <source>The keys of the menus work on every page. A page&apos;s own keys work while that page is shown, on the record chosen in its list. Every action with keys is listed here, as this copy of Desk has them.</source>
        <translation>Клавиши меню работают на любой странице. Собственные клавиши страницы работают, пока она открыта, и применяются к записи, выбранной в её списке. Здесь перечислены все действия, которым назначены клавиши, — так, как они заданы в этой копии Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="88"/>
        <source>## Menus</source>
        <translation>## Меню</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="90"/>
        <source>Each page&apos;s own keys are listed here once a data folder is open.</source>
        <translation>Собственные клавиши каждой страницы появятся здесь, когда будет открыта папка данных.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="94"/>
        <source>## {0} page</source>
        <translation>## Страница «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="97"/>
        <source>## In every list</source>
        <translation>## В каждом списке</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="99"/>
        <source>While a list has the keyboard. Void… is offered on lists whose records can be voided.</source>
        <translation>Когда фокус клавиатуры находится в списке. «Аннулировать…» доступно в списках, записи которых можно аннулировать.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_shortcuts.py" line="102"/>
        <source>See also: [Getting Started]({0}.md).</source>
        <translation>См. также: [Начало работы]({0}.md).</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desk/ui/help_window.py" line="52"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="56"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="60"/>
        <source>Getting Started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="62"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help_window.py" line="94"/>
        <source>Desk Help — {0}</source>
        <translation>Справка Desk — {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="69"/>
        <source>Order exports (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Выгрузки заказов (*.csv *.tsv *.txt *.xlsx *.xlsm);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="258"/>
        <location filename="../../desk/ui/import_dialog.py" line="425"/>
        <source>Import Orders</source>
        <translation>Импорт заказов</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="264"/>
        <source>A CSV or XLSX export of your orders</source>
        <translation>Выгрузка ваших заказов в формате CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="265"/>
        <source>Choose File…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="268"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="271"/>
        <source>Choose a file: Desk shows its first rows and how it reads them before importing.</source>
        <translation>Выберите файл: до импорта Desk покажет его первые строки и то, как он их читает.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="277"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="278"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="279"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="287"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="288"/>
        <source>Read and check every row; write nothing</source>
        <translation>Прочитать и проверить все строки, ничего не записывая</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="291"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="293"/>
        <source>Check the file first: Import is offered once a check finds no problem</source>
        <translation>Сначала проверьте файл: кнопка «Импортировать» станет доступна, когда проверка не найдёт ошибок</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="295"/>
        <location filename="../../desk/ui/import_dialog.py" line="757"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="346"/>
        <source>A file of your own needs a header row and one row per order line; the order&apos;s own values (supplier, dates, payments) may repeat on each line. Desk recognises the column headings below, in any case and spacing: point at a field to see them.</source>
        <translation>В собственном файле должна быть строка заголовков и по одной строке на каждую позицию заказа; общие данные заказа (поставщик, даты, платежи) могут повторяться в каждой строке. Desk распознаёт приведённые ниже заголовки столбцов независимо от регистра и пробелов: наведите указатель на поле, чтобы их увидеть.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="352"/>
        <source>Map the columns myself</source>
        <translation>Сопоставить столбцы вручную</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="366"/>
        <source>e.g. USD</source>
        <translation>например, USD</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="369"/>
        <source>Remember this mapping as</source>
        <translation>Запомнить это сопоставление как</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="371"/>
        <source>e.g. Ozon seller export</source>
        <translation>например, выгрузка продавца Ozon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="375"/>
        <source>Currency of amounts that name none:</source>
        <translation>Валюта сумм, для которых она не указана:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="390"/>
        <location filename="../../desk/ui/import_dialog.py" line="742"/>
        <source>Check the file or import it: the result shows here.</source>
        <translation>Проверьте или импортируйте файл: результат появится здесь.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="402"/>
        <location filename="../../desk/ui/import_dialog.py" line="717"/>
        <source>Copy Problems</source>
        <translation>Копировать ошибки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="406"/>
        <source>Keep such dates (before 2000 or more than a year ahead)</source>
        <translation>Оставить такие даты (ранее 2000 года или более чем на год вперёд)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="433"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="437"/>
        <location filename="../../desk/ui/import_dialog.py" line="447"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="503"/>
        <source>Read with the mapping remembered as &quot;{0}&quot;. Change a column below if it is wrong.</source>
        <translation>Прочитано по сохранённому сопоставлению «{0}». Если столбец указан неверно, измените его ниже.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="506"/>
        <source>mapping &quot;{0}&quot;</source>
        <translation>сопоставление «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="509"/>
        <source>Recognised as {0}: Desk reads its columns itself, amounts, dates and statuses the way this export writes them.</source>
        <translation>Распознано как {0}: Desk сам читает столбцы этой выгрузки, а суммы, даты и статусы — так, как они в ней записаны.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="513"/>
        <source>This export names no currency: choose it below.</source>
        <translation>В этой выгрузке валюта не указана: укажите её ниже.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="516"/>
        <source>Desk does not know all of this file&apos;s columns: choose the column for each field marked *, or type the value it has on every row.</source>
        <translation>Desk знает не все столбцы этого файла: для каждого поля, отмеченного *, выберите столбец или введите значение, одинаковое для всех строк.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="518"/>
        <source>columns to map</source>
        <translation>нужно сопоставить столбцы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="520"/>
        <source>Read as the generic format. Change a column below if it is wrong.</source>
        <translation>Прочитано в общем формате. Если столбец указан неверно, измените его ниже.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="521"/>
        <source>Generic format</source>
        <translation>Общий формат</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_dialog.py" line="526"/>
        <source>{0} row(s)</source>
        <translation>
            <numerusform>{0} строка</numerusform>
            <numerusform>{0} строки</numerusform>
            <numerusform>{0} строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_dialog.py" line="528"/>
        <source>about {0} row(s)</source>
        <translation>
            <numerusform>около {0} строки</numerusform>
            <numerusform>около {0} строк</numerusform>
            <numerusform>около {0} строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="580"/>
        <source>Not checked: correct the format above the preview</source>
        <translation>Не проверено: исправьте формат над областью предпросмотра</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="598"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="598"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="640"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="659"/>
        <source>Dates and amounts as Desk reads them: point at one to see it as the file writes it. What Desk cannot read is in red.</source>
        <translation>Даты и суммы в том виде, как их читает Desk: наведите указатель, чтобы увидеть, как они записаны в файле. То, что Desk прочитать не может, выделено красным.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="664"/>
        <source>The first rows as the file has them.</source>
        <translation>Первые строки в том виде, как они записаны в файле.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_dialog.py" line="684"/>
        <source>%n problem(s) stop the import: the Result tab lists them.</source>
        <translation>
            <numerusform>%n ошибка препятствует импорту: их список — на вкладке «Результат».</numerusform>
            <numerusform>%n ошибки препятствуют импорту: их список — на вкладке «Результат».</numerusform>
            <numerusform>%n ошибок препятствуют импорту: их список — на вкладке «Результат».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="693"/>
        <source>new: {0}</source>
        <translation>новый: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="696"/>
        <source>updated: {0}: {1}</source>
        <translation>изменён: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="698"/>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="699"/>
        <source>Orders this import wrote</source>
        <translation>Заказы, записанные при этом импорте</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="699"/>
        <source>Orders an import would write</source>
        <translation>Заказы, которые будут записаны при импорте</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="700"/>
        <source>Nothing to change: every order is as in Desk</source>
        <translation>Изменять нечего: все заказы совпадают с данными в Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="702"/>
        <source>Copy List</source>
        <translation>Копировать список</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="706"/>
        <source>Imported: {0}</source>
        <translation>Импортировано: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="710"/>
        <source>Checked: nothing was written. Import writes it.</source>
        <translation>Проверено: ничего не записано. Чтобы записать, нажмите «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="714"/>
        <source>Problems (fix them in the file, then import it again)</source>
        <translation>Ошибки (исправьте их в файле и импортируйте его снова)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="719"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="724"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="725"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="757"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ImportDropTexts</name>
    <message numerus="yes">
        <location filename="../../desk/ui/import_drop.py" line="35"/>
        <source>%n file(s): drop one export at a time to import its orders.</source>
        <translation>
            <numerusform>Перетащен %n файл: перетаскивайте по одной выгрузке, чтобы импортировать её заказы.</numerusform>
            <numerusform>Перетащено %n файла: перетаскивайте по одной выгрузке, чтобы импортировать её заказы.</numerusform>
            <numerusform>Перетащено %n файлов: перетаскивайте по одной выгрузке, чтобы импортировать её заказы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_drop.py" line="38"/>
        <source>&quot;{0}&quot; is a folder: drop the export file itself (CSV, TSV, TXT, XLSX or XLSM).</source>
        <translation>«{0}» — это папка: перетащите сам файл выгрузки (CSV, TSV, TXT, XLSX или XLSM).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_drop.py" line="42"/>
        <source>&quot;{0}&quot; is not an order export: Desk imports CSV, TSV, TXT, XLSX and XLSM files. To keep it as evidence, drop it on the order&apos;s row.</source>
        <translation>«{0}» — не выгрузка заказов: Desk импортирует файлы CSV, TSV, TXT, XLSX и XLSM. Чтобы сохранить файл как доказательство, перетащите его на строку заказа.</translation>
    </message>
</context>
<context>
    <name>ImportDrops</name>
    <message>
        <location filename="../../desk/ui/import_drop.py" line="103"/>
        <source>Drop to import the orders in {0}</source>
        <translation>Отпустите, чтобы импортировать заказы из {0}</translation>
    </message>
</context>
<context>
    <name>ImportReading</name>
    <message>
        <location filename="../../desk/ui/import_reading.py" line="105"/>
        <source>&quot;{0}&quot;: is the point or the comma the decimal separator?</source>
        <translation>«{0}»: что здесь десятичный разделитель — точка или запятая?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_reading.py" line="178"/>
        <source>row {0}, column {1}</source>
        <translation>строка {0}, столбец {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_reading.py" line="184"/>
        <source>{0} ({1}), and no date in the file settles which: choose the date order above.</source>
        <translation>{0} ({1}), и ни одна дата в файле этого не проясняет: выберите формат даты выше.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_reading.py" line="188"/>
        <source>&quot;{0}&quot; ({1}) puts the month first, but other dates in the file put the day first, or the other way round: choose the date order above, and Desk lists each date that does not fit it.</source>
        <translation>«{0}» ({1}): здесь первым стоит месяц, а в других датах файла — день, или наоборот: выберите формат даты выше, и Desk перечислит все даты, которые ему не соответствуют.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_reading.py" line="192"/>
        <source>Desk cannot tell whether the point or the comma is the decimal separator in &quot;{0}&quot; ({1}): choose the decimal separator above.</source>
        <translation>Desk не может определить, что является десятичным разделителем в «{0}» ({1}) — точка или запятая: выберите десятичный разделитель выше.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="89"/>
        <source>Letters — dispute {0}</source>
        <translation>Письма — спор {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="97"/>
        <source>Letters, in the order they are sent</source>
        <translation>Письма в порядке отправки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="110"/>
        <source>Other roads</source>
        <translation>Другие способы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="130"/>
        <location filename="../../desk/ui/letter_dialog.py" line="228"/>
        <source>Make Letter</source>
        <translation>Составить письмо</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="133"/>
        <source>Mark as Sent…</source>
        <translation>Отметить как отправленное…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="134"/>
        <source>Say when and how the chosen letter&apos;s draft went out</source>
        <translation>Указать, когда и как был отправлен черновик выбранного письма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="137"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="140"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="170"/>
        <source>Dispute {0} · {1} · {2} · {3}</source>
        <translation>Спор {0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="228"/>
        <source>Make Anyway…</source>
        <translation>Всё равно составить…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="253"/>
        <source>Make this letter anyway?</source>
        <translation>Всё равно составить это письмо?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="254"/>
        <source>{0} is not offered now: {1}

Make it anyway?</source>
        <translation>«{0}» сейчас не предлагается: {1}

Всё равно составить?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="264"/>
        <source>Save the letter&apos;s draft</source>
        <translation>Сохранить черновик письма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="266"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="283"/>
        <source>{0} is marked as sent.</source>
        <translation>Письмо «{0}» отмечено как отправленное.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="303"/>
        <source>Making {0}…</source>
        <translation>Создание {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="310"/>
        <source>, reply by {0}</source>
        <translation>, ответ до {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="312"/>
        <source> The letter is now written in {0}: its versions go out together.</source>
        <translation> Теперь письмо составлено на языках: {0}; его версии отправляются вместе.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="314"/>
        <source>Draft made: {0}{1}; kept with the dispute&apos;s evidence. It is not marked as sent.</source>
        <translation>Черновик составлен: {0}{1}; сохранён вместе с доказательствами по спору. Как отправленный он не отмечен.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="320"/>
        <source>Letter — dispute {0}</source>
        <translation>Письмо — спор {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="323"/>
        <source>No letter was made: {0}</source>
        <translation>Письмо не составлено: {0}</translation>
    </message>
</context>
<context>
    <name>LetterRungs</name>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="56"/>
        <source>{0} — internal, for our lawyer: never in a packet</source>
        <translation>{0} — внутреннее, для нашего юриста: в пакет не включается</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="63"/>
        <source>Sent on {0}</source>
        <translation>Отправлено {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="68"/>
        <source>Draft made on {0} in {1}, not marked as sent</source>
        <translation>Черновик составлен {0} (языки: {1}), не отмечен как отправленный</translation>
    </message>
    <message>
        <location filename="../../desk/ui/letter_dialog.py" line="70"/>
        <source>Draft made on {0}, not marked as sent</source>
        <translation>Черновик составлен {0}, не отмечен как отправленный</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../desk/ui/list_export.py" line="26"/>
        <source>CSV, for any spreadsheet (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV для любых электронных таблиц (*.csv);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_export.py" line="55"/>
        <source>Export list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_export.py" line="81"/>
        <source>Saved the list as {0}</source>
        <translation>Список сохранён как {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_export.py" line="84"/>
        <source>Cannot export the list</source>
        <translation>Не удалось экспортировать список</translation>
    </message>
</context>
<context>
    <name>ListMenu</name>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="46"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="47"/>
        <source>Void…</source>
        <translation>Аннулировать…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="50"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="55"/>
        <source>Export List…</source>
        <translation>Экспортировать список…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="57"/>
        <source>Export Selected…</source>
        <translation>Экспортировать выбранное…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_menu.py" line="97"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desk/ui/list_page.py" line="183"/>
        <source>Search {0}…</source>
        <translation>Поиск: {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_page.py" line="272"/>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_page.py" line="274"/>
        <source>More of what can be done on this page</source>
        <translation>Другие действия на этой странице</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_page.py" line="364"/>
        <source>Filtering…</source>
        <translation>Фильтрация…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_page.py" line="379"/>
        <source>Desk could not filter the list</source>
        <translation>Desk не удалось отфильтровать список</translation>
    </message>
    <message>
        <location filename="../../desk/ui/list_page.py" line="417"/>
        <source>{0}{1} shown</source>
        <translation>Показано: {0}{1}</translation>
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
        <translation>Открытие {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="107"/>
        <source>Data folder: {0}</source>
        <translation>Папка данных: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="140"/>
        <source>&amp;Open Data Folder…</source>
        <translation>&amp;Открыть папку данных…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="147"/>
        <source>Connect to &amp;Team Server…</source>
        <translation>Подключиться к &amp;командному серверу…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="152"/>
        <source>Set &amp;Up a Team Server…</source>
        <translation>Подготовить командный &amp;сервер…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="156"/>
        <source>&amp;Move This Folder to a Team Server…</source>
        <translation>П&amp;еренести эту папку на командный сервер…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="162"/>
        <source>&amp;Import Orders…</source>
        <translation>&amp;Импортировать заказы…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="170"/>
        <source>&amp;Export for Lawyer…</source>
        <translation>&amp;Экспортировать для юриста…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="177"/>
        <source>Export &amp;List…</source>
        <translation>Экспортировать &amp;список…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="182"/>
        <source>Export Deadline &amp;Calendar…</source>
        <translation>Экспортировать &amp;календарь сроков…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="187"/>
        <source>Show Data Folder</source>
        <translation>Показать папку данных</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="202"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="203"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="207"/>
        <source>Re&amp;minders…</source>
        <translation>Напо&amp;минания…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="225"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="227"/>
        <source>&amp;About Desk</source>
        <translation>&amp;О программе Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="242"/>
        <source>Team server: {0}</source>
        <translation>Командный сервер: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="309"/>
        <source>Export Deadline Calendar</source>
        <translation>Экспорт календаря сроков</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="309"/>
        <source>Calendar (*.ics)</source>
        <translation>Календарь (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="322"/>
        <source>Show Desk</source>
        <translation>Показать Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="326"/>
        <source>Quit Desk</source>
        <translation>Выйти из Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="345"/>
        <source>Open Data Folder</source>
        <translation>Выбор папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="455"/>
        <source>That case is no longer there.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="477"/>
        <source>{0} is no longer there.</source>
        <translation>{0}: запись больше не существует.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="477"/>
        <source>{0} has no page of its own.</source>
        <translation>{0}: отдельной страницы нет.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="505"/>
        <source>It is not in the list as filtered now.</source>
        <translation>Запись не входит в список с текущими фильтрами.</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="177"/>
        <source>A column headed {0}, e.g. {1}</source>
        <translation>Столбец с заголовком {0}, например: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="205"/>
        <source>or the same value for every row</source>
        <translation>или одно значение для всех строк</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="21"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="22"/>
        <source>Platform message</source>
        <translation>Сообщение на площадке</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="23"/>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="24"/>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="25"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="33"/>
        <source>Mark the letter as sent</source>
        <translation>Отметка об отправке письма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="43"/>
        <source>Choose or type how it went out</source>
        <translation>Выберите или введите способ отправки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="45"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="46"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="47"/>
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="48"/>
        <source>From then on the letter counts as sent: its reply date runs from the day it went out.</source>
        <translation>После этого письмо считается отправленным: срок ответа отсчитывается от дня отправки.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mark_sent_dialog.py" line="52"/>
        <source>how it went out</source>
        <translation>способ отправки</translation>
    </message>
</context>
<context>
    <name>MatchedModel</name>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="59"/>
        <source>PayPal transaction {0}</source>
        <translation>Транзакция PayPal {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="87"/>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="87"/>
        <source>What Import does</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="89"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="90"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="91"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="92"/>
        <source>Paid to or refunded by</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="93"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="94"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="95"/>
        <source>Matched by</source>
        <translation>Способ сопоставления</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="37"/>
        <source>Open a member account</source>
        <translation>Открытие счёта у агента</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="41"/>
        <source>The purchase agent or platform, e.g. Superbuy</source>
        <translation>Агент по закупкам или площадка, например Superbuy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="43"/>
        <source>Your member name there</source>
        <translation>Ваше имя пользователя у агента</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="46"/>
        <source>The currency the balance is kept in, e.g. CNY</source>
        <translation>Валюта, в которой ведётся баланс, например CNY</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="48"/>
        <source>Agent or platform</source>
        <translation>Агент или площадка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="49"/>
        <source>Member name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="50"/>
        <source>Balance kept in</source>
        <translation>Валюта баланса</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="51"/>
        <source>The currency of your balance at the agent, e.g. CNY</source>
        <translation>Валюта вашего баланса у агента, например CNY</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="53"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="54"/>
        <source>the agent or platform</source>
        <translation>агент или площадка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="55"/>
        <source>the member name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="56"/>
        <source>the currency</source>
        <translation>валюта</translation>
    </message>
</context>
<context>
    <name>NewDepositDialog</name>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="48"/>
        <source>New deposit application</source>
        <translation>Новая заявка на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="67"/>
        <source>Only for a store Desk does not know yet: its country, e.g. CN</source>
        <translation>Только для магазина, которого ещё нет в Desk: его страна, например CN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="69"/>
        <source>Its prerequisites and documents come from the platform&apos;s deposit policy.</source>
        <translation>Условия и документы заявки берутся из правил площадки о депозитах.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="72"/>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="73"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="74"/>
        <source>Deposit</source>
        <translation>Депозит</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="75"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="76"/>
        <source>Country of a new store</source>
        <translation>Страна нового магазина</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="77"/>
        <source>Created on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="80"/>
        <source>the store</source>
        <translation>магазин</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="81"/>
        <source>the deposit</source>
        <translation>депозит</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="82"/>
        <source>the currency</source>
        <translation>валюта</translation>
    </message>
</context>
<context>
    <name>OpenDisputeDialog</name>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="185"/>
        <source>Open a dispute</source>
        <translation>Открытие спора</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="192"/>
        <source>the order is no longer there: it was deleted meanwhile</source>
        <translation>заказа больше нет: за это время он был удалён</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="206"/>
        <source>Choose the line in dispute</source>
        <translation>Выберите спорную позицию</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="207"/>
        <source>Choose what is wrong</source>
        <translation>Выберите, в чём проблема</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="211"/>
        <source>Choose what you ask for</source>
        <translation>Выберите, чего вы требуете</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="212"/>
        <source>Refund only</source>
        <translation>Только возврат средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="213"/>
        <source>Return the goods and refund</source>
        <translation>Возврат товара и средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="216"/>
        <source>e.g. 12.50, in {0}</source>
        <translation>например, 12,50 (в {0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="229"/>
        <source>What is wrong, in the words you will use with the seller</source>
        <translation>Что не так — теми словами, которыми вы опишете это продавцу</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="232"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="233"/>
        <source>Line</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="234"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="235"/>
        <source>Wanted</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="236"/>
        <source>Amount claimed</source>
        <translation>Сумма претензии</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="238"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="239"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="241"/>
        <source>Who may see it</source>
        <translation>Кому доступно</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="247"/>
        <source>the line</source>
        <translation>позиция</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="248"/>
        <source>the reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="249"/>
        <source>what you ask for</source>
        <translation>требование</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="250"/>
        <location filename="../../desk/ui/dispute_dialogs.py" line="281"/>
        <source>the amount claimed</source>
        <translation>сумма претензии</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="262"/>
        <source>Claim all</source>
        <translation>Заявить всю сумму</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="262"/>
        <source>Claim all ({0})</source>
        <translation>Заявить всю сумму ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="264"/>
        <source>Choose the line to see how much can be claimed.</source>
        <translation>Выберите позицию, чтобы увидеть, какую сумму можно заявить.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="266"/>
        <source>At most {0}: what was paid for the line less what was refunded</source>
        <translation>Не более {0}: оплачено за позицию за вычетом возвращённого</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="276"/>
        <source>Choose the line to see what opening the dispute does.</source>
        <translation>Выберите позицию, чтобы увидеть, к чему приведёт открытие спора.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="279"/>
        <source>Type the amount claimed to see what opening the dispute does.</source>
        <translation>Введите сумму претензии, чтобы увидеть, к чему приведёт открытие спора.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="285"/>
        <source>This cannot be opened: {0}.</source>
        <translation>Открыть спор нельзя: {0}.</translation>
    </message>
</context>
<context>
    <name>OpenFolder</name>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="118"/>
        <source>No data folder is open. Choose one with File → Open Data Folder…</source>
        <translation>Папка данных не открыта. Выберите её командой Файл → Открыть папку данных…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="119"/>
        <source>No data folder open</source>
        <translation>Папка данных не открыта</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="128"/>
        <location filename="../../desk/ui/open_folder.py" line="306"/>
        <source>Desk cannot open the data folder</source>
        <translation>Desk не может открыть папку данных</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="146"/>
        <source>That data folder is already open.</source>
        <translation>Эта папка данных уже открыта.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="149"/>
        <source>Another data folder is being opened. Try again when it is open.</source>
        <translation>Открывается другая папка данных. Повторите попытку, когда она откроется.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="152"/>
        <source>Close the open dialog first, then open the other data folder.</source>
        <translation>Сначала закройте открытое диалоговое окно, затем откройте другую папку данных.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="158"/>
        <location filename="../../desk/ui/open_folder.py" line="168"/>
        <source>Desk is still working in this data folder. Try again when it has finished.</source>
        <translation>Desk ещё работает в этой папке данных. Повторите попытку, когда работа завершится.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="211"/>
        <location filename="../../desk/ui/open_folder.py" line="309"/>
        <source>Open Data Folder</source>
        <translation>Открытие папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="212"/>
        <source>{0} has no Desk data. Start a new data folder there?</source>
        <translation>В папке {0} нет данных Desk. Создать в ней новую папку данных?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="217"/>
        <source>Desk will keep its database, evidence files, backups and log there.</source>
        <translation>Desk будет хранить там свою базу данных, файлы доказательств, резервные копии и журнал.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="219"/>
        <source>Start New Data Folder</source>
        <translation>Создать папку данных</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="262"/>
        <source>The team server needs an upgrade</source>
        <translation>Командный сервер нужно обновить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="267"/>
        <source>If you are the team&apos;s owner and the other desks have closed Desk, you can upgrade the server now.</source>
        <translation>Если вы владелец команды и на других рабочих местах Desk закрыт, сервер можно обновить сейчас.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="270"/>
        <source>&amp;Upgrade the Server</source>
        <translation>&amp;Обновить сервер</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="279"/>
        <source>The team server was upgraded; the copy from before is {0}.</source>
        <translation>Командный сервер обновлён; копия до обновления — {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="291"/>
        <source>The team server was not upgraded</source>
        <translation>Командный сервер не обновлён</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="293"/>
        <source>Copying the team server&apos;s database, then upgrading it…</source>
        <translation>Копирование базы командного сервера, затем обновление…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/open_folder.py" line="370"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="25"/>
        <source>Opening Data Folder</source>
        <translation>Открытие папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="31"/>
        <source>Opening {0}</source>
        <translation>Открытие {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="79"/>
        <source>Desk copies the database into the folder&apos;s backups before it upgrades it.</source>
        <translation>Перед обновлением Desk копирует базу данных в резервные копии папки.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="84"/>
        <source>Backing up the database before the upgrade: {0} of {1} ({2}%)</source>
        <translation>Резервное копирование базы данных перед обновлением: {0} из {1} ({2}%)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="89"/>
        <source>Backing up the database before the upgrade…</source>
        <translation>Резервное копирование базы данных перед обновлением…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="91"/>
        <source>Upgrading the database for this version of Desk…</source>
        <translation>Обновление базы данных для этой версии Desk…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="94"/>
        <source>The upgrade cannot be stopped once it has started: the database is changed in one go, so that it is never left half upgraded. It ends by itself; the copy from before stays in the backups.</source>
        <translation>Начатое обновление нельзя остановить: база данных изменяется за один раз, чтобы она никогда не осталась обновлённой наполовину. Обновление завершится само; копия базы до обновления останется в резервных копиях.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="99"/>
        <source>Setting up a new database…</source>
        <translation>Создание новой базы данных…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="100"/>
        <source>This cannot be stopped once it has started: the database is made in one go.</source>
        <translation>Начатый процесс нельзя остановить: база данных создаётся за один раз.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="102"/>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="104"/>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/opening_dialog.py" line="113"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <location filename="../../desk/ui/operation_dialog.py" line="53"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="41"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="42"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="43"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="44"/>
        <source>Unit price</source>
        <translation>Цена за ед.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="51"/>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="51"/>
        <source>Edit order</source>
        <translation>Изменение заказа</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="55"/>
        <source>Choose the platform</source>
        <translation>Выберите площадку</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="65"/>
        <source>Choose where the order is</source>
        <translation>Выберите, где размещён заказ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="76"/>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="77"/>
        <source>Order no.</source>
        <translation>№ заказа</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="78"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="79"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="80"/>
        <source>Placed on</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="81"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="82"/>
        <source>Shipping</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="83"/>
        <source>Discount (coupons included)</source>
        <translation>Скидка (включая купоны)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="84"/>
        <source>Tax (sales tax or VAT)</source>
        <translation>Налог (налог с продаж или НДС)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="85"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="90"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="90"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="94"/>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="95"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="106"/>
        <source>the platform</source>
        <translation>площадка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="107"/>
        <source>the order number</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="108"/>
        <source>the supplier</source>
        <translation>поставщик</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="109"/>
        <source>the currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="110"/>
        <source>the status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="120"/>
        <source>a line&apos;s item</source>
        <translation>товар в позиции</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="139"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="139"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="210"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="221"/>
        <source>line {0}</source>
        <translation>позиция {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="224"/>
        <source>{0}, qty: {1} is not a whole number</source>
        <translation>{0}, количество: {1} — не целое число</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="225"/>
        <source>{0}, unit price</source>
        <translation>{0}, цена за единицу</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="233"/>
        <source>payment {0}: choose its method</source>
        <translation>платёж {0}: выберите способ оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="234"/>
        <source>payment {0}, amount</source>
        <translation>платёж {0}, сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="258"/>
        <source>Total {0}; payments {1}</source>
        <translation>Итого {0}; платежи {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/order_dialog.py" line="261"/>
        <source>Total: complete the amounts to see it</source>
        <translation>Итого: заполните суммы, чтобы увидеть</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="198"/>
        <source>Override a platform rule</source>
        <translation>Изменение правила площадки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="206"/>
        <source>days, or a range such as 3-20</source>
        <translation>дни или диапазон, например 3-20</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="210"/>
        <source>the page or message that says so (optional)</source>
        <translation>страница или сообщение, где это указано (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="211"/>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="212"/>
        <source>Your value ({0}):</source>
        <translation>Ваше значение ({0}):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="213"/>
        <source>In force from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="214"/>
        <source>Where you read it:</source>
        <translation>Где это указано:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="216"/>
        <source>Override</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="226"/>
        <source>Type your value first: a number of days, or a range such as 3-20.</source>
        <translation>Сначала введите значение: число дней или диапазон, например 3-20.</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="70"/>
        <source>Dispute {0} · {1} · {2}</source>
        <translation>Спор {0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="72"/>
        <source>{0} · claimed {1} · {2}</source>
        <translation>{0} · заявлено {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="78"/>
        <source>Claim Packet — dispute {0}</source>
        <translation>Пакет документов по претензии — спор {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="93"/>
        <source>What happened, in order and in plain words: what you bought, what arrived, what you asked the seller and what they answered. It opens the packet.</source>
        <translation>Что произошло — по порядку и простыми словами: что вы купили, что пришло, что вы просили у продавца и что он ответил. С этого начинается пакет.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="101"/>
        <source>Save Statement</source>
        <translation>Сохранить изложение</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="111"/>
        <source>Limits from: {0}</source>
        <translation>Источник ограничений: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="117"/>
        <source>Includes internal notes and evidence — not for the supplier or platform.</source>
        <translation>Включает внутренние заметки и доказательства — не для поставщика или площадки.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="125"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="133"/>
        <source>Statement of facts</source>
        <translation>Изложение обстоятельств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="135"/>
        <source>Send to</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="138"/>
        <source>Save to</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="148"/>
        <source>Make Packet</source>
        <translation>Сформировать пакет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="151"/>
        <location filename="../../desk/ui/packet_dialog.py" line="269"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="172"/>
        <source>{0} of {1} characters</source>
        <translation>{0} из {1} символов</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="191"/>
        <source>The statement is saved.</source>
        <translation>Изложение сохранено.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="202"/>
        <source>Save the claim packet</source>
        <translation>Сохранение пакета документов по претензии</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="202"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="222"/>
        <source>Choose where the packet goes and the file to save it in.</source>
        <translation>Выберите получателя пакета и файл, в который его сохранить.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="235"/>
        <source>Making {0}…</source>
        <translation>Формирование {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="237"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/packet_dialog.py" line="247"/>
        <source>{0} page(s)</source>
        <translation>
            <numerusform>{0} страница</numerusform>
            <numerusform>{0} страницы</numerusform>
            <numerusform>{0} страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/packet_dialog.py" line="248"/>
        <source>{0} exhibit(s)</source>
        <translation>
            <numerusform>{0} приложение</numerusform>
            <numerusform>{0} приложения</numerusform>
            <numerusform>{0} приложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/packet_dialog.py" line="253"/>
        <source>%n part(s), {0}</source>
        <translation>
            <numerusform>%n часть, {0}</numerusform>
            <numerusform>%n части, {0}</numerusform>
            <numerusform>%n частей, {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="255"/>
        <source>Made: {0}, in {1}</source>
        <translation>Готово: {0}, папка {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="257"/>
        <source>Claim packet — dispute {0}</source>
        <translation>Пакет документов по претензии — спор {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="260"/>
        <source>Cancelled: no packet was written.</source>
        <translation>Отменено: пакет не записан.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="263"/>
        <source>No packet was made: {0}</source>
        <translation>Пакет не сформирован: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/packet_dialog.py" line="274"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="57"/>
        <source>New Order…</source>
        <translation>Новый заказ…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="59"/>
        <source>Edit Order…</source>
        <translation>Изменить заказ…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="61"/>
        <source>Open Dispute…</source>
        <translation>Открыть спор…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="67"/>
        <source>Record Event…</source>
        <translation>Записать событие…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="71"/>
        <source>Claim Packet…</source>
        <translation>Пакет по претензии…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="73"/>
        <source>Letter…</source>
        <translation>Письмо…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="75"/>
        <source>Edit Dispute…</source>
        <translation>Изменить спор…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="79"/>
        <source>Save Bates Register…</source>
        <translation>Сохранить реестр номеров Бейтса…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="83"/>
        <source>Record Arrival…</source>
        <translation>Отметить поступление…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="93"/>
        <location filename="../../desk/ui/page_actions.py" line="395"/>
        <source>Add Evidence…</source>
        <translation>Добавить доказательства…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="99"/>
        <source>Add files as evidence: of the case the Case filter shows, or of no case yet</source>
        <translation>Добавить файлы как доказательства: к делу, выбранному в фильтре «Дело», или пока без дела</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="111"/>
        <source>Choose a supplier first.</source>
        <translation>Сначала выберите поставщика.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="113"/>
        <source>Edit Supplier…</source>
        <translation>Изменить поставщика…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="115"/>
        <source>Choose a store first.</source>
        <translation>Сначала выберите магазин.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="116"/>
        <source>Edit Store…</source>
        <translation>Изменить магазин…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="120"/>
        <source>Add Rate…</source>
        <translation>Добавить курс…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="121"/>
        <source>Add or import exchange rates, in Preferences</source>
        <translation>Добавить или импортировать курсы валют в настройках</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="171"/>
        <source>Record Refund…</source>
        <translation>Записать возврат…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="172"/>
        <source>A refund the seller or platform approved: see how it comes back, then keep it</source>
        <translation>Возврат средств, одобренный продавцом или площадкой: посмотрите, как поступят деньги, и сохраните его</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="185"/>
        <location filename="../../desk/ui/page_actions.py" line="287"/>
        <location filename="../../desk/ui/page_actions.py" line="302"/>
        <location filename="../../desk/ui/page_actions.py" line="318"/>
        <source>Choose a dispute first.</source>
        <translation>Сначала выберите спор.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="185"/>
        <location filename="../../desk/ui/page_actions.py" line="277"/>
        <location filename="../../desk/ui/page_actions.py" line="337"/>
        <source>Choose an order first.</source>
        <translation>Сначала выберите заказ.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="186"/>
        <source>Record a refund</source>
        <translation>Запись возврата средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="198"/>
        <source>New Account…</source>
        <translation>Новый счёт…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="200"/>
        <source>Add Funds…</source>
        <translation>Пополнить счёт…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="202"/>
        <source>Pay Order…</source>
        <translation>Оплатить заказ…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="204"/>
        <source>Withdraw…</source>
        <translation>Вывести средства…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="205"/>
        <source>Mark Withdrawal Done/Refused…</source>
        <translation>Отметить итог вывода средств…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="209"/>
        <source>Cost Return…</source>
        <translation>Возврат переплаты…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="211"/>
        <source>Withdrawal Account…</source>
        <translation>Реквизиты для вывода…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="227"/>
        <source>New Application…</source>
        <translation>Новая заявка…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="230"/>
        <source>Choose an application first.</source>
        <translation>Сначала выберите заявку.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="232"/>
        <source>Record a decision</source>
        <translation>Запись решения</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="233"/>
        <source>Record Decision…</source>
        <translation>Записать решение…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="234"/>
        <source>Add a document</source>
        <translation>Добавление документа</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="235"/>
        <source>Require Document…</source>
        <translation>Добавить требуемый документ…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="236"/>
        <source>Deposit packet</source>
        <translation>Пакет документов по депозиту</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="237"/>
        <source>Deposit Packet…</source>
        <translation>Пакет по депозиту…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="276"/>
        <source>Open a dispute</source>
        <translation>Открытие спора</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="287"/>
        <source>Record an event</source>
        <translation>Запись события</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="294"/>
        <source>Edit</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="302"/>
        <source>Edit a dispute</source>
        <translation>Изменение спора</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="307"/>
        <source>Claim packet</source>
        <translation>Пакет документов по претензии</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="311"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="327"/>
        <source>Record what arrived</source>
        <translation>Поступление возврата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="327"/>
        <source>Choose a refund first.</source>
        <translation>Сначала выберите возврат.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="336"/>
        <source>Edit an order</source>
        <translation>Изменение заказа</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="379"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="397"/>
        <source>Add files as evidence to the selected row (or drop them on the row)</source>
        <translation>Добавить файлы как доказательства к выбранной строке (или перетащить их на строку)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="413"/>
        <source>an order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="413"/>
        <source>a dispute</source>
        <translation>спор</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="414"/>
        <source>Add evidence</source>
        <translation>Добавление доказательств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_actions.py" line="414"/>
        <source>Choose {0} first.</source>
        <translation>Сначала выберите {0}.</translation>
    </message>
</context>
<context>
    <name>PageGuides</name>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="15"/>
        <source>No orders yet</source>
        <translation>Заказов пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="17"/>
        <source>Import your orders from a marketplace&apos;s export (CSV or XLSX) or a spreadsheet, or enter one by hand. Disputes, refunds and evidence all start from an order.</source>
        <translation>Импортируйте заказы из выгрузки площадки (CSV или XLSX) или из таблицы либо введите заказ вручную. Споры, возвраты и доказательства начинаются с заказа.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="20"/>
        <location filename="../../desk/ui/page_guides.py" line="65"/>
        <source>Import Orders…</source>
        <translation>Импортировать заказы…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="20"/>
        <source>New Order…</source>
        <translation>Новый заказ…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="23"/>
        <source>No disputes yet</source>
        <translation>Споров пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="25"/>
        <source>A dispute is opened on one line of an order: on the Orders page, choose the order and its line, then Open Dispute. Desk then keeps its deadlines: the seller&apos;s days to answer, escalation and the end of buyer protection.</source>
        <translation>Спор открывается по одной позиции заказа: на странице «Заказы» выберите заказ и его позицию, затем нажмите «Открыть спор». После этого Desk следит за сроками: дни на ответ продавца, передача площадке и окончание защиты покупателя.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="29"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="29"/>
        <source>Go to Orders</source>
        <translation>Перейти к заказам</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="32"/>
        <source>No refunds yet</source>
        <translation>Возвратов пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="34"/>
        <source>When a supplier or a platform agrees to pay money back, record the refund on its dispute or order: Desk splits it over the ways the order was paid and follows each part until it arrives.</source>
        <translation>Когда поставщик или площадка соглашаются вернуть деньги, запишите возврат средств в спор или заказ: Desk распределит его по способам оплаты заказа и будет отслеживать каждую часть до поступления.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="39"/>
        <source>No deposit refunds yet</source>
        <translation>Возвратов депозита пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="41"/>
        <source>When a marketplace holds your store&apos;s deposit, start an application here: Desk lists what the platform requires first and the documents it asks for, and counts its review days.</source>
        <translation>Если площадка удерживает депозит вашего магазина, создайте здесь заявку: Desk перечислит условия площадки и документы, которые она запрашивает, и будет считать дни рассмотрения.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="44"/>
        <source>New Application…</source>
        <translation>Новая заявка…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="47"/>
        <source>No member accounts yet</source>
        <translation>Счетов у агентов пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="49"/>
        <source>Add the account you hold at a purchase agent to keep its ledger: funds added, orders paid, costs returned and withdrawals with their rules.</source>
        <translation>Добавьте свой счёт у агента по закупкам, чтобы вести его журнал операций: пополнения, оплаты заказов, возвраты переплаты и выводы средств с их правилами.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="52"/>
        <source>New Account…</source>
        <translation>Новый счёт…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="55"/>
        <source>No evidence yet</source>
        <translation>Доказательств пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="57"/>
        <source>Drop photos, videos, chat logs, e-mails or payment proofs here, or on an order or a dispute: they are kept unchanged in the data folder&apos;s vault, and any later change to a file shows.</source>
        <translation>Перетащите сюда или на заказ либо спор фотографии, видео, переписку, письма или подтверждения оплаты: они хранятся без изменений в хранилище папки данных, и любое последующее изменение файла будет обнаружено.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="60"/>
        <source>Add Evidence…</source>
        <translation>Добавить доказательства…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="63"/>
        <source>No suppliers yet</source>
        <translation>Поставщиков пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="64"/>
        <source>Suppliers are added as you import or enter orders.</source>
        <translation>Поставщики добавляются при импорте или вводе заказов.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="68"/>
        <source>No stores yet</source>
        <translation>Магазинов пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="70"/>
        <source>Your own marketplace stores are added with the orders sold through them and with deposit refunds.</source>
        <translation>Ваши магазины на площадках добавляются вместе с проданными через них заказами и с возвратами депозита.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="74"/>
        <source>No exchange rates yet</source>
        <translation>Курсов валют пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="76"/>
        <source>The Dashboard adds up money in one currency: add the rate of each other currency you use, for the days it applies, or import them from a CSV file.</source>
        <translation>На сводке суммы приводятся к одной валюте: добавьте курс каждой другой используемой валюты на дни, когда он действует, или импортируйте курсы из файла CSV.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="79"/>
        <source>Add Rate…</source>
        <translation>Добавить курс…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="82"/>
        <source>Nothing has changed yet</source>
        <translation>Изменений пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/page_guides.py" line="84"/>
        <source>Every change made in this data folder will be listed here, who made it and when; the list is chained so that any later alteration shows.</source>
        <translation>Здесь будет указано каждое изменение в этой папке данных: кто и когда его внёс. Записи связаны в цепочку, поэтому любое последующее исправление будет заметно.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desk/ui/pages.py" line="22"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="23"/>
        <source>Records</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="31"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="34"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="41"/>
        <source>Disputes</source>
        <translation>Споры</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="48"/>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="55"/>
        <source>Deposits</source>
        <translation>Депозиты</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="62"/>
        <source>Accounts</source>
        <translation>Счета у агентов</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="69"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="76"/>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="82"/>
        <source>Stores</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="84"/>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages.py" line="85"/>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
</context>
<context>
    <name>PayOrderDialog</name>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="106"/>
        <source>Pay an order from the account</source>
        <translation>Оплата заказа со счёта</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="112"/>
        <source>In {0} unless you name another currency (200 USD)</source>
        <translation>В {0}, если не указана другая валюта (200 USD)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="115"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="117"/>
        <source>Amount paid</source>
        <translation>Оплаченная сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="118"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="119"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="121"/>
        <source>the order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="122"/>
        <source>the amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="126"/>
        <source>The order cost {0}.</source>
        <translation>Стоимость заказа: {0}.</translation>
    </message>
</context>
<context>
    <name>PaymentsChoice</name>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="271"/>
        <source>{0} unpaid</source>
        <translation>не оплачено {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_choice.py" line="272"/>
        <source>paid in full</source>
        <translation>оплачено полностью</translation>
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
        <translation>Платежи PayPal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="88"/>
        <source>{0}: the payments you made to suppliers and the refunds they sent, matched to your orders. Nothing is written until you click Import.</source>
        <translation>{0}: ваши платежи поставщикам и полученные от них возвраты, сопоставленные с вашими заказами. Ничего не записывается, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="95"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="135"/>
        <source>Desk could not tell which order these are for. Choose the order each paid (type part of its number, its supplier or its amount to find it), or leave it for now: it is then not recorded, and a later import of the same file can record it.</source>
        <translation>Desk не удалось определить, к какому заказу они относятся. Выберите заказ для каждой операции (чтобы найти его, введите часть номера, поставщика или сумму) или пока пропустите её: тогда она не будет записана, и её можно будет записать при повторном импорте того же файла.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="176"/>
        <source>Left out of the import</source>
        <translation>Не вошло в импорт</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="185"/>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="216"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="220"/>
        <location filename="../../desk/ui/payments_dialog.py" line="484"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="268"/>
        <source>Checking the file against your orders…</source>
        <translation>Сверка файла с вашими заказами…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="268"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="286"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="297"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="300"/>
        <source>Nothing can be imported from this file.</source>
        <translation>Из этого файла ничего нельзя импортировать.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="326"/>
        <source>Matched to orders ({0})</source>
        <translation>Сопоставлено с заказами ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="334"/>
        <source>{0}: the payments you made to suppliers and the refunds they sent, matched to your orders.</source>
        <translation>{0}: ваши платежи поставщикам и полученные от них возвраты, сопоставленные с вашими заказами.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="336"/>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="340"/>
        <source>Checked: nothing has been written.</source>
        <translation>Проверено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="347"/>
        <source>Read as {0}</source>
        <translation>Прочитано как {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="354"/>
        <source>Nothing can be imported until the problems below are solved. Nothing has been written.</source>
        <translation>Импорт невозможен, пока не устранены перечисленные ниже проблемы. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="359"/>
        <source>{0} already in Desk.</source>
        <translation>Уже есть в Desk: {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="361"/>
        <source>%n was left without an order and not recorded.</source>
        <translation>
            <numerusform>%n операция осталась без заказа и не записана.</numerusform>
            <numerusform>%n операции остались без заказа и не записаны.</numerusform>
            <numerusform>%n операций остались без заказа и не записаны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="363"/>
        <source>%n needs you to choose its order below.</source>
        <translation>
            <numerusform>Для %n операции нужно выбрать заказ ниже.</numerusform>
            <numerusform>Для %n операций нужно выбрать заказ ниже.</numerusform>
            <numerusform>Для %n операций нужно выбрать заказ ниже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="369"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n платёж</numerusform>
            <numerusform>%n платежа</numerusform>
            <numerusform>%n платежей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="371"/>
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n возврат</numerusform>
            <numerusform>%n возврата</numerusform>
            <numerusform>%n возвратов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="372"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="376"/>
        <source>Nothing new to record.</source>
        <translation>Нет ничего нового для записи.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="377"/>
        <source>Import records {0} on their orders.</source>
        <translation>Импорт запишет в заказы: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="381"/>
        <source>Nothing new was recorded from {0}.</source>
        <translation>Из {0} ничего нового не записано.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="382"/>
        <source>Recorded {0} from {1} on their orders.</source>
        <translation>Записано в заказы из {1}: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="389"/>
        <source>An order you chose does not fit: choose another, or leave it for now.</source>
        <translation>Выбранный вами заказ не подходит: выберите другой или пока пропустите операцию.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="392"/>
        <source>%n problem(s) in the file: correct them in the file (or download it from PayPal again), then open it again.</source>
        <translation>
            <numerusform>В файле %n проблема: исправьте её в файле (или снова скачайте его из PayPal) и откройте файл ещё раз.</numerusform>
            <numerusform>В файле %n проблемы: исправьте их в файле (или снова скачайте его из PayPal) и откройте файл ещё раз.</numerusform>
            <numerusform>В файле %n проблем: исправьте их в файле (или снова скачайте его из PayPal) и откройте файл ещё раз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="414"/>
        <source>Already in Desk, on {0}.</source>
        <translation>Уже есть в Desk, в заказе {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="416"/>
        <source>Recorded on {0}.</source>
        <translation>Записано в заказ {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="418"/>
        <source> (found by {0})</source>
        <translation> (сопоставлено: {0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="419"/>
        <source>Import records it on {0}{1}.</source>
        <translation>Импорт запишет это в заказ {0}{1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="422"/>
        <source>%n order(s) fit its amount and date: choose the one it paid.</source>
        <translation>
            <numerusform>Сумме и дате соответствует %n заказ: выберите тот, который был оплачен.</numerusform>
            <numerusform>Сумме и дате соответствуют %n заказа: выберите тот, который был оплачен.</numerusform>
            <numerusform>Сумме и дате соответствуют %n заказов: выберите тот, который был оплачен.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="430"/>
        <source>Choose the order ({0} waiting)</source>
        <translation>Выберите заказ (ожидают: {0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="430"/>
        <source>Orders you chose</source>
        <translation>Выбранные вами заказы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="443"/>
        <source>{0} and {1} more</source>
        <translation>{0} и ещё {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="444"/>
        <source>Row {0}</source>
        <translation>Строка {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="444"/>
        <source>Rows {0}</source>
        <translation>Строки {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="445"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="446"/>
        <source>Nothing: every row is a payment or a refund.</source>
        <translation>Ничего: каждая строка — платёж или возврат.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="449"/>
        <source>PayPal&apos;s fees, not recorded: {0}</source>
        <translation>Комиссии PayPal (не записываются): {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="451"/>
        <source>No PayPal fees in this file.</source>
        <translation>В этом файле нет комиссий PayPal.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="468"/>
        <source>Wait for the check to finish</source>
        <translation>Дождитесь окончания проверки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="470"/>
        <source>The file has not been checked yet</source>
        <translation>Файл ещё не проверен</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="472"/>
        <source>Solve the problems listed first</source>
        <translation>Сначала устраните перечисленные проблемы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="474"/>
        <source>Imported: choose an order above to record more</source>
        <translation>Импортировано: чтобы записать ещё, выберите заказ выше</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="476"/>
        <source>Nothing new to record</source>
        <translation>Нет ничего нового для записи</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="482"/>
        <source>Record the payments and refunds matched to orders</source>
        <translation>Записать платежи и возвраты, сопоставленные с заказами</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_dialog.py" line="484"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PaymentsWords</name>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="67"/>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="67"/>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="73"/>
        <source>your choice</source>
        <translation>ваш выбор</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="75"/>
        <source>amount and date</source>
        <translation>сумма и дата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="77"/>
        <source>its transaction number</source>
        <translation>номер транзакции</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="78"/>
        <source>the payment it refunds</source>
        <translation>платёж, который он возвращает</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="85"/>
        <source>nothing: already in Desk</source>
        <translation>ничего: уже есть в Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="87"/>
        <source>PayPal payment on the order completed</source>
        <translation>платёж PayPal в заказе дополнен</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="88"/>
        <source>completes the PayPal payment already on the order</source>
        <translation>дополнит платёж PayPal, уже указанный в заказе</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="92"/>
        <source>arrival recorded on refund {0}</source>
        <translation>поступление отмечено по возврату {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="94"/>
        <source>arrival recorded</source>
        <translation>поступление отмечено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="95"/>
        <source>records the arrival of the refund the order expects</source>
        <translation>отметит поступление возврата, ожидаемого по заказу</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="98"/>
        <source>recorded as refund {0}</source>
        <translation>записан как возврат {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="99"/>
        <source>refund recorded</source>
        <translation>возврат записан</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="99"/>
        <source>records a refund</source>
        <translation>запишет возврат</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="100"/>
        <source>payment added</source>
        <translation>платёж добавлен</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_words.py" line="100"/>
        <source>adds the payment</source>
        <translation>добавит платёж</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="158"/>
        <source>nothing to preview: no PDF was given</source>
        <translation>нечего показать: PDF не передан</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="160"/>
        <source>Preview — {0}</source>
        <translation>Просмотр — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="175"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="176"/>
        <source>Part {0} of {1}: {2} ({3})</source>
        <translation>Часть {0} из {1}: {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="194"/>
        <source>Page</source>
        <translation>Страница</translation>
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
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="206"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="208"/>
        <source>Save As…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="210"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="212"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="243"/>
        <source>{0} cannot be shown: {1}</source>
        <translation>Не удалось показать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="249"/>
        <source>of {0}</source>
        <translation>из {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="290"/>
        <source>Printing {0}…</source>
        <translation>Печать {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="290"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="303"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="314"/>
        <location filename="../../desk/ui/pdf_preview.py" line="327"/>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="314"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="116"/>
        <source>cannot read {0} as a PDF: {1}</source>
        <translation>не удалось прочитать {0} как PDF: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/pdf_preview.py" line="119"/>
        <source>{0}: the chosen range has no pages (the file has %n)</source>
        <translation>
            <numerusform>{0}: в выбранном диапазоне нет страниц (в файле %n страница)</numerusform>
            <numerusform>{0}: в выбранном диапазоне нет страниц (в файле %n страницы)</numerusform>
            <numerusform>{0}: в выбранном диапазоне нет страниц (в файле %n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="123"/>
        <source>the printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pdf_preview.py" line="124"/>
        <source>cannot start printing on {0}</source>
        <translation>не удалось начать печать: {0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desk/ui/preferences.py" line="41"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="48"/>
        <source>Business</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="49"/>
        <source>Platform Rules</source>
        <translation>Правила площадок</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="50"/>
        <source>Exchange Rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="51"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="60"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desk/ui/preferences.py" line="63"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="124"/>
        <source>Read as empty: &quot;{0}&quot;</source>
        <translation>Прочитано как пустое значение: «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_dialog.py" line="125"/>
        <source>In the file: &quot;{0}&quot;</source>
        <translation>В файле: «{0}»</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="60"/>
        <source>e.g. USD</source>
        <translation>например, USD</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="62"/>
        <source>e.g. EUR</source>
        <translation>например, EUR</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="67"/>
        <source>units of the second currency for one of the first</source>
        <translation>единиц второй валюты за одну единицу первой</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="69"/>
        <source>the bank or agent that published it (optional)</source>
        <translation>банк или агент, опубликовавший курс (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="71"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="73"/>
        <source>buys</source>
        <translation>=</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="77"/>
        <source>Day:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="78"/>
        <source>Rate:</source>
        <translation>Курс:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="79"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="83"/>
        <source>Add Rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="86"/>
        <source>Import from CSV…</source>
        <translation>Импортировать из CSV…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="88"/>
        <source>A CSV file whose first row names the columns {0} (and source, if wanted)</source>
        <translation>Файл CSV, в первой строке которого названы столбцы {0} (и при необходимости source)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="129"/>
        <source>Desk has no rate from {0} to {1} for {2}: type it, then Add Rate.</source>
        <translation>В Desk нет курса {0} к {1} на {2}: введите его и нажмите «Добавить курс».</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="149"/>
        <source>Import exchange rates</source>
        <translation>Импорт курсов валют</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="149"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rates.py" line="164"/>
        <source>{0}: nothing was imported. Correct these rows and import it again:</source>
        <translation>{0}: ничего не импортировано. Исправьте эти строки и импортируйте файл снова:</translation>
    </message>
</context>
<context>
    <name>ReceiveRefundDialog</name>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="29"/>
        <source>Record what arrived</source>
        <translation>Регистрация поступления</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="35"/>
        <source>no refund {0}</source>
        <translation>возврат средств {0} не найден</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="37"/>
        <source>Refund {0} · {1}</source>
        <translation>Возврат {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="44"/>
        <source> (recorded: {0})</source>
        <translation> (записано: {0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="47"/>
        <source>{0}: expected {1}{2}</source>
        <translation>{0}: ожидается {1}{2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="50"/>
        <source>Choose where the money arrived</source>
        <translation>Выберите, куда поступили деньги</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="53"/>
        <source>what arrived, in {0}</source>
        <translation>поступившая сумма, в {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="62"/>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="63"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="64"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="65"/>
        <source>Arrived on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="71"/>
        <source>the method</source>
        <translation>способ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="72"/>
        <source>the amount that arrived</source>
        <translation>поступившая сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="83"/>
        <source>Fill in expected</source>
        <translation>Подставить ожидаемую</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="85"/>
        <source>Fill in expected ({0})</source>
        <translation>Подставить ожидаемую ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="100"/>
        <source>Choose where the money arrived to see what recording it does.</source>
        <translation>Выберите, куда поступили деньги, чтобы увидеть, к чему приведёт запись.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="103"/>
        <source>Type the amount that arrived to see what recording it does.</source>
        <translation>Введите поступившую сумму, чтобы увидеть, к чему приведёт запись.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="106"/>
        <source>the amount received</source>
        <translation>полученная сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="110"/>
        <source>the refund is no longer there: it was deleted meanwhile</source>
        <translation>возврата средств больше нет: за это время он был удалён</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="113"/>
        <source>This cannot be recorded: {0}.</source>
        <translation>Записать нельзя: {0}.</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../desk/ui/recent_folders.py" line="44"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние папки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/recent_folders.py" line="55"/>
        <source>{0} (not found)</source>
        <translation>{0} (не найдена)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/recent_folders.py" line="61"/>
        <source>No Recent Folders</source>
        <translation>Нет недавних папок</translation>
    </message>
    <message>
        <location filename="../../desk/ui/recent_folders.py" line="64"/>
        <source>Clear Menu</source>
        <translation>Очистить меню</translation>
    </message>
</context>
<context>
    <name>RecordEventDialog</name>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="312"/>
        <source>Record what happened</source>
        <translation>Запись события</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="318"/>
        <source>Dispute {0} · {1} · {2}</source>
        <translation>Спор {0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="324"/>
        <source>Choose what happened</source>
        <translation>Выберите, что произошло</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="333"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="334"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="335"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="336"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="337"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="339"/>
        <source>Who may see it</source>
        <translation>Кто может видеть</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="346"/>
        <source>what happened</source>
        <translation>что произошло</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="347"/>
        <location filename="../../desk/ui/dispute_dialogs.py" line="373"/>
        <source>the amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="348"/>
        <source>the note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="360"/>
        <source>e.g. 12.50</source>
        <translation>например, 12.50</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="370"/>
        <source>Choose what happened to see what it does to the case.</source>
        <translation>Выберите, что произошло, чтобы увидеть, как это повлияет на дело.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="378"/>
        <source>Type the amount to see what it does to the case.</source>
        <translation>Введите сумму, чтобы увидеть, как это повлияет на дело.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dispute_dialogs.py" line="379"/>
        <source>This cannot be recorded: {0}.</source>
        <translation>Это нельзя записать: {0}.</translation>
    </message>
</context>
<context>
    <name>RecordRefundDialog</name>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="40"/>
        <source>Paid by</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="41"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="42"/>
        <source>Comes back</source>
        <translation>Возвращается</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="43"/>
        <source>Expected between</source>
        <translation>Ожидается в период</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="47"/>
        <source>The order was cancelled</source>
        <translation>Заказ отменён</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="48"/>
        <source>Out of stock</source>
        <translation>Нет в наличии</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="49"/>
        <source>Never shipped</source>
        <translation>Не был отправлен</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="50"/>
        <source>Returned</source>
        <translation>Возврат товара</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="51"/>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="67"/>
        <source>Record a refund</source>
        <translation>Регистрация возврата средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="78"/>
        <source>Dispute {0} on line {1}, {2}</source>
        <translation>Спор {0} по позиции {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="84"/>
        <source>the order is no longer there: it was deleted meanwhile</source>
        <translation>заказа больше нет: за это время он был удалён</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="90"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="92"/>
        <source>Dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="97"/>
        <source>Choose why the order is refunded</source>
        <translation>Выберите причину возврата средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="99"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="101"/>
        <source>Amount approved</source>
        <translation>Одобренная сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="102"/>
        <source>At most {0} is left to refund on the order.</source>
        <translation>По заказу осталось вернуть не более {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="104"/>
        <source>The dispute was decided for {0}.</source>
        <translation>По спору присуждено {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="110"/>
        <source>Approved on</source>
        <translation>Дата одобрения</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="111"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="112"/>
        <source>Tick when you know the day it was sent: the windows count from it</source>
        <translation>Отметьте, если известна дата отправки: сроки отсчитываются от неё</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="129"/>
        <source>How it comes back</source>
        <translation>Как возвращаются средства</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="159"/>
        <source>Enter the amount the seller or platform approved.</source>
        <translation>Введите сумму, одобренную продавцом или площадкой.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="169"/>
        <source>Nothing is written until you press OK.</source>
        <translation>Ничего не будет записано, пока вы не нажмёте OK.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="171"/>
        <source>Coupons and vouchers ({0}) are not refunded. </source>
        <translation>Купоны и ваучеры ({0}) не возвращаются. </translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_refund_dialog.py" line="173"/>
        <source>Choose why the order is refunded.</source>
        <translation>Выберите причину возврата средств.</translation>
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
        <translation>недополучено {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="131"/>
        <source>{0} more than expected</source>
        <translation>на {0} больше ожидаемого</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="133"/>
        <source>complete</source>
        <translation>получено полностью</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="135"/>
        <source>arrived late (it was due by {0})</source>
        <translation>поступило с опозданием (срок — до {0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="137"/>
        <source>on time</source>
        <translation>поступило в срок</translation>
    </message>
    <message>
        <location filename="../../desk/ui/refund_dialogs.py" line="138"/>
        <source>Records that {0} arrived on {1} on {2}; the part is then {3} and {4}.</source>
        <translation>Будет записано поступление {0} ({1}) от {2}; по этой части возврата: {3}, {4}.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../desk/ui/register_export.py" line="31"/>
        <source>Save the Bates register</source>
        <translation>Сохранить реестр номеров Бейтса</translation>
    </message>
    <message>
        <location filename="../../desk/ui/register_export.py" line="33"/>
        <source>CSV, for any spreadsheet (*.csv)</source>
        <translation>CSV для любых электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/register_export.py" line="55"/>
        <source>Cannot save the Bates register</source>
        <translation>Не удалось сохранить реестр номеров Бейтса</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../desk/ui/reminders.py" line="58"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="59"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="60"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="61"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="62"/>
        <source>Answer</source>
        <translation>Отметка</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desk/ui/reminders.py" line="105"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="108"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="109"/>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="109"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="114"/>
        <source>snoozed until {0}</source>
        <translation>отложено до {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="116"/>
        <source>dismissed</source>
        <translation>скрыто</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="267"/>
        <source>%n reminder(s) came due</source>
        <translation>
            <numerusform>%n новое напоминание</numerusform>
            <numerusform>%n новых напоминания</numerusform>
            <numerusform>%n новых напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="299"/>
        <source>Show Reminders</source>
        <translation>Показать напоминания</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="313"/>
        <source>While Desk was closed, %n reminder(s) came due.</source>
        <translation>
            <numerusform>Пока Desk был закрыт, появилось %n напоминание.</numerusform>
            <numerusform>Пока Desk был закрыт, появилось %n напоминания.</numerusform>
            <numerusform>Пока Desk был закрыт, появилось %n напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="318"/>
        <source>Desk could not read the reminders; the Dashboard lists every deadline.</source>
        <translation>Desk не удалось прочитать напоминания; все сроки перечислены на странице «Сводка».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="330"/>
        <source>%n deadline(s) overdue.</source>
        <translation>
            <numerusform>Просрочен %n срок.</numerusform>
            <numerusform>Просрочено %n срока.</numerusform>
            <numerusform>Просрочено %n сроков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="332"/>
        <source>%n reminder(s).</source>
        <translation>
            <numerusform>%n напоминание.</numerusform>
            <numerusform>%n напоминания.</numerusform>
            <numerusform>%n напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="334"/>
        <source>First: {0} — {1}, {2}.</source>
        <translation>Ближайшее: {0} — {1}, {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="352"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="364"/>
        <source>Show snoozed and dismissed ones too</source>
        <translation>Показывать также отложенные и скрытые</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="366"/>
        <source>No reminders today.</source>
        <translation>На сегодня напоминаний нет.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="372"/>
        <source>Open Case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="374"/>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="377"/>
        <source>Until Tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="377"/>
        <source>For 3 Days</source>
        <translation>На 3 дня</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="377"/>
        <source>For a Week</source>
        <translation>На неделю</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="383"/>
        <source>Until a Day…</source>
        <translation>До даты…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="388"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="434"/>
        <source>An overdue deadline stays here until its case moves past it. If the platform gave more time, change the deadline&apos;s date on its case.</source>
        <translation>Просроченный срок остаётся здесь, пока дело не пройдёт этот этап. Если площадка дала больше времени, измените дату срока в деле.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="452"/>
        <source>Snooze Until</source>
        <translation>Отложить до даты</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reminders.py" line="458"/>
        <source>Show this reminder again on:</source>
        <translation>Снова показать это напоминание:</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="51"/>
        <source>A reminder comes up on each of these days before a deadline (0 is the day itself), stays until the case moves on, and can be snoozed or dismissed. An overdue deadline stays until its case moves past it.</source>
        <translation>Напоминание появляется в каждый из этих дней до срока (0 — сам день срока), остаётся, пока дело не продвинется, и его можно отложить или скрыть. Напоминание о просроченном сроке остаётся, пока дело не пройдёт этот этап.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="64"/>
        <source>Days before the deadline, separated by commas</source>
        <translation>Дни до срока через запятую</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="69"/>
        <source>Keep Desk in the notification area when its window is closed</source>
        <translation>Оставлять Desk в области уведомлений после закрытия окна</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="74"/>
        <source>This desktop has no notification area.</source>
        <translation>На этом рабочем столе нет области уведомлений.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="77"/>
        <source>Notifications are a help, not a guarantee: Windows hides them while Focus Assist is on, macOS shows them once you allow them, and some Linux desktops have no notification area. The banner above the pages and View › Reminders always show them.</source>
        <translation>Уведомления — это помощь, а не гарантия: Windows скрывает их при включённой фокусировке внимания, macOS показывает их только после вашего разрешения, а в некоторых средах Linux нет области уведомлений. Баннер над страницами и меню Вид › Напоминания показывают их всегда.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="86"/>
        <source>When Desk is not open, have the system run this command every morning (Task Scheduler on Windows, launchd on macOS, cron on Linux; the README has the steps):</source>
        <translation>Когда Desk не запущен, настройте систему так, чтобы она выполняла эту команду каждое утро (Планировщик заданий в Windows, launchd в macOS, cron в Linux; порядок действий описан в README):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="134"/>
        <source>{0}: give whole numbers of days from 0 to 365, separated by commas, such as 7, 3, 1, 0.</source>
        <translation>{0}: укажите целые числа дней от 0 до 365 через запятую, например 7, 3, 1, 0.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_reminders.py" line="148"/>
        <source>Saved: {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="59"/>
        <source>{0}, {1}</source>
        <comment>two counts, such as: 3 orders, 5 order lines</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="61"/>
        <source>{0} order(s)</source>
        <translation>
            <numerusform>{0} заказ</numerusform>
            <numerusform>{0} заказа</numerusform>
            <numerusform>{0} заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="62"/>
        <source>{0} order line(s)</source>
        <translation>
            <numerusform>{0} позиция заказа</numerusform>
            <numerusform>{0} позиции заказов</numerusform>
            <numerusform>{0} позиций заказов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="64"/>
        <source>Added:</source>
        <translation>Добавлено:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="64"/>
        <source>Would add:</source>
        <translation>Будет добавлено:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="67"/>
        <source>{0} updated, {1} unchanged</source>
        <translation>обновлено: {0}, без изменений: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="69"/>
        <source>{0} to update, {1} unchanged</source>
        <translation>будет обновлено: {0}, без изменений: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="70"/>
        <source>Orders already in Desk:</source>
        <translation>Заказы, уже имеющиеся в Desk:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="71"/>
        <source>Rows left out:</source>
        <translation>Пропущенные строки:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="72"/>
        <location filename="../../desk/ui/import_summary.py" line="94"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="73"/>
        <source>Totals of the orders:</source>
        <translation>Итоги по заказам:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="76"/>
        <source>Read with:</source>
        <translation>Как прочитано:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="76"/>
        <source>nothing in the file could be read two ways</source>
        <translation>в файле нет значений, которые можно прочитать двояко</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="80"/>
        <source>{0} supplier(s)</source>
        <translation>
            <numerusform>{0} поставщик</numerusform>
            <numerusform>{0} поставщика</numerusform>
            <numerusform>{0} поставщиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="81"/>
        <source>{0} store(s)</source>
        <translation>
            <numerusform>{0} магазин</numerusform>
            <numerusform>{0} магазина</numerusform>
            <numerusform>{0} магазинов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="83"/>
        <source>New in Desk:</source>
        <translation>Новое в Desk:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="83"/>
        <source>Would be new in Desk:</source>
        <translation>Будет новым в Desk:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="85"/>
        <source>Columns not imported:</source>
        <translation>Неимпортированные столбцы:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="88"/>
        <source>Totals that differ from their parts:</source>
        <translation>Итоги, не совпадающие с суммой составляющих:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="99"/>
        <source> and {0} more</source>
        <translation> и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="100"/>
        <source>row {0} ({1})</source>
        <translation>строка {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/import_summary.py" line="100"/>
        <source>rows {0} ({1})</source>
        <translation>строки {0} ({1})</translation>
    </message>
</context>
<context>
    <name>RequireDocumentDialog</name>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="177"/>
        <source>Add a document the platform asks for</source>
        <translation>Добавление документа, запрошенного площадкой</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="185"/>
        <source>Required: the application cannot be submitted without it</source>
        <translation>Обязательный: без него заявку нельзя подать</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="187"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="188"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/deposit_dialogs.py" line="190"/>
        <source>the document</source>
        <translation>документ</translation>
    </message>
</context>
<context>
    <name>Required</name>
    <message>
        <location filename="../../desk/ui/required.py" line="111"/>
        <source>Fill in {0} first</source>
        <translation>Сначала заполните: {0}</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="41"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="42"/>
        <source>What it says</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="43"/>
        <source>Since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="44"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="45"/>
        <source>Where it comes from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="68"/>
        <source>The purchase agent</source>
        <translation>Агент по закупкам</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="69"/>
        <source>Desk&apos;s general rules (platforms without their own)</source>
        <translation>Общие правила Desk (для площадок без собственных правил)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="79"/>
        <source>Override…</source>
        <translation>Переопределить…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="82"/>
        <source>Remove Override…</source>
        <translation>Отменить переопределение…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="88"/>
        <source>Platform:</source>
        <translation>Площадка:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="122"/>
        <source>These rules are no platform&apos;s and cannot be overridden: set a case&apos;s own deadline instead.</source>
        <translation>Эти правила не относятся ни к одной площадке, и переопределить их нельзя: вместо этого задайте срок в самом деле.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="124"/>
        <source>{0}: rules in grey are not in force today. Override… sets your own value from a date on.</source>
        <translation>{0}: правила, выделенные серым, сегодня не действуют. Кнопка «Переопределить…» задаёт ваше собственное значение начиная с указанной даты.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="130"/>
        <source>always</source>
        <translation>всегда</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="131"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="131"/>
        <source>Not in force</source>
        <translation>Не действует</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="133"/>
        <source>, your override</source>
        <translation>, ваше значение</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="135"/>
        <source>, Desk&apos;s reading</source>
        <translation>, толкование Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="179"/>
        <source>Remove your override</source>
        <translation>Отмена переопределения</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_rules.py" line="180"/>
        <source>Remove your value for “{0}” from {1}? Desk&apos;s own rule applies again from that day.</source>
        <translation>Удалить ваше значение для правила «{0}», действующее с {1}? С этой даты снова будет применяться правило Desk.</translation>
    </message>
</context>
<context>
    <name>SaveRevert</name>
    <message>
        <location filename="../../desk/ui/save_revert.py" line="32"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/save_revert.py" line="34"/>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="43"/>
        <source>Business name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="44"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="45"/>
        <source>Contact (who signs letters)</source>
        <translation>Контактное лицо (подписывает письма)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="46"/>
        <source>Country (two letters)</source>
        <translation>Страна (две буквы)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="47"/>
        <source>Home currency</source>
        <translation>Основная валюта</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="48"/>
        <source>Show deadlines as due</source>
        <translation>Помечать срок как близкий</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="49"/>
        <source>Largest evidence file</source>
        <translation>Наибольший файл доказательств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="50"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="51"/>
        <source>Page number prefix</source>
        <translation>Префикс номера страницы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="52"/>
        <source>Photos sent to others</source>
        <translation>Фото для другой стороны</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="70"/>
        <source>Letters and packets print the business&apos;s name, address and contact; refunds are counted in the working days of its country.</source>
        <translation>В письмах и пакетах печатаются название, адрес и контакты компании; возвраты средств считаются в рабочих днях её страны.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="91"/>
        <source> days before</source>
        <translation> дн. заранее</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="91"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="97"/>
        <source>Letter</source>
        <comment>the paper size</comment>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="102"/>
        <source>Without location or camera; with the date taken</source>
        <translation>Без геоданных и сведений о камере; с датой съёмки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="103"/>
        <source>Without location, camera or the date taken</source>
        <translation>Без геоданных, сведений о камере и даты съёмки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="169"/>
        <source>Saved: {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/prefs_settings.py" line="176"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="24"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="26"/>
        <source>&amp;Verify Data Folder…</source>
        <translation>&amp;Проверить папку данных…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="28"/>
        <source>Verify &amp;Bundle…</source>
        <translation>Проверить &amp;архив для юриста…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="30"/>
        <source>&amp;Letter Templates…</source>
        <translation>&amp;Шаблоны писем…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="32"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="45"/>
        <source>Add &amp;Exchange Rate…</source>
        <translation>Добавить &amp;курс валюты…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="49"/>
        <source>Add a &amp;Person to the Team…</source>
        <translation>Добавить &amp;человека в команду…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="123"/>
        <source>Letter templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tools_menu.py" line="124"/>
        <source>{0}
Edit them there: Desk uses your copy of a letter from then on.</source>
        <translation>{0}
Редактируйте их там: после этого Desk будет использовать вашу копию письма.</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="134"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="135"/>
        <source>Payments in the file</source>
        <translation>Платежи в файле</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="136"/>
        <location filename="../../desk/ui/payments_tables.py" line="138"/>
        <source>Matched</source>
        <translation>Сопоставлено</translation>
    </message>
    <message>
        <location filename="../../desk/ui/payments_tables.py" line="137"/>
        <source>Refunds in the file</source>
        <translation>Возвраты в файле</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="40"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="89"/>
        <source>Cannot undo</source>
        <translation>Не удалось отменить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="89"/>
        <source>Cannot redo</source>
        <translation>Не удалось повторить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="102"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desk/ui/undo_stack.py" line="103"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>VerifyBundleDialog</name>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="164"/>
        <source>Verify Bundle</source>
        <translation>Проверка архива для юриста</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="167"/>
        <source>Desk checks every file of {0} against the list of files and fingerprints inside it, and that the list is signed with this data folder&apos;s key.</source>
        <translation>Desk сверит каждый файл архива {0} со списком файлов и их отпечатков внутри архива и проверит, что список подписан ключом этой папки данных.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="172"/>
        <source>Desk checks every file of {0} against the list of files and fingerprints inside it, and that the list is signed.</source>
        <translation>Desk сверит каждый файл архива {0} со списком файлов и их отпечатков внутри архива и проверит, что список подписан.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="198"/>
        <source>Checking {0}…</source>
        <translation>Проверка {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="205"/>
        <source>Manifest SHA-256: {0}</source>
        <translation>SHA-256 манифеста: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="208"/>
        <source>this data folder&apos;s key</source>
        <translation>ключ этой папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="209"/>
        <source>not this data folder&apos;s key</source>
        <translation>не ключ этой папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="210"/>
        <source>compare it with the fingerprint the sender gave you</source>
        <translation>сверьте его с отпечатком, который сообщил отправитель</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="212"/>
        <source>Signed with the key {0} ({1})</source>
        <translation>Подписано ключом {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="216"/>
        <source>{0} is not a bundle Desk exported: it holds no list of its files to check them against.</source>
        <translation>{0} — не архив, экспортированный из Desk: в нём нет списка файлов, с которым их можно сверить.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="220"/>
        <source>{0} is intact: its {1} file(s) are as they were exported, and the list of them is signed.</source>
        <translation>
            <numerusform>Архив {0} не изменён: его {1} файл в том же виде, в каком был экспортирован, а список файлов подписан.</numerusform>
            <numerusform>Архив {0} не изменён: его {1} файла в том же виде, в каком были экспортированы, а список файлов подписан.</numerusform>
            <numerusform>Архив {0} не изменён: его {1} файлов в том же виде, в каком были экспортированы, а список файлов подписан.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="227"/>
        <source>{0} was changed since it was exported: %n problem(s).</source>
        <translation>
            <numerusform>Архив {0} изменён после экспорта: %n проблема.</numerusform>
            <numerusform>Архив {0} изменён после экспорта: %n проблемы.</numerusform>
            <numerusform>Архив {0} изменён после экспорта: %n проблем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="248"/>
        <source>Verify a bundle for the lawyer</source>
        <translation>Проверить архив для юриста</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="248"/>
        <source>Bundles (*.zip)</source>
        <translation>Архивы для юриста (*.zip)</translation>
    </message>
</context>
<context>
    <name>VerifyFolderDialog</name>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="110"/>
        <source>Verify Data Folder</source>
        <translation>Проверка папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="112"/>
        <source>Desk reads every evidence file again and compares it with what it kept when the file was added, checks that every file and case it names is there, and that no entry of the history was changed.</source>
        <translation>Desk заново прочитает каждый файл доказательств и сравнит его с тем, что было сохранено при добавлении файла, проверит, что все упомянутые файлы и дела на месте и что ни одна запись истории не была изменена.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="126"/>
        <source>Checking {0}…</source>
        <translation>Проверка {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="133"/>
        <source>{0} evidence file(s) ({1})</source>
        <translation>
            <numerusform>{0} файл доказательств ({1})</numerusform>
            <numerusform>{0} файла доказательств ({1})</numerusform>
            <numerusform>{0} файлов доказательств ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="135"/>
        <source>{0} entries of the history</source>
        <translation>
            <numerusform>{0} запись истории</numerusform>
            <numerusform>{0} записи истории</numerusform>
            <numerusform>{0} записей истории</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="153"/>
        <source>{0} file(s) in the vault belong to no evidence (left by deleted evidence): harmless.</source>
        <translation>
            <numerusform>{0} файл в хранилище не относится ни к одному доказательству (остался от удалённых доказательств): это не опасно.</numerusform>
            <numerusform>{0} файла в хранилище не относятся ни к одному доказательству (остались от удалённых доказательств): это не опасно.</numerusform>
            <numerusform>{0} файлов в хранилище не относятся ни к одному доказательству (остались от удалённых доказательств): это не опасно.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="138"/>
        <source>All is as it was kept: {0} read again and unchanged, {1} unbroken.</source>
        <translation>Всё в сохранности. Заново прочитано и не изменено: {0}. Цепочка не нарушена: {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="143"/>
        <source>%n problem(s) found ({0} and {1} checked). Restore what is listed from a backup.</source>
        <translation>
            <numerusform>Найдена %n проблема (проверено: {0} и {1}). Восстановите перечисленное из резервной копии.</numerusform>
            <numerusform>Найдено %n проблемы (проверено: {0} и {1}). Восстановите перечисленное из резервной копии.</numerusform>
            <numerusform>Найдено %n проблем (проверено: {0} и {1}). Восстановите перечисленное из резервной копии.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/verify_dialog.py" line="148"/>
        <source>The history was changed at entry {0}: {1}</source>
        <translation>История изменена в записи {0}: {1}</translation>
    </message>
</context>
<context>
    <name>VoidActions</name>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="174"/>
        <source>Cannot restore</source>
        <translation>Не удалось восстановить</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/void_actions.py" line="68"/>
        <source>Void %n record(s)</source>
        <translation>
            <numerusform>Аннулирование %n записи</numerusform>
            <numerusform>Аннулирование %n записей</numerusform>
            <numerusform>Аннулирование %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="68"/>
        <source>Void a record</source>
        <translation>Аннулирование записи</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="70"/>
        <source>These records will be voided:</source>
        <translation>Будут аннулированы записи:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="70"/>
        <source>This record will be voided:</source>
        <translation>Будет аннулирована запись:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="91"/>
        <source>Nothing is deleted: voided records are kept with their history and left out of every sum, deadline and list. Tick “Voided too” to see them, and Restore to make them count again.</source>
        <translation>Ничего не удаляется: аннулированные записи сохраняются вместе с историей и не учитываются ни в суммах, ни в сроках, ни в списках. Чтобы увидеть их, отметьте «Включая аннулированные»; чтобы они снова учитывались, выберите «Восстановить».</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="99"/>
        <source>Why, e.g. entered twice</source>
        <translation>Причина, например: введено дважды</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="106"/>
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="111"/>
        <source>the reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../desk/ui/void_actions.py" line="117"/>
        <source>Reason (kept with the records):</source>
        <translation>Причина (сохраняется вместе с записями):</translation>
    </message>
</context>
<context>
    <name>WithdrawalAccountDialog</name>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="21"/>
        <source>Where withdrawals go</source>
        <translation>Реквизиты для вывода средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="30"/>
        <source>none stored</source>
        <translation>не сохранены</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="35"/>
        <source>Not shown as you type; stored sealed, shown only by its last characters</source>
        <translation>Не отображается при вводе; хранится в зашифрованном виде, показываются только последние символы</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="36"/>
        <source>Remove the stored one</source>
        <translation>Удалить сохранённые реквизиты</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="39"/>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="40"/>
        <source>Stored now</source>
        <translation>Сохранено сейчас</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="41"/>
        <source>Send withdrawals to</source>
        <translation>Выводить средства на</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="42"/>
        <source>An IBAN, a card number, or a receiver&apos;s name and details</source>
        <translation>IBAN, номер карты или имя и реквизиты получателя</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_account_dialog.py" line="48"/>
        <source>where withdrawals go</source>
        <translation>реквизиты для вывода средств</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="55"/>
        <source>Request a withdrawal</source>
        <translation>Заявка на вывод средств</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="61"/>
        <source>what is sent, in {0}</source>
        <translation>отправляемая сумма, в {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="62"/>
        <source>Choose how the money is sent</source>
        <translation>Выберите, как отправляются деньги</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="67"/>
        <source>the transfer fee, 0 if none</source>
        <translation>комиссия за перевод; 0, если её нет</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="74"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="75"/>
        <source>Channel</source>
        <translation>Способ перевода</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="76"/>
        <source>Transfer fee</source>
        <translation>Комиссия за перевод</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="77"/>
        <source>Requested on</source>
        <translation>Дата заявки</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="78"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="85"/>
        <source>the amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="86"/>
        <source>the channel</source>
        <translation>способ перевода</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="87"/>
        <source>the transfer fee (0 if none)</source>
        <translation>комиссия за перевод (0, если её нет)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="118"/>
        <source>Balance on {0}: {1}. May be withdrawn after the fee: {2}.</source>
        <translation>Баланс на {0}: {1}. Можно вывести с учётом комиссии: {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="126"/>
        <source>Enter the amount, the channel and the fee to see whether the agent accepts.</source>
        <translation>Укажите сумму, способ перевода и комиссию, чтобы узнать, примет ли агент заявку.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="136"/>
        <source>The agent would accept this request.</source>
        <translation>Агент примет эту заявку.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/withdrawal_dialog.py" line="139"/>
        <source>The agent would refuse this request:
{0}</source>
        <translation>Агент отклонит эту заявку:
{0}</translation>
    </message>
</context>
<context>
    <name>_OnAccount</name>
    <message>
        <location filename="../../desk/ui/account_dialogs.py" line="99"/>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../desk/accounts/balance.py" line="27"/>
        <source>to a credit card</source>
        <translation>на кредитную карту</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/balance.py" line="28"/>
        <source>by Western Union or MoneyGram</source>
        <translation>через Western Union или MoneyGram</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/balance.py" line="56"/>
        <source>no exchange rate {0}→{1} on or before {2} to convert {3}; add the rate of that day</source>
        <translation>нет курса валюты {0}→{1} на {2} или более раннюю дату для пересчёта ({3}); добавьте курс на эту дату</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/balance.py" line="64"/>
        <source>ledger entry {0} ({1})</source>
        <translation>запись журнала операций {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/balance.py" line="99"/>
        <source>up to {0} to a credit card and up to {1} by Western Union or MoneyGram</source>
        <translation>до {0} на кредитную карту и до {1} через Western Union или MoneyGram</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="38"/>
        <source>Order cancelled while pending</source>
        <translation>Заказ отменён до обработки</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="39"/>
        <source>an order cancelled while still pending</source>
        <translation>заказ, отменённый ещё до обработки</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="43"/>
        <source>Invalid order cancelled</source>
        <translation>Отменён недействительный заказ</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="44"/>
        <source>an order the agent marked invalid and that was cancelled</source>
        <translation>заказ, признанный агентом недействительным и отменённый</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="48"/>
        <source>Damaged item returned through the agent</source>
        <translation>Повреждённый товар возвращён через агента</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="49"/>
        <source>an item that arrived damaged at the agent&apos;s warehouse and went back to the seller</source>
        <translation>товар, который прибыл на склад агента повреждённым и был возвращён продавцу</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="53"/>
        <source>Claim for a wrong or damaged item</source>
        <translation>Претензия по неверному или повреждённому товару</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="54"/>
        <source>a wrong or damaged (not fragile) item you received</source>
        <translation>полученный вами неверный или повреждённый (не хрупкий) товар</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="63"/>
        <location filename="../../desk/text_encodings.py" line="311"/>
        <source>{0} or {1}</source>
        <translation>{0} или {1}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="71"/>
        <source>order {0} is {1}: a cost return for {2} needs it {3} (&quot;Refund &amp; Withdraw Fund&quot;)</source>
        <translation>заказ {0} в статусе {1}: для возврата переплаты за {2} заказ должен быть в статусе {3} («Refund &amp; Withdraw Fund»)</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="78"/>
        <source>a cost return for {0} needs the claim it settles (&quot;Refund &amp; Withdraw Fund&quot;): name its dispute</source>
        <translation>для возврата переплаты за {0} нужна претензия, по которой он производится («Refund &amp; Withdraw Fund»): укажите её спор</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/cost_returns.py" line="85"/>
        <source>a cost return on {0} is before {1} was placed ({2})</source>
        <translation>возврат переплаты {0} — раньше, чем был размещён заказ {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="51"/>
        <source>{0!r} names more than one member account ({1}); give it as PROVIDER/NAME</source>
        <translation>{0!r} подходит к нескольким счетам у агентов ({1}); укажите счёт в виде PROVIDER/NAME</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="56"/>
        <source>no member account {0!r}; accounts: {1}</source>
        <translation>нет счёта у агента {0!r}; имеющиеся счета: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="57"/>
        <source>no member account {0!r}</source>
        <translation>нет счёта у агента {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="66"/>
        <source>no member account {0}</source>
        <translation>нет счёта у агента {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="73"/>
        <source>{0!r}: name the account as PROVIDER/NAME, e.g. Superbuy/reseller_eu_01</source>
        <translation>{0!r}: укажите счёт в виде PROVIDER/NAME, например Superbuy/reseller_eu_01</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="75"/>
        <source>the provider and the member name may each have at most 120 characters</source>
        <translation>название агента (площадки) и имя учётной записи могут содержать не более 120 символов каждое</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="80"/>
        <source>{0!r} is not a currency in use; give an ISO code such as CNY or USD</source>
        <translation>{0!r} — не действующая валюта; укажите код ISO, например CNY или USD</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="90"/>
        <source>there is already a member account {0} (account {1}, voided: restore it instead)</source>
        <translation>счёт у агента {0} уже существует (счёт {1}, аннулирован: восстановите его)</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="94"/>
        <source>there is already a member account {0} (account {1})</source>
        <translation>счёт у агента {0} уже существует (счёт {1})</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="104"/>
        <source>{0} must be more than zero</source>
        <translation>{0} должна быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="115"/>
        <source>the balance of {0} would fall to {1} on {2}; a member account works like a debit account (&quot;Refund &amp; Withdraw Fund&quot;): add funds first</source>
        <translation>баланс счёта {0} снизится до {1} на {2}; счёт у агента работает как дебетовый («Refund &amp; Withdraw Fund»): сначала пополните его</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="125"/>
        <location filename="../../desk/operations/accounts.py" line="157"/>
        <source>the funds added</source>
        <translation>сумма пополнения</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="144"/>
        <location filename="../../desk/operations/accounts.py" line="169"/>
        <source>the payment</source>
        <translation>сумма платежа</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="148"/>
        <source>order {0} goes through {1}, not {2}</source>
        <translation>заказ {0} оплачивается через счёт {1}, а не {2}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="154"/>
        <source>a payment on {0} is before {1} was placed ({2})</source>
        <translation>платёж {0} — раньше, чем был размещён заказ {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="176"/>
        <location filename="../../desk/operations/accounts.py" line="183"/>
        <source>the cost returned</source>
        <translation>сумма возврата переплаты</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="180"/>
        <location filename="../../desk/operations/refunds.py" line="162"/>
        <source>dispute {0} is about {1}, not {2}</source>
        <translation>спор {0} относится к заказу {1}, а не {2}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="186"/>
        <source>a cost return comes from an order: name the order or the dispute it settles</source>
        <translation>возврат переплаты производится по заказу: укажите заказ или спор, по которому он производится</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="192"/>
        <source>{0} has no payment for {1}: a cost return gives back what the account paid for an order, so record the payment first</source>
        <translation>со счёта {0} нет платежа за заказ {1}: возврат переплаты возвращает то, что было оплачено со счёта за заказ, поэтому сначала запишите платёж</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="197"/>
        <source>the cost return {0}</source>
        <translation>возврат переплаты {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/ledger.py" line="201"/>
        <source>the cost return {0} is more than is left to return on {1}: {2} paid {3} for it and {4} came back already</source>
        <translation>возврат переплаты {0} больше, чем осталось вернуть по заказу {1}: со счёта {2} за него оплачено {3}, а уже вернулось {4}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="76"/>
        <source>requested, due {0} ({1})</source>
        <translation>запрошен, срок {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="79"/>
        <source>{0}, not counted</source>
        <translation>{0}, не учитывается</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="80"/>
        <location filename="../../desk/evidence/cases.py" line="44"/>
        <location filename="../../desk/operations/voiding.py" line="139"/>
        <location filename="../../desk/overview/audit_words.py" line="115"/>
        <location filename="../../desk/overview/names.py" line="35"/>
        <source>order {0}</source>
        <translation>заказ {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="81"/>
        <location filename="../../desk/evidence/cases.py" line="36"/>
        <location filename="../../desk/lists/evidence.py" line="52"/>
        <location filename="../../desk/operations/packets.py" line="86"/>
        <location filename="../../desk/orders/voiding.py" line="12"/>
        <source>dispute {0}</source>
        <translation>спор {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="88"/>
        <source>no rate</source>
        <translation>нет курса</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="92"/>
        <source>{0} on {1}&apos;s rate</source>
        <translation>{0} по курсу на {1}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="132"/>
        <location filename="../../desk/commands/accounts.py" line="126"/>
        <source>unknown, a rate is missing</source>
        <translation>неизвестно: не хватает курса валюты</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="134"/>
        <source>{0} (account {1}, {2}): balance {3}</source>
        <translation>{0} (счёт {1}, {2}): баланс {3}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="137"/>
        <source>May be withdrawn, less the transfer fee: {0}.</source>
        <translation>Можно вывести за вычетом комиссии за перевод: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="138"/>
        <source>No entries yet.</source>
        <translation>Записей пока нет.</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="139"/>
        <source>Balance unknown: {0}</source>
        <translation>Баланс неизвестен: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="158"/>
        <source>Balance {0}.</source>
        <translation>Баланс: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/view.py" line="158"/>
        <source>Balance unknown: a rate is missing.</source>
        <translation>Баланс неизвестен: не хватает курса валюты.</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/voiding.py" line="12"/>
        <source>the account {0} at {1}</source>
        <translation>счёт {0} у {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/accounts/voiding.py" line="19"/>
        <source>{0} has %n ledger entries: void them first</source>
        <translation>
            <numerusform>{0}: в журнале операций %n запись — сначала аннулируйте её</numerusform>
            <numerusform>{0}: в журнале операций %n записи — сначала аннулируйте их</numerusform>
            <numerusform>{0}: в журнале операций %n записей — сначала аннулируйте их</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/accounts/voiding.py" line="25"/>
        <source>{0} is voided: restore it first</source>
        <translation>{0} аннулирован: сначала восстановите его</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="28"/>
        <location filename="../../desk/accounts/withdrawals.py" line="29"/>
        <location filename="../../desk/operations/accounts.py" line="279"/>
        <source>the amount to withdraw</source>
        <translation>сумма к выводу</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="29"/>
        <location filename="../../desk/operations/accounts.py" line="224"/>
        <location filename="../../desk/operations/accounts.py" line="280"/>
        <source>the transfer fee</source>
        <translation>комиссия за перевод</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="32"/>
        <source>{0} leaves the balance in {1}, the account&apos;s currency: not {2}</source>
        <translation>{0} списывается с баланса в валюте счёта ({1}), а указано {2}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="37"/>
        <source>the transfer fee cannot be negative</source>
        <translation>комиссия за перевод не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="42"/>
        <source>the agent does not send withdrawals by {0}: only to a credit card or by Western Union or MoneyGram (&quot;Refund &amp; Withdraw Fund&quot;)</source>
        <translation>агент не выводит средства способом «{0}»: только на кредитную карту или через Western Union или MoneyGram («Refund &amp; Withdraw Fund»)</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="52"/>
        <source>the transfer fee {0} is larger than the balance {1} on {2}: the agent does not transfer then, as it would be senseless (&quot;Refund &amp; Withdraw Fund&quot;)</source>
        <translation>комиссия за перевод {0} больше баланса {1} на {2}: в таком случае агент не выполняет перевод, так как он лишён смысла («Refund &amp; Withdraw Fund»)</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="59"/>
        <source>{0} plus the transfer fee {1} is more than the balance {2} on {3}: at most {4} can be withdrawn with this fee, as the fee is taken from the balance too (&quot;Refund &amp; Withdraw Fund&quot;)</source>
        <translation>{0} вместе с комиссией за перевод {1} превышает баланс {2} на {3}: с такой комиссией можно вывести не более {4}, так как комиссия тоже списывается с баланса («Refund &amp; Withdraw Fund»)</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="64"/>
        <source>{0} plus the transfer fee {1} is more than the balance {2} on {3}: nothing would be left, as the fee is taken from the balance too (&quot;Refund &amp; Withdraw Fund&quot;)</source>
        <translation>{0} вместе с комиссией за перевод {1} превышает баланс {2} на {3}: выводить будет нечего, так как комиссия тоже списывается с баланса («Refund &amp; Withdraw Fund»)</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="71"/>
        <source>{0} {1} is refused: money added by credit card may only be withdrawn to a credit card and money added any other way only by Western Union or MoneyGram (&quot;Refund &amp; Withdraw Fund&quot;), so after the fee {2} can be withdrawn on {3}</source>
        <translation>вывод {0} {1} невозможен: деньги, внесённые кредитной картой, можно вывести только на кредитную карту, а внесённые другим способом — только через Western Union или MoneyGram («Refund &amp; Withdraw Fund»), поэтому с учётом комиссии на {3} можно вывести {2}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="119"/>
        <source>no ledger entry {0}</source>
        <translation>нет записи журнала операций {0}</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="122"/>
        <source>ledger entry {0} is a {1}, not a withdrawal</source>
        <translation>запись журнала операций {0} — это {1}, а не вывод средств</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="125"/>
        <source>a withdrawal is requested once; mark it done, refused or cancelled</source>
        <translation>заявка на вывод средств подаётся один раз; отметьте вывод как выполненный, отклонённый или отменённый</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="129"/>
        <source>withdrawal {0} is already {1} on {2}; only a requested one can be marked</source>
        <translation>вывод средств {0} уже отмечен ({1}, {2}); отметить можно только запрошенный вывод</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="134"/>
        <source>withdrawal {0} is already {1}; only a requested one can be marked</source>
        <translation>вывод средств {0} уже отмечен ({1}); отметить можно только запрошенный вывод</translation>
    </message>
    <message>
        <location filename="../../desk/accounts/withdrawals.py" line="140"/>
        <source>withdrawal {0} was requested on {1}; it cannot end on {2} before that</source>
        <translation>вывод средств {0} запрошен {1}; он не может завершиться раньше этой даты ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/cli.py" line="46"/>
        <source>Desk: orders, supplier disputes, refunds and evidence, until the money is back.</source>
        <translation>Desk: заказы, споры с поставщиками, возвраты средств и доказательства — пока деньги не вернутся.</translation>
    </message>
    <message>
        <location filename="../../desk/cli.py" line="52"/>
        <source>open the main window (the default)</source>
        <translation>открыть главное окно (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../desk/cli.py" line="88"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../desk/commands/__init__.py" line="49"/>
        <source>the data folder (default: $DESK_DATA, else the platform&apos;s user data folder)</source>
        <translation>папка данных (по умолчанию: $DESK_DATA, иначе папка пользовательских данных системы)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/__init__.py" line="55"/>
        <source>print JSON for scripts (an error too, on stderr)</source>
        <translation>выводить JSON для сценариев (ошибку тоже — в stderr)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/__init__.py" line="78"/>
        <source>{0!r} is not a date like 2026-11-23</source>
        <translation>{0!r} — не дата вида 2026-11-23</translation>
    </message>
    <message>
        <location filename="../../desk/commands/__init__.py" line="88"/>
        <source>keep a date before 2000 or more than a year ahead (refused without it, as a likely typing mistake)</source>
        <translation>оставить дату ранее 2000 года или более чем на год вперёд (без этого параметра такая дата отклоняется как вероятная опечатка)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/__init__.py" line="101"/>
        <source>unknown {0} {1!r}; known: {2}</source>
        <translation>неизвестное значение ({0}): {1!r}; допустимые: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="60"/>
        <source>{0} arrived on {1}: the deposit in full</source>
        <translation>{1} поступило {0}: депозит возвращён полностью</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="64"/>
        <source>{0} arrived on {1}, {2} less than the deposit of {3}: likely a transfer fee (&quot;How to Get Your AliExpress Deposit Refunded? Detailed Step-by-Step Guide&quot;: some banks charge high cross-border transfer fees); follow up with the bank or the platform</source>
        <translation>{1} поступило {0}, на {2} меньше депозита {3}: вероятно, это комиссия за перевод («How to Get Your AliExpress Deposit Refunded? Detailed Step-by-Step Guide»: некоторые банки берут высокую комиссию за трансграничные переводы); уточните в банке или у площадки</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="70"/>
        <source>{0} arrived on {1}, {2} more than the deposit of {3}: ask the platform&apos;s customer service</source>
        <translation>{1} поступило {0}, на {2} больше депозита {3}: обратитесь в службу поддержки площадки</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="77"/>
        <source>{0} arrived on {1} for a deposit of {2}: converted by the bank (exchange), and Desk has no {3}→{4} rate on or before {5} to compare; add one, then check the bank&apos;s rate and fees</source>
        <translation>{1} поступило {0} при депозите {2}: банк выполнил конвертацию, а у Desk нет курса {3}→{4} на {5} или более раннюю дату для сравнения; добавьте курс, затем проверьте курс и комиссии банка</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="85"/>
        <source>{0} arrived on {1} for a deposit of {2} ({3} at Desk&apos;s rate of the day): the deposit in full</source>
        <translation>{1} поступило {0} при депозите {2} ({3} по курсу Desk на этот день): депозит возвращён полностью</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="91"/>
        <source>{0} arrived on {1} for a deposit of {2} ({3} at Desk&apos;s rate of the day): {4} less than expected, from exchange (the bank&apos;s rate and fees); follow up with the bank</source>
        <translation>{1} поступило {0} при депозите {2} ({3} по курсу Desk на этот день): на {4} меньше ожидаемого из-за конвертации (курс и комиссии банка); уточните в банке</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/arrival.py" line="96"/>
        <source>{0} arrived on {1} for a deposit of {2} ({3} at Desk&apos;s rate of the day): {4} more than expected, from exchange (the bank&apos;s rate and fees); follow up with the bank</source>
        <translation>{1} поступило {0} при депозите {2} ({3} по курсу Desk на этот день): на {4} больше ожидаемого из-за конвертации (курс и комиссии банка); уточните в банке</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="66"/>
        <location filename="../../desk/reports/bundle.py" line="206"/>
        <location filename="../../desk/reports/bundle_manifest.py" line="45"/>
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} и ещё %n</numerusform>
            <numerusform>{0} и ещё %n</numerusform>
            <numerusform>{0} и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="76"/>
        <source>our records hold no orders of this store</source>
        <translation>в наших записях нет заказов этого магазина</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="77"/>
        <source>none of the store&apos;s %n orders in our records is pending</source>
        <translation>
            <numerusform>в наших записях нет незавершённых заказов магазина (всего заказов: %n)</numerusform>
            <numerusform>в наших записях нет незавершённых заказов магазина (всего заказов: %n)</numerusform>
            <numerusform>в наших записях нет незавершённых заказов магазина (всего заказов: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="95"/>
        <source>no dispute on the store&apos;s orders is open in our records</source>
        <translation>в наших записях нет открытых споров по заказам магазина</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="98"/>
        <source>dispute {0} on {1} line {2} ({3})</source>
        <translation>спор {0} по заказу {1}, позиция {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="81"/>
        <source>1 order of the store is still pending in our records: {0}</source>
        <translation>в наших записях 1 заказ магазина ещё не завершён: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="82"/>
        <source>%n orders of the store are still pending in our records: {0}</source>
        <translation>
            <numerusform>в наших записях %n заказ магазина ещё не завершён: {0}</numerusform>
            <numerusform>в наших записях %n заказа магазина ещё не завершены: {0}</numerusform>
            <numerusform>в наших записях %n заказов магазина ещё не завершены: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="104"/>
        <source>1 dispute is open: {0}</source>
        <translation>открыт 1 спор: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="105"/>
        <source>%n disputes are open: {0}</source>
        <translation>
            <numerusform>открыт %n спор: {0}</numerusform>
            <numerusform>открыто %n спора: {0}</numerusform>
            <numerusform>открыто %n споров: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="110"/>
        <source>confirmed on {0}</source>
        <translation>подтверждено {0}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="111"/>
        <source>not confirmed yet: confirm it once it is true</source>
        <translation>ещё не подтверждено: подтвердите, когда условие будет выполнено</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="134"/>
        <source>{0} (evidence {1})</source>
        <translation>{0} (доказательство {1})</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="136"/>
        <source>no file linked yet</source>
        <translation>файл пока не привязан</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/check.py" line="136"/>
        <source>recommended; no file linked yet</source>
        <translation>рекомендуется; файл пока не привязан</translation>
    </message>
    <message>
        <location filename="../../desk/operations/bundles.py" line="104"/>
        <source>The manifest is signed with the key {0}.</source>
        <translation>Манифест подписан ключом {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/bundles.py" line="106"/>
        <source>The manifest is not signed: this computer has no usable keyring.</source>
        <translation>Манифест не подписан: на этом компьютере нет пригодной связки ключей.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/bundles.py" line="108"/>
        <source>Exported {0} files and the manifest (%n dispute(s)) to {1}.</source>
        <translation>
            <numerusform>В {1} экспортированы файлы ({0}) и манифест (%n спор).</numerusform>
            <numerusform>В {1} экспортированы файлы ({0}) и манифест (%n спора).</numerusform>
            <numerusform>В {1} экспортированы файлы ({0}) и манифест (%n споров).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/bundles.py" line="141"/>
        <source>{0} is intact: {1} files</source>
        <translation>{0}: целостность не нарушена, файлов: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="28"/>
        <source>{0!r} is not a size like 1280x800</source>
        <translation>{0!r} — не размер вида 1280x800</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="30"/>
        <source>{0}: width must be 320–7680 and height 240–4320</source>
        <translation>{0}: ширина должна быть от 320 до 7680, а высота — от 240 до 4320</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="35"/>
        <source>fill an empty data folder with demo data</source>
        <translation>заполнить пустую папку данных демонстрационными данными</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="36"/>
        <source>the date the demo is built around</source>
        <translation>дата, вокруг которой строятся демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="40"/>
        <source>render the main window to a PNG file and exit</source>
        <translation>отрисовать главное окно в файл PNG и выйти</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="42"/>
        <source>the page to show: {0}</source>
        <translation>показываемая страница: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="43"/>
        <source>window size (1280x800)</source>
        <translation>размер окна (1280x800)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="48"/>
        <source>re-hash every evidence file, check references and the audit chain</source>
        <translation>заново вычислить хеши всех файлов доказательств, проверить ссылки и цепочку журнала изменений</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="51"/>
        <source>show progress on stderr (the default on a terminal)</source>
        <translation>показывать ход выполнения в stderr (по умолчанию в терминале)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="60"/>
        <source>Demo data written to {0}: {1}</source>
        <translation>Демонстрационные данные записаны в {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="69"/>
        <source>Wrote {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="86"/>
        <source>Vault: {0} files, {1} re-hashed, all intact.</source>
        <translation>Хранилище: файлов: {0}, хеши пересчитаны ({1}), целостность не нарушена.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="90"/>
        <source>  ({0} vault files no evidence names: left by deleted evidence or an add cut short; harmless)</source>
        <translation>  (файлов в хранилище, не связанных ни с одним доказательством: {0}; остались от удалённых доказательств или прерванного добавления; это не опасно)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="94"/>
        <source>Audit log: {0} entries, chain intact.</source>
        <translation>Журнал изменений — записей: {0}, цепочка не нарушена.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="96"/>
        <source>Audit log: {0} entries, chain intact; {1}.</source>
        <translation>Журнал изменений — записей: {0}, цепочка не нарушена; {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="107"/>
        <source>Audit log broken at entry {0}: {1}</source>
        <translation>Журнал изменений нарушен на записи {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/basics.py" line="110"/>
        <source>(%n more problem(s) after it)</source>
        <translation>
            <numerusform>(и ещё %n проблема после неё)</numerusform>
            <numerusform>(и ещё %n проблемы после неё)</numerusform>
            <numerusform>(и ещё %n проблем после неё)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="116"/>
        <source>(If the database was put back from an earlier copy on purpose, the entries after that copy are what is missing.)</source>
        <translation>(Если база данных была намеренно восстановлена из более ранней копии, отсутствуют записи, сделанные после этой копии.)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="122"/>
        <source>Audit log: {0} entries.</source>
        <translation>Журнал изменений — записей: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="124"/>
        <source>Audit log: {0} entries; {1}.</source>
        <translation>Журнал изменений — записей: {0}; {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="131"/>
        <source>the last is entry {0} of {1}, hash {2}</source>
        <translation>последняя — запись {0} от {1}, хеш {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/bundles.py" line="143"/>
        <source>{0} is not intact: %n problem(s)</source>
        <translation>
            <numerusform>{0}: целостность нарушена, %n проблема</numerusform>
            <numerusform>{0}: целостность нарушена, %n проблемы</numerusform>
            <numerusform>{0}: целостность нарушена, %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/commands/basics.py" line="174"/>
        <source>verifying: {0} %</source>
        <translation>проверка: {0} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/calendar.py" line="63"/>
        <source>Wrote %n deadline(s) to {0}.</source>
        <translation>
            <numerusform>В {0} записан %n срок.</numerusform>
            <numerusform>В {0} записано %n срока.</numerusform>
            <numerusform>В {0} записано %n сроков.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/calendar.py" line="87"/>
        <location filename="../../desk/operations/calendar.py" line="100"/>
        <source>{0}: cannot be read ({1}), so Desk does not replace it</source>
        <translation>{0}: не удаётся прочитать ({1}), поэтому Desk не заменяет этот файл</translation>
    </message>
    <message>
        <location filename="../../desk/operations/calendar.py" line="90"/>
        <source>{0} holds something other than a calendar Desk wrote: give another file name</source>
        <translation>{0} содержит не календарь, записанный Desk: укажите другое имя файла</translation>
    </message>
    <message>
        <location filename="../../desk/operations/checks.py" line="46"/>
        <source>{0} is intact: {1} evidence files and {2} audit entries</source>
        <translation>{0}: целостность не нарушена, файлов доказательств: {1}, записей журнала изменений: {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/basics.py" line="136"/>
        <location filename="../../desk/operations/checks.py" line="50"/>
        <source>{0} is not intact: {1} problem(s)</source>
        <translation>
            <numerusform>{0}: целостность нарушена, {1} проблема</numerusform>
            <numerusform>{0}: целостность нарушена, {1} проблемы</numerusform>
            <numerusform>{0}: целостность нарушена, {1} проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="93"/>
        <source>the day the dispute opened</source>
        <translation>дата открытия спора</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="98"/>
        <location filename="../../desk/operations/disputes.py" line="140"/>
        <location filename="../../desk/operations/disputes.py" line="181"/>
        <source>the amount claimed</source>
        <translation>сумма претензии</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="107"/>
        <source>Dispute {0} opened on line {1} of {2}, claiming {3}.</source>
        <translation>Открыт спор {0} по позиции {1} заказа {2}, сумма претензии: {3}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="88"/>
        <source>the deposit</source>
        <translation>сумма депозита</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="89"/>
        <source>the day the application was made</source>
        <translation>дата создания заявки</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="98"/>
        <source>Deposit application {0} for {1} on {2}, {3}: store added to Desk.</source>
        <translation>Заявка на возврат депозита {0}: магазин {1} на {2}, {3}; магазин добавлен в Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="100"/>
        <source>Deposit application {0} for {1} on {2}, {3}.</source>
        <translation>Заявка на возврат депозита {0}: магазин {1} на {2}, {3}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="110"/>
        <source>the day it was confirmed</source>
        <translation>дата подтверждения</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="115"/>
        <source>Deposit application {0}, {1}: confirmation taken back.</source>
        <translation>Заявка на возврат депозита {0}, «{1}»: подтверждение отменено.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="117"/>
        <source>Deposit application {0}, {1}: confirmed.</source>
        <translation>Заявка на возврат депозита {0}, «{1}»: подтверждено.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="130"/>
        <source>Deposit application {0} now requires {1}.</source>
        <translation>Заявка на возврат депозита {0}: теперь требуется документ «{1}».</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="132"/>
        <source>Deposit application {0} now recommends {1}.</source>
        <translation>Заявка на возврат депозита {0}: теперь рекомендуется документ «{1}».</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="139"/>
        <source>the day it was submitted</source>
        <translation>дата подачи</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="144"/>
        <source>Deposit application {0} resubmitted on {1}.</source>
        <translation>Заявка на возврат депозита {0} подана повторно {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="146"/>
        <source>Deposit application {0} submitted on {1}.</source>
        <translation>Заявка на возврат депозита {0} подана {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="154"/>
        <location filename="../../desk/operations/disputes.py" line="119"/>
        <source>the date of the event</source>
        <translation>дата события</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="159"/>
        <source>the amount that arrived</source>
        <translation>поступившая сумма</translation>
    </message>
    <message>
        <location filename="../../desk/operations/deposits.py" line="162"/>
        <source>Deposit application {0}: {1} on {2}.</source>
        <translation>Заявка на возврат депозита {0}: {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="123"/>
        <source>the amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="128"/>
        <source>Dispute {0}: {1} recorded; it is now {2}.</source>
        <translation>Спор {0}: записано событие «{1}»; теперь статус спора — «{2}».</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="148"/>
        <source>Dispute {0} now: {1}.</source>
        <translation>Спор {0} теперь: {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="150"/>
        <source>Dispute {0}: nothing changed.</source>
        <translation>Спор {0}: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="168"/>
        <source>Amount claimed</source>
        <translation>Заявленная сумма</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="171"/>
        <source>Platform&apos;s case number</source>
        <translation>Номер дела на платформе</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="192"/>
        <source>Dispute {0}: statement of facts saved ({1} characters).</source>
        <translation>Спор {0}: изложение обстоятельств сохранено (символов: {1}).</translation>
    </message>
    <message>
        <location filename="../../desk/operations/disputes.py" line="196"/>
        <source>Dispute {0}: statement of facts cleared.</source>
        <translation>Спор {0}: изложение обстоятельств очищено.</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/preview.py" line="87"/>
        <location filename="../../desk/operations/disputes.py" line="208"/>
        <source>the order is no longer there: it was deleted meanwhile</source>
        <translation>заказа больше нет: за это время он был удалён</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/letters.py" line="90"/>
        <source>Copied %n letter template(s) into {0}.</source>
        <translation>
            <numerusform>В {0} скопирован %n шаблон письма.</numerusform>
            <numerusform>В {0} скопировано %n шаблона писем.</numerusform>
            <numerusform>В {0} скопировано %n шаблонов писем.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="106"/>
        <source>The {0} ({1}) for dispute {2} is marked sent on {3} by {4}.</source>
        <translation>Письмо «{0}» ({1}) по спору {2} отмечено как отправленное {3}; способ: {4}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="115"/>
        <source>The {0} for dispute {1} is marked sent on {2} by {3}.</source>
        <translation>Письмо «{0}» по спору {1} отмечено как отправленное {2}; способ: {3}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="134"/>
        <location filename="../../desk/operations/undo.py" line="66"/>
        <location filename="../../desk/overview/audit_words.py" line="39"/>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="145"/>
        <source>the letter for dispute {0} was cancelled; nothing was recorded</source>
        <translation>составление письма по спору {0} отменено; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="172"/>
        <source>{0}; the letter was recorded and kept as evidence {1}: `desk evidence list {2}` shows it</source>
        <translation>{0}; письмо записано и сохранено как доказательство {1}: его покажет `desk evidence list {2}`</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="239"/>
        <source>Made the {0} for dispute {1} in {2} (letter {3}, now in {4}), kept as evidence {5}; reply by {6}.</source>
        <translation>Составлено письмо «{0}» по спору {1}, язык: {2} (письмо {3}, теперь языки: {4}); сохранено как доказательство {5}; ответ до {6}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="245"/>
        <source>Made the {0} for dispute {1} in {2} (letter {3}, now in {4}), kept as evidence {5}.</source>
        <translation>Составлено письмо «{0}» по спору {1}, язык: {2} (письмо {3}, теперь языки: {4}); сохранено как доказательство {5}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="250"/>
        <source>Made the {0} for dispute {1} in {2}, kept as evidence {3}; reply by {4}.</source>
        <translation>Составлено письмо «{0}» по спору {1}, язык: {2}; сохранено как доказательство {3}; ответ до {4}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/letters.py" line="255"/>
        <source>Made the {0} for dispute {1} in {2}, kept as evidence {3}.</source>
        <translation>Составлено письмо «{0}» по спору {1}, язык: {2}; сохранено как доказательство {3}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/orders.py" line="72"/>
        <source>New order {0}</source>
        <translation>Новый заказ {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/orders.py" line="102"/>
        <source>Saved order {0}</source>
        <translation>Заказ {0} сохранён</translation>
    </message>
    <message>
        <location filename="../../desk/operations/orders.py" line="115"/>
        <location filename="../../desk/operations/parties.py" line="129"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="117"/>
        <source>a deposit packet goes to the platform only (it is never split and holds no internal evidence): it cannot be made for {0!r}</source>
        <translation>пакет документов по депозиту направляется только площадке (он никогда не разделяется и не содержит внутренних доказательств): сформировать его для {0!r} нельзя</translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="122"/>
        <source>deposit {0}</source>
        <translation>депозит {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="166"/>
        <source>other packets were being made at the same time and kept taking the page numbers; nothing was written: make this packet again</source>
        <translation>одновременно формировались другие пакеты и занимали номера страниц; ничего не записано: сформируйте этот пакет ещё раз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="197"/>
        <location filename="../../desk/reports/packet_split.py" line="128"/>
        <location filename="../../desk/reports/packet_split.py" line="131"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="206"/>
        <location filename="../../desk/operations/packets.py" line="214"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="207"/>
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n приложение</numerusform>
            <numerusform>%n приложения</numerusform>
            <numerusform>%n приложений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="208"/>
        <source>Made the claim packet for dispute {0}: {1} numbered {2}, {3}, in {4}.</source>
        <translation>Сформирован пакет документов по претензии для спора {0}: {1} с номерами {2}, {3}; записан в {4}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="215"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="216"/>
        <source>Made the packet of deposit application {0}: {1} numbered {2}, {3}, in {4}.</source>
        <translation>Сформирован пакет документов по заявке на возврат депозита {0}: {1} с номерами {2}, {3}; записан в {4}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="258"/>
        <source>Saved the Bates register (%n packet(s)) to {0}.</source>
        <translation>
            <numerusform>Реестр номеров Бейтса (%n пакет) сохранён в {0}.</numerusform>
            <numerusform>Реестр номеров Бейтса (%n пакета) сохранён в {0}.</numerusform>
            <numerusform>Реестр номеров Бейтса (%n пакетов) сохранён в {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/packets.py" line="260"/>
        <source>Saved the Bates register (no packets made yet) to {0}.</source>
        <translation>Реестр номеров Бейтса (пакетов пока нет) сохранён в {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="65"/>
        <source>Supplier {0}</source>
        <translation>Поставщик {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="76"/>
        <source>Added supplier {0} on {1}.</source>
        <translation>Добавлен поставщик {0} на {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="76"/>
        <source>Saved supplier {0} on {1}.</source>
        <translation>Сохранён поставщик {0} на {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="89"/>
        <source>Store {0}</source>
        <translation>Магазин {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="101"/>
        <source>Added store {0} on {1} ({2}).</source>
        <translation>Добавлен магазин {0} на {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="101"/>
        <source>Saved store {0} on {1} ({2}).</source>
        <translation>Сохранён магазин {0} на {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="140"/>
        <source>Opened on</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../desk/operations/parties.py" line="141"/>
        <source>Closed on</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="69"/>
        <source>the store needs a name (--store NAME)</source>
        <translation>укажите название магазина (--store NAME)</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="75"/>
        <source>{0!r} is not a country; give an ISO 3166 code such as CN, DE or US</source>
        <translation>{0!r} — не страна; укажите код ISO 3166, например CN, DE или US</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="86"/>
        <source>the deposit must be more than zero, got {0}</source>
        <translation>депозит должен быть больше нуля, указано {0}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="97"/>
        <source>store {0!r} on {1} already has deposit application {2} ({3}); a store has one application at a time</source>
        <translation>у магазина {0!r} на {1} уже есть заявка на возврат депозита {2} ({3}); у магазина может быть только одна заявка одновременно</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="122"/>
        <source>no deposit application {0}</source>
        <translation>нет заявки на возврат депозита {0}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="131"/>
        <source>deposit application {0} is {1}: {2} only before it is (re)submitted, while it is draft or rejected</source>
        <translation>заявка на возврат депозита {0} в статусе «{1}»: {2} можно только до (повторной) подачи, пока заявка — черновик или отклонена</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="149"/>
        <location filename="../../desk/importing/validate.py" line="33"/>
        <location filename="../../desk/orders/lookup.py" line="43"/>
        <location filename="../../desk/sealing.py" line="128"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="151"/>
        <source>deposit application {0} has no prerequisite {1!r}; it has: {2}</source>
        <translation>в заявке на возврат депозита {0} нет условия {1!r}; есть: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="158"/>
        <source>{0} is checked against Desk&apos;s {1} of the store, not confirmed: see `desk deposit check {2}` for what still stands in the way</source>
        <translation>условие {0} проверяется по данным Desk о магазине ({1}), а не подтверждается вручную: что ещё мешает подаче, покажет `desk deposit check {2}`</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="162"/>
        <source>a prerequisite is confirmed or taken back</source>
        <translation>подтвердить условие или отменить подтверждение</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="167"/>
        <source>{0} was confirmed on {1}; take it back with --undo to confirm it again</source>
        <translation>условие {0} подтверждено {1}; чтобы подтвердить его заново, сначала отмените подтверждение с помощью --undo</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="181"/>
        <source>a document is added</source>
        <translation>добавить документ</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="183"/>
        <source>a document code is a name like tax_certificate, got {0!r}</source>
        <translation>код документа — это имя вида tax_certificate, указано {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="186"/>
        <source>deposit application {0} already lists the document {1!r}</source>
        <translation>в заявке на возврат депозита {0} уже есть документ {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="189"/>
        <source>the document needs a label saying what it is</source>
        <translation>укажите название документа, поясняющее, что это за документ</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="216"/>
        <source>&apos;{0}&apos; on {1} is before submission {2} was made ({3})</source>
        <translation>событие «{0}» от {1} — раньше подачи {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="229"/>
        <source>deposit application {0} cannot be submitted: 1 requirement is not met:{1}
Nothing was changed.</source>
        <translation>заявку на возврат депозита {0} нельзя подать: не выполнено 1 требование:{1}
Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/applications.py" line="233"/>
        <source>deposit application {0} cannot be submitted: %n requirements are not met:{1}
Nothing was changed.</source>
        <translation>
            <numerusform>заявку на возврат депозита {0} нельзя подать: не выполнено %n требование:{1}
Ничего не изменено.</numerusform>
            <numerusform>заявку на возврат депозита {0} нельзя подать: не выполнены %n требования:{1}
Ничего не изменено.</numerusform>
            <numerusform>заявку на возврат депозита {0} нельзя подать: не выполнено %n требований:{1}
Ничего не изменено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="253"/>
        <source>nothing (it is closed)</source>
        <translation>ничего (заявка закрыта)</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="256"/>
        <source>deposit application {0} is {1}: &apos;{2}&apos; cannot happen now; allowed: {3}</source>
        <translation>заявка на возврат депозита {0} в статусе «{1}»: событие «{2}» сейчас невозможно; допустимо: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="263"/>
        <source>&apos;{0}&apos; on {1} is before the application&apos;s last event ({2})</source>
        <translation>событие «{0}» от {1} — раньше последнего события заявки ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="269"/>
        <source>&apos;paid&apos; needs the amount that arrived (--amount)</source>
        <translation>для «paid» укажите поступившую сумму (--amount)</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="271"/>
        <source>only &apos;paid&apos; takes an amount</source>
        <translation>сумму можно указать только для «paid»</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="280"/>
        <source>&apos;rejected&apos; needs the platform&apos;s reason (--note TEXT): the resubmission must answer it</source>
        <translation>для «rejected» укажите причину, названную площадкой (--note TEXT): повторная подача должна на неё ответить</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/applications.py" line="289"/>
        <source>the amount that arrived must be more than zero, got {0}</source>
        <translation>поступившая сумма должна быть больше нуля, указано {0}</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/view.py" line="45"/>
        <source>working days of {0}</source>
        <translation>рабочие дни ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/view.py" line="47"/>
        <source>business days of {0}</source>
        <translation>банковские дни ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/view.py" line="49"/>
        <source>calendar days</source>
        <translation>календарные дни</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="144"/>
        <source>Opened member account {0} (account {1}) in {2}.</source>
        <translation>Открыт счёт у агента {0} (счёт {1}) в {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="154"/>
        <source>the day the funds were added</source>
        <translation>дата пополнения</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="159"/>
        <source>Added {0} to {1} by {2}.</source>
        <translation>Счёт {1} пополнен на {0}; способ: {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="164"/>
        <source>the day of the payment</source>
        <translation>дата платежа</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="173"/>
        <source>Paid {0} for {1} from {2}.</source>
        <translation>Со счёта {2} оплачено {0} за заказ {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="178"/>
        <source>the day the cost came back</source>
        <translation>дата возврата переплаты</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="188"/>
        <source>{0} came back to {1} from {2}.</source>
        <translation>На счёт {1} вернулось {0} по заказу {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="190"/>
        <source>{0} came back to {1} from its order.</source>
        <translation>На счёт {1} вернулось {0} по заказу.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="198"/>
        <source>the day of the withdrawal request</source>
        <translation>дата заявки на вывод средств</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="206"/>
        <source>Requested a withdrawal of {0} {1} from {2}, and its transfer fee {3}.</source>
        <translation>Подана заявка на вывод {0} {1} со счёта {2}; комиссия за перевод: {3}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="213"/>
        <source>Requested a withdrawal of {0} {1} from {2}.</source>
        <translation>Подана заявка на вывод {0} {1} со счёта {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="239"/>
        <source>the day the withdrawal ended</source>
        <translation>дата завершения вывода средств</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="245"/>
        <source>Withdrawal {0} of {1} marked {2}; its transfer fee {3} came back.</source>
        <translation>Вывод средств {0} со счёта {1} отмечен: {2}; комиссия за перевод {3} возвращена.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="253"/>
        <source>Withdrawal {0} of {1} marked {2}.</source>
        <translation>Вывод средств {0} со счёта {1} отмечен: {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="269"/>
        <source>Stored the withdrawal account of {0}, sealed: {1}.</source>
        <translation>Реквизиты для вывода средств со счёта {0} сохранены в зашифрованном виде: {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/accounts.py" line="271"/>
        <source>Cleared the withdrawal account of {0}.</source>
        <translation>Реквизиты для вывода средств со счёта {0} удалены.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="22"/>
        <source>At the purchase agent</source>
        <translation>У агента по закупкам</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="23"/>
        <source>Where the platform has no rule of its own</source>
        <translation>Если у площадки нет собственного правила</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="32"/>
        <location filename="../../desk/policies/words.py" line="34"/>
        <source>On {0}</source>
        <translation>На {0}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="39"/>
        <source>The seller&apos;s time to answer a dispute</source>
        <translation>Срок ответа продавца на спор</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="40"/>
        <source>When to escalate a dispute to the platform</source>
        <translation>Когда передавать спор площадке</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="41"/>
        <source>When a dispute can be opened</source>
        <translation>Когда можно открыть спор</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="42"/>
        <source>Buyer protection after delivery</source>
        <translation>Защита покупателя после доставки</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="43"/>
        <source>The delivery time</source>
        <translation>Срок доставки</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="44"/>
        <source>The extension of buyer protection</source>
        <translation>Продление защиты покупателя</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="45"/>
        <source>The time to send a refund</source>
        <translation>Срок отправки возврата средств</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="46"/>
        <source>The time for a refund to arrive</source>
        <translation>Срок поступления возврата средств</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="47"/>
        <source>The review of a deposit refund application</source>
        <translation>Рассмотрение заявки на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="48"/>
        <source>The time to carry out a withdrawal</source>
        <translation>Срок исполнения вывода средств</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="59"/>
        <source>{0}, {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="66"/>
        <source>a refund to {0} is sent at once</source>
        <translation>возврат средств на {0} отправляется сразу</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="67"/>
        <source>a refund to {0} is sent within {1}</source>
        <translation>возврат средств на {0} отправляется за {1}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="68"/>
        <source>a refund is sent at once</source>
        <translation>возврат средств отправляется сразу</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="68"/>
        <source>a refund is sent within {0}</source>
        <translation>возврат средств отправляется за {0}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="75"/>
        <source>a refund to {0} arrives the same day</source>
        <translation>возврат средств на {0} поступает в тот же день</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="76"/>
        <source>a refund to {0} arrives within {1}</source>
        <translation>возврат средств на {0} поступает за {1}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="78"/>
        <source>a refund arrives the same day</source>
        <translation>возврат средств поступает в тот же день</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="79"/>
        <source>a refund arrives within {0}</source>
        <translation>возврат средств поступает за {0}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="86"/>
        <source>the seller has {0} to answer a dispute</source>
        <translation>у продавца есть {0} на ответ по спору</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="89"/>
        <source>you can escalate a dispute to the platform right away</source>
        <translation>передать спор площадке можно сразу</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="90"/>
        <source>you can escalate a dispute to the platform {0} later</source>
        <translation>передать спор площадке можно через {0}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="92"/>
        <source>a dispute can be opened {0} after the order was shipped</source>
        <translation>спор можно открыть через {0} после отправки заказа</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="94"/>
        <source>buyer protection lasts {0} after delivery</source>
        <translation>защита покупателя действует {0} после доставки</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="96"/>
        <source>an order should arrive within {0} of shipping</source>
        <translation>срок доставки заказа — {0} с момента отправки</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="98"/>
        <source>buyer protection can be extended by {0}</source>
        <translation>защиту покупателя можно продлить на {0}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="104"/>
        <source>the platform decides on a deposit refund application within {0}</source>
        <translation>площадка принимает решение по заявке на возврат депозита за {0}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="106"/>
        <source>a withdrawal from the member account is done within {0}</source>
        <translation>вывод средств со счёта у агента выполняется за {0}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="126"/>
        <source>your override, from {0}</source>
        <translation>ваше значение, источник: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="19"/>
        <source>see platform rules and override them</source>
        <translation>просмотреть правила площадок и переопределить их</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="22"/>
        <source>each rule: value, unit, effective date, source</source>
        <translation>каждое правило: значение, единица, дата вступления в силу, источник</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="23"/>
        <source>one platform, `agent` or `default` (all)</source>
        <translation>одна площадка, `agent` или `default` (по умолчанию — все)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="25"/>
        <source>mark the rules in force then (today)</source>
        <translation>отметить правила, действующие на эту дату (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="29"/>
        <source>override a rule from a date on</source>
        <translation>переопределить правило начиная с даты</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="31"/>
        <source>e.g. seller_response, refund_arrival, protection_window</source>
        <translation>например, seller_response, refund_arrival, protection_window</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="32"/>
        <source>days, or a range such as 3-20</source>
        <translation>дни или диапазон, например 3-20</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="34"/>
        <source>the day it took effect</source>
        <translation>дата вступления в силу</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="36"/>
        <source>where you read it</source>
        <translation>где это указано</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="37"/>
        <source>a payment method, for per-method rules</source>
        <translation>способ оплаты — для правил, зависящих от способа оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="38"/>
        <source>days, business_days or working_days (the shipped rule&apos;s)</source>
        <translation>days, business_days или working_days (по умолчанию — как в поставляемом правиле)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="42"/>
        <source>remove an override; the shipped rule applies again</source>
        <translation>удалить переопределение; снова будет действовать поставляемое правило</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="50"/>
        <source>show or change the business&apos;s settings</source>
        <translation>показать или изменить настройки организации</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="51"/>
        <source>home_currency, reminder_days or country</source>
        <translation>home_currency, reminder_days или country</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="70"/>
        <source>{0} (working days counted in {1}):</source>
        <translation>{0} (рабочие дни считаются по календарю {1}):</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="75"/>
        <location filename="../../desk/policies/words.py" line="126"/>
        <source>your override</source>
        <translation>ваше значение</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="76"/>
        <source>Desk&apos;s reading</source>
        <translation>толкование Desk</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="80"/>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="80"/>
        <source>not in force</source>
        <translation>не действует</translation>
    </message>
    <message>
        <location filename="../../desk/commands/policy.py" line="83"/>
        <source>{0}; for {1}</source>
        <translation>{0}; взято из раздела «{1}»</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="129"/>
        <source>Desk&apos;s default</source>
        <translation>значение Desk по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desk/deposits/policy.py" line="41"/>
        <location filename="../../desk/policies/words.py" line="130"/>
        <source>Desk&apos;s reading of {0}</source>
        <translation>{0} в толковании Desk</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="132"/>
        <source>{0}, in effect since {1}</source>
        <translation>{0}, действует с {1}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/words.py" line="143"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/evidence.py" line="88"/>
        <source>%n file(s) found in the folders given were not added: {0}</source>
        <translation>
            <numerusform>%n файл из указанных папок не добавлен: {0}</numerusform>
            <numerusform>%n файла из указанных папок не добавлены: {0}</numerusform>
            <numerusform>%n файлов из указанных папок не добавлены: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="126"/>
        <location filename="../../desk/verify.py" line="40"/>
        <source>no case</source>
        <translation>без дела</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="133"/>
        <source>{0} of {1} files were added to {2}</source>
        <translation>добавлено файлов: {0} из {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="138"/>
        <location filename="../../desk/operations/evidence.py" line="146"/>
        <source>Cancelled: {0}; the rest were not.</source>
        <translation>Отменено: {0}; остальные не добавлены.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="161"/>
        <location filename="../../desk/operations/evidence.py" line="182"/>
        <source>{0} before this; the rest were not.</source>
        <translation>{0} до этого; остальные не добавлены.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="181"/>
        <source>{0}; {1} before it, the rest were not</source>
        <translation>{0}; {1} до этого, остальные не добавлены</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="217"/>
        <source>Nothing was added to {0}.</source>
        <translation>Ничего не добавлено ({0}).</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="218"/>
        <source>There were no files to add (hidden files are left out).</source>
        <translation>Нет файлов для добавления (скрытые файлы не учитываются).</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="220"/>
        <source>{0} added to {1}, {2} already kept and now linked.</source>
        <translation>Добавлено файлов: {0} ({1}); уже хранились и теперь связаны: {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="222"/>
        <source>{0} added to {1}.</source>
        <translation>Добавлено файлов: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="232"/>
        <source>Evidence {0} ({1}) is no longer linked to {2}.</source>
        <translation>Доказательство {0} ({1}) больше не связано с делом: {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="245"/>
        <source>Evidence {0} ({1}) is {2}.</source>
        <translation>Доступ к доказательству {0} ({1}): {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="254"/>
        <source>say what to change: the kind, the description or what it shows</source>
        <translation>укажите, что изменить: вид, описание или что показывает файл</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="258"/>
        <source>Evidence {0} ({1})</source>
        <translation>Доказательство {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="267"/>
        <source>is now {0}</source>
        <translation>теперь относится к виду «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="270"/>
        <source>has a new description</source>
        <translation>получило новое описание</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="270"/>
        <source>has no description now</source>
        <translation>теперь без описания</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="274"/>
        <source>shows {0}</source>
        <translation>подтверждает пункт «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="276"/>
        <source>is no longer counted for the evidence checklist</source>
        <translation>больше не учитывается в перечне документов</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="280"/>
        <location filename="../../desk/orders/holdings.py" line="45"/>
        <source>{0} and {1}</source>
        <translation>{0} и {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="283"/>
        <source>Evidence {0} ({1}) {2}.</source>
        <translation>Доказательство {0} ({1}) {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="292"/>
        <source>It is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="295"/>
        <source>It shows</source>
        <translation>Что показывает</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="300"/>
        <source>Counted for</source>
        <translation>Засчитано как</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="315"/>
        <source>{0} was deleted for good; its file stays: other evidence holds the same file</source>
        <translation>Доказательство «{0}» удалено окончательно; его файл остаётся: тот же файл хранится в другом доказательстве</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="318"/>
        <source>{0} was deleted for good; its file could not be removed yet (another program may have it open): Desk removes it the next time it opens this data folder</source>
        <translation>Доказательство «{0}» удалено окончательно; его файл пока не удалось удалить (возможно, он открыт в другой программе): Desk удалит его при следующем открытии этой папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/operations/evidence.py" line="322"/>
        <source>{0} was deleted for good; its file was removed</source>
        <translation>Доказательство «{0}» удалено окончательно; его файл удалён</translation>
    </message>
    <message>
        <location filename="../../desk/importing/importer.py" line="35"/>
        <location filename="../../desk/operations/payment_imports.py" line="31"/>
        <source>the import was cancelled; nothing was imported</source>
        <translation>импорт отменён; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../desk/operations/payment_imports.py" line="82"/>
        <source>{0} is not a PayPal activity download (Activity → Download, CSV)</source>
        <translation>{0} — не выгрузка активности PayPal (Activity → Download, CSV)</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="108"/>
        <source>{0} for payments by {1}</source>
        <translation>{0} для платежей через {1}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="112"/>
        <source>{0}, Desk knows no rule for {1} on {2}; the first one takes effect on {3}</source>
        <translation>{0}: у Desk нет правила «{1}» на {2}; первое такое правило действует с {3}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="117"/>
        <source>{0}, Desk knows no rule for {1}: set your own from the day it applies (desk policy set)</source>
        <translation>{0}: у Desk нет правила «{1}»; задайте своё с даты, с которой оно применяется (desk policy set)</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="165"/>
        <source>policy override {0} ({1})</source>
        <translation>переопределение правила {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="171"/>
        <source>{0}: value is not JSON: {1!r}</source>
        <translation>{0}: значение не в формате JSON: {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="198"/>
        <source>{0}: unknown rule {1!r}; known: {2}</source>
        <translation>{0}: неизвестное правило {1!r}; известные: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="218"/>
        <source>the {0} rules are not a platform&apos;s and cannot be overridden yet; enter the date on the case as a deadline override instead</source>
        <translation>правила {0} не относятся ни к одной площадке, и переопределить их пока нельзя; вместо этого укажите дату в самом деле как собственный срок</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="223"/>
        <location filename="../../desk/policies/view.py" line="40"/>
        <source>unknown platform {0!r}; known: {1}</source>
        <translation>неизвестная площадка {0!r}; известные: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="249"/>
        <source>{0}: this rule is the same for every payment method; leave out --method</source>
        <translation>{0}: это правило одинаково для всех способов оплаты; не указывайте --method</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="279"/>
        <source>no override of {0} {1} effective {2}</source>
        <translation>нет переопределения {0} {1}, действующего с {2}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/__init__.py" line="293"/>
        <source>{0!r} is not a number of days or a range like 3-20</source>
        <translation>{0!r} — не число дней и не диапазон вида 3-20</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="63"/>
        <source>{0}–{1} working days</source>
        <translation>{0}–{1} рабочих дней</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="65"/>
        <source>{0}–{1} business days</source>
        <translation>{0}–{1} банковских дней</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="66"/>
        <source>{0}–{1} days</source>
        <translation>{0}–{1} дней</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="71"/>
        <source>1 working day</source>
        <translation>1 рабочий день</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/policies/rules.py" line="71"/>
        <source>%n working days</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="73"/>
        <source>1 business day</source>
        <translation>1 банковский день</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/policies/rules.py" line="73"/>
        <source>%n business days</source>
        <translation>
            <numerusform>%n банковский день</numerusform>
            <numerusform>%n банковских дня</numerusform>
            <numerusform>%n банковских дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="74"/>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/policies/rules.py" line="74"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="133"/>
        <source>{0}: value must not be negative, got {1}</source>
        <translation>{0}: значение не может быть отрицательным, указано {1}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="143"/>
        <source>{0}: value [{1}, {2}] must be [min, max] with 0 &lt;= min &lt;= max</source>
        <translation>{0}: значение [{1}, {2}] должно иметь вид [min, max], где 0 &lt;= min &lt;= max</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="147"/>
        <source>{0}: value must be a number of days or a [min, max] pair, got {1!r}</source>
        <translation>{0}: значение должно быть числом дней или парой [min, max], указано {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="153"/>
        <source>{0}: unknown unit {1!r}; use {2}</source>
        <translation>{0}: неизвестная единица {1!r}; используйте {2}</translation>
    </message>
    <message>
        <location filename="../../desk/policies/rules.py" line="162"/>
        <source>{0}: unknown payment method {1!r}; known: {2}</source>
        <translation>{0}: неизвестный способ оплаты {1!r}; известные: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/apple_mail.py" line="69"/>
        <source>Mail can only be asked on a Mac</source>
        <translation>Обратиться к Почте можно только на Mac</translation>
    </message>
    <message>
        <location filename="../../desk/apple_mail.py" line="79"/>
        <source>Mail did not answer within {0} seconds</source>
        <translation>Почта не ответила за {0} с</translation>
    </message>
    <message>
        <location filename="../../desk/apple_mail.py" line="81"/>
        <source>Mail could not be asked: {0}</source>
        <translation>Не удалось обратиться к Почте: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/apple_mail.py" line="89"/>
        <source>Desk may not ask Mail for messages: allow it in System Settings › Privacy &amp; Security › Automation (Desk › Mail), then drop the message again</source>
        <translation>Desk не разрешено запрашивать письма у Почты: разрешите это в разделе «Системные настройки › Конфиденциальность и безопасность › Автоматизация» (Desk › Почта), затем перетащите письмо ещё раз</translation>
    </message>
    <message>
        <location filename="../../desk/apple_mail.py" line="94"/>
        <source>Mail is not running</source>
        <translation>Почта не запущена</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="61"/>
        <source>the audit log&apos;s head file</source>
        <translation>файл с последней записью журнала изменений</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="64"/>
        <source>it is not what Desk writes there ({0})</source>
        <translation>его содержимое не соответствует тому, что записывает туда Desk ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="66"/>
        <source>its entry number {0!r} is not a whole number from 1</source>
        <translation>номер записи в нём {0!r} не является целым числом от 1</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="68"/>
        <source>its hash {0!r} is not 64 hexadecimal digits</source>
        <translation>хеш в нём {0!r} не состоит из 64 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="70"/>
        <source>its time {0!r} has no time zone</source>
        <translation>время в нём {0!r} указано без часового пояса</translation>
    </message>
    <message>
        <location filename="../../desk/audit_head.py" line="89"/>
        <source>it could not be read ({0})</source>
        <translation>его не удалось прочитать ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="148"/>
        <source>no deadline can be counted from {0}: {1} working days after it is past the last date a calendar holds; correct that date</source>
        <translation>от даты {0} нельзя отсчитать срок: если прибавить к ней рабочие дни ({1}), дата выйдет за пределы календаря; исправьте эту дату</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="153"/>
        <source>no deadline can be counted from {0}: {1} working days before it is past the last date a calendar holds; correct that date</source>
        <translation>от даты {0} нельзя отсчитать срок: если отнять от неё рабочие дни ({1}), дата выйдет за пределы календаря; исправьте эту дату</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="160"/>
        <source>no deadline can be counted from {0}: {1} days after it is past the last date a calendar holds; correct that date</source>
        <translation>от даты {0} нельзя отсчитать срок: если прибавить к ней дни ({1}), дата выйдет за пределы календаря; исправьте эту дату</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="165"/>
        <source>no deadline can be counted from {0}: {1} days before it is past the last date a calendar holds; correct that date</source>
        <translation>от даты {0} нельзя отсчитать срок: если отнять от неё дни ({1}), дата выйдет за пределы календаря; исправьте эту дату</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="216"/>
        <source>{0} {1}: if it is right, give --confirm-date to keep it</source>
        <translation>{0}: {1}; если дата верна, укажите --confirm-date, чтобы оставить её</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="221"/>
        <source>{0} and {1} are outside the dates Desk takes without asking ({2} to {3}): if they are right, give --confirm-date to keep them</source>
        <translation>{0} и {1} — вне периода дат, которые Desk принимает без вопросов (с {2} по {3}): если даты верны, укажите --confirm-date, чтобы оставить их</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="229"/>
        <source>{0} is before {1}, outside the dates Desk takes without asking ({1} to {2})</source>
        <translation>{0} — раньше {1}, вне периода дат, которые Desk принимает без вопросов (с {1} по {2})</translation>
    </message>
    <message>
        <location filename="../../desk/calendar.py" line="232"/>
        <source>{0} is more than a year ahead, outside the dates Desk takes without asking ({1} to {2})</source>
        <translation>{0} — более чем на год вперёд, вне периода дат, которые Desk принимает без вопросов (с {1} по {2})</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="25"/>
        <source>member accounts: balance, history, withdrawals</source>
        <translation>счета у агентов: баланс, история, вывод средств</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="37"/>
        <source>PROVIDER/NAME, or NAME when no other provider has an account of that name</source>
        <translation>PROVIDER/NAME или просто NAME, если ни у одного другого агента нет счёта с таким именем</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="41"/>
        <source>the day it happened (today)</source>
        <translation>дата операции (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="49"/>
        <source>open a member account</source>
        <translation>открыть счёт у агента</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="51"/>
        <source>the agent or platform and our member name there</source>
        <translation>агент или площадка и наше имя пользователя там</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="53"/>
        <source>the currency its balance is kept in, e.g. CNY</source>
        <translation>валюта баланса счёта, например CNY</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="55"/>
        <source>every member account with its balance</source>
        <translation>все счета у агентов с балансами</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="56"/>
        <source>balance, what may be withdrawn, and the history</source>
        <translation>баланс, доступная к выводу сумма и история</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="58"/>
        <source>for withdrawals due (today)</source>
        <translation>дата для расчёта сроков вывода средств (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="61"/>
        <source>money added to the balance</source>
        <translation>пополнение баланса</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="64"/>
        <source>an order paid from the balance</source>
        <translation>оплата заказа с баланса</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="66"/>
        <source>what was paid (the order&apos;s total)</source>
        <translation>оплаченная сумма (по умолчанию — итог заказа)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="67"/>
        <source>cost returned to the balance from an order or a claim</source>
        <translation>возврат переплаты на баланс по заказу или претензии</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="69"/>
        <source>the claim it settles</source>
        <translation>претензия, по которой производится возврат</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="74"/>
        <source>request a withdrawal; its transfer fee is taken from the balance</source>
        <translation>подать заявку на вывод средств; комиссия за перевод списывается с баланса</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="76"/>
        <source>credit_card, western_union or moneygram</source>
        <translation>credit_card, western_union или moneygram</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="77"/>
        <source>the transfer fee (0 if none)</source>
        <translation>комиссия за перевод (0, если её нет)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="80"/>
        <source>mark a requested withdrawal done, refused or cancelled</source>
        <translation>отметить запрошенный вывод средств как выполненный, отклонённый или отменённый</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="91"/>
        <source>store where withdrawals go (read from stdin or a prompt), sealed; printed masked</source>
        <translation>сохранить реквизиты для вывода средств (читаются из stdin или запрашиваются) в зашифрованном виде; выводятся замаскированными</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="94"/>
        <source>print the stored value, masked; reads nothing</source>
        <translation>вывести сохранённое значение в замаскированном виде; ничего не считывает</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="101"/>
        <source>channel</source>
        <translation>способ перевода</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="123"/>
        <source>No member accounts yet: open one with `desk account new PROVIDER/NAME --currency C`.</source>
        <translation>Счетов у агентов пока нет: откройте счёт командой `desk account new PROVIDER/NAME --currency C`.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="185"/>
        <location filename="../../desk/commands/disputes.py" line="89"/>
        <location filename="../../desk/commands/disputes.py" line="124"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="237"/>
        <source>Withdrawal account (not shown as you type): </source>
        <translation>Реквизиты для вывода средств (не отображаются при вводе): </translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="240"/>
        <source>none stored</source>
        <translation>не сохранены</translation>
    </message>
    <message>
        <location filename="../../desk/commands/accounts.py" line="241"/>
        <source>Withdrawal account of {0} (account {1}): {2}</source>
        <translation>Реквизиты для вывода средств со счёта {0} (счёт {1}): {2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/audience.py" line="25"/>
        <source>who may see it: everyone (it may be sent to the supplier, platform or payment provider; the default), lawyer (our staff and our lawyer), staff (our staff only)</source>
        <translation>кому доступно: everyone — всем (может быть отправлено поставщику, площадке или платёжному сервису; по умолчанию), lawyer — нашим сотрудникам и нашему юристу, staff — только нашим сотрудникам</translation>
    </message>
    <message>
        <location filename="../../desk/commands/bates.py" line="22"/>
        <source>the Bates register: every packet made, its page numbers and its exhibits&apos;, as CSV</source>
        <translation>реестр номеров Бейтса: все сформированные пакеты, номера их страниц и страниц их приложений, в формате CSV</translation>
    </message>
    <message>
        <location filename="../../desk/commands/bates.py" line="25"/>
        <location filename="../../desk/commands/packet.py" line="44"/>
        <source>where to write it</source>
        <translation>куда записать</translation>
    </message>
    <message>
        <location filename="../../desk/commands/calendar.py" line="24"/>
        <source>write the deadlines as a calendar file (.ics) for calendar apps</source>
        <translation>записать сроки в файл календаря (.ics) для программ-календарей</translation>
    </message>
    <message>
        <location filename="../../desk/commands/calendar.py" line="26"/>
        <source>Writes every deadline of the open cases as an all-day event, with a reminder at 9:00 on each day the deadline&apos;s kind reminds (7, 3 and 1 days before and on the day, unless changed in Preferences). Without -o it writes the data folder&apos;s own calendar file, which a calendar app can subscribe to; writing it again updates the events the app shows instead of adding copies.</source>
        <translation>Записывает каждый срок открытых дел как событие на весь день с напоминанием в 9:00 в каждый из дней, когда напоминает срок этого вида (за 7, 3 и 1 день и в сам день, если это не изменено в настройках). Без -o записывает собственный файл календаря папки данных, на который может подписаться программа-календарь; повторная запись обновляет показываемые программой события, а не добавляет их копии.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/calendar.py" line="38"/>
        <source>where to write it (the data folder&apos;s own)</source>
        <translation>куда записать (по умолчанию — собственный файл папки данных)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/calendar.py" line="41"/>
        <location filename="../../desk/commands/due.py" line="26"/>
        <source>count from this day (today)</source>
        <translation>отсчитывать от этой даты (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="23"/>
        <source>get a store&apos;s deposit back from its platform</source>
        <translation>возврат депозита магазина от площадки</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="27"/>
        <source>a draft application, its checklist from policy</source>
        <translation>черновик заявки с перечнем документов по правилам площадки</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="29"/>
        <source>the store (added to Desk if it has none)</source>
        <translation>магазин (добавляется в Desk, если его там нет)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="33"/>
        <source>the deposit with its currency: &quot;10000 CNY&quot;</source>
        <translation>депозит с указанием валюты: «10000 CNY»</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="35"/>
        <source>the store&apos;s country, when it is added</source>
        <translation>страна магазина, если он добавляется</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="36"/>
        <source>created on (today)</source>
        <translation>дата создания (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="41"/>
        <source>each prerequisite and document, met or not, why</source>
        <translation>все условия и документы: выполнены ли и почему</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="46"/>
        <source>confirm a prerequisite Desk cannot check</source>
        <translation>подтвердить условие, которое Desk не может проверить</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="49"/>
        <source>confirmed on (today)</source>
        <translation>дата подтверждения (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="50"/>
        <source>how you know</source>
        <translation>откуда это известно</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="51"/>
        <source>take a confirmation back</source>
        <translation>отменить подтверждение</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="55"/>
        <source>add a document the platform asks for</source>
        <translation>добавить документ, запрошенный площадкой</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="57"/>
        <source>a short name, e.g. tax_certificate</source>
        <translation>краткое имя, например tax_certificate</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="58"/>
        <source>what the document is</source>
        <translation>что это за документ</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="60"/>
        <source>recommended only: does not block submitting</source>
        <translation>только рекомендуется: не мешает подаче заявки</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="65"/>
        <source>submit (or resubmit); refused while anything is missing</source>
        <translation>подать заявку (или подать повторно); отклоняется, пока чего-либо не хватает</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="68"/>
        <source>submitted on (today)</source>
        <translation>дата подачи (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="73"/>
        <source>record what the platform did; impossible ones refused</source>
        <translation>записать действие площадки; невозможные действия отклоняются</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="77"/>
        <source>when (today)</source>
        <translation>когда (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="79"/>
        <source>paid: what arrived, &quot;9850 CNY&quot; or &quot;1380 USD&quot;</source>
        <translation>для paid: поступившая сумма, «9850 CNY» или «1380 USD»</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="81"/>
        <source>rejected: the platform&apos;s reason</source>
        <translation>для rejected: причина, указанная площадкой</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="86"/>
        <source>submissions with review windows, what arrived, next</source>
        <translation>подачи со сроками рассмотрения, поступившие суммы, следующие шаги</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="96"/>
        <source>platform</source>
        <translation>площадка</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="103"/>
        <source>store added to Desk</source>
        <translation>магазин добавлен в Desk</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="144"/>
        <location filename="../../desk/commands/disputes.py" line="108"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="172"/>
        <source>Deposit application {0}: {1} on {2}, {3}, {4}</source>
        <translation>Заявка на возврат депозита {0}: магазин {1} на {2}, {3}, {4}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="183"/>
        <source>Prerequisites:</source>
        <translation>Условия:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="183"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="191"/>
        <source>Not ready to submit: {0} missing ({1}).</source>
        <translation>Подавать заявку пока нельзя, не выполнено требований: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="193"/>
        <source>Ready to submit: desk deposit submit {0}</source>
        <translation>Заявку можно подавать: desk deposit submit {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="211"/>
        <location filename="../../desk/overview/audit_words.py" line="160"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="212"/>
        <source>created {0}; next: {1}</source>
        <translation>создана {0}; далее: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="218"/>
        <source>submission {0} on {1}: {2} on {3}: {4}</source>
        <translation>подача {0} от {1}: {2} ({3}): {4}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="221"/>
        <source>submission {0} on {1}: {2} on {3}</source>
        <translation>подача {0} от {1}: {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="225"/>
        <source>submission {0} on {1}: in review; a decision is expected {2} to {3} ({4}; {5})</source>
        <translation>подача {0} от {1}: на рассмотрении; решение ожидается с {2} по {3} ({4}; {5})</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="230"/>
        <source>submission {0} on {1}: in review; no review window known: {2}</source>
        <translation>подача {0} от {1}: на рассмотрении; срок рассмотрения неизвестен: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="236"/>
        <source>FOLLOW UP: {0}</source>
        <translation>ТРЕБУЕТ ПРОВЕРКИ: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="238"/>
        <source>{0} [cause: {1}]</source>
        <translation>{0} [причина: {1}]</translation>
    </message>
    <message>
        <location filename="../../desk/commands/deposits.py" line="241"/>
        <source>note: {0}</source>
        <translation>примечание: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="31"/>
        <source>open a dispute and record what happens in it</source>
        <translation>открыть спор и записывать его ход</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="35"/>
        <source>open a dispute on one order line</source>
        <translation>открыть спор по одной позиции заказа</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="40"/>
        <location filename="../../desk/commands/disputes.py" line="64"/>
        <source>the amount claimed, e.g. 12.50</source>
        <translation>сумма претензии, например 12.50</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="42"/>
        <source>when it was opened (today)</source>
        <translation>дата открытия (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="48"/>
        <source>record an event; impossible ones are refused</source>
        <translation>записать событие; невозможные события отклоняются</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="59"/>
        <source>correct a dispute as entered: only what is given changes</source>
        <translation>исправить введённые данные спора: меняется только то, что указано</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="66"/>
        <source>the platform&apos;s case number (&apos;&apos; clears it)</source>
        <translation>номер обращения на площадке (&apos;&apos; — очистить)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="71"/>
        <source>set the statement of facts that opens the claim packet</source>
        <translation>задать изложение обстоятельств, с которого начинается пакет документов по претензии</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="75"/>
        <source>read it from FILE (UTF-8)</source>
        <translation>прочитать из FILE (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="77"/>
        <source>the statement itself</source>
        <translation>текст изложения</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="80"/>
        <source>a dispute with its timeline</source>
        <translation>спор и его хронология</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="123"/>
        <source>say what to correct: --reason, --want, --amount or --case-no</source>
        <translation>укажите, что исправить: --reason, --want, --amount или --case-no</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="138"/>
        <source>give the statement with --text or --file, not both</source>
        <translation>укажите изложение через --text или --file, но не оба параметра сразу</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="145"/>
        <source>{0}: cannot read the statement: {1}</source>
        <translation>{0}: не удаётся прочитать изложение: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="230"/>
        <source>{0}, wants {1}, claimed {2}, won {3}</source>
        <translation>{0}; требование: {1}; сумма претензии: {2}; получено по решению: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="234"/>
        <source>{0}, wants {1}, claimed {2}</source>
        <translation>{0}; требование: {1}; сумма претензии: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="236"/>
        <source>Dispute {0}: {1} line {2} ({3})</source>
        <translation>Спор {0}: заказ {1}, позиция {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="240"/>
        <source>state: {0}; what can happen next: {1}</source>
        <translation>статус: {0}; возможные дальнейшие события: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="243"/>
        <source>the platform&apos;s case number: {0}</source>
        <translation>номер обращения на площадке: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="247"/>
        <source>(event {0})</source>
        <translation>(событие {0})</translation>
    </message>
    <message>
        <location filename="../../desk/commands/disputes.py" line="252"/>
        <source>{0} {1} in {2}</source>
        <translation>{0} {1}, счёт {2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="23"/>
        <source>deadlines of open cases by date: overdue, due, upcoming</source>
        <translation>сроки открытых дел по датам: просроченные, наступающие, предстоящие</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="30"/>
        <source>the reminders shown today, snoozed or dismissed ones too</source>
        <translation>напоминания на сегодня, включая отложенные и скрытые</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="36"/>
        <source>what came due since the last run, with a desktop notification where the system shows one (for Task Scheduler, launchd or cron); also brings the data folder&apos;s calendar up to date</source>
        <translation>что наступило с прошлого запуска, с уведомлением на рабочем столе, если система их показывает (для Планировщика заданий, launchd или cron); также обновляет календарь папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="41"/>
        <source>with --remind: print only, no desktop notification</source>
        <translation>с --remind: только вывести, без уведомления на рабочем столе</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="45"/>
        <source>snooze or dismiss a reminder</source>
        <translation>отложить или скрыть напоминание</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="47"/>
        <source>hide a reminder until a day</source>
        <translation>скрыть напоминание до указанной даты</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="48"/>
        <location filename="../../desk/commands/due.py" line="56"/>
        <source>the reminder, as `desk due --reminders` names it</source>
        <translation>напоминание — так, как его называет `desk due --reminders`</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="50"/>
        <source>the day it shows again</source>
        <translation>дата, когда оно появится снова</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="55"/>
        <source>hide a reminder until its next step</source>
        <translation>скрыть напоминание до следующего шага</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="81"/>
        <source>Nothing due: no open case has a deadline.</source>
        <translation>Сроков нет: ни у одного открытого дела нет срока.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="103"/>
        <location filename="../../desk/lists/deadlines.py" line="56"/>
        <location filename="../../desk/overview/deadlines.py" line="58"/>
        <location filename="../../desk/refunds/tracking.py" line="142"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="105"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/due.py" line="107"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="110"/>
        <source>(snoozed until {0})</source>
        <translation>(отложено до {0})</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="112"/>
        <source>(dismissed)</source>
        <translation>(скрыто)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="129"/>
        <source>No reminders today.</source>
        <translation>На сегодня напоминаний нет.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="147"/>
        <source>Nothing came due since {0}.</source>
        <translation>С {0} новых сроков не наступило.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="149"/>
        <source>Nothing came due.</source>
        <translation>Новых сроков не наступило.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/due.py" line="155"/>
        <source>this system shows no desktop notification here; the list above is all</source>
        <translation>эта система не показывает здесь уведомлений на рабочем столе; приведённый выше список — всё, что есть</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="25"/>
        <source>a dispute id (12), an order (aliexpress:8179…), refund:N or checklist:N</source>
        <translation>номер спора (12), заказ (aliexpress:8179…), refund:N или checklist:N</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="29"/>
        <source>add and list evidence files</source>
        <translation>добавление и просмотр файлов доказательств</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="32"/>
        <source>add files (and folders) as evidence for a case</source>
        <translation>добавить файлы (и папки) как доказательства по делу</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="36"/>
        <source>what it shows</source>
        <translation>что показывает файл</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="40"/>
        <source>all evidence, or a case&apos;s</source>
        <translation>все доказательства или доказательства дела</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="44"/>
        <source>take evidence off a case (the file stays)</source>
        <translation>исключить доказательство из дела (файл сохраняется)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="49"/>
        <source>say who may see evidence</source>
        <translation>указать, кому доступно доказательство</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="55"/>
        <source>say what evidence is and what it shows</source>
        <translation>указать вид доказательства и что оно показывает</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="58"/>
        <source>what it shows (&quot;&quot; removes it)</source>
        <translation>что показывает файл (&quot;&quot; — удалить)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="64"/>
        <source>confirm which item of the evidence checklist it shows: photo_as_arrived, defect_video, tracking_history, correspondence, payment_proof, order_confirmation (&quot;&quot; takes the confirmation back)</source>
        <translation>подтвердить, какой пункт перечня документов показывает файл: photo_as_arrived, defect_video, tracking_history, correspondence, payment_proof, order_confirmation (&quot;&quot; — отменить подтверждение)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="74"/>
        <source>delete voided evidence for good, with its links and, if no other evidence holds it, its file (audited; cannot be undone). Void it first: desk void evidence ID --reason TEXT</source>
        <translation>окончательно удалить аннулированное доказательство вместе с его связями и, если тот же файл не хранится в другом доказательстве, с самим файлом (записывается в журнал изменений; отменить нельзя). Сначала аннулируйте его: desk void evidence ID --reason TEXT</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="86"/>
        <location filename="../../desk/commands/evidence.py" line="165"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="102"/>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="102"/>
        <source>already kept, linked</source>
        <translation>уже хранится, связан</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="103"/>
        <source>({0} bytes, {1}, {2})</source>
        <translation>({0} байт, {1}, {2})</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="108"/>
        <source>WARNING: {0}</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="116"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="135"/>
        <source>(no case)</source>
        <translation>(без дела)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/evidence.py" line="139"/>
        <source>{0} bytes</source>
        <translation>{0} байт</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="23"/>
        <source>a .zip for our lawyer: summary PDF, tables, evidence, manifest</source>
        <translation>.zip-архив для нашего юриста: сводный PDF, таблицы, доказательства, манифест</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="28"/>
        <source>an order (aliexpress:8179…), a dispute id (12) or refund:N; repeat for more (default: every order)</source>
        <translation>заказ (aliexpress:8179…), номер спора (12) или refund:N; повторите для нескольких (по умолчанию — все заказы)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="32"/>
        <source>only orders placed on or after DATE</source>
        <translation>только заказы, размещённые DATE или позже</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="34"/>
        <source>only orders placed on or before DATE</source>
        <translation>только заказы, размещённые DATE или раньше</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="38"/>
        <source>check a bundle made by `desk export` against its manifest</source>
        <translation>сверить архив, созданный `desk export`, с его манифестом</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="43"/>
        <source>the fingerprint of the key the bundle must be signed with, as its sender gave it</source>
        <translation>отпечаток ключа, которым должен быть подписан архив, — в том виде, как его сообщил отправитель</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="70"/>
        <source>wrote {0}: {1} files and the manifest, {2}, {3} disputes</source>
        <translation>записан {0}: файлы ({1}) и манифест, {2}; споров: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="73"/>
        <source>manifest sha256 {0} (note it: it proves later that the bundle is the one you sent)</source>
        <translation>sha256 манифеста: {0} (запишите его: позже он подтвердит, что архив — тот самый, который вы отправили)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="77"/>
        <source>signed with the key {0} (give counsel this fingerprint by another way than the bundle)</source>
        <translation>подписано ключом {0} (передайте этот отпечаток юристу иным путём, не вместе с архивом)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="80"/>
        <source>not signed: {0}</source>
        <translation>не подписано: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="119"/>
        <source>intact: {0} files, the manifest signed and unchanged since</source>
        <translation>целостность не нарушена: файлов: {0}; манифест подписан и с тех пор не изменялся</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="121"/>
        <source>manifest sha256 {0}</source>
        <translation>sha256 манифеста: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="124"/>
        <source>the key expected</source>
        <translation>ожидаемый ключ</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="125"/>
        <source>NOT the key expected</source>
        <translation>НЕ ожидаемый ключ</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="126"/>
        <source>compare it with the fingerprint the sender gave you, or give it with --key</source>
        <translation>сверьте его с отпечатком, который сообщил отправитель, или укажите его в --key</translation>
    </message>
    <message>
        <location filename="../../desk/commands/export.py" line="128"/>
        <source>signed with the key {0} ({1})</source>
        <translation>подписано ключом {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="27"/>
        <source>to the seller</source>
        <translation>продавцу</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="28"/>
        <source>to the platform</source>
        <translation>площадке</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="29"/>
        <source>to counsel</source>
        <translation>юристу</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="38"/>
        <source>escalation letters of a dispute: the ladder, a letter as PDF, the editable templates</source>
        <translation>письма по спору по нарастающей: очерёдность писем, письмо в формате PDF, редактируемые шаблоны</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="40"/>
        <source>Without --kind: the dispute&apos;s letter ladder and the other roads to the money. With --kind: make that letter, record it on the dispute and keep the PDF as evidence.</source>
        <translation>Без --kind: очерёдность писем по спору и другие способы вернуть деньги. С --kind: составить это письмо, записать его в спор и сохранить PDF как доказательство.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="49"/>
        <source>a dispute id (12) or dispute:12; or `sent LETTER_ID`</source>
        <translation>номер спора (12) или dispute:12; либо `sent LETTER_ID`</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="58"/>
        <source>en, ru or zh (default en)</source>
        <translation>en, ru или zh (по умолчанию en)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="60"/>
        <source>where to write the letter</source>
        <translation>куда записать письмо</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="62"/>
        <source>make a letter the ladder does not offer now</source>
        <translation>составить письмо, которое сейчас не предлагается в очерёдности</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="64"/>
        <source>the letter&apos;s date (today)</source>
        <translation>дата письма (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="67"/>
        <source>with sent: the day it was sent</source>
        <translation>с sent: дата отправки</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="73"/>
        <source>with sent: how it went (e-mail, platform message, post, …)</source>
        <translation>с sent: способ отправки (электронная почта, сообщение на площадке, почта, …)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="76"/>
        <source>copy the templates into the data folder to edit</source>
        <translation>скопировать шаблоны в папку данных для редактирования</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="88"/>
        <source>{0!r} is not a dispute: give its id (12) or dispute:12</source>
        <translation>{0!r} — не спор: укажите его номер (12) или dispute:12</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="99"/>
        <source>a letter id, --on and --via mark a letter sent: desk letter sent LETTER_ID --on DATE --via ...</source>
        <translation>номер письма, --on и --via служат для отметки об отправке письма: desk letter sent LETTER_ID --on DATE --via ...</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="103"/>
        <source>--templates takes no dispute and no --kind</source>
        <translation>с --templates не указываются ни спор, ни --kind</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="106"/>
        <source>give a dispute (desk letter 12), or --templates</source>
        <translation>укажите спор (desk letter 12) или --templates</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="110"/>
        <source>-o and --force make a letter: give its --kind too</source>
        <translation>-o и --force служат для составления письма: укажите также его --kind</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="113"/>
        <source>give the file to write the letter to: -o FILE.pdf</source>
        <translation>укажите файл, в который записать письмо: -o FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="151"/>
        <source>Dispute {0}: {1} line {2} ({3}), {4}, claimed {5}; as of {6}</source>
        <translation>Спор {0}: заказ {1}, позиция {2} ({3}), {4}, сумма претензии {5}; на {6}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="165"/>
        <source>Letters, in the order they are climbed:</source>
        <translation>Письма в порядке отправки:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="167"/>
        <source>AVAILABLE</source>
        <translation>ДОСТУПНО</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="167"/>
        <source>not now</source>
        <translation>не сейчас</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="171"/>
        <source>sent {0}</source>
        <translation>отправлено {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="175"/>
        <source>made {0} in {1}, not marked sent yet</source>
        <translation>составлено {0} (языки: {1}), ещё не отмечено как отправленное</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="177"/>
        <source>made {0}, not marked sent yet</source>
        <translation>составлено {0}, ещё не отмечено как отправленное</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="180"/>
        <source>Other roads to the money:</source>
        <translation>Другие способы вернуть деньги:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="182"/>
        <source>possible</source>
        <translation>возможно</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="182"/>
        <source>not open</source>
        <translation>недоступно</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="212"/>
        <source>Recorded as letter {0} and kept as evidence {1}; reply by {2}.</source>
        <translation>Записано как письмо {0} и сохранено как доказательство {1}; ответ до {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="216"/>
        <source>Recorded as letter {0} and kept as evidence {1}.</source>
        <translation>Записано как письмо {0} и сохранено как доказательство {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="221"/>
        <source>Made {0} ({1}) for dispute {2}: {3}</source>
        <translation>Составлено письмо {0} ({1}) по спору {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="227"/>
        <source>The letter is now written in {0}: its versions go out together.</source>
        <translation>Теперь письмо составлено на языках: {0}; его версии отправляются вместе.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="234"/>
        <source>Once it has gone out: desk letter sent {0} --on DATE --via CHANNEL</source>
        <translation>Когда письмо будет отправлено: desk letter sent {0} --on DATE --via CHANNEL</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="245"/>
        <source>give the letter&apos;s id: desk letter sent LETTER_ID --on DATE --via CHANNEL</source>
        <translation>укажите номер письма: desk letter sent LETTER_ID --on DATE --via CHANNEL</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="247"/>
        <source>say when and how the letter was sent: --on DATE --via CHANNEL</source>
        <translation>укажите, когда и как было отправлено письмо: --on DATE --via CHANNEL</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="249"/>
        <source>desk letter sent takes a letter id, --on and --via only</source>
        <translation>desk letter sent принимает только номер письма, --on и --via</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="274"/>
        <source>Letter templates: {0}</source>
        <translation>Шаблоны писем: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="275"/>
        <source>(a template there wins over the shipped one; edit it as UTF-8 text)</source>
        <translation>(шаблон в этой папке имеет приоритет над поставляемым; редактируйте его как текст в UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/letters.py" line="278"/>
        <source>Fields a template may use ($name or ${name}; also in FIELDS.md there):</source>
        <translation>Поля, которые можно использовать в шаблоне ($name или ${name}; они же перечислены в FIELDS.md в этой папке):</translation>
    </message>
    <message>
        <location filename="../../desk/commands/open_bundle.py" line="21"/>
        <source>check a bundle made by `desk export` in a window (Open with › Desk)</source>
        <translation>проверить архив, созданный `desk export`, в окне (Открыть с помощью › Desk)</translation>
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
        <translation>Общий формат: одна строка на каждую позицию заказа, со столбцами
  platform, order_no, supplier, placed_on, currency, line_no, item, sku, qty, unit_price, shipping, discount,
  payments, tracking_no, shipped_on, delivered_on, status, store      (и, необязательно, paid_on и tax);
регистр и пробелы в названиях не важны («Order No» — это order_no). Столбец payments выглядит так: «card:30.00; balance:10.00».
Выгрузки площадок распознаются по строке заголовков: история заказов Amazon (Retail.OrderHistory.1.csv из запроса
персональных данных, 2025 Order History.csv, устаревший отчёт Items), отчёты eBay о заказах и транзакциях,
резервная копия данных AliExpress (XLSX) и списки заказов трёх расширений браузера. Если в файле есть хоть одна
неверная строка, ничего не импортируется, а каждая ошибка выводится как «строка N, столбец C: ошибка»; повторный
импорт того же файла ничего не меняет.
Кодировка файла CSV определяется по его тексту: UTF-8 или UTF-16, иначе та из GB18030, Windows-1251,
Windows-1252 и кодировки этого компьютера, которая читает его лучше (в сводке указано, какая и почему); --encoding задаёт её явно.
Строка заголовков может находиться в любой из первых 30 строк; завершающие строки вроде «2 record(s) downloaded» пропускаются
и подсчитываются. Месяц в датах может быть назван по-английски, по-немецки, по-французски, по-испански, по-русски или по-китайски.
Выгрузка активности PayPal (Activity → Download, CSV; на английском или немецком) распознаётся по заголовку и импортируется
как платежи поставщикам и полученные возвраты, каждый — в оплаченный им заказ: сопоставление по номеру транзакции,
иначе по сумме и дате; --link TXNID=PLATFORM:ORDER_NO связывает транзакцию, которую Desk не смог сопоставить.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="58"/>
        <source>import orders from a CSV or XLSX export, or payments from a PayPal activity download (all or nothing)</source>
        <translation>импортировать заказы из выгрузки CSV или XLSX либо платежи из выгрузки активности PayPal (всё или ничего)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="63"/>
        <source>a .csv, .tsv or .xlsx file</source>
        <translation>файл .csv, .tsv или .xlsx</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="65"/>
        <source>check the file and say what would change; write nothing</source>
        <translation>проверить файл и сообщить, что изменится, ничего не записывая</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="67"/>
        <source>read the columns with the remembered mapping NAME</source>
        <translation>читать столбцы по сохранённому сопоставлению NAME</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="73"/>
        <source>read FIELD from COLUMN (repeatable)</source>
        <translation>читать FIELD из COLUMN (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="80"/>
        <source>FIELD is VALUE on every row (repeatable)</source>
        <translation>FIELD равно VALUE в каждой строке (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="83"/>
        <source>the currency of amounts that do not name one (e.g. USD)</source>
        <translation>валюта сумм, для которых она не указана (например, USD)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="85"/>
        <source>remember this file&apos;s column mapping as NAME</source>
        <translation>запомнить сопоставление столбцов этого файла как NAME</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="90"/>
        <source>read a CSV file in this encoding (e.g. windows-1251, windows-1252, gb18030, utf-8) instead of the one Desk finds</source>
        <translation>читать файл CSV в этой кодировке (например, windows-1251, windows-1252, gb18030, utf-8) вместо той, которую определяет Desk</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="95"/>
        <source>how the file writes dates and numbers</source>
        <translation>как в файле записаны даты и числа</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="97"/>
        <source>Desk finds these in the file where it can; what the file cannot settle (every date could be day/month
or month/day) stops the import until you say it</source>
        <translation>Desk по возможности определяет это по файлу; то, что по файлу определить нельзя (каждая дата может быть день/месяц
или месяц/день), останавливает импорт, пока вы это не укажете</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="102"/>
        <source>DMY (23/11/2026), MDY (11/23/2026) or YMD (2026/11/23)</source>
        <translation>DMY (23/11/2026), MDY (11/23/2026) или YMD (2026/11/23)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="104"/>
        <source>the decimal separator: point or comma (also . or ,)</source>
        <translation>десятичный разделитель: point или comma (также . или ,)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="108"/>
        <source>the thousands separator: comma, point, space, apostrophe or none</source>
        <translation>разделитель разрядов: comma, point, space, apostrophe или none</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="112"/>
        <source>a cell of just TEXT means empty (repeatable; &quot;--&quot;, &quot;N/A&quot; and &quot;Not Available&quot; always do)</source>
        <translation>ячейка, содержащая только TEXT, считается пустой (можно повторять; «--», «N/A» и «Not Available» считаются пустыми всегда)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="117"/>
        <source>SIGN before or after an amount means the currency CODE, e.g. &quot;¥=JPY&quot; or &quot;RMB=CNY&quot; (repeatable)</source>
        <translation>SIGN перед суммой или после неё означает валюту CODE, например «¥=JPY» или «RMB=CNY» (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="123"/>
        <source>round amounts with more decimals than their currency has (half up) instead of refusing them</source>
        <translation>округлять суммы, у которых знаков после запятой больше, чем у их валюты (половину — в большую сторону), а не отклонять их</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="129"/>
        <source>import dates before 2000 or more than a year ahead (refused without it, as likely typing mistakes)</source>
        <translation>импортировать даты ранее 2000 года или более чем на год вперёд (без этого параметра они отклоняются как вероятные опечатки)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="135"/>
        <source>a PayPal activity download: record the payment or refund with this transaction id on this order (repeatable; for those Desk could not match)</source>
        <translation>выгрузка активности PayPal: записать платёж или возврат с этим номером транзакции в этот заказ (можно повторять; для тех, которые Desk не смог сопоставить)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="141"/>
        <source>list orders with their lines and payments</source>
        <translation>список заказов с позициями и платежами</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="142"/>
        <source>the first N orders only</source>
        <translation>только первые N заказов</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="157"/>
        <source>Checking… {0}%</source>
        <translation>Проверка… {0}%</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="157"/>
        <source>Writing… {0}%</source>
        <translation>Запись… {0}%</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="182"/>
        <source>--link is for a PayPal activity download; {0} is imported as orders</source>
        <translation>--link предназначен для выгрузки активности PayPal; {0} импортируется как заказы</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="239"/>
        <source>total {0}  paid {1}</source>
        <translation>итого {0}  оплачено {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="247"/>
        <source>paid by {0}</source>
        <translation>оплата: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="249"/>
        <source>tracking {0}</source>
        <translation>трек-номер: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/orders.py" line="267"/>
        <source>No orders yet: `desk import FILE` brings them in.</source>
        <translation>Заказов пока нет: загрузите их командой `desk import FILE`.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/output.py" line="62"/>
        <source>{0}; the details are in {1}</source>
        <translation>{0}; подробности — в {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="34"/>
        <source>the claim packet for a dispute: a PDF, in parts under a destination&apos;s limits</source>
        <translation>пакет документов по претензии для спора: PDF, разделённый на части в пределах ограничений адресата</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="41"/>
        <source>a dispute id (12) or dispute:12; or a deposit application: deposit:3</source>
        <translation>номер спора (12) или dispute:12; либо заявка на возврат депозита: deposit:3</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="50"/>
        <source>where it goes (see --destinations; default: platform)</source>
        <translation>куда отправляется пакет (см. --destinations; по умолчанию: platform)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="53"/>
        <source>the packet&apos;s date (today)</source>
        <translation>дата пакета (по умолчанию сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="56"/>
        <source>list the destinations and exit</source>
        <translation>показать список адресатов и выйти</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="70"/>
        <source>{0!r} is {1} {2}, not a dispute: a claim packet is made for a dispute</source>
        <translation>{0!r} — это {1} {2}, а не спор: пакет документов по претензии составляется для спора</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="83"/>
        <source>give the dispute and the file: desk packet DISPUTE -o FILE.pdf (or --destinations)</source>
        <translation>укажите спор и файл: desk packet DISPUTE -o FILE.pdf (или --destinations)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/packet.py" line="110"/>
        <source>dispute {0}: {1} pages, {2} exhibits, {3} in %n file(s), for {4} ({5})</source>
        <translation>
            <numerusform>спор {0}: страниц: {1}, приложений: {2}, {3} в %n файле; адресат: {4} ({5})</numerusform>
            <numerusform>спор {0}: страниц: {1}, приложений: {2}, {3} в %n файлах; адресат: {4} ({5})</numerusform>
            <numerusform>спор {0}: страниц: {1}, приложений: {2}, {3} в %n файлах; адресат: {4} ({5})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="117"/>
        <source>For counsel: it includes internal notes and evidence; do not send it to the other side.</source>
        <translation>Для юриста: пакет содержит внутренние примечания и доказательства; не отправляйте его другой стороне.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="132"/>
        <source>{0!r}: give the deposit application as deposit:N, e.g. deposit:1</source>
        <translation>{0!r}: укажите заявку на возврат депозита в виде deposit:N, например deposit:1</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="152"/>
        <source>deposit {0}: {1} pages, {2} documents</source>
        <translation>заявка на возврат депозита {0}: страниц: {1}, документов: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="161"/>
        <source>numbered {0}–{1}, kept in the Bates register (desk register)</source>
        <translation>номера {0}–{1} внесены в реестр номеров Бейтса (desk register)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="170"/>
        <source>making the packet… {0}/{1}</source>
        <translation>формирование пакета… {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="210"/>
        <source>{0}: {1}; photos at {2} dpi; audience {3}</source>
        <translation>{0}: {1}; фото с разрешением {2} dpi; получатель: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="214"/>
        <source>{0}: {1}; audience {2}</source>
        <translation>{0}: {1}; получатель: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="215"/>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="217"/>
        <source>[assumption]</source>
        <translation>[предположение]</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="218"/>
        <source>source: {0}</source>
        <translation>источник: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/packet.py" line="220"/>
        <source>check: {0}</source>
        <translation>проверьте: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="22"/>
        <source>plan a refund and reconcile what arrived</source>
        <translation>спланировать возврат и сверить поступления</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="26"/>
        <source>split a refund across the order&apos;s payment methods, with arrival windows (stores nothing)</source>
        <translation>распределить возврат по способам оплаты заказа со сроками поступления (ничего не сохраняет)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="27"/>
        <source>keep a refund the seller or platform approved, split as `plan` shows</source>
        <translation>сохранить возврат, одобренный продавцом или площадкой, с распределением, которое показывает `plan`</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="32"/>
        <source>approved on (today)</source>
        <translation>дата одобрения (по умолчанию сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="35"/>
        <source>the dispute it settles</source>
        <translation>спор, который закрывает этот возврат</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="39"/>
        <source>record money that arrived on one method</source>
        <translation>записать деньги, поступившие одним способом оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="48"/>
        <source>each part against its window: on time, late, short…</source>
        <translation>показать каждую часть возврата относительно срока её поступления: в срок, с опозданием, недоплата…</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="66"/>
        <source>cause</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="78"/>
        <source>payment method</source>
        <translation>способ оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="91"/>
        <location filename="../../desk/operations/refunds.py" line="127"/>
        <source>no refund {0}</source>
        <translation>возврат {0} не найден</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="127"/>
        <source>Refund {0} on {1}: expected {2}, received {3}</source>
        <translation>Возврат {0} по заказу {1}: ожидается {2}, получено {3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="133"/>
        <source>{0} on {1}</source>
        <translation>получено {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="135"/>
        <source>nothing yet</source>
        <translation>пока ничего не получено</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="136"/>
        <source>expected {0}, {1}; window {2} – {3}: {4}</source>
        <translation>ожидается {0}, {1}; срок поступления {2} – {3}: {4}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="147"/>
        <source>pending</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="148"/>
        <source>overdue</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="149"/>
        <source>on time</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>в срок</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="150"/>
        <source>late</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>с опозданием</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="151"/>
        <source>short</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>недоплата</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="152"/>
        <source>over</source>
        <comment>a refund&apos;s arrival</comment>
        <translation>переплата</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="181"/>
        <source>Refund {0} recorded: {1} on {2}, approved {3}</source>
        <translation>Возврат {0} записан: {1} по заказу {2}, одобрен {3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="185"/>
        <source>Refund plan: {0} on {1}, approved {2}</source>
        <translation>План возврата: {0} по заказу {1}, одобрен {2}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="188"/>
        <source>{0} (paid {1}), expected {2} – {3}</source>
        <translation>{0} (оплачено {1}), ожидается {2} – {3}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/refunds.py" line="194"/>
        <source>Coupons and vouchers ({0}) are not refunded (&quot;Refund Methods and Timeframe&quot;).</source>
        <translation>Купоны и ваучеры ({0}) не возвращаются («Refund Methods and Timeframe»).</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="23"/>
        <source>{0!r} is not a whole number</source>
        <translation>{0!r} — не целое число</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="25"/>
        <source>the limit must be 1–1000</source>
        <translation>лимит должен быть от 1 до 1000</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="33"/>
        <source>find orders, lines, tracking numbers, suppliers and disputes by their text</source>
        <translation>найти заказы, позиции, трек-номера, поставщиков и споры по тексту</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="35"/>
        <source>Every word must occur, in any case (Chinese and Cyrillic included). An exact order number (also as PLATFORM:ORDER_NO), tracking number or supplier name comes first.</source>
        <translation>Должно встречаться каждое слово, в любом регистре (в том числе китайские слова и слова на кириллице). Точный номер заказа (также в виде PLATFORM:ORDER_NO), трек-номер или название поставщика выводится первым.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="39"/>
        <source>what to look for</source>
        <translation>что искать</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="41"/>
        <source>only this kind of record (repeatable)</source>
        <translation>только записи этого вида (можно указать несколько раз)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="43"/>
        <source>at most N hits (50)</source>
        <translation>не более N результатов (по умолчанию 50)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="54"/>
        <source>give some text to search for</source>
        <translation>укажите текст для поиска</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="62"/>
        <source>Nothing found for {0!r}.</source>
        <translation>По запросу {0!r} ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/search.py" line="65"/>
        <source>Nothing found for {0!r} (give two or more letters, or one Chinese character).</source>
        <translation>По запросу {0!r} ничего не найдено (введите не менее двух букв или один китайский иероглиф).</translation>
    </message>
    <message>
        <location filename="../../desk/commands/secrets.py" line="20"/>
        <source>the keyring that keeps Desk&apos;s keys; exit 1 if none</source>
        <translation>системное хранилище секретов, в котором Desk держит свои ключи; код выхода 1, если его нет</translation>
    </message>
    <message>
        <location filename="../../desk/commands/secrets.py" line="29"/>
        <location filename="../../desk/secrets.py" line="90"/>
        <source>Secrets are kept in {0}.</source>
        <translation>Секретные данные хранятся здесь: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/secrets.py" line="39"/>
        <source>no value given: type it at the prompt or pipe it to stdin</source>
        <translation>значение не указано: введите его в ответ на запрос или передайте через stdin</translation>
    </message>
    <message>
        <location filename="../../desk/commands/secrets.py" line="41"/>
        <source>the value must be one line</source>
        <translation>значение должно быть одной строкой</translation>
    </message>
    <message>
        <location filename="../../desk/commands/voiding.py" line="23"/>
        <source>void a record: kept with its history, left out of every sum and document, restorable</source>
        <translation>аннулировать запись: она сохраняется вместе с историей, не учитывается ни в одной сумме и ни в одном документе, её можно восстановить</translation>
    </message>
    <message>
        <location filename="../../desk/commands/voiding.py" line="27"/>
        <source>why (kept with the record)</source>
        <translation>причина (сохраняется вместе с записью)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/voiding.py" line="31"/>
        <source>restore a voided record: it counts again</source>
        <translation>восстановить аннулированную запись: она снова учитывается</translation>
    </message>
    <message>
        <location filename="../../desk/commands/voiding.py" line="42"/>
        <location filename="../../desk/commands/voiding.py" line="52"/>
        <source>kind of record</source>
        <translation>вид записи</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="100"/>
        <source>{0} is an SQLite database but not one of Desk&apos;s (no schema version)</source>
        <translation>{0} — база данных SQLite, но не база Desk (нет версии схемы)</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="104"/>
        <source>{0} is not a Desk database: {1}</source>
        <translation>{0} — не база данных Desk: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="147"/>
        <source>the backup of {0} was stopped; the database was not changed</source>
        <translation>резервное копирование {0} прервано; база данных не изменена</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="183"/>
        <source>{0} cannot be a data folder: its path is too long for the database Desk uses ({1} bytes, where at most {2} fit; a letter outside English counts 2 to 4). Choose a folder with a shorter path. Nothing was changed.</source>
        <translation>{0} не может быть папкой данных: её путь слишком длинный для базы данных, которую использует Desk ({1} байт при допустимых {2}; буква не из английского алфавита занимает от 2 до 4 байт). Выберите папку с более коротким путём. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="339"/>
        <source>{0} was written by a newer Desk (schema {1}); this Desk knows schemas up to {2}. Update Desk to open it. Nothing was changed.</source>
        <translation>{0}: файл записан более новой версией Desk (схема {1}); эта версия Desk поддерживает схемы до {2}. Обновите Desk, чтобы открыть его. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="346"/>
        <source>{0} was not opened; it was not changed</source>
        <translation>{0}: файл не открыт и не изменён</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="388"/>
        <source>the database already holds Desk&apos;s records (schema {0}); nothing was changed</source>
        <translation>в базе данных уже есть записи Desk (схема {0}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="418"/>
        <source>the team server {0} holds no Desk records yet: set it up with desk team init</source>
        <translation>на командном сервере {0} ещё нет записей Desk: сначала подготовьте его командой desk team init</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="429"/>
        <source>other desks are connected to {0} ({1}): they must close Desk before its schema changes. Nothing was changed.</source>
        <translation>к {0} подключены другие рабочие места ({1}): прежде чем менять схему, на них нужно закрыть Desk. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="437"/>
        <source>Desk copies the team server&apos;s database with pg_dump before upgrading it, and pg_dump is not installed here: install PostgreSQL&apos;s client programs (the same version as the server, or newer) and try again. Nothing was changed.</source>
        <translation>перед обновлением Desk копирует базу командного сервера программой pg_dump, а она здесь не установлена: установите клиентские программы PostgreSQL (той же версии, что и сервер, или новее) и повторите. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="490"/>
        <source>the migration would leave {0} broken references, e.g. {1}</source>
        <translation>после миграции останутся неверные ссылки ({0}), например {1}</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="498"/>
        <source>could not upgrade the database {0}: {1}</source>
        <translation>не удалось обновить базу данных {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="58"/>
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n поставщик</numerusform>
            <numerusform>%n поставщика</numerusform>
            <numerusform>%n поставщиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="59"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="60"/>
        <source>%n order line(s)</source>
        <translation>
            <numerusform>%n позиция заказа</numerusform>
            <numerusform>%n позиции заказов</numerusform>
            <numerusform>%n позиций заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="61"/>
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n спор</numerusform>
            <numerusform>%n спора</numerusform>
            <numerusform>%n споров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="62"/>
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n возврат</numerusform>
            <numerusform>%n возврата</numerusform>
            <numerusform>%n возвратов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="63"/>
        <location filename="../../desk/orders/holdings.py" line="37"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл доказательств</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="64"/>
        <source>%n member account(s)</source>
        <translation>
            <numerusform>%n счёт у агента</numerusform>
            <numerusform>%n счёта у агентов</numerusform>
            <numerusform>%n счетов у агентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="65"/>
        <source>%n ledger entry(ies)</source>
        <translation>
            <numerusform>%n запись журнала операций</numerusform>
            <numerusform>%n записи журнала операций</numerusform>
            <numerusform>%n записей журнала операций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="66"/>
        <source>%n deposit application(s)</source>
        <translation>
            <numerusform>%n заявка на возврат депозита</numerusform>
            <numerusform>%n заявки на возврат депозита</numerusform>
            <numerusform>%n заявок на возврат депозита</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/demo/__init__.py" line="80"/>
        <source>{0} already holds data; the demo only fills an empty folder</source>
        <translation>{0} уже содержит данные; демонстрационные данные загружаются только в пустую папку</translation>
    </message>
    <message>
        <location filename="../../desk/demo/__init__.py" line="85"/>
        <source>the demo&apos;s day {0} must be from {1} to {2}</source>
        <translation>день демонстрационных данных {0} должен быть в диапазоне от {1} до {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="34"/>
        <source>dispute {0} is voided: restore it before correcting it</source>
        <translation>спор {0} аннулирован: восстановите его, прежде чем исправлять</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="38"/>
        <source>reason {0}</source>
        <translation>причина «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="43"/>
        <source>wants a return and refund</source>
        <translation>требуется возврат товара и средств</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="45"/>
        <source>wants a refund</source>
        <translation>требуется возврат средств</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="51"/>
        <source>claims {0}</source>
        <translation>сумма претензии {0}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="56"/>
        <source>the platform&apos;s case number has {0} characters; at most {1}</source>
        <translation>номер дела на площадке слишком длинный: символов — {0}, допускается не более {1}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="64"/>
        <source>the platform&apos;s case number {0}</source>
        <translation>номер дела на площадке {0}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="66"/>
        <source>no platform case number</source>
        <translation>без номера дела на площадке</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="76"/>
        <source>the claim is in {0} but dispute {1} is in {2}</source>
        <translation>сумма претензии указана в {0}, а спор {1} ведётся в {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="81"/>
        <location filename="../../desk/disputes/lifecycle.py" line="113"/>
        <source>the amount claimed must be more than zero</source>
        <translation>сумма претензии должна быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="86"/>
        <location filename="../../desk/disputes/lifecycle.py" line="131"/>
        <source>the claim {0} is more than can still be refunded for line {1} of {2}: {3} (what was paid for the line less what was already refunded)</source>
        <translation>сумма претензии {0} больше, чем ещё можно вернуть за позицию {1} заказа {2}: {3} (оплаченное за позицию за вычетом уже возвращённого)</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/editing.py" line="93"/>
        <source>the claim {0} is less than the {1} dispute {2} already won</source>
        <translation>сумма претензии {0} меньше суммы {1}, уже полученной по решению в споре {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/letter_policy.py" line="103"/>
        <source>unknown letter kind {0!r}; known: {1}</source>
        <translation>неизвестный вид письма {0!r}; известные: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/letter_versions.py" line="44"/>
        <source>letter {0} of dispute {1}, made on {2}, was marked sent on {3} without this language: a letter&apos;s language versions go out together, so a new one cannot join it. Make it on another day as a letter of its own; nothing was recorded</source>
        <translation>письмо {0} по спору {1}, составленное {2}, отмечено как отправленное {3} без этой языковой версии: языковые версии письма отправляются вместе, поэтому новую к нему добавить нельзя. Составьте её в другой день как отдельное письмо; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="108"/>
        <source>the claim is in {0} but order {1} was paid in {2}</source>
        <translation>сумма претензии указана в {0}, а заказ {1} оплачен в {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="116"/>
        <source>a dispute cannot open on {0} before the order was placed ({1})</source>
        <translation>спор не может быть открыт {0}, раньше даты заказа ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="123"/>
        <source>line {0} of {1} already has an open dispute (no. {2})</source>
        <translation>по позиции {0} заказа {1} уже открыт спор (№ {2})</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="146"/>
        <source>no dispute {0}</source>
        <translation>спор {0} не найден</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="180"/>
        <source>a dispute is opened once, with `desk dispute open`</source>
        <translation>спор открывается один раз — командой `desk dispute open`</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="185"/>
        <source>dispute {0} is {1}: &apos;{2}&apos; cannot happen now; allowed: {3}</source>
        <translation>спор {0} в состоянии «{1}»: событие «{2}» сейчас невозможно; допустимы: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="190"/>
        <source>&apos;{0}&apos; needs an amount</source>
        <translation>для события «{0}» нужна сумма</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="196"/>
        <source>&apos;{0}&apos; on {1} is before the dispute&apos;s last event ({2})</source>
        <translation>событие «{0}» от {1} раньше последнего события спора ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="230"/>
        <source>without it, the &apos;{0}&apos; of {1} in dispute {2} could not have happened (the dispute would have been {3}): void that one first</source>
        <translation>без него событие «{0}» от {1} в споре {2} не могло бы произойти (спор был бы в состоянии «{3}»): сначала аннулируйте то событие</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="251"/>
        <source>the statement has {0} characters; at most {1} fit a packet</source>
        <translation>в изложении обстоятельств символов: {0}; в пакет помещается не более {1}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="261"/>
        <source>the amount is in {0} but dispute {1} is in {2}</source>
        <translation>сумма указана в {0}, а спор {1} ведётся в {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="266"/>
        <source>the amount must not be negative</source>
        <translation>сумма не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/lifecycle.py" line="269"/>
        <source>&apos;{0}&apos; of {1} is more than the {2} claimed</source>
        <translation>«{0}» на сумму {1} — больше суммы претензии {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="22"/>
        <source>no letter {0}</source>
        <translation>письмо {0} не найдено</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="29"/>
        <source>letter {0} is voided: restore it before marking it sent</source>
        <translation>письмо {0} аннулировано: восстановите его, прежде чем отмечать как отправленное</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="32"/>
        <source>say how the letter was sent: e-mail, platform message, post, …</source>
        <translation>укажите, как было отправлено письмо: электронная почта, сообщение на площадке, почта, …</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="35"/>
        <source>how the letter was sent has {0} characters; at most {1}</source>
        <translation>способ отправки письма слишком длинный: символов — {0}, допускается не более {1}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="39"/>
        <source>letter {0} was made on {1}: it cannot have been sent on {2}</source>
        <translation>письмо {0} составлено {1}: его не могли отправить {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/sending.py" line="44"/>
        <source>{0} is still to come: mark the letter sent once it has gone</source>
        <translation>дата {0} ещё не наступила: отметьте письмо как отправленное, когда оно будет отправлено</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="21"/>
        <source>dispute {0} (line {1} of order {2})</source>
        <translation>спор {0} (позиция {1} заказа {2})</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="26"/>
        <source>the &apos;{0}&apos; of {1} in dispute {2}</source>
        <translation>событие «{0}» от {1} в споре {2}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="32"/>
        <location filename="../../desk/evidence/cases.py" line="38"/>
        <location filename="../../desk/orders/voiding.py" line="13"/>
        <source>refund {0}</source>
        <translation>возврат {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/disputes/voiding.py" line="34"/>
        <source>{0} has {1}: void them first</source>
        <translation>
            <numerusform>{0}: по нему записан {1} — сначала аннулируйте его</numerusform>
            <numerusform>{0}: по нему записаны {1} — сначала аннулируйте их</numerusform>
            <numerusform>{0}: по нему записаны {1} — сначала аннулируйте их</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="41"/>
        <location filename="../../desk/refunds/voiding.py" line="19"/>
        <source>order {0} is voided: restore it first</source>
        <translation>заказ {0} аннулирован: сначала восстановите его</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="54"/>
        <source>line {0} of order {1} has an open dispute already (no. {2}): close or void it before restoring {3}</source>
        <translation>по позиции {0} заказа {1} уже открыт спор (№ {2}): закройте или аннулируйте его, прежде чем восстанавливать {3}</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="62"/>
        <source>the opening of dispute {0} is the dispute itself: void the dispute instead</source>
        <translation>открытие спора {0} — это сам спор: аннулируйте спор целиком</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="67"/>
        <source>dispute {0} is voided already, with its events</source>
        <translation>спор {0} уже аннулирован вместе с его событиями</translation>
    </message>
    <message>
        <location filename="../../desk/disputes/voiding.py" line="77"/>
        <location filename="../../desk/disputes/voiding.py" line="82"/>
        <location filename="../../desk/refunds/voiding.py" line="21"/>
        <source>dispute {0} is voided: restore it first</source>
        <translation>спор {0} аннулирован: сначала восстановите его</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="56"/>
        <source>{0} was changed by {1} after you opened it ({2}): nothing was saved.</source>
        <translation>{0}: после того как вы открыли форму, изменения внёс(ла) {1} ({2}); ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="68"/>
        <source>{0}: Desk could not save over it because another program has it open; close {1} in the other program that has it open, then try again</source>
        <translation>{0}: Desk не удалось сохранить файл поверх существующего, так как он открыт в другой программе; закройте {1} в этой программе и повторите попытку</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="73"/>
        <source>{0}: Desk could not delete it because another program has it open; close {1} in the other program that has it open, then try again</source>
        <translation>{0}: Desk не удалось удалить файл, так как он открыт в другой программе; закройте {1} в этой программе и повторите попытку</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="119"/>
        <source>a bug in Desk stopped this ({0})</source>
        <translation>работа прервана из-за ошибки в Desk ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="170"/>
        <source>the team server is busy: another desk is saving a change. Wait, and try again.</source>
        <translation>командный сервер занят: другое рабочее место сохраняет изменение. Подождите и повторите.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="172"/>
        <source>your login on the team server may not do this ({0}): ask the team&apos;s owner.</source>
        <translation>вашему входу на командный сервер это не разрешено ({0}): обратитесь к владельцу команды.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="174"/>
        <source>the team server is out of space ({0}): tell the team&apos;s owner.</source>
        <translation>на командном сервере закончилось место ({0}): сообщите владельцу команды.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="176"/>
        <source>the team server accepts no changes now (read-only): tell the team&apos;s owner.</source>
        <translation>командный сервер сейчас не принимает изменений (только чтение): сообщите владельцу команды.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="179"/>
        <source>a text is longer than the team server keeps for it (at most {0} characters): shorten it. Nothing was saved.</source>
        <translation>текст длиннее, чем командный сервер хранит для этого поля (не больше {0} символов): сократите его. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="183"/>
        <source>the team server has no such database ({0}): check the address.</source>
        <translation>на командном сервере нет такой базы данных ({0}): проверьте адрес.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="185"/>
        <source>the team server stopped while Desk was using it ({0}): try again in a moment.</source>
        <translation>командный сервер остановился, пока Desk с ним работал ({0}): повторите через минуту.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="188"/>
        <source>the team server refused the login ({0}): check the login and password (desk team login).</source>
        <translation>командный сервер отклонил вход ({0}): проверьте имя входа и пароль (desk team login).</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="192"/>
        <source>Desk cannot reach the team server ({0}): check the network and the server&apos;s address.</source>
        <translation>Desk не может связаться с командным сервером ({0}): проверьте сеть и адрес сервера.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="208"/>
        <source>the database</source>
        <translation>файл базы данных</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="210"/>
        <source>the data folder {0}</source>
        <translation>папка данных {0}</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="210"/>
        <source>the data folder</source>
        <translation>папка данных</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="213"/>
        <source>{0} is busy: another Desk (or another program) is writing to it. Wait, and try again.</source>
        <translation>{0} занята: другой экземпляр Desk (или другая программа) записывает в неё данные. Подождите и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="217"/>
        <source>the disk holding {0} is full: free some space and try again.</source>
        <translation>диск, на котором находится {0}, заполнен: освободите место и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="219"/>
        <source>Desk cannot write to {0}: the file, its folder or the disk is read-only.</source>
        <translation>Desk не может выполнить запись ({0}): файл, его папка или диск доступны только для чтения.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="221"/>
        <source>Desk is not allowed to use {0}: check the permissions of the file and its folder.</source>
        <translation>У Desk нет прав на использование: {0}. Проверьте права доступа к файлу и его папке.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="225"/>
        <source>Desk cannot open {0}: check that its folder exists and that you may write to it.</source>
        <translation>Desk не удаётся открыть: {0}. Проверьте, что папка существует и у вас есть права на запись в неё.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="230"/>
        <source>{0} is damaged or is not a database: restore it from a copy in the backups folder beside it.</source>
        <translation>{0} повреждён или не является базой данных: восстановите его из копии в папке резервных копий рядом с ним.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="233"/>
        <source>the disk reported an error while reading or writing {0}.</source>
        <translation>диск сообщил об ошибке при чтении или записи: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="244"/>
        <location filename="../../desk/evidence/intake.py" line="103"/>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="245"/>
        <location filename="../../desk/errors.py" line="246"/>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="247"/>
        <source>the disk quota is used up</source>
        <translation>исчерпана дисковая квота</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="248"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="249"/>
        <location filename="../../desk/vault.py" line="102"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="250"/>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="251"/>
        <source>a part of the path is not a folder</source>
        <translation>часть пути не является папкой</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="252"/>
        <source>it already exists</source>
        <translation>уже существует</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="253"/>
        <source>the name is too long</source>
        <translation>слишком длинное имя</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="254"/>
        <location filename="../../desk/vault.py" line="106"/>
        <source>the disk reported an error</source>
        <translation>диск сообщил об ошибке</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="266"/>
        <source>another program has it open: close it there, then try again</source>
        <translation>файл открыт в другой программе: закройте его там и повторите попытку</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/cases.py" line="48"/>
        <location filename="../../desk/evidence/checklist.py" line="113"/>
        <source>no {0}</source>
        <translation>не найдено: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/cases.py" line="67"/>
        <source>{0!r} is not a case: give a dispute id (12), an order (aliexpress:8179037714690228), refund:N or checklist:N</source>
        <translation>{0!r} — не дело: укажите номер спора (12), заказ (aliexpress:8179037714690228), refund:N или checklist:N</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/checklist.py" line="84"/>
        <source>&apos;{0}&apos; is not something the evidence checklist asks for; it asks for: {1}</source>
        <translation>«{0}» нет в перечне документов; в перечне: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/checklist.py" line="100"/>
        <source>{0} is a letter Desk made: it cannot show {1}, only what was written to the seller</source>
        <translation>{0} — письмо, составленное Desk: оно не может показывать «{1}», только то, что было написано продавцу</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/editing.py" line="27"/>
        <source>no evidence {0}</source>
        <translation>доказательство {0} не найдено</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/editing.py" line="62"/>
        <source>the description may have at most {0} characters, got {1}</source>
        <translation>описание может содержать не более {0} символов, а введено {1}</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/editing.py" line="78"/>
        <source>evidence {0} is not linked to {1}</source>
        <translation>доказательство {0} не связано с делом: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/editing.py" line="123"/>
        <source>{0} is not voided: void it first, then delete it for good</source>
        <translation>{0}: файл не аннулирован — сначала аннулируйте его, затем удалите окончательно</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/editing.py" line="128"/>
        <source>{0} is an e-mail whose attachments ({1}) are evidence: delete them first</source>
        <translation>{0}: это письмо, вложения которого ({1}) внесены в доказательства; сначала удалите их</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_facts.py" line="33"/>
        <source>an image of more than {0} million pixels, too large to open safely (a small file made this way fills the memory when it is opened)</source>
        <translation>изображение больше {0} млн пикселей — слишком большое, чтобы безопасно его открыть (небольшой файл, созданный таким образом, при открытии заполняет всю память)</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="9"/>
        <source>PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="10"/>
        <source>JPEG photo</source>
        <translation>фотография JPEG</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="11"/>
        <source>PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="12"/>
        <source>GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="13"/>
        <source>WebP image</source>
        <translation>изображение WebP</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="14"/>
        <source>HEIC photo</source>
        <translation>фотография HEIC</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="15"/>
        <source>HEIF photo</source>
        <translation>фотография HEIF</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="16"/>
        <source>TIFF image</source>
        <translation>изображение TIFF</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="17"/>
        <source>BMP image</source>
        <translation>изображение BMP</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="18"/>
        <source>SVG drawing</source>
        <translation>рисунок SVG</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="19"/>
        <location filename="../../desk/evidence/file_types.py" line="44"/>
        <source>text file</source>
        <translation>текстовый файл</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="20"/>
        <source>web page</source>
        <translation>веб-страница</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="21"/>
        <source>CSV table</source>
        <translation>таблица CSV</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="22"/>
        <source>e-mail</source>
        <translation>электронное письмо</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="23"/>
        <source>Outlook e-mail</source>
        <translation>письмо Outlook</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="24"/>
        <source>zip archive</source>
        <translation>архив ZIP</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="25"/>
        <source>JSON file</source>
        <translation>файл JSON</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="26"/>
        <location filename="../../desk/evidence/file_types.py" line="27"/>
        <source>Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="30"/>
        <location filename="../../desk/evidence/file_types.py" line="31"/>
        <source>Excel workbook</source>
        <translation>книга Excel</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="32"/>
        <source>MP4 video</source>
        <translation>видео MP4</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="33"/>
        <source>QuickTime video</source>
        <translation>видео QuickTime</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="34"/>
        <source>MP3 recording</source>
        <translation>аудиозапись MP3</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="35"/>
        <source>file of unknown type</source>
        <translation>файл неизвестного типа</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="36"/>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="41"/>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="42"/>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="43"/>
        <source>audio recording</source>
        <translation>аудиозапись</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/file_types.py" line="53"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/files.py" line="45"/>
        <source>it changed while it was being added; add it again</source>
        <translation>файл изменился во время добавления; добавьте его снова</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/files.py" line="46"/>
        <source>{0} changed while it was being added; add it again</source>
        <translation>{0}: файл изменился во время добавления; добавьте его снова</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/evidence/intake.py" line="46"/>
        <source>nothing was added, because of %n file(s) that cannot be added: {0}</source>
        <translation>
            <numerusform>ничего не добавлено из-за %n файла, который нельзя добавить: {0}</numerusform>
            <numerusform>ничего не добавлено из-за %n файлов, которые нельзя добавить: {0}</numerusform>
            <numerusform>ничего не добавлено из-за %n файлов, которые нельзя добавить: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/evidence/intake.py" line="139"/>
        <location filename="../../desk/vault.py" line="72"/>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/intake.py" line="141"/>
        <source>{0}, above the limit of {1} (setting evidence_max_mb)</source>
        <translation>{0} — больше допустимых {1} (параметр evidence_max_mb)</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/intake.py" line="160"/>
        <source>cannot be read: {0}</source>
        <translation>не удаётся прочитать: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/productions.py" line="28"/>
        <source>the page numbers this packet was laid out with were taken by another packet made meanwhile</source>
        <translation>номера страниц, с которыми был свёрстан этот пакет, уже заняты другим пакетом, созданным за это время</translation>
    </message>
    <message>
        <location filename="../../desk/evidence/voiding.py" line="16"/>
        <source>the file &apos;{0}&apos;</source>
        <translation>файл «{0}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/evidence/voiding.py" line="25"/>
        <source>{0} came with {1}: void them first</source>
        <translation>
            <numerusform>{0} содержит {1}: сначала аннулируйте его</numerusform>
            <numerusform>{0} содержит {1}: сначала аннулируйте их</numerusform>
            <numerusform>{0} содержит {1}: сначала аннулируйте их</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/evidence/voiding.py" line="33"/>
        <source>{0} came with {1}, which is voided: restore it first</source>
        <translation>{0} входит в {1}, который аннулирован: сначала восстановите его</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/__init__.py" line="32"/>
        <source>--link &quot;{0}&quot; is not TXNID=PLATFORM:ORDER_NO (e.g. 5TM93027HC604418B=aliexpress:8123456789012345)</source>
        <translation>--link «{0}» не в формате TXNID=PLATFORM:ORDER_NO (например, 5TM93027HC604418B=aliexpress:8123456789012345)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/__init__.py" line="36"/>
        <source>--link {0} names two orders: {1} and {2}</source>
        <translation>--link {0} указывает два заказа: {1} и {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="47"/>
        <source>transaction id</source>
        <translation>номер транзакции</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="48"/>
        <source>amount and date</source>
        <translation>сумма и дата</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="49"/>
        <source>your link</source>
        <translation>ваша привязка</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="60"/>
        <source>already recorded on an order that is voided</source>
        <translation>уже записано в аннулированном заказе</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="61"/>
        <source>already recorded on a refund that is voided</source>
        <translation>уже записано в аннулированном возврате</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="179"/>
        <source>--link {0}: the file has no payment or refund with this transaction id (fees, conversions, holds and transfers are left out and are not linked)</source>
        <translation>--link {0}: в файле нет платежа или возврата с этим номером транзакции (комиссии, конвертации, блокировки и переводы не импортируются и не привязываются)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="187"/>
        <source>--link {0}: {1}</source>
        <translation>--link {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="193"/>
        <source>--link {0}: no order {1} in Desk</source>
        <translation>--link {0}: в Desk нет заказа {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="220"/>
        <location filename="../../desk/importing/activity/matching.py" line="289"/>
        <source>{0} is already recorded on {1}, but --link names {2}</source>
        <translation>транзакция {0} уже записана в заказе {1}, но --link указывает {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="224"/>
        <source>{0} has this payment ({1}) as {2}, the file as {3}: correct one of them</source>
        <translation>в заказе {0} этот платёж ({1}) записан как {2}, а в файле — как {3}: исправьте одно из значений</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/matching.py" line="243"/>
        <source>%n orders could be the one</source>
        <translation>
            <numerusform>подходит %n заказ</numerusform>
            <numerusform>подходят %n заказа</numerusform>
            <numerusform>подходят %n заказов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="245"/>
        <source>no order in {0} placed from {1} to {2} has {3} unpaid</source>
        <translation>нет заказа в {0}, размещённого с {1} по {2}, с неоплаченной суммой {3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="253"/>
        <location filename="../../desk/importing/activity/matching.py" line="322"/>
        <source>{0} is in {1} but {2} is in {3}</source>
        <translation>транзакция {0} в {1}, а заказ {2} — в {3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="268"/>
        <source>{0} would pay more than is unpaid on {1} ({2} of {3})</source>
        <translation>{0} — больше неоплаченного остатка по заказу {1} ({2} из {3})</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="308"/>
        <source>the payment it refunds ({0}, row {1}) is not matched to an order: link that payment or this refund</source>
        <translation>возвращаемый платёж ({0}, строка {1}) не сопоставлен с заказом: привяжите этот платёж или этот возврат</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="312"/>
        <source>the payment it refunds ({0}) is neither in Desk nor in this file</source>
        <translation>возвращаемого платежа ({0}) нет ни в Desk, ни в этом файле</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="315"/>
        <source>it names no payment it refunds (Reference Txn ID)</source>
        <translation>не указан возвращаемый платёж (Reference Txn ID)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="334"/>
        <source>refund {0} of {1}: {2}</source>
        <translation>возврат {0} по заказу {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/matching.py" line="341"/>
        <source>a refund of {0} is more than is left to refund on {1} ({2})</source>
        <translation>возврат {0} больше суммы, которую ещё можно вернуть по заказу {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="134"/>
        <source>PayPal fees</source>
        <translation>комиссии PayPal</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="135"/>
        <source>currency conversions (the payment they paid for is a row of its own)</source>
        <translation>конвертация валют (оплаченный с её помощью платёж — отдельная строка)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="136"/>
        <source>holds and their release (money set aside, then given back)</source>
        <translation>блокировки средств и их снятие (деньги временно удержаны, затем возвращены)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="137"/>
        <source>transfers between PayPal and a bank or card</source>
        <translation>переводы между PayPal и банковским счётом или картой</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="139"/>
        <source>money received for a sale, not a payment to a supplier</source>
        <translation>деньги, полученные за продажу, а не платёж поставщику</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="140"/>
        <source>refunds we sent to a buyer</source>
        <translation>возвраты, отправленные нами покупателю</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="141"/>
        <source>moves no money (Balance Impact: Memo)</source>
        <translation>без движения денег (Balance Impact: Memo)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="142"/>
        <source>an amount of zero</source>
        <translation>нулевая сумма</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="143"/>
        <source>the same transaction again (a row above has its transaction id)</source>
        <translation>повтор той же транзакции (её номер уже есть в строке выше)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="147"/>
        <source>not completed (status &quot;{0}&quot;)</source>
        <translation>не завершена (статус «{0}»)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/paypal.py" line="151"/>
        <source>a type Desk does not know (&quot;{0}&quot;)</source>
        <translation>неизвестный для Desk тип («{0}»)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/reading.py" line="62"/>
        <source>{0}: a PayPal activity download without the column {1}</source>
        <translation>{0}: выгрузка операций PayPal без столбца {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/reading.py" line="93"/>
        <source>&quot;{0}&quot; is not a currency code (such as USD or EUR)</source>
        <translation>«{0}» — не код валюты (например, USD или EUR)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/reading.py" line="112"/>
        <source>no transaction id: Desk keeps it as the payment&apos;s reference</source>
        <translation>нет номера транзакции: Desk хранит его как идентификатор платежа</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/recognise.py" line="19"/>
        <source>a PayPal activity download</source>
        <translation>выгрузку операций PayPal</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/recognise.py" line="20"/>
        <source>Desk reads PayPal&apos;s activity download instead: Activity → Download, CSV</source>
        <translation>Desk вместо этого читает выгрузку операций PayPal: Activity → Download, CSV</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/recognise.py" line="47"/>
        <source>a PayPal statement</source>
        <translation>выписку PayPal</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/recognise.py" line="54"/>
        <source>an older PayPal history download</source>
        <translation>старую выгрузку истории PayPal</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/recognise.py" line="83"/>
        <source>{0} looks like {1}, not an orders export, and Desk cannot import it: {2}</source>
        <translation>Файл {0} похож на {1}, а не на выгрузку заказов, и Desk не может его импортировать: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="16"/>
        <source>link each with --link TXNID=PLATFORM:ORDER_NO and import the file again</source>
        <translation>привяжите каждую операцию с помощью --link TXNID=PLATFORM:ORDER_NO и импортируйте файл снова</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="44"/>
        <location filename="../../desk/overview/audit_words.py" line="32"/>
        <source>payment</source>
        <translation>платёж</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="44"/>
        <location filename="../../desk/operations/undo.py" line="70"/>
        <location filename="../../desk/overview/audit_words.py" line="40"/>
        <source>refund</source>
        <translation>возврат</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="45"/>
        <location filename="../../desk/importing/activity/report.py" line="270"/>
        <location filename="../../desk/importing/problems.py" line="37"/>
        <location filename="../../desk/importing/report.py" line="192"/>
        <source>row {0}</source>
        <translation>строка {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="130"/>
        <source>PayPal activity {0} ({1})</source>
        <translation>Операции PayPal {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="134"/>
        <location filename="../../desk/importing/report.py" line="66"/>
        <source>{0}: 1 problem; nothing was imported</source>
        <translation>{0}: 1 ошибка; ничего не импортировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="135"/>
        <location filename="../../desk/importing/report.py" line="67"/>
        <source>{0}: %n problems; nothing was imported</source>
        <translation>
            <numerusform>{0}: %n ошибка; ничего не импортировано</numerusform>
            <numerusform>{0}: %n ошибки; ничего не импортировано</numerusform>
            <numerusform>{0}: %n ошибок; ничего не импортировано</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="136"/>
        <source>1 payment</source>
        <translation>1 платёж</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="136"/>
        <source>%n payments</source>
        <translation>
            <numerusform>%n платёж</numerusform>
            <numerusform>%n платежа</numerusform>
            <numerusform>%n платежей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="137"/>
        <source>1 refund</source>
        <translation>1 возврат</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="137"/>
        <source>%n refunds</source>
        <translation>
            <numerusform>%n возврат</numerusform>
            <numerusform>%n возврата</numerusform>
            <numerusform>%n возвратов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="138"/>
        <source>{0} matched, {1} matched, {2} ambiguous, {3} unmatched</source>
        <translation>сопоставлено: {0}, {1}; неоднозначно: {2}; не сопоставлено: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="142"/>
        <source>Checked {0}, nothing written: {1}</source>
        <translation>Проверено: {0}, ничего не записано: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="152"/>
        <location filename="../../desk/importing/report.py" line="81"/>
        <source>read with {0}</source>
        <translation>как прочитано: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="154"/>
        <source>payments would be recorded: {0}, refunds would be recorded: {1}, already in Desk: {2}</source>
        <translation>будет записано платежей: {0}, возвратов: {1}; уже есть в Desk: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="156"/>
        <source>payments recorded: {0}, refunds recorded: {1}, already in Desk: {2}</source>
        <translation>записано платежей: {0}, возвратов: {1}; уже есть в Desk: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="160"/>
        <source>matched by transaction id: {0}, by amount and date: {1}, by your link: {2}</source>
        <translation>сопоставлено по номеру транзакции: {0}, по сумме и дате: {1}, по вашей привязке: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="164"/>
        <source>{0}, matched by {1}</source>
        <translation>{0} (способ сопоставления: {1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="167"/>
        <source>… and %n more (--json lists them all)</source>
        <translation>
            <numerusform>… и ещё %n (полный список — с --json)</numerusform>
            <numerusform>… и ещё %n (полный список — с --json)</numerusform>
            <numerusform>… и ещё %n (полный список — с --json)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="169"/>
        <source>ambiguous, more than one order could be the one ({0}):</source>
        <translation>неоднозначно, подходит больше одного заказа ({0}):</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="174"/>
        <source>unmatched ({0}):</source>
        <translation>не сопоставлено ({0}):</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="178"/>
        <source>{0} left out: {1}</source>
        <translation>{0} — пропущено: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="181"/>
        <source>PayPal&apos;s fees, left out: {0}</source>
        <translation>комиссии PayPal (не записываются): {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="185"/>
        <source>{0}: payments in the file {1}, matched {2}; refunds in the file {3}, matched {4}</source>
        <translation>{0}: платежи в файле — {1}, сопоставлено — {2}; возвраты в файле — {3}, сопоставлено — {4}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="197"/>
        <location filename="../../desk/importing/report.py" line="117"/>
        <source>audit log: {0} entries</source>
        <translation>журнал изменений: записей — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="245"/>
        <source>its id given to the order&apos;s PayPal payment that had none</source>
        <translation>номер транзакции присвоен платежу PayPal в заказе, у которого его не было</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="248"/>
        <source>arrival recorded on refund {0}</source>
        <translation>поступление отмечено по возврату {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="249"/>
        <source>arrival recorded</source>
        <translation>поступление отмечено</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="252"/>
        <source>recorded as refund {0}</source>
        <translation>записан как возврат {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="253"/>
        <source>recorded as a refund</source>
        <translation>записан как возврат</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="255"/>
        <source>refund added</source>
        <translation>возврат добавлен</translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="256"/>
        <source>payment added</source>
        <translation>платёж добавлен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="272"/>
        <location filename="../../desk/importing/report.py" line="194"/>
        <source>rows {0} and %n more</source>
        <translation>
            <numerusform>строки {0} и ещё %n</numerusform>
            <numerusform>строки {0} и ещё %n</numerusform>
            <numerusform>строки {0} и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/activity/report.py" line="273"/>
        <location filename="../../desk/importing/report.py" line="195"/>
        <source>rows {0}</source>
        <translation>строки {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/changes.py" line="64"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/changes.py" line="66"/>
        <source>{0} (new)</source>
        <translation>{0} (новый)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/changes.py" line="149"/>
        <source>{0} is in {1} in Desk; an import does not change an order&apos;s currency</source>
        <translation>заказ {0} в Desk ведётся в {1}; импорт не меняет валюту заказа</translation>
    </message>
    <message>
        <location filename="../../desk/importing/changes.py" line="156"/>
        <source>{0} has line {1} in Desk but not in this file; an import never deletes lines: delete it in Desk or add it to the file</source>
        <translation>в Desk у заказа {0} есть позиция {1}, а в этом файле её нет; импорт никогда не удаляет позиции: удалите её в Desk или добавьте в файл</translation>
    </message>
    <message>
        <location filename="../../desk/importing/choice.py" line="67"/>
        <location filename="../../desk/importing/choice.py" line="141"/>
        <source>Mapping &quot;{0}&quot;</source>
        <translation>Сопоставление «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/importing/choice.py" line="100"/>
        <source>remembered mappings need the data folder</source>
        <translation>для сохранённых сопоставлений нужна папка данных</translation>
    </message>
    <message>
        <location filename="../../desk/importing/choice.py" line="136"/>
        <source>{0}: no column for {1} (its columns: {2}). Map them in the Import dialog, or give --map FIELD=COLUMN or --set FIELD=VALUE (`desk import --help` describes the generic format)</source>
        <translation>{0}: нет столбцов для полей {1} (столбцы файла: {2}). Сопоставьте их в окне «Импорт заказов» или укажите --map FIELD=COLUMN или --set FIELD=VALUE (общий формат описан в `desk import --help`)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="93"/>
        <source>&quot;{0}&quot; is not a date: no such day</source>
        <translation>«{0}» — не дата: такого дня нет</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="128"/>
        <source>&quot;{0}&quot; is not a date: on this computer&apos;s clock it falls outside the years 1 to 9999</source>
        <translation>«{0}» — не дата: по часам этого компьютера она выходит за пределы годов с 1 по 9999</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="147"/>
        <source>&quot;{0}&quot; is not a date: no month {1} to {2}</source>
        <translation>«{0}» — не дата: месяца с номером {1} или {2} не существует</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="158"/>
        <source>&quot;{0}&quot; could be read two ways</source>
        <translation>«{0}» можно прочитать двояко</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="160"/>
        <source>&quot;{0}&quot; could be {1} or {2}</source>
        <translation>«{0}» может означать {1} или {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="169"/>
        <source>{0} January</source>
        <translation>{0} января</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="170"/>
        <source>{0} February</source>
        <translation>{0} февраля</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="171"/>
        <source>{0} March</source>
        <translation>{0} марта</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="172"/>
        <source>{0} April</source>
        <translation>{0} апреля</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="173"/>
        <source>{0} May</source>
        <translation>{0} мая</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="174"/>
        <source>{0} June</source>
        <translation>{0} июня</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="175"/>
        <source>{0} July</source>
        <translation>{0} июля</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="176"/>
        <source>{0} August</source>
        <translation>{0} августа</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="177"/>
        <source>{0} September</source>
        <translation>{0} сентября</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="178"/>
        <source>{0} October</source>
        <translation>{0} октября</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="179"/>
        <source>{0} November</source>
        <translation>{0} ноября</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="180"/>
        <source>{0} December</source>
        <translation>{0} декабря</translation>
    </message>
    <message>
        <location filename="../../desk/importing/dates.py" line="193"/>
        <source>&quot;{0}&quot; is not a date like 2026-11-23</source>
        <translation>«{0}» — не дата в формате 2026-11-23</translation>
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
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="29"/>
        <location filename="../../desk/operations/orders.py" line="107"/>
        <source>Order number</source>
        <translation>Номер заказа</translation>
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
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="31"/>
        <location filename="../../desk/operations/orders.py" line="110"/>
        <source>Placed on</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="32"/>
        <location filename="../../desk/lists/accounts.py" line="38"/>
        <location filename="../../desk/operations/orders.py" line="109"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="33"/>
        <location filename="../../desk/lists/disputes.py" line="67"/>
        <location filename="../../desk/lists/orders.py" line="156"/>
        <source>Line</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="34"/>
        <location filename="../../desk/lists/disputes.py" line="68"/>
        <location filename="../../desk/lists/orders.py" line="157"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="35"/>
        <location filename="../../desk/lists/orders.py" line="158"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="36"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="37"/>
        <location filename="../../desk/lists/orders.py" line="160"/>
        <source>Unit price</source>
        <translation>Цена за ед.</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="38"/>
        <location filename="../../desk/operations/orders.py" line="112"/>
        <source>Shipping</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="39"/>
        <location filename="../../desk/operations/orders.py" line="113"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="40"/>
        <location filename="../../desk/operations/orders.py" line="114"/>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="41"/>
        <location filename="../../desk/lists/orders.py" line="191"/>
        <location filename="../../desk/operations/orders.py" line="117"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="42"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="43"/>
        <source>Tracking numbers</source>
        <translation>Трек-номера</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="44"/>
        <source>Shipped on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="45"/>
        <source>Delivered on</source>
        <translation>Дата доставки</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="46"/>
        <location filename="../../desk/lists/orders.py" line="76"/>
        <location filename="../../desk/lists/orders.py" line="106"/>
        <location filename="../../desk/lists/records.py" line="58"/>
        <location filename="../../desk/operations/orders.py" line="111"/>
        <location filename="../../desk/operations/parties.py" line="139"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk/importing/fields.py" line="47"/>
        <location filename="../../desk/lists/deposits.py" line="37"/>
        <location filename="../../desk/lists/orders.py" line="104"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../desk/importing/file_refunds.py" line="52"/>
        <source>a refund for {0}, which is neither in this file nor in Desk: import the order first</source>
        <translation>возврат по заказу {0}, которого нет ни в этом файле, ни в Desk: сначала импортируйте заказ</translation>
    </message>
    <message>
        <location filename="../../desk/importing/file_refunds.py" line="55"/>
        <source>a refund in {0} for {1}, which is in {2}</source>
        <translation>возврат в {0} по заказу {1}, который ведётся в {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="30"/>
        <source>empty, but every order needs its platform</source>
        <translation>пусто, но у каждого заказа должна быть площадка</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="31"/>
        <location filename="../../desk/importing/presets/base.py" line="169"/>
        <source>empty, but every order needs its number</source>
        <translation>пусто, но у каждого заказа должен быть номер</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="32"/>
        <location filename="../../desk/importing/presets/aliexpress.py" line="71"/>
        <location filename="../../desk/importing/presets/amazon.py" line="122"/>
        <source>empty, but every line needs an item</source>
        <translation>пусто, но в каждой позиции должен быть товар</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="34"/>
        <source>empty, and the amounts do not say which currency; add a currency column or choose the file&apos;s currency (--currency)</source>
        <translation>пусто, и в суммах не указана валюта; добавьте столбец валюты или выберите валюту файла (--currency)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="39"/>
        <source>Generic format</source>
        <translation>Общий формат</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="40"/>
        <source>Your column mapping</source>
        <translation>Ваше сопоставление столбцов</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mapped.py" line="52"/>
        <source>{0} (fixed value)</source>
        <translation>{0} (постоянное значение)</translation>
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
        <translation>пусто, но в каждой позиции должна быть цена за единицу</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="27"/>
        <source>unknown field {0}; fields: {1}</source>
        <translation>неизвестное поле {0}; поля: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="37"/>
        <source>a remembered column mapping</source>
        <translation>сохранённое сопоставление столбцов</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="63"/>
        <source>{0} is mapped to the column &quot;{1}&quot;, which this file does not have; its columns: {2}</source>
        <translation>поле {0} сопоставлено со столбцом «{1}», которого нет в этом файле; столбцы файла: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="82"/>
        <source>the columns &quot;{0}&quot; and &quot;{1}&quot; both mean {2}; keep one</source>
        <translation>столбцы «{0}» и «{1}» оба означают поле «{2}»; оставьте один</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="95"/>
        <source>&quot;{0}&quot; is not FIELD={1}</source>
        <translation>«{0}» не в формате FIELD={1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/mappings.py" line="98"/>
        <source>unknown field &quot;{0}&quot; in &quot;{1}&quot;; fields: {2}</source>
        <translation>неизвестное поле «{0}» в «{1}»; поля: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress.py" line="38"/>
        <source>AliExpress data backup</source>
        <translation>Резервная копия данных AliExpress</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress.py" line="63"/>
        <source>{0}: AliExpress&apos;s data backup does not say which currency its amounts are in; choose it (--currency USD, or the currency box of the Import dialog)</source>
        <translation>{0}: в резервной копии данных AliExpress не указано, в какой валюте суммы; выберите её (--currency USD или поле валюты в окне «Импорт заказов»)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress.py" line="74"/>
        <location filename="../../desk/importing/presets/amazon.py" line="124"/>
        <source>order status</source>
        <translation>статус заказа</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="33"/>
        <source>orders of several items: the exporter wrote them without their items (enter them by hand)</source>
        <translation>заказы из нескольких товаров: программа выгрузки записала их без товаров (введите их вручную)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="51"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="67"/>
        <source>AliExpress order list (Shopper Inventory)</source>
        <translation>Список заказов AliExpress (Shopper Inventory)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="102"/>
        <source>AliExpress order list (orders scrapper)</source>
        <translation>Список заказов AliExpress (orders scrapper)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="137"/>
        <source>AliExpress order list (Order Exporter)</source>
        <translation>Список заказов AliExpress (Order Exporter)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="156"/>
        <source>{0}: this AliExpress order list does not say which currency its amounts are in; choose it (--currency EUR, or the currency box of the Import dialog)</source>
        <translation>{0}: в этом списке заказов AliExpress не указано, в какой валюте суммы; выберите её (--currency EUR или поле валюты в окне «Импорт заказов»)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/aliexpress_lists.py" line="171"/>
        <source>the file does not say which currency its amounts are in: choose it (--currency)</source>
        <translation>в файле не указано, в какой валюте суммы: выберите её (--currency)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/amazon.py" line="71"/>
        <source>cancelled items: quantity 0, nothing paid for them</source>
        <translation>отменённые товары: количество 0, за них ничего не оплачено</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/amazon.py" line="82"/>
        <source>Amazon order history</source>
        <translation>История заказов Amazon</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/amazon.py" line="156"/>
        <source>Amazon order history (Items report)</source>
        <translation>История заказов Amazon (отчёт Items)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/base.py" line="40"/>
        <source>empty: choose the currency of the file (--currency)</source>
        <translation>пусто: выберите валюту файла (--currency)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/base.py" line="211"/>
        <source>unknown {0} {1} &quot;{2}&quot;; known: {3}</source>
        <translation>{0}: неизвестный {1} «{2}»; известные: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="40"/>
        <source>eBay orders report</source>
        <translation>Отчёт о заказах eBay</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="103"/>
        <source>the amounts do not say which currency: choose it (--currency)</source>
        <translation>в суммах не указана валюта: выберите её (--currency)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="130"/>
        <source>shipping labels and fees: the seller&apos;s costs, not order lines</source>
        <translation>транспортные этикетки и сборы: расходы продавца, а не позиции заказа</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="132"/>
        <source>payouts to the seller&apos;s bank</source>
        <translation>выплаты на банковский счёт продавца</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="137"/>
        <source>other transactions (claims, holds, transfers, adjustments): not order lines</source>
        <translation>прочие операции (претензии, блокировки, переводы, корректировки): не позиции заказа</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="150"/>
        <source>eBay transaction report</source>
        <translation>Отчёт об операциях eBay</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="188"/>
        <source>empty, but every line needs its item subtotal</source>
        <translation>пусто, но в каждой позиции должна быть сумма по товару</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="192"/>
        <source>{0} for {1} items is not a whole number of cents each</source>
        <translation>{0} за {1} шт. — это не целое число центов за штуку</translation>
    </message>
    <message>
        <location filename="../../desk/importing/presets/ebay.py" line="221"/>
        <source>a refund of nothing</source>
        <translation>возврат нулевой суммы</translation>
    </message>
    <message>
        <location filename="../../desk/importing/problems.py" line="39"/>
        <source>column {0}</source>
        <translation>столбец {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/problems.py" line="61"/>
        <source>{0} (row {1}): the file says {2} was paid, but its parts come to {3} ({4}): {5} more than they add up to</source>
        <translation>{0} (строка {1}): по данным файла оплачено {2}, но составляющие дают {3} ({4}) — это на {5} больше их суммы</translation>
    </message>
    <message>
        <location filename="../../desk/importing/problems.py" line="66"/>
        <source>{0} (row {1}): the file says {2} was paid, but its parts come to {3} ({4}): {5} less than they add up to</source>
        <translation>{0} (строка {1}): по данным файла оплачено {2}, но составляющие дают {3} ({4}) — это на {5} меньше их суммы</translation>
    </message>
    <message>
        <location filename="../../desk/importing/problems.py" line="75"/>
        <source>{0} and {1} more</source>
        <translation>{0} и ещё {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="28"/>
        <source>comma-separated</source>
        <translation>разделитель — запятая</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="29"/>
        <source>semicolon-separated</source>
        <translation>разделитель — точка с запятой</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="30"/>
        <source>tab-separated</source>
        <translation>разделитель — табуляция</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="31"/>
        <source>pipe-separated</source>
        <translation>разделитель — вертикальная черта</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="43"/>
        <source>closing lines of the file, not orders</source>
        <translation>завершающие строки файла, а не заказы</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="102"/>
        <source>XLSX, sheet &quot;{0}&quot;</source>
        <translation>XLSX, лист «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="104"/>
        <source>delimited</source>
        <translation>с разделителями</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="122"/>
        <source>{0} cells but the header has {1} columns (an unquoted comma or semicolon inside a value?)</source>
        <translation>ячеек: {0}, а в строке заголовков столбцов: {1} (запятая или точка с запятой внутри значения без кавычек?)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="208"/>
        <source>{0}: row {1} cannot be read as CSV ({2})</source>
        <translation>{0}: строку {1} не удаётся прочитать как CSV ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="214"/>
        <source>{0}: row {1}, column {2}: a cell of more than {3} characters, which no export writes (a spreadsheet cell holds at most 32,767): is a quote left open before it?</source>
        <translation>{0}: строка {1}, столбец {2}: ячейка длиннее {3} символов — такую не записывает ни одна выгрузка (в ячейке электронной таблицы не более 32 767 символов): возможно, перед ней не закрыта кавычка?</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="245"/>
        <source>{0}: row {1}, column {2}: a NUL character (a zero byte), which no text holds: is it a damaged file, or not a CSV export?</source>
        <translation>{0}: строка {1}, столбец {2}: символ NUL (нулевой байт), которого не бывает в тексте: файл повреждён или это не выгрузка CSV?</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="250"/>
        <source>{0}: a NUL character (a zero byte), which no text holds: is it a CSV export?</source>
        <translation>{0}: символ NUL (нулевой байт), которого не бывает в тексте: это точно выгрузка CSV?</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="269"/>
        <source>{0}: no header row (a row of column names) in its first {1} rows</source>
        <translation>{0}: в первых {1} строках нет строки заголовков (строки с названиями столбцов)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="276"/>
        <source>{0}: {1} columns in its header row; a spreadsheet holds at most {2}, and no export comes near that</source>
        <translation>{0}: в строке заголовков столбцов: {1}; в электронной таблице их не более {2}, и ни одна выгрузка даже не приближается к этому</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="313"/>
        <location filename="../../desk/reports/bundle.py" line="378"/>
        <source>{0}: no such file</source>
        <translation>{0}: файл не найден</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="320"/>
        <source>{0}: the file is empty</source>
        <translation>{0}: файл пуст</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="327"/>
        <source>{0}: {1}; choose another encoding</source>
        <translation>{0}: {1}; выберите другую кодировку</translation>
    </message>
    <message>
        <location filename="../../desk/importing/reader.py" line="328"/>
        <source>{0}: {1}; save it as CSV UTF-8 and try again</source>
        <translation>{0}: {1}; сохраните файл как CSV UTF-8 и повторите попытку</translation>
    </message>
    <message>
        <location filename="../../desk/importing/remembered.py" line="33"/>
        <source>the remembered mapping &quot;{0}&quot;</source>
        <translation>сохранённое сопоставление «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/importing/remembered.py" line="55"/>
        <source>no remembered mapping called &quot;{0}&quot;; remembered mappings: {1}</source>
        <translation>нет сохранённого сопоставления «{0}»; сохранённые сопоставления: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/remembered.py" line="57"/>
        <source>no remembered mapping called &quot;{0}&quot;; none is remembered yet</source>
        <translation>нет сохранённого сопоставления «{0}»; сохранённых сопоставлений пока нет</translation>
    </message>
    <message>
        <location filename="../../desk/importing/remembered.py" line="71"/>
        <source>a remembered mapping needs a name</source>
        <translation>для сохранения сопоставления нужно имя</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="58"/>
        <source>1 new order, {0} updated, {1} unchanged</source>
        <translation>1 новый заказ, обновлено: {0}, без изменений: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="59"/>
        <source>%n new orders, {0} updated, {1} unchanged</source>
        <translation>
            <numerusform>%n новый заказ, обновлено: {0}, без изменений: {1}</numerusform>
            <numerusform>%n новых заказа, обновлено: {0}, без изменений: {1}</numerusform>
            <numerusform>%n новых заказов, обновлено: {0}, без изменений: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="69"/>
        <source>Checked {0}, nothing written: {1} rows, {2} orders: {3}</source>
        <translation>Проверено: {0}, ничего не записано; строк: {1}, заказов: {2}; {3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="71"/>
        <source>Imported {0}: {1} rows, {2} orders: {3}</source>
        <translation>Импортировано: {0}; строк: {1}, заказов: {2}; {3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="83"/>
        <source>orders would be added: {0}, order lines would be added: {1}</source>
        <translation>будет добавлено заказов: {0}, позиций заказов: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="85"/>
        <source>orders added: {0}, order lines added: {1}</source>
        <translation>добавлено заказов: {0}, позиций заказов: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="89"/>
        <source>refunds would be recorded on their orders: {0}</source>
        <translation>будет записано возвратов в заказы: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="91"/>
        <source>refunds recorded on their orders: {0}</source>
        <translation>записано возвратов в заказы: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="94"/>
        <source>orders&apos; totals: {0}</source>
        <translation>итоги по заказам: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="96"/>
        <source>{0} left out ({1}): {2}</source>
        <translation>{0} — пропущено ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="101"/>
        <source>1 order whose total in the file differs from its parts (imported as the file says):</source>
        <translation>1 заказ, итог которого в файле не совпадает с суммой составляющих (импортирован так, как указано в файле):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="106"/>
        <source>%n orders whose total in the file differs from its parts (imported as the file says):</source>
        <translation>
            <numerusform>%n заказ, итог которого в файле не совпадает с суммой составляющих (импортирован так, как указано в файле):</numerusform>
            <numerusform>%n заказа, итоги которых в файле не совпадают с суммой составляющих (импортированы так, как указано в файле):</numerusform>
            <numerusform>%n заказов, итоги которых в файле не совпадают с суммой составляющих (импортированы так, как указано в файле):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="112"/>
        <source>suppliers would be created: {0}, stores would be created: {1}</source>
        <translation>будет создано поставщиков: {0}, магазинов: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="114"/>
        <source>suppliers created: {0}, stores created: {1}</source>
        <translation>создано поставщиков: {0}, магазинов: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="119"/>
        <source>the column mapping is remembered as &quot;{0}&quot;</source>
        <translation>сопоставление столбцов сохранено как «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="121"/>
        <source>columns not imported: {0}</source>
        <translation>неимпортированные столбцы: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="127"/>
        <source>… and %n more updated orders (--json lists them all)</source>
        <translation>
            <numerusform>… и ещё %n обновлённый заказ (полный список — с --json)</numerusform>
            <numerusform>… и ещё %n обновлённых заказа (полный список — с --json)</numerusform>
            <numerusform>… и ещё %n обновлённых заказов (полный список — с --json)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/report.py" line="185"/>
        <source>1 row</source>
        <translation>1 строка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="185"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/importing/rows.py" line="79"/>
        <location filename="../../desk/orders/editing.py" line="134"/>
        <source>currency: {0}</source>
        <translation>валюта: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="37"/>
        <source>dates day/month/year</source>
        <translation>даты день/месяц/год</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="38"/>
        <source>dates month/day/year</source>
        <translation>даты месяц/день/год</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="39"/>
        <source>dates year/month/day</source>
        <translation>даты год/месяц/день</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="41"/>
        <source>decimal point</source>
        <translation>десятичный разделитель — точка</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="41"/>
        <source>decimal comma</source>
        <translation>десятичный разделитель — запятая</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="43"/>
        <source>decimal point in {0}</source>
        <translation>десятичный разделитель в столбце {0} — точка</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="44"/>
        <source>decimal comma in {0}</source>
        <translation>десятичный разделитель в столбце {0} — запятая</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="47"/>
        <source>thousands comma</source>
        <translation>разделитель разрядов — запятая</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="48"/>
        <source>thousands point</source>
        <translation>разделитель разрядов — точка</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="49"/>
        <source>thousands space</source>
        <translation>разделитель разрядов — пробел</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="50"/>
        <source>thousands apostrophe</source>
        <translation>разделитель разрядов — апостроф</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="51"/>
        <source>thousands none</source>
        <translation>без разделителя разрядов</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="83"/>
        <source>decimal separator &quot;{0}&quot;: use . or ,</source>
        <translation>десятичный разделитель «{0}»: используйте . или ,</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="86"/>
        <source>thousands separator &quot;{0}&quot;: use , . space &apos; or none</source>
        <translation>разделитель разрядов «{0}»: используйте , . space &apos; или none</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="89"/>
        <source>&quot;{0}&quot; cannot separate both thousands and decimals</source>
        <translation>«{0}» не может разделять одновременно разряды и дробную часть</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="96"/>
        <source>&quot;{0}&quot; is said to mean {1}, which is not a currency code</source>
        <translation>для «{0}» указано значение {1}, но это не код валюты</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="148"/>
        <source>{0}; correct it, or choose to round such amounts (--round)</source>
        <translation>{0}; исправьте значение или включите округление таких сумм (--round)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="152"/>
        <source>{0}, or say which is the decimal separator (--decimal)</source>
        <translation>{0}, или укажите десятичный разделитель (--decimal)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="158"/>
        <source>&quot;{0}&quot; is in {1} but the order is in {2}</source>
        <translation>«{0}» в {1}, а заказ — в {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="170"/>
        <source>&quot;{0}&quot;: {1} is not this file&apos;s decimal or thousands separator</source>
        <translation>«{0}»: {1} — не десятичный разделитель и не разделитель разрядов этого файла</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="189"/>
        <source>extra decimals rounded</source>
        <translation>лишние знаки после запятой округлены</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="203"/>
        <source>{0} &quot;{1}&quot;: use {2}</source>
        <translation>{0} «{1}»: используйте {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="223"/>
        <source>date order &quot;{0}&quot;: use DMY, MDY or YMD</source>
        <translation>порядок дат «{0}»: используйте DMY, MDY или YMD</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="228"/>
        <source>&quot;{0}&quot; is not SIGN=CODE (e.g. ¥=JPY)</source>
        <translation>«{0}» не в формате SIGN=CODE (например, ¥=JPY)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="232"/>
        <source>decimal separator</source>
        <translation>десятичный разделитель</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="233"/>
        <source>thousands separator</source>
        <translation>разделитель разрядов</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="323"/>
        <source>&quot;{0}&quot; is month/day/year, but &quot;{1}&quot; (row {2}, column {3}) is day/month/year: one of them is wrong</source>
        <translation>«{0}» записана как месяц/день/год, а «{1}» (строка {2}, столбец {3}) — как день/месяц/год: одна из дат неверна</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="330"/>
        <source>{0}, and no date in the file settles which: choose the date order (--dates DMY or MDY)</source>
        <translation>{0}, и ни одна дата в файле этого не проясняет: выберите порядок дат (--dates DMY или MDY)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="339"/>
        <source>&quot;{0}&quot; and &quot;{1}&quot; (row {2}) use the point and the comma the other way round: say which is the decimal separator</source>
        <translation>«{0}» и «{1}» (строка {2}) используют точку и запятую противоположным образом: укажите десятичный разделитель</translation>
    </message>
    <message>
        <location filename="../../desk/importing/text_format.py" line="360"/>
        <source>&quot;{0}&quot;: is the point or comma a decimal or a thousands separator? No amount in the file settles it; say which</source>
        <translation>«{0}»: точка или запятая здесь — десятичный разделитель или разделитель разрядов? Ни одна сумма в файле этого не проясняет; укажите сами</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="79"/>
        <source>{0} here but {1} on row {2} of the same order ({3}); order-level values must be the same on every line</source>
        <translation>{0} здесь, но {1} в строке {2} того же заказа ({3}); значения уровня заказа должны совпадать во всех позициях</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="97"/>
        <source>line {0} of {1} is also on row {2}</source>
        <translation>позиция {0} заказа {1} есть также в строке {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="144"/>
        <source>empty, but every order needs a supplier</source>
        <translation>пусто, но у каждого заказа должен быть поставщик</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="145"/>
        <source>empty, but every order needs the date it was placed</source>
        <translation>пусто, но у каждого заказа должна быть дата размещения</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="191"/>
        <source>{0} comes to {1}, more than Desk holds for one order (at most {2})</source>
        <translation>заказ {0} в сумме даёт {1} — больше, чем Desk может хранить для одного заказа (не более {2})</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="205"/>
        <source>{0} is before the order was placed ({1})</source>
        <translation>{0} — раньше даты размещения заказа ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="208"/>
        <source>{0} is before it was shipped ({1})</source>
        <translation>{0} — раньше даты отправки ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="225"/>
        <source>{0}: if it is right, import the file with such dates kept (--confirm-dates, or tick Keep such dates in the Import dialog)</source>
        <translation>{0}: если дата верна, импортируйте файл с сохранением таких дат (--confirm-dates или флажок «Оставить такие даты» в окне «Импорт заказов»)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="238"/>
        <source>{0} has no lines</source>
        <translation>в заказе {0} нет позиций</translation>
    </message>
    <message>
        <location filename="../../desk/importing/validate.py" line="257"/>
        <source>empty, but {0} is {1}: give method:amount pairs that add up to {2}</source>
        <translation>пусто, но заказ {0} в статусе «{1}»: укажите пары method:amount (способ:сумма), которые в сумме дают {2}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="49"/>
        <source>unknown platform &quot;{0}&quot;; allowed: {1}</source>
        <translation>неизвестная площадка «{0}»; допустимые: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="56"/>
        <source>unknown payment method &quot;{0}&quot;; allowed: {1}</source>
        <translation>неизвестный способ оплаты «{0}»; допустимые: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="63"/>
        <source>unknown status &quot;{0}&quot;; allowed: {1}</source>
        <translation>неизвестный статус «{0}»; допустимые: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="73"/>
        <source>unknown currency &quot;{0}&quot;; use an ISO code such as CNY, USD, EUR, RUB</source>
        <translation>неизвестная валюта «{0}»; используйте код ISO, например CNY, USD, EUR, RUB</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="84"/>
        <source>{0} characters; at most {1}</source>
        <translation>символов: {0}; допускается не более {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="89"/>
        <source>holds an invisible control character (code {0}) at position {1}, which no text has; correct the cell</source>
        <translation>содержит невидимый управляющий символ (код {0}) в позиции {1}, которого не бывает в тексте; исправьте ячейку</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="110"/>
        <source>&quot;{0}&quot; is more than {1}</source>
        <translation>«{0}» больше {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="112"/>
        <source>&quot;{0}&quot; is not {1}</source>
        <translation>«{0}» — не {1}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="117"/>
        <source>a whole number of at least 1</source>
        <translation>целое число не меньше 1</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="121"/>
        <source>a line number (1, 2, 3 …)</source>
        <translation>номер позиции (1, 2, 3 …)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="130"/>
        <source>&quot;{0}&quot; is not a whole number of cents</source>
        <translation>«{0}» — не целое число центов</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="132"/>
        <source>&quot;{0}&quot; cents is more than Desk holds in one amount</source>
        <translation>«{0}» центов — больше, чем Desk может хранить в одной сумме</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="139"/>
        <source>&quot;{0}&quot; cents is {1}, but {2} has {3} decimal places</source>
        <translation>«{0}» центов — это {1}, но у валюты {2} знаков после запятой: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="144"/>
        <source>{0} cents</source>
        <translation>{0} центов</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="170"/>
        <source>&quot;{0}&quot; is not method:amount (e.g. card:30.00; balance:10.00)</source>
        <translation>«{0}» не в формате method:amount (например, card:30.00; balance:10.00)</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="174"/>
        <source>{0} appears twice; give each method once with its whole amount</source>
        <translation>{0} указан дважды; укажите каждый способ оплаты один раз с полной суммой</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="179"/>
        <source>&quot;{0}&quot;: a payment must be more than zero</source>
        <translation>«{0}»: сумма платежа должна быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../desk/importing/values.py" line="199"/>
        <source>&quot;{0}&quot; is {1} characters; a tracking number has at most 64</source>
        <translation>«{0}»: символов — {1}, а в трек-номере их не более 64</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="84"/>
        <source>{0}: not opened, because it declares XML entities or a document type, which spreadsheet programs never write and which can make a file expand beyond memory; open it in your spreadsheet program and save it again, or export it as CSV</source>
        <translation>{0}: не открыт, так как в нём объявлены сущности XML или тип документа — программы электронных таблиц никогда их не записывают, а из-за них файл может разрастись сверх объёма памяти; откройте его в программе электронных таблиц и сохраните заново или выгрузите как CSV</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="92"/>
        <source>damaged</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="94"/>
        <source>{0}: not a readable XLSX workbook: row {1} cannot be read ({2})</source>
        <translation>{0}: не удаётся прочитать книгу XLSX: строку {1} прочитать нельзя ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="96"/>
        <source>{0}: not a readable XLSX workbook ({1})</source>
        <translation>{0}: не удаётся прочитать книгу XLSX ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="109"/>
        <source>{0}: an Excel 97-2003 workbook (.xls) or one protected by a password, which Desk does not read; save it from Excel as an .xlsx workbook without a password, or as CSV</source>
        <translation>{0}: это книга Excel 97-2003 (.xls) или книга, защищённая паролем, — Desk такие не читает; сохраните её в Excel как книгу .xlsx без пароля или как CSV</translation>
    </message>
    <message>
        <location filename="../../desk/importing/xlsx.py" line="175"/>
        <source>{0}: no worksheet has a header row (a row of column names)</source>
        <translation>{0}: ни на одном листе нет строки заголовков (строки с названиями столбцов)</translation>
    </message>
    <message>
        <location filename="../../desk/json_reading.py" line="38"/>
        <source>{0}: its lists and objects are nested more than {1} levels deep, deeper than anything Desk writes, so it was not read</source>
        <translation>{0}: списки и объекты в нём вложены глубже {1} уровней — глубже всего, что записывает Desk, поэтому файл не прочитан</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="90"/>
        <source>&quot;{0}&quot;: {1} has {2} decimal places, got {3}</source>
        <translation>«{0}»: у {1} знаков после запятой: {2}, а указано {3}</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="134"/>
        <source>&quot;{0}&quot;: not a number</source>
        <translation>«{0}»: не число</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="275"/>
        <source>&quot;{0}&quot;: unknown currency &quot;{1}&quot;</source>
        <translation>«{0}»: неизвестная валюта «{1}»</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="285"/>
        <source>&quot;{0}&quot;: two currencies, {1} and {2}</source>
        <translation>«{0}»: две валюты — {1} и {2}</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="306"/>
        <source>&quot;{0}&quot;: more than one decimal separator &quot;{1}&quot;</source>
        <translation>«{0}»: больше одного десятичного разделителя «{1}»</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="308"/>
        <source>&quot;{0}&quot;: grouping after the decimal separator &quot;{1}&quot;</source>
        <translation>«{0}»: разделение на разряды после десятичного разделителя «{1}»</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="313"/>
        <source>&quot;{0}&quot;: more than one decimal separator</source>
        <translation>«{0}»: больше одного десятичного разделителя</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="325"/>
        <source>&quot;{0}&quot;: the point could separate thousands ({1}) or decimals ({2}); write {1}, or the amount with at most {3} decimal places</source>
        <translation>«{0}»: точка может отделять разряды ({1}) или дробную часть ({2}); напишите {1} или сумму не более чем с {3} знаками после запятой</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="330"/>
        <source>&quot;{0}&quot;: the comma could separate thousands ({1}) or decimals ({2}); write {1}, or the amount with at most {3} decimal places</source>
        <translation>«{0}»: запятая может отделять разряды ({1}) или дробную часть ({2}); напишите {1} или сумму не более чем с {3} знаками после запятой</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="341"/>
        <source>&quot;{0}&quot;: two separators in a row</source>
        <translation>«{0}»: два разделителя подряд</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="345"/>
        <source>&quot;{0}&quot;: digit grouping after the decimal separator</source>
        <translation>«{0}»: разделение на разряды после десятичного разделителя</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="348"/>
        <source>&quot;{0}&quot;: separators must split the number into groups of 3 digits</source>
        <translation>«{0}»: разделители должны делить число на группы по 3 цифры</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="375"/>
        <source>&quot;{0}&quot;: more than Desk holds in one amount (at most {1})</source>
        <translation>«{0}»: больше, чем Desk может хранить в одной сумме (не более {1})</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="410"/>
        <source>empty amount: type a number such as 30 or 30.50 CNY</source>
        <translation>пустая сумма: введите число, например 30 или 30.50 CNY</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="413"/>
        <source>&quot;{0}&quot;: no number in it</source>
        <translation>«{0}»: в нём нет числа</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="417"/>
        <source>&quot;{0}&quot;: a number in scientific notation, not an amount; write it in full</source>
        <translation>«{0}»: число в экспоненциальной записи, а не сумма; запишите его полностью</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="419"/>
        <source>&quot;{0}&quot;: more than one number</source>
        <translation>«{0}»: больше одного числа</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="425"/>
        <source>&quot;{0}&quot;: which currency? Add a code such as CNY or USD</source>
        <translation>«{0}»: в какой валюте? Добавьте код, например CNY или USD</translation>
    </message>
    <message>
        <location filename="../../desk/money.py" line="427"/>
        <source>&quot;{0}&quot;: a negative amount is not allowed here</source>
        <translation>«{0}»: отрицательная сумма здесь не допускается</translation>
    </message>
    <message>
        <location filename="../../desk/network_drive.py" line="37"/>
        <source>The data folder {0} is on a network drive. Desk&apos;s database can be damaged when two computers write to it, or when the connection drops while Desk is saving. Keep the data folder on this computer and back it up (copy the whole folder while Desk is closed).</source>
        <translation>Папка данных {0} находится на сетевом диске. База данных Desk может быть повреждена, если в неё записывают два компьютера или если соединение прерывается во время сохранения. Храните папку данных на этом компьютере и делайте её резервные копии (копируйте всю папку, когда Desk закрыт).</translation>
    </message>
    <message>
        <location filename="../../desk/network_drive.py" line="43"/>
        <source>The data folder {0} is on a drive that cannot lock files, as network drives often cannot. Desk&apos;s database can be damaged when two computers write to it, or when the connection drops while Desk is saving. Keep the data folder on this computer and back it up (copy the whole folder while Desk is closed).</source>
        <translation>Папка данных {0} находится на диске, который не поддерживает блокировку файлов (так часто бывает с сетевыми дисками). База данных Desk может быть повреждена, если в неё записывают два компьютера или если соединение прерывается во время сохранения. Храните папку данных на этом компьютере и делайте её резервные копии (копируйте всю папку, когда Desk закрыт).</translation>
    </message>
    <message>
        <location filename="../../desk/opening.py" line="37"/>
        <source>{0} was not opened; nothing in it was changed</source>
        <translation>Папка {0} не открыта; в ней ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desk/opening.py" line="42"/>
        <source>{0} was not opened</source>
        <translation>Папка {0} не открыта</translation>
    </message>
    <message>
        <location filename="../../desk/opening.py" line="45"/>
        <source>{0} was not opened, but its database had already been upgraded for this version of Desk (the copy from before is {1})</source>
        <translation>Папка {0} не открыта, но её база данных уже была обновлена для этой версии Desk (копия до обновления: {1})</translation>
    </message>
    <message>
        <location filename="../../desk/opening.py" line="58"/>
        <source>The data folder was upgraded for this version of Desk; the copy from before is {0}.</source>
        <translation>Папка данных обновлена для этой версии Desk; копия до обновления: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="71"/>
        <source>base currency</source>
        <translation>базовая валюта</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="72"/>
        <source>quote currency</source>
        <translation>котируемая валюта</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="73"/>
        <source>rate</source>
        <translation>курс</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="78"/>
        <source>1 {0} = {1} {2} on {3}.</source>
        <translation>1 {0} = {1} {2} на {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/rates.py" line="94"/>
        <source>Imported %n exchange rate(s) from {0}.</source>
        <translation>
            <numerusform>Импортирован %n курс валюты из {0}.</numerusform>
            <numerusform>Импортировано %n курса валют из {0}.</numerusform>
            <numerusform>Импортировано %n курсов валют из {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="109"/>
        <source>{0}: the file is empty; its first row must name the columns {1}</source>
        <translation>{0}: файл пуст; в первой строке должны быть названия столбцов {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="121"/>
        <source>{0}: row {1} holds a cell of more than {2} characters, which is no rate</source>
        <translation>{0}: строка {1} содержит ячейку длиннее {2} символов — это не курс</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="132"/>
        <source>{0}: the first row must name the columns {1}; missing: {2}</source>
        <translation>{0}: в первой строке должны быть названия столбцов {1}; отсутствуют: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="147"/>
        <source>row {0}, column {1}</source>
        <translation>строка {0}, столбец {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="153"/>
        <source>row {0}: a second rate {1}→{2} on {3} (first in row {4})</source>
        <translation>строка {0}: второй курс {1}→{2} на {3} (первый — в строке {4})</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="165"/>
        <source>{0}; and {1} more</source>
        <translation>{0}; и ещё {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="166"/>
        <source>{0}: nothing was imported. {1}</source>
        <translation>{0}: ничего не импортировано. {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="186"/>
        <source>quote: the same currency as base ({0}); a rate needs two</source>
        <translation>quote: та же валюта, что и base ({0}); для курса нужны две разные валюты</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="188"/>
        <source>rate: {0} must be more than zero</source>
        <translation>rate: {0} — значение должно быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="195"/>
        <source>{0} (and source, if wanted)</source>
        <translation>{0} (и при необходимости source)</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="202"/>
        <source>{0}: {1!r} is not a date; give it as 2026-11-02</source>
        <translation>{0}: {1!r} — не дата; укажите её в виде 2026-11-02</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="209"/>
        <location filename="../../desk/operations/rates.py" line="211"/>
        <source>{0}: {1!r} is not a number</source>
        <translation>{0}: {1!r} — не число</translation>
    </message>
    <message>
        <location filename="../../desk/operations/rates.py" line="221"/>
        <source>{0}: {1!r} is not a currency in use; give an ISO code such as CNY or USD</source>
        <translation>{0}: {1!r} — не действующая валюта; укажите код ISO, например CNY или USD</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="97"/>
        <source>Refund plan: {0} on {1} over {2} methods.</source>
        <translation>План возврата: {0} по заказу {1}, способов оплаты: {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="106"/>
        <source>the day the refund was approved</source>
        <translation>дата одобрения возврата</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="107"/>
        <source>the day it was sent</source>
        <translation>дата отправки</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="117"/>
        <source>Refund {0} recorded: {1} on {2}.</source>
        <translation>Возврат {0} записан: {1} по заказу {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="123"/>
        <source>the day the money arrived</source>
        <translation>дата поступления денег</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="130"/>
        <source>the amount received</source>
        <translation>полученная сумма</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="138"/>
        <source>Refund {0}: {1} arrived by {2} on {3}.</source>
        <translation>Возврат {0}: поступило {1} ({2}), дата {3}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/refunds.py" line="152"/>
        <source>the refund</source>
        <translation>сумма возврата</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="75"/>
        <source>{0} ({1}) is overdue: it stays flagged until the case moves past it. If the platform gave more time, change the deadline&apos;s date instead.</source>
        <translation>{0} ({1}): срок прошёл; напоминание остаётся отмеченным, пока дело не пройдёт этот этап. Если площадка дала больше времени, измените дату срока.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="81"/>
        <source>{0!r} is an earlier step of {1} ({2}): it is no longer shown</source>
        <translation>{0!r} — более раннее напоминание о сроке «{1}» ({2}): оно больше не показывается</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="87"/>
        <source>no reminder {0!r} is shown today: its case moved on, or its deadline is not due for a while</source>
        <translation>напоминание {0!r} сегодня не показывается: дело продвинулось дальше или до срока ещё далеко</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="113"/>
        <source>a reminder is snoozed until a later day than today ({0})</source>
        <translation>напоминание можно отложить только на день позже сегодняшнего ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="114"/>
        <source>the day to remind again</source>
        <translation>дата повторного напоминания</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="120"/>
        <source>Snoozed until {0}: {1} ({2}), due {3}.</source>
        <translation>Отложено до {0}: {1} ({2}), срок {3}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="135"/>
        <source>Dismissed: {0} ({1}), due {2}. Its next step reminds again.</source>
        <translation>Скрыто: {0} ({1}), срок {2}. О следующем этапе будет напомнено снова.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/reminders.py" line="155"/>
        <source>unknown road {0!r}; known: {1}</source>
        <translation>неизвестный канал {0!r}; известные: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/reminders.py" line="165"/>
        <source>%n reminder(s) came due since {0}.</source>
        <translation>
            <numerusform>С {0} появилось %n напоминание.</numerusform>
            <numerusform>С {0} появилось %n напоминания.</numerusform>
            <numerusform>С {0} появилось %n напоминаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/reminders.py" line="167"/>
        <source>%n reminder(s) came due.</source>
        <translation>
            <numerusform>Появилось %n напоминание.</numerusform>
            <numerusform>Появилось %n напоминания.</numerusform>
            <numerusform>Появилось %n напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/settings.py" line="74"/>
        <source>Set {0} to {1}.</source>
        <translation>Параметр {0}: установлено значение {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/settings.py" line="74"/>
        <source>Cleared {0}.</source>
        <translation>Параметр {0} очищен.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/settings.py" line="92"/>
        <source>Your override: {0}, from {1} on.</source>
        <translation>Ваше значение: {0}, действует с {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/settings.py" line="107"/>
        <source>Removed your override of {0} from {1}: the shipped rule applies again.</source>
        <translation>Ваше значение для правила «{0}» с {1} удалено: снова действует стандартное правило.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="59"/>
        <location filename="../../desk/overview/audit_words.py" line="30"/>
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="60"/>
        <source>line of an order</source>
        <translation>позиция заказа</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="61"/>
        <source>payment of an order</source>
        <translation>платёж по заказу</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="62"/>
        <source>coupon of an order</source>
        <translation>купон заказа</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="63"/>
        <location filename="../../desk/overview/audit_words.py" line="34"/>
        <source>tracking number</source>
        <translation>трек-номер</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="64"/>
        <location filename="../../desk/overview/audit_words.py" line="37"/>
        <source>dispute</source>
        <translation>спор</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="65"/>
        <source>event of a dispute</source>
        <translation>событие спора</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="67"/>
        <location filename="../../desk/overview/audit_words.py" line="44"/>
        <source>exhibit label</source>
        <translation>метка приложения</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="68"/>
        <location filename="../../desk/overview/audit_words.py" line="45"/>
        <source>packet in the Bates register</source>
        <translation>пакет в реестре номеров Бейтса</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="69"/>
        <location filename="../../desk/overview/audit_words.py" line="46"/>
        <source>exhibit in the Bates register</source>
        <translation>приложение в реестре номеров Бейтса</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="71"/>
        <source>part of a refund</source>
        <translation>часть возврата</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="72"/>
        <location filename="../../desk/overview/audit_words.py" line="42"/>
        <source>evidence</source>
        <translation>доказательство</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="73"/>
        <source>link of evidence to a case</source>
        <translation>связь доказательства с делом</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="74"/>
        <location filename="../../desk/overview/audit_words.py" line="47"/>
        <source>member account</source>
        <translation>счёт у агента</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="75"/>
        <location filename="../../desk/overview/audit_words.py" line="48"/>
        <source>ledger entry</source>
        <translation>запись журнала операций</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="76"/>
        <location filename="../../desk/overview/audit_words.py" line="49"/>
        <source>deposit application</source>
        <translation>заявка на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="77"/>
        <source>condition of a deposit application</source>
        <translation>условие заявки на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="78"/>
        <source>document of a deposit application</source>
        <translation>документ заявки на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="79"/>
        <source>submission of a deposit application</source>
        <translation>подача заявки на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="80"/>
        <location filename="../../desk/overview/audit_words.py" line="35"/>
        <source>supplier</source>
        <translation>поставщик</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="81"/>
        <location filename="../../desk/overview/audit_words.py" line="36"/>
        <source>store</source>
        <translation>магазин</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="82"/>
        <location filename="../../desk/overview/audit_words.py" line="54"/>
        <source>setting</source>
        <translation>параметр</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="83"/>
        <source>platform rule</source>
        <translation>правило площадки</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="84"/>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="85"/>
        <location filename="../../desk/overview/audit_words.py" line="53"/>
        <source>exchange rate</source>
        <translation>курс валюты</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="86"/>
        <location filename="../../desk/overview/audit_words.py" line="58"/>
        <source>answer to a reminder</source>
        <translation>ответ на напоминание</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="98"/>
        <source>New Order</source>
        <translation>создание заказа</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="99"/>
        <source>Open Dispute</source>
        <translation>открытие спора</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="100"/>
        <source>Make Letter</source>
        <translation>составление письма</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="101"/>
        <source>Record Refund</source>
        <translation>запись возврата</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="102"/>
        <source>New Deposit Application</source>
        <translation>создание заявки на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="103"/>
        <source>New Account</source>
        <translation>создание счёта у агента</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="104"/>
        <source>Ledger Entry</source>
        <translation>запись в журнал операций</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="105"/>
        <source>Add Evidence</source>
        <translation>добавление доказательств</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="106"/>
        <source>Record Event</source>
        <translation>запись события</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="107"/>
        <location filename="../../desk/operations/undo.py" line="121"/>
        <source>Set Exchange Rate</source>
        <translation>задание курса валюты</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="108"/>
        <location filename="../../desk/operations/undo.py" line="122"/>
        <source>Answer Reminder</source>
        <translation>ответ на напоминание</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="109"/>
        <source>New Supplier</source>
        <translation>создание поставщика</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="110"/>
        <source>New Store</source>
        <translation>создание магазина</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="111"/>
        <source>Link Evidence</source>
        <translation>связывание доказательства с делом</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="114"/>
        <source>Edit Order</source>
        <translation>изменение заказа</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="115"/>
        <source>Edit Dispute</source>
        <translation>изменение спора</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="116"/>
        <source>Record Arrival</source>
        <translation>запись поступления</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="117"/>
        <source>Edit Evidence</source>
        <translation>изменение доказательства</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="118"/>
        <source>Mark Letter Sent</source>
        <translation>подтверждение отправки письма</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="119"/>
        <source>Edit Deposit Application</source>
        <translation>изменение заявки на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="120"/>
        <source>Edit Ledger Entry</source>
        <translation>изменение записи журнала операций</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="123"/>
        <source>Change Settings</source>
        <translation>изменение настроек</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="124"/>
        <source>Edit Supplier</source>
        <translation>изменение поставщика</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="125"/>
        <source>Edit Store</source>
        <translation>изменение магазина</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="131"/>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="153"/>
        <source>Void {0}</source>
        <translation>аннулирование ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="153"/>
        <source>Restore {0}</source>
        <translation>восстановление ({0})</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="160"/>
        <source>Change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="177"/>
        <source>this cannot be undone: the records as they were would clash with what was entered later (the same order number, a second open dispute on a line, …)</source>
        <translation>это нельзя отменить: записи в прежнем виде противоречили бы тому, что было введено позже (тот же номер заказа, второй открытый спор по позиции, …)</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="190"/>
        <source>there is nothing to undo: those changes are not in the audit log</source>
        <translation>отменять нечего: этих изменений нет в журнале изменений</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="199"/>
        <source>Redid {0}.</source>
        <translation>Повторено: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="199"/>
        <source>Undid {0}.</source>
        <translation>Отменено: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="214"/>
        <source>{0} was changed again later (by {1}, {2}): undo that change first</source>
        <translation>{0}: позднее запись изменена ещё раз (пользователь {1}, {2}); сначала отмените то изменение</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="248"/>
        <source>{0} was linked to {1} later: undo that first</source>
        <translation>{0} позднее связано с делом: {1}. Сначала отмените эту связь</translation>
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
        <translation>{0} — позднее к этой записи добавлено: {1}. Сначала отмените это добавление</translation>
    </message>
    <message>
        <location filename="../../desk/operations/undo.py" line="272"/>
        <source>the {0} is no longer there: it cannot be changed back</source>
        <translation>{0}: записи больше нет, вернуть её прежнее состояние нельзя</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="128"/>
        <source>the rate {0}→{1} of {2}</source>
        <translation>курс {0}→{1} на {2}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="134"/>
        <source>the {0} of {1} on {2} in {3}</source>
        <translation>операция «{0}» на сумму {1} от {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="165"/>
        <source>deposit application {0}</source>
        <translation>заявка на возврат депозита {0}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="175"/>
        <source>letter {0} of dispute {1}</source>
        <translation>письмо {0} по спору {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="189"/>
        <source>Voided {0}: {1}. It is kept and can be restored.</source>
        <translation>Аннулировано: {0} (причина: {1}). Запись сохранена, её можно восстановить.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="201"/>
        <source>choose the records to void first</source>
        <translation>сначала выберите записи для аннулирования</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="206"/>
        <source>Voided {0}: {1}. They are kept and can be restored.</source>
        <translation>
            <numerusform>Аннулировано: {0} (причина: {1}). Данные сохранены, их можно восстановить.</numerusform>
            <numerusform>Аннулировано: {0} (причина: {1}). Записи сохранены, их можно восстановить.</numerusform>
            <numerusform>Аннулировано: {0} (причина: {1}). Записи сохранены, их можно восстановить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="219"/>
        <source>%n record(s) ({0}; …)</source>
        <translation>
            <numerusform>%n запись ({0}; …)</numerusform>
            <numerusform>%n записи ({0}; …)</numerusform>
            <numerusform>%n записей ({0}; …)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="219"/>
        <source>%n record(s) ({0})</source>
        <translation>
            <numerusform>%n запись ({0})</numerusform>
            <numerusform>%n записи ({0})</numerusform>
            <numerusform>%n записей ({0})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="247"/>
        <source>say why it is voided: the reason is kept with it</source>
        <translation>укажите причину аннулирования: она сохраняется вместе с записью</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="249"/>
        <source>the reason has {0} characters; at most {1}</source>
        <translation>в причине {0} симв.; допускается не более {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="257"/>
        <source>{0} is voided already</source>
        <translation>{0}: уже аннулировано</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="272"/>
        <source>Restored {0}: it counts again.</source>
        <translation>Восстановлено: {0}. Запись снова учитывается.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="283"/>
        <source>choose the records to restore first</source>
        <translation>сначала выберите записи для восстановления</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="291"/>
        <source>Restored {0}: they count again.</source>
        <translation>
            <numerusform>Восстановлено: {0}. Данные снова учитываются.</numerusform>
            <numerusform>Восстановлено: {0}. Записи снова учитываются.</numerusform>
            <numerusform>Восстановлено: {0}. Записи снова учитываются.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="303"/>
        <source>{0} is not voided</source>
        <translation>{0}: не аннулировано</translation>
    </message>
    <message>
        <location filename="../../desk/operations/voiding.py" line="314"/>
        <source>there is no {0} {1}</source>
        <translation>запись не найдена: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/amounts.py" line="69"/>
        <source>discount {0} is more than the lines and shipping ({1})</source>
        <translation>скидка {0} больше суммы позиций и доставки ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/orders/amounts.py" line="77"/>
        <source>payments add up to {0} but the order total is {1} ({2})</source>
        <translation>сумма платежей — {0}, а сумма заказа — {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/orders/amounts.py" line="87"/>
        <source>lines {0} + shipping {1} + tax {2} − discount {3}</source>
        <translation>позиции {0} + доставка {1} + налог {2} − скидка {3}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/amounts.py" line="88"/>
        <source>lines {0} + shipping {1} − discount {2}</source>
        <translation>позиции {0} + доставка {1} − скидка {2}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="128"/>
        <source>order number: required</source>
        <translation>номер заказа: обязательное поле</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="130"/>
        <source>supplier: required</source>
        <translation>поставщик: обязательное поле</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="137"/>
        <source>lines: an order needs at least one line</source>
        <translation>позиции: в заказе должна быть хотя бы одна позиция</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="140"/>
        <source>line {0}, item: required</source>
        <translation>позиция {0}, товар: обязательное поле</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="142"/>
        <source>line {0}, qty: must be at least 1, got {1}</source>
        <translation>позиция {0}, количество: должно быть не меньше 1, указано {1}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="143"/>
        <source>line {0}, unit price</source>
        <translation>позиция {0}, цена за единицу</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="145"/>
        <source>shipping</source>
        <translation>доставка</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="146"/>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="147"/>
        <source>tax</source>
        <translation>налог</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="152"/>
        <source>payment {0}, amount</source>
        <translation>платёж {0}, сумма</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="154"/>
        <source>payment {0}, amount: must be more than zero</source>
        <translation>платёж {0}, сумма: должна быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="156"/>
        <source>coupon {0}, amount</source>
        <translation>купон {0}, сумма</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="159"/>
        <source>tracking {0}, number: required</source>
        <translation>отправление {0}, трек-номер: обязательное поле</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="171"/>
        <source>coupons: {0} is more than the discount {1} they are part of</source>
        <translation>купоны: {0} — больше скидки {1}, в которую они входят</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="180"/>
        <location filename="../../desk/orders/editing.py" line="192"/>
        <source>the day it was placed</source>
        <translation>дата заказа</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="181"/>
        <location filename="../../desk/orders/editing.py" line="194"/>
        <source>the day it was paid</source>
        <translation>дата оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="182"/>
        <location filename="../../desk/orders/editing.py" line="195"/>
        <source>the day it was shipped</source>
        <translation>дата отправки</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="183"/>
        <location filename="../../desk/orders/editing.py" line="196"/>
        <source>the day it was delivered</source>
        <translation>дата доставки</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="186"/>
        <source>the date of payment {0}</source>
        <translation>дата платежа {0}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="194"/>
        <source>paid on</source>
        <translation>дата оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="195"/>
        <source>shipped on</source>
        <translation>дата отправки</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="196"/>
        <source>delivered on</source>
        <translation>дата доставки</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="202"/>
        <source>{0}: {1} is before {2} ({3})</source>
        <translation>{0}: {1} — раньше, чем {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="210"/>
        <source>{0}: in {1}, but the order is in {2}</source>
        <translation>{0}: в валюте {1}, а заказ — в {2}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="212"/>
        <source>{0}: must not be negative</source>
        <translation>{0}: отрицательное значение недопустимо</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="226"/>
        <source>a new order has no lines or payments in Desk yet: leave their ids out</source>
        <translation>у нового заказа ещё нет позиций и платежей в Desk: не указывайте их идентификаторы</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="251"/>
        <location filename="../../desk/orders/view.py" line="24"/>
        <source>no order {0}: it was deleted meanwhile</source>
        <translation>заказ {0} не найден: тем временем он был удалён</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="255"/>
        <source>currency: {0} has disputes or refunds in {1}; it cannot change</source>
        <translation>валюта: по заказу {0} есть споры или возвраты в {1}; изменить валюту нельзя</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="267"/>
        <source>the order cannot be saved: {0}</source>
        <translation>не удалось сохранить заказ: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="274"/>
        <source>order number: {0} is a voided order: restore it instead of entering it again</source>
        <translation>номер заказа: {0} — аннулированный заказ; восстановите его, а не вводите заново</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="276"/>
        <source>order number: {0} already exists</source>
        <translation>номер заказа: {0} уже существует</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="283"/>
        <source>store: no store {0}; it was deleted meanwhile</source>
        <translation>магазин: магазин {0} не найден — тем временем он был удалён</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="346"/>
        <source>the order&apos;s lines changed meanwhile: open the order again and redo the edit</source>
        <translation>позиции заказа тем временем изменились: откройте заказ заново и повторите правку</translation>
    </message>
    <message>
        <location filename="../../desk/orders/editing.py" line="366"/>
        <source>the order&apos;s payments changed meanwhile: open the order again and redo the edit</source>
        <translation>платежи по заказу тем временем изменились: откройте заказ заново и повторите правку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/orders/holdings.py" line="32"/>
        <source>dispute(s) {0}</source>
        <translation>
            <numerusform>спор {0}</numerusform>
            <numerusform>споры {0}</numerusform>
            <numerusform>споры {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/orders/holdings.py" line="35"/>
        <source>refund(s) {0}</source>
        <translation>
            <numerusform>возврат {0}</numerusform>
            <numerusform>возвраты {0}</numerusform>
            <numerusform>возвраты {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/orders/holdings.py" line="68"/>
        <source>line {0} ({1}) has {2}</source>
        <translation>по позиции {0} ({1}) есть: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/holdings.py" line="71"/>
        <source>{0}: a line that carries a dispute, a refund or evidence cannot be removed</source>
        <translation>{0}: позицию, по которой есть спор, возврат или доказательства, удалить нельзя</translation>
    </message>
    <message>
        <location filename="../../desk/orders/lookup.py" line="22"/>
        <source>{0!r} is not an order like PLATFORM:ORDER_NO (e.g. aliexpress:8179037714690228)</source>
        <translation>{0!r} не является обозначением заказа вида PLATFORM:ORDER_NO (например, aliexpress:8179037714690228)</translation>
    </message>
    <message>
        <location filename="../../desk/orders/lookup.py" line="28"/>
        <source>unknown platform {0!r} in {1!r}; known: {2}</source>
        <translation>неизвестная площадка {0!r} в {1!r}; известные: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/orders/lookup.py" line="35"/>
        <source>no order {0}</source>
        <translation>заказ {0} не найден</translation>
    </message>
    <message>
        <location filename="../../desk/orders/lookup.py" line="44"/>
        <source>order {0} has no line {1} (lines: {2})</source>
        <translation>в заказе {0} нет позиции {1} (позиции: {2})</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="29"/>
        <source>supplier: a name is required</source>
        <translation>поставщик: укажите название</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="53"/>
        <source>store: a name is required</source>
        <translation>магазин: укажите название</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="56"/>
        <source>country: {0!r} is not a country; give an ISO 3166 code such as CN, DE or US</source>
        <translation>страна: {0!r} — не код страны; укажите код ISO 3166, например CN, DE или US</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="60"/>
        <source>closed on: {0} is before the store opened ({1})</source>
        <translation>дата закрытия: {0} — раньше открытия магазина ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="65"/>
        <source>closed on: a closed store needs the day it closed</source>
        <translation>дата закрытия: для закрытого магазина укажите дату закрытия</translation>
    </message>
    <message>
        <location filename="../../desk/orders/parties.py" line="67"/>
        <source>closed on: the store is {0}, not closed</source>
        <translation>дата закрытия: статус магазина — «{0}», а не «закрыт»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/orders/voiding.py" line="15"/>
        <source>order {0} still has {1}: void them first</source>
        <translation>
            <numerusform>по заказу {0} ещё есть {1}: сначала аннулируйте его</numerusform>
            <numerusform>по заказу {0} ещё есть {1}: сначала аннулируйте их</numerusform>
            <numerusform>по заказу {0} ещё есть {1}: сначала аннулируйте их</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="13"/>
        <source>Counted from the day the withdrawal was requested. The same page also says a request &quot;will be conducted within 24 hours after it&apos;s submitted&quot;; the 3 workdays are the outer limit.</source>
        <translation>Отсчитывается со дня запроса на вывод средств. На той же странице также сказано, что запрос «будет выполнен в течение 24 часов после подачи»; 3 рабочих дня — крайний срок.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="15"/>
        <source>Counted from the day the dispute was opened. The page also says: &quot;If the seller does not respond to the dispute within 5 days, it is automatically resolved in favor of the buyer.&quot;</source>
        <translation>Отсчитывается со дня открытия спора. На странице также сказано: «Если продавец не ответит на спор в течение 5 дней, спор автоматически решается в пользу покупателя».</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="16"/>
        <source>Days after the trigger at which Desk suggests escalating to platform arbitration: after we refused the seller&apos;s offer (the page: immediately), or after the seller&apos;s 5 days passed without an answer (the page says such a dispute is resolved for the buyer automatically; Desk suggests escalating in case the platform has not done so).</source>
        <translation>Через сколько дней после события Desk предлагает передать спор на арбитраж площадки: после того как мы отклонили предложение продавца (по странице — сразу) или после того как 5 дней на ответ продавца истекли без ответа (по странице такой спор автоматически решается в пользу покупателя; Desk предлагает передать спор площадке на случай, если она этого не сделала).</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="17"/>
        <source>Counted from the day the order was shipped. Another passage of the page says &quot;perhaps 5 days from the date of dispatch&quot;; the explicit 6 days is used.</source>
        <translation>Отсчитывается со дня отправки заказа. В другом месте страницы сказано «возможно, 5 дней с даты отправки»; используется явно указанный срок — 6 дней.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="18"/>
        <source>Read as: protection ends 15 days after the order timer ends, that is after delivery was confirmed or, for an order not yet delivered, after its delivery time. The page also says &quot;within 15 days from the date of expiration of the delivery time of the goods&quot;. Enter the end date the order page shows as the order&apos;s protection end to replace the derived one.</source>
        <translation>Толкование: защита заканчивается через 15 дней после окончания таймера заказа, то есть после подтверждения доставки или, для ещё не доставленного заказа, после истечения срока доставки. На странице также сказано: «в течение 15 дней с даты истечения срока доставки товара». Чтобы заменить расчётную дату, укажите дату окончания, которую показывает страница заказа, как окончание защиты заказа.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="19"/>
        <source>The delivery time of an order not yet delivered, counted from shipping. The page gives 45 days from shipping until disputes close and a 15-day window after the delivery time: 45 - 15 = 30. Each listing promises its own time; override it when yours differ.</source>
        <translation>Срок доставки ещё не доставленного заказа, считая с отправки. На странице указано 45 дней с отправки до закрытия споров и 15-дневный период после срока доставки: 45 - 15 = 30. Каждое объявление обещает свой срок; переопределите его, если у ваших товаров он другой.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="20"/>
        <source>The page does not say by how much; Desk assumes 15 days, like the window after the timer. Record the extended end the platform shows as the order&apos;s protection end.</source>
        <translation>На странице не сказано, на сколько; Desk исходит из 15 дней, как для периода после таймера. Укажите продлённую дату окончания, которую показывает площадка, как окончание защиты заказа.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="21"/>
        <source>AliExpress counts its refund time from the decision or cancellation; its 3–20 days include the processing, so there is no separate processing step (Desk&apos;s general rule would otherwise apply).</source>
        <translation>AliExpress отсчитывает срок возврата средств от решения или отмены; его 3–20 дней включают обработку, поэтому отдельного этапа обработки нет (иначе применялось бы общее правило Desk).</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="22"/>
        <source>Every payment method without a row of its own (cards, WebMoney, QIWI, EBANX, Western Union, the balance). The page also says &quot;Refunds are made in the form of a cashless transfer within 7-10 business days&quot; and &quot;If, after 10 days from the date of the decision to refund the buyer, the payment has not been made, it is recommended to contact.&quot;</source>
        <translation>Любой способ оплаты, для которого нет отдельной строки (карты, WebMoney, QIWI, EBANX, Western Union, баланс). На странице также сказано: «Возврат производится безналичным переводом в течение 7-10 рабочих дней» и «Если по истечении 10 дней с даты решения о возврате средств покупателю выплата не произведена, рекомендуется обратиться в поддержку».</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="23"/>
        <source>Counted in China&apos;s working days from the day the application was submitted: public holidays are skipped and make-up working days (调休) count.</source>
        <translation>Считается в рабочих днях Китая со дня подачи заявки: государственные праздники пропускаются, а перенесённые рабочие дни (调休) учитываются.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="25"/>
        <source>The table has no row for paying with the account balance; Desk assumes a refund to the balance is processed like the rows refunded to the balance.</source>
        <translation>В таблице нет строки для оплаты с баланса счёта; Desk считает, что возврат на баланс обрабатывается так же, как в строках с возвратом на баланс.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="26"/>
        <source>Payment methods the table has no row for (Alipay, WeChat Pay, Western Union, …): Desk assumes the slowest processing of the table.</source>
        <translation>Способы оплаты, для которых в таблице нет строки (Alipay, WeChat Pay, Western Union, …): Desk исходит из самого долгого срока обработки в таблице.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="27"/>
        <source>The page adds: &quot;Credit card refunds may appear on your statement within 7–15 business days, especially for card not present transactions&quot; and &quot;Refunds to international bank cards (especially from outside the U.S.) may take longer&quot;.</source>
        <translation>На странице добавлено: «Возврат на кредитную карту может отразиться в выписке в течение 7–15 рабочих дней, особенно для операций без предъявления карты» и «Возврат на международные банковские карты (особенно выпущенные за пределами США) может занять больше времени».</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="28"/>
        <source>The table has no row for paying with the account balance; Desk assumes a refund to the balance is immediate, like the rows refunded to the balance.</source>
        <translation>В таблице нет строки для оплаты с баланса счёта; Desk считает, что возврат на баланс происходит сразу, как в строках с возвратом на баланс.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="29"/>
        <source>Payment methods the table has no row for (Alipay, WeChat Pay, Western Union, MoneyGram, WebMoney, QIWI, other): Desk assumes the slowest row of the table. Override it per method when you know better.</source>
        <translation>Способы оплаты, для которых в таблице нет строки (Alipay, WeChat Pay, Western Union, MoneyGram, WebMoney, QIWI, другие): Desk исходит из самой медленной строки таблицы. Если вам известно точнее, переопределите значение для отдельного способа.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="31"/>
        <source>Store closed (cancelled) on AliExpress</source>
        <translation>Магазин закрыт (отменён) на AliExpress</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="32"/>
        <source>No pending orders in the store</source>
        <translation>В магазине нет незавершённых заказов</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="33"/>
        <source>No open disputes on the store&apos;s orders</source>
        <translation>По заказам магазина нет открытых споров</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="34"/>
        <source>No violations recorded against the store</source>
        <translation>За магазином не числится нарушений</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="35"/>
        <source>Copy of the business licence</source>
        <translation>Копия свидетельства о регистрации компании</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="36"/>
        <source>Bank account details (the account the deposit returns to)</source>
        <translation>Банковские реквизиты (счёт, на который возвращается депозит)</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="37"/>
        <source>Identity document of the legal representative</source>
        <translation>Документ, удостоверяющий личность законного представителя</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="38"/>
        <source>Screenshot of the deposit page with the refundable amount</source>
        <translation>Снимок экрана страницы депозита с суммой к возврату</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="40"/>
        <source>Store closed on the platform</source>
        <translation>Магазин закрыт на площадке</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="42"/>
        <source>a photo of the item as it arrived</source>
        <translation>фото товара в том виде, в каком он пришёл</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="43"/>
        <source>a video showing the defect</source>
        <translation>видео, на котором виден дефект</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="44"/>
        <source>the tracking history</source>
        <translation>история отслеживания отправления</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="45"/>
        <source>the correspondence with the seller</source>
        <translation>переписка с продавцом</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="46"/>
        <source>proof of payment</source>
        <translation>подтверждение оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="47"/>
        <source>the order confirmation</source>
        <translation>подтверждение заказа</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="49"/>
        <source>Reminder to the seller</source>
        <translation>Напоминание продавцу</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="50"/>
        <source>If the seller offers to pay back outside the platform (PayPal or another payment system), do not agree: AliExpress says &quot;All financial payments must be made exclusively through the Aliexpress trading platform.&quot;</source>
        <translation>Если продавец предлагает вернуть деньги вне площадки (через PayPal или другую платёжную систему), не соглашайтесь: AliExpress требует, чтобы «все финансовые платежи проводились исключительно через торговую площадку Aliexpress» (&quot;All financial payments must be made exclusively through the Aliexpress trading platform.&quot;).</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="53"/>
        <source>The arbitration decision is final: send every piece of evidence with the escalation (AliExpress: &quot;The arbitration decision is not subject to discussion or revision - it is final.&quot;).</source>
        <translation>Решение арбитража окончательное: приложите все доказательства при передаче спора площадке (AliExpress: &quot;The arbitration decision is not subject to discussion or revision - it is final.&quot;).</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="67"/>
        <source>No published source confirms this limit; check it against PayPal&apos;s current help page on uploading documents to a case.</source>
        <translation>Это ограничение не подтверждено опубликованным источником; сверьте его с текущей страницей справки PayPal о загрузке документов к делу.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="51"/>
        <source>Complaint to the platform&apos;s customer service</source>
        <translation>Жалоба в службу поддержки площадки</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="52"/>
        <source>Escalation to platform arbitration</source>
        <translation>Передача спора на арбитраж площадки</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="54"/>
        <source>Formal demand letter</source>
        <translation>Претензионное письмо</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="55"/>
        <source>Request for mediation or arbitration (ADR)</source>
        <translation>Запрос на медиацию или арбитраж (внесудебное урегулирование)</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="56"/>
        <source>Cover letter to a lawyer</source>
        <translation>Сопроводительное письмо юристу</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="57"/>
        <source>PayPal claim</source>
        <translation>Претензия в PayPal</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="58"/>
        <source>A PayPal dispute must be escalated to a claim within 20 days or it closes, and a closed PayPal dispute cannot be reopened (to check against PayPal&apos;s current terms).</source>
        <translation>Спор в PayPal нужно перевести в претензию в течение 20 дней, иначе он закрывается, а закрытый спор в PayPal нельзя открыть повторно (сверьте с действующими условиями PayPal).</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="59"/>
        <source>Card chargeback</source>
        <translation>Опротестование платежа по карте (чарджбэк)</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="60"/>
        <source>A chargeback is filed with the card issuer, not the platform; on many platforms it ends the platform&apos;s own buyer protection for this order (to check against the platform&apos;s and the card issuer&apos;s current terms).</source>
        <translation>Опротестование платежа подаётся в банк-эмитент карты, а не площадке; на многих площадках оно прекращает собственную защиту покупателя площадки для этого заказа (сверьте с действующими условиями площадки и банка-эмитента).</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="61"/>
        <source>A card chargeback ends the platform&apos;s own buyer protection for this order on many platforms (to check against the platform&apos;s current terms).</source>
        <translation>На многих площадках опротестование платежа по карте прекращает собственную защиту покупателя площадки для этого заказа (сверьте с действующими условиями площадки).</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="63"/>
        <source>Platform or supplier</source>
        <translation>Площадка или поставщик</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="64"/>
        <source>AliExpress dispute</source>
        <translation>Спор на AliExpress</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="65"/>
        <source>Unconfirmed: check the limit the dispute&apos;s upload form shows today; this file holds the figure.</source>
        <translation>Не подтверждено: проверьте ограничение, которое сегодня показывает форма загрузки файлов в споре; в этом файле записано значение.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="66"/>
        <source>PayPal Resolution Center</source>
        <translation>Центр урегулирования споров PayPal</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="68"/>
        <source>Card chargeback (card issuer)</source>
        <translation>Опротестование платежа по карте (банк-эмитент)</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="69"/>
        <source>&quot;A few files&quot; taken as 3; the issuing bank&apos;s dispute form says how many it takes and how many pages: check it there.</source>
        <translation>«Несколько файлов» принято за 3; сколько файлов и страниц принимает форма спора банка-эмитента, указано в самой форме: проверьте там.</translation>
    </message>
    <message>
        <location filename="../../desk/policies/data_words.py" line="70"/>
        <source>Our lawyer (counsel)</source>
        <translation>Наш юрист</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="60"/>
        <source>the refund is in {0} but order {1} was paid in {2}</source>
        <translation>возврат в {0}, а заказ {1} оплачен в {2}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="65"/>
        <source>a refund must be more than zero</source>
        <translation>сумма возврата должна быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="70"/>
        <source>a refund of {0} is more than is left to refund on {1}: {2} (paid {3}, already refunded or agreed {4})</source>
        <translation>возврат {0} больше остатка к возврату по заказу {1}: {2} (оплачено {3}, уже возвращено или согласовано {4})</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="98"/>
        <source>a refund for a dispute needs the dispute</source>
        <translation>для возврата по спору нужно указать спор</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="101"/>
        <source>sent on: {0} is before the refund was approved ({1})</source>
        <translation>дата отправки: {0} — раньше одобрения возврата ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="140"/>
        <source>expected</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="146"/>
        <source>arrived late, short by {0}</source>
        <translation>поступило с опозданием, недополучено {0}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="146"/>
        <source>arrived on time, short by {0}</source>
        <translation>поступило в срок, недополучено {0}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="151"/>
        <source>arrived late, {0} more than expected</source>
        <translation>поступило с опозданием, на {0} больше ожидаемого</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="153"/>
        <source>arrived on time, {0} more than expected</source>
        <translation>поступило в срок, на {0} больше ожидаемого</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="156"/>
        <source>arrived late</source>
        <translation>поступило с опозданием</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="156"/>
        <source>arrived on time</source>
        <translation>поступило в срок</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="229"/>
        <source>refund {0} expects nothing on {1}; its methods: {2}</source>
        <translation>по возврату {0} поступлений способом «{1}» не ожидается; его способы: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="235"/>
        <source>the amount is in {0} but the refund is in {1}</source>
        <translation>сумма указана в {0}, а возврат — в {1}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="238"/>
        <source>the amount received must not be negative</source>
        <translation>полученная сумма не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/tracking.py" line="241"/>
        <source>money cannot arrive on {0}, before the refund was approved ({1})</source>
        <translation>деньги не могут поступить {0}, раньше одобрения возврата ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/voiding.py" line="13"/>
        <source>refund {0} of order {1}</source>
        <translation>возврат {0} по заказу {1}</translation>
    </message>
    <message>
        <location filename="../../desk/refunds/voiding.py" line="27"/>
        <source>{0} is {1} but only {2} of the order is left to refund: restoring it would refund more than was paid</source>
        <translation>{0}: сумма {1}, но по заказу осталось вернуть только {2}; после восстановления возвращено было бы больше, чем оплачено</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="52"/>
        <source>the name of this data folder&apos;s sealing key</source>
        <translation>имя ключа шифрования этой папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="60"/>
        <source>The sensitive fields of this data folder (bank accounts, IDs) are intact but sealed, and their key is not in this computer&apos;s keyring: the keyring has no entry {0!r} under service {1!r}. This happens when the folder was moved or restored to another computer or user account. Restore the key to the keyring from the computer that sealed them, then try again. Nothing was changed.</source>
        <translation>Конфиденциальные поля этой папки данных (банковские счета, документы) целы, но зашифрованы, а их ключа нет в связке ключей этого компьютера: в связке нет записи {0!r} для службы {1!r}. Так бывает, если папку перенесли или восстановили на другом компьютере или в другой учётной записи. Перенесите ключ в связку ключей с компьютера, на котором поля были зашифрованы, и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="68"/>
        <source>The sensitive fields of this data folder (bank accounts, IDs) are intact but sealed, and their key is not in this computer&apos;s keyring: no key id is recorded in its settings. This happens when the folder was moved or restored to another computer or user account. Restore the key to the keyring from the computer that sealed them, then try again. Nothing was changed.</source>
        <translation>Конфиденциальные поля этой папки данных (банковские счета, документы) целы, но зашифрованы, а их ключа нет в связке ключей этого компьютера: в настройках папки не записан идентификатор ключа. Так бывает, если папку перенесли или восстановили на другом компьютере или в другой учётной записи. Перенесите ключ в связку ключей с компьютера, на котором поля были зашифрованы, и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="106"/>
        <source>a sealed value uses the scheme {0!r}, unknown to this Desk; update it</source>
        <translation>зашифрованное значение использует схему {0!r}, неизвестную этой версии Desk; обновите Desk</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="115"/>
        <source>a sealed value does not open with this folder&apos;s key: it was altered, or sealed in another folder</source>
        <translation>зашифрованное значение не расшифровывается ключом этой папки: оно изменено или зашифровано в другой папке</translation>
    </message>
    <message>
        <location filename="../../desk/sealing.py" line="130"/>
        <source>{0} has no sensitive field {1!r}; known: {2}</source>
        <translation>у {0} нет конфиденциального поля {1!r}; известные: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="42"/>
        <source>No usable keyring: keyring found {0}, which stores nothing.</source>
        <translation>Нет подходящей связки ключей: библиотека keyring нашла модуль {0}, который ничего не хранит.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="44"/>
        <source>No usable keyring: keyring found {0}, with no keyring to chain.</source>
        <translation>Нет подходящей связки ключей: библиотека keyring нашла модуль {0}, в цепочке которого нет ни одной связки ключей.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="47"/>
        <source>No usable keyring: keyring found {0}, which keeps secrets in a file of its own, not in the system&apos;s keyring.</source>
        <translation>Нет подходящей связки ключей: библиотека keyring нашла модуль {0}, который хранит секреты в собственном файле, а не в системной связке ключей.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="56"/>
        <source>Desk keeps keys and passwords only in the system&apos;s keyring. On Windows it uses the Credential Manager and on macOS the Keychain, both built in; on Linux a Secret Service must be running and unlocked in your session, such as GNOME Keyring (package gnome-keyring) or KWallet. Until then sensitive fields (bank accounts, IDs) can be neither read nor changed; the rest of Desk works.</source>
        <translation>Desk хранит ключи и пароли только в системной связке ключей. В Windows для этого используется диспетчер учётных данных, в macOS — связка ключей (Keychain), оба встроены в систему; в Linux в вашем сеансе должна быть запущена и разблокирована служба Secret Service, например GNOME Keyring (пакет gnome-keyring) или KWallet. До тех пор конфиденциальные поля (банковские счета, документы) нельзя ни прочитать, ни изменить; остальные функции Desk работают.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="71"/>
        <source>No usable keyring: keyring could not load its backend ({0}).</source>
        <translation>Нет подходящей связки ключей: библиотеке keyring не удалось загрузить свой модуль ({0}).</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="80"/>
        <source>No usable keyring: keyring found {0}, which answered: {1}.</source>
        <translation>Нет подходящей связки ключей: библиотека keyring нашла модуль {0}, который ответил: {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="109"/>
        <source>this data folder&apos;s id</source>
        <translation>идентификатор этой папки данных</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="29"/>
        <source>{0!r} is not a currency in use; give an ISO 4217 code such as EUR, USD or CNY</source>
        <translation>{0!r} — не действующая валюта; укажите код ISO 4217, например EUR, USD или CNY</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="39"/>
        <source>{0!r} is not a country; give an ISO 3166 code such as DE, FR or US</source>
        <translation>{0!r} — не код страны; укажите код ISO 3166, например DE, FR или US</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="43"/>
        <source>Desk has no working-day calendar for {0!r}</source>
        <translation>в Desk нет календаря рабочих дней для {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="49"/>
        <source>reminder_days must be a whole number of days from 0 to 60, got {0!r}</source>
        <translation>reminder_days: нужно целое число дней от 0 до 60, указано {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="82"/>
        <source>{0} must be whole numbers of days before the deadline from 0 to 365, each once, separated by commas (such as 7,3,1,0), got {1!r}</source>
        <translation>{0}: нужны целые числа дней до срока от 0 до 365, каждое по одному разу, через запятую (например, 7,3,1,0); указано {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="99"/>
        <source>evidence_max_mb must be a whole number of megabytes from 1 to 100000, got {0!r}</source>
        <translation>evidence_max_mb: нужно целое число мегабайт от 1 до 100000, указано {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="108"/>
        <source>page_size must be A4 or Letter, got {0!r}</source>
        <translation>page_size: допустимы значения A4 или Letter, указано {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="115"/>
        <source>bates_prefix must be 1 to 20 characters without spaces, such as DESK or ACME-, got {0!r}</source>
        <translation>bates_prefix: нужно от 1 до 20 символов без пробелов, например DESK или ACME-; указано {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="125"/>
        <source>photo_dates must be keep or remove, got {0!r}</source>
        <translation>photo_dates: допустимы значения keep или remove, указано {0!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="134"/>
        <source>{0} may have at most {1} characters, got {2}</source>
        <translation>{0}: допускается не более {1} символов, указано {2}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="157"/>
        <source>the currency the Dashboard totals are shown in</source>
        <translation>валюта, в которой показываются итоги на странице «Сводка»</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="164"/>
        <source>how many days before a deadline it shows as due</source>
        <translation>за сколько дней до срока он показывается как наступающий</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="171"/>
        <source>the business&apos;s own country: its business days count refunds</source>
        <translation>страна организации: возвраты считаются в её рабочих днях</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="180"/>
        <source>the largest file the evidence vault accepts, in MB</source>
        <translation>наибольший размер файла, принимаемого в хранилище доказательств, в МБ</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="187"/>
        <source>the paper size of packets, letters and reports: A4 or Letter</source>
        <translation>формат бумаги для пакетов, писем и отчётов: A4 или Letter</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="194"/>
        <source>the prefix of the running number on every packet page</source>
        <translation>префикс сквозного номера на каждой странице пакета</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="201"/>
        <source>whether photos sent to the other side keep the date they were taken (keep or remove); their location and camera are always removed</source>
        <translation>сохранять ли на фото, отправляемых другой стороне, дату съёмки (keep — сохранять, remove — удалять); геоданные и сведения о камере удаляются всегда</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="212"/>
        <source>the business&apos;s legal name, as claimant and letter sender</source>
        <translation>юридическое название организации — как заявителя и отправителя писем</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="219"/>
        <source>the business&apos;s postal address (use \n between lines)</source>
        <translation>почтовый адрес организации (строки разделяйте символами \n)</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="226"/>
        <source>who signs letters, with an e-mail or phone</source>
        <translation>кто подписывает письма, с адресом электронной почты или телефоном</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="234"/>
        <source>days before such a deadline that a reminder comes up, such as 7,3,1,0 (0: on the day)</source>
        <translation>за сколько дней до такого срока появляется напоминание, например 7,3,1,0 (0 — в сам день срока)</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="249"/>
        <source>unknown setting {0!r}; known: {1}</source>
        <translation>неизвестный параметр {0!r}; известные: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="258"/>
        <location filename="../../desk/settings.py" line="270"/>
        <source>{0} must be a whole number, got {1!r}</source>
        <translation>{0}: нужно целое число, указано {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/settings.py" line="259"/>
        <source>{0} must be text, got {1!r}</source>
        <translation>{0}: нужен текст, указано {1!r}</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="35"/>
        <source>Unicode</source>
        <translation>Юникод</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="37"/>
        <source>Chinese</source>
        <translation>Китайская упрощённая</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="38"/>
        <source>Traditional Chinese</source>
        <translation>Китайская традиционная</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="39"/>
        <source>Japanese</source>
        <translation>Японская</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="39"/>
        <source>Korean</source>
        <translation>Корейская</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="40"/>
        <source>Thai</source>
        <translation>Тайская</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="40"/>
        <source>Central European</source>
        <translation>Центральноевропейская</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="40"/>
        <source>Cyrillic</source>
        <translation>Кириллица</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="41"/>
        <source>Western European</source>
        <translation>Западноевропейская</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="41"/>
        <source>Greek</source>
        <translation>Греческая</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="41"/>
        <source>Turkish</source>
        <translation>Турецкая</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="42"/>
        <source>Hebrew</source>
        <translation>Иврит</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="42"/>
        <source>Arabic</source>
        <translation>Арабская</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="42"/>
        <source>Baltic</source>
        <translation>Балтийская</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="43"/>
        <source>Vietnamese</source>
        <translation>Вьетнамская</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="123"/>
        <source>unknown encoding &quot;{0}&quot;; Desk reads UTF-8, UTF-16, GB18030, Windows-1251, Windows-1252 or any other encoding by its usual name</source>
        <translation>неизвестная кодировка «{0}»; Desk читает UTF-8, UTF-16, GB18030, Windows-1251, Windows-1252 и любую другую кодировку по её обычному названию</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="154"/>
        <source>not {0} text (byte {1} at offset {2})</source>
        <translation>текст не в кодировке {0} (байт {1} по смещению {2})</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="156"/>
        <source>Read as {0}, as chosen.</source>
        <translation>Прочитано как {0}, как выбрано.</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="186"/>
        <source>reads as {0} (every other byte is zero) up to byte {1}, where it breaks off (the file may be cut short)</source>
        <translation>читается как {0} (каждый второй байт нулевой) до байта {1}, где текст обрывается (возможно, файл обрезан)</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="195"/>
        <source>Read as {0}: the file has only ASCII characters, which read alike in every encoding.</source>
        <translation>Прочитано как {0}: в файле только символы ASCII, которые одинаково читаются в любой кодировке.</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="197"/>
        <source>Read as {0}: the file is valid UTF-8.</source>
        <translation>Прочитано как {0}: файл в корректной кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="210"/>
        <source>not UTF-8 (byte {0} at offset {1}), nor {2} or {3} text</source>
        <translation>не UTF-8 (байт {0} по смещению {1}) и не текст в кодировке {2} или {3}</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="228"/>
        <source>Read as {0}: every other byte of its Latin text is zero.</source>
        <translation>Прочитано как {0}: в латинском тексте файла каждый второй байт нулевой.</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="273"/>
        <source>starts with a {0} mark but is not {0} at byte {1}</source>
        <translation>начинается с метки {0}, но начиная с байта {1} не является текстом {0}</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="275"/>
        <source>Read as {0}: the file starts with the {1} mark (BOM).</source>
        <translation>Прочитано как {0}: файл начинается с метки {1} (BOM).</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="305"/>
        <source>Read as {0}, the encoding that reads the file best, but some of its text looks wrong in every encoding Desk knows. Check the preview and change the encoding if needed.</source>
        <translation>Прочитано как {0} — в этой кодировке файл читается лучше всего, но часть текста выглядит неправильно в любой кодировке, известной Desk. Проверьте предварительный просмотр и при необходимости смените кодировку.</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="314"/>
        <source>Read as {0}, the usual one on this computer: the file reads about as well as {1}. Change it if the text looks wrong.</source>
        <translation>Прочитано как {0} — обычная кодировка на этом компьютере: файл читается примерно так же хорошо, как в кодировке {1}. Если текст выглядит неправильно, смените её.</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="318"/>
        <source>Read as {0}: the file reads about as well as {1}. Change it if the text looks wrong.</source>
        <translation>Прочитано как {0}: файл читается примерно так же хорошо, как в кодировке {1}. Если текст выглядит неправильно, смените её.</translation>
    </message>
    <message>
        <location filename="../../desk/text_encodings.py" line="321"/>
        <source>Read as {0}: the file is not UTF-8, and its words read best in this encoding.</source>
        <translation>Прочитано как {0}: файл не в UTF-8, а слова в нём лучше всего читаются в этой кодировке.</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="50"/>
        <source>larger than the limit of {0} (setting evidence_max_mb)</source>
        <translation>больше предельного размера {0} (параметр evidence_max_mb)</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="52"/>
        <source>{0} is {1}: nothing of it was added</source>
        <translation>{0}: {1}; файл не добавлен</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="52"/>
        <location filename="../../desk/vault.py" line="63"/>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="62"/>
        <source>Desk cannot store {0} in the evidence folder {1}: {2}</source>
        <translation>Desk не может сохранить {0} в папке доказательств {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="97"/>
        <source>the disk is full: free some space and try again</source>
        <translation>диск заполнен: освободите место и повторите попытку</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="98"/>
        <source>the folder is read-only, or Desk is not allowed to write there</source>
        <translation>папка доступна только для чтения, или у Desk нет прав на запись в неё</translation>
    </message>
    <message>
        <location filename="../../desk/vault.py" line="105"/>
        <source>the disk cannot hold a file this large (FAT32 disks hold at most 4 GB a file)</source>
        <translation>диск не может хранить такой большой файл (на дисках FAT32 размер файла не более 4 ГБ)</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="41"/>
        <source>evidence {0} {1!r} ({2}): {3}</source>
        <translation>доказательство {0} {1!r} ({2}): {3}</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="71"/>
        <source>the check was cancelled; nothing was changed</source>
        <translation>проверка отменена; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="136"/>
        <source>the record of the audit log&apos;s end beside the database could not be used: {0}</source>
        <translation>не удалось использовать запись о конце журнала изменений, хранящуюся рядом с базой данных: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="143"/>
        <source>no record of the audit log&apos;s end was kept outside the database yet (a data folder from an earlier Desk, or the record was removed)</source>
        <translation>запись о конце журнала изменений пока не хранилась вне базы данных (папка данных из более ранней версии Desk, или запись была удалена)</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="146"/>
        <source>{0}; it is kept from now on, from entry {1}</source>
        <translation>{0}; отныне она ведётся, начиная с записи {1}</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="152"/>
        <source>{0} (the backup {1} holds it)</source>
        <translation>{0} (по данным резервной копии {1})</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="159"/>
        <source>the audit log is empty, but entry {0} was recorded on {1}: all of them are missing</source>
        <translation>журнал изменений пуст, хотя запись {0} была зафиксирована {1}: все записи отсутствуют</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="162"/>
        <source>the audit log is empty, but entry {0} was recorded on {1}: it is missing</source>
        <translation>журнал изменений пуст, хотя запись {0} была зафиксирована {1}: она отсутствует</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="167"/>
        <source>the audit log ends at entry {0}, but entry {1} was recorded on {2}: {3} entries are missing</source>
        <translation>журнал изменений заканчивается записью {0}, хотя запись {1} была зафиксирована {2}: не хватает записей: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="172"/>
        <source>the audit log ends at entry {0}, but entry {1} was recorded on {2}: 1 entry is missing</source>
        <translation>журнал изменений заканчивается записью {0}, хотя запись {1} была зафиксирована {2}: не хватает 1 записи</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="177"/>
        <source>entry {0} is not the one recorded on {1}: the audit log was rewritten up to it</source>
        <translation>запись {0} — не та, что была зафиксирована {1}: журнал изменений переписан вплоть до неё</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="207"/>
        <source>missing from the vault (expected at {0})</source>
        <translation>отсутствует в хранилище (ожидаемое расположение: {0})</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="212"/>
        <source>altered: the vault file has {0} bytes, the record says {1}</source>
        <translation>изменено: размер файла в хранилище — {0} байт, а по записи — {1}</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="217"/>
        <source>altered: its bytes now hash to {0}, not {1}</source>
        <translation>изменено: хеш содержимого теперь {0}, а не {1}</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="226"/>
        <source>evidence {0} is linked to order {1}, which does not exist</source>
        <translation>доказательство {0} связано с заказом {1}, которого не существует</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="227"/>
        <source>evidence {0} is linked to dispute {1}, which does not exist</source>
        <translation>доказательство {0} связано со спором {1}, которого не существует</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="228"/>
        <source>evidence {0} is linked to refund {1}, which does not exist</source>
        <translation>доказательство {0} связано с возвратом {1}, которого не существует</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="232"/>
        <source>evidence {0} is linked to checklist item {1}, which does not exist</source>
        <translation>доказательство {0} связано с пунктом перечня документов {1}, которого не существует</translation>
    </message>
    <message>
        <location filename="../../desk/verify.py" line="247"/>
        <source>evidence {0} came with e-mail {1}, which does not exist</source>
        <translation>доказательство {0} пришло вместе с электронным письмом {1}, которого не существует</translation>
    </message>
    <message>
        <location filename="../../desk/viewer_copies.py" line="78"/>
        <source>{0} is not your own folder: Desk will not put copies of evidence there; remove it</source>
        <translation>{0} — не ваша собственная папка: Desk не будет помещать туда копии доказательств; удалите её</translation>
    </message>
    <message>
        <location filename="../../desk/workspace.py" line="66"/>
        <source>{0} is a file, not a data folder</source>
        <translation>{0} — это файл, а не папка данных</translation>
    </message>
    <message>
        <location filename="../../desk/workspace.py" line="131"/>
        <source>the data folder {0} has been closed</source>
        <translation>папка данных {0} закрыта</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="34"/>
        <source>Accounts</source>
        <translation>Счета у агентов</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="36"/>
        <source>Provider</source>
        <translation>Агент</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="37"/>
        <source>Member</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="39"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="41"/>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="42"/>
        <source>Last activity</source>
        <translation>Последняя операция</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="61"/>
        <source>Ledger</source>
        <translation>Журнал операций</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="63"/>
        <location filename="../../desk/lists/accounts.py" line="96"/>
        <location filename="../../desk/lists/disputes.py" line="109"/>
        <location filename="../../desk/lists/records.py" line="88"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="64"/>
        <location filename="../../desk/lists/accounts.py" line="98"/>
        <source>Entry</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="65"/>
        <location filename="../../desk/lists/accounts.py" line="99"/>
        <location filename="../../desk/lists/disputes.py" line="111"/>
        <location filename="../../desk/lists/orders.py" line="161"/>
        <location filename="../../desk/lists/orders.py" line="194"/>
        <location filename="../../desk/lists/orders.py" line="236"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="66"/>
        <source>Channel</source>
        <translation>Способ перевода</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="67"/>
        <location filename="../../desk/overview/names.py" line="68"/>
        <source>Withdrawal</source>
        <translation>Вывод средств</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="68"/>
        <location filename="../../desk/lists/disputes.py" line="66"/>
        <location filename="../../desk/lists/evidence.py" line="111"/>
        <location filename="../../desk/lists/refunds.py" line="54"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="69"/>
        <location filename="../../desk/lists/accounts.py" line="100"/>
        <location filename="../../desk/lists/deposits.py" line="78"/>
        <location filename="../../desk/lists/disputes.py" line="112"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="94"/>
        <source>Account entries</source>
        <translation>Записи по счетам у агентов</translation>
    </message>
    <message>
        <location filename="../../desk/lists/accounts.py" line="97"/>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="26"/>
        <source>Dispute possible from {0}</source>
        <translation>Спор возможен с {0}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="27"/>
        <source>Protection ends {0}</source>
        <translation>Защита заканчивается {0}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="28"/>
        <source>Seller&apos;s answer by {0}</source>
        <translation>Ответ продавца до {0}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="29"/>
        <source>Escalate by {0}</source>
        <translation>Передать площадке до {0}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="30"/>
        <source>Refund by {0}</source>
        <translation>Возврат до {0}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="31"/>
        <source>Withdrawal due {0}</source>
        <translation>Вывод средств до {0}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="32"/>
        <source>Decision due {0}</source>
        <translation>Решение до {0}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="52"/>
        <source>Overdue: {0}</source>
        <translation>Просрочено: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="56"/>
        <source>due soon</source>
        <translation>скоро срок</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="56"/>
        <source>coming</source>
        <translation>предстоит</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="58"/>
        <source>{0} by {1} ({2})
{3}: {4}
Rule: {5}</source>
        <translation>{0}: {1} ({2})
{3}: {4}
Правило: {5}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deadlines.py" line="77"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="34"/>
        <source>Deposits</source>
        <translation>Депозиты</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="36"/>
        <location filename="../../desk/lists/deposits.py" line="118"/>
        <location filename="../../desk/lists/disputes.py" line="65"/>
        <location filename="../../desk/lists/records.py" line="162"/>
        <location filename="../../desk/lists/refunds.py" line="53"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="39"/>
        <source>Deposit</source>
        <translation>Депозит</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="40"/>
        <location filename="../../desk/lists/disputes.py" line="51"/>
        <location filename="../../desk/lists/disputes.py" line="70"/>
        <location filename="../../desk/lists/refunds.py" line="155"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="42"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="43"/>
        <source>Last submitted</source>
        <translation>Последняя подача</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="44"/>
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="74"/>
        <source>Prerequisites</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="76"/>
        <source>Prerequisite</source>
        <translation>Условие</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="77"/>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="96"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="98"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="99"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="100"/>
        <location filename="../../desk/lists/evidence.py" line="73"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="116"/>
        <source>Submissions</source>
        <translation>Подачи заявки</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="119"/>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="120"/>
        <location filename="../../desk/lists/disputes.py" line="77"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="121"/>
        <source>Decided</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../desk/lists/deposits.py" line="122"/>
        <location filename="../../desk/lists/disputes.py" line="75"/>
        <location filename="../../desk/operations/disputes.py" line="164"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="53"/>
        <location filename="../../desk/lists/disputes.py" line="74"/>
        <location filename="../../desk/lists/records.py" line="59"/>
        <source>Opened</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="54"/>
        <source>Open only</source>
        <translation>Только открытые</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="55"/>
        <location filename="../../desk/lists/orders.py" line="91"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="60"/>
        <source>Disputes</source>
        <translation>Споры</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="72"/>
        <source>Claimed</source>
        <translation>Сумма претензии</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="73"/>
        <source>Won</source>
        <translation>Получено по решению</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="76"/>
        <location filename="../../desk/operations/disputes.py" line="166"/>
        <source>Wanted</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="107"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desk/lists/disputes.py" line="110"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="53"/>
        <source>dispute {0} · {1}</source>
        <translation>спор {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="67"/>
        <location filename="../../desk/lists/evidence.py" line="75"/>
        <location filename="../../desk/lists/orders.py" line="234"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="68"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="76"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="77"/>
        <source>Shows</source>
        <translation>Что показывает</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="78"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="79"/>
        <source>Bytes</source>
        <translation>Байт</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="80"/>
        <source>Captured</source>
        <translation>Зафиксировано</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="81"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="82"/>
        <source>By</source>
        <translation>Кем добавлено</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="83"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="84"/>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="109"/>
        <source>Supports</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="112"/>
        <location filename="../../desk/lists/orders.py" line="162"/>
        <location filename="../../desk/lists/refunds.py" line="56"/>
        <source>Dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="113"/>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="114"/>
        <source>Deposit document</source>
        <translation>Документ по депозиту</translation>
    </message>
    <message>
        <location filename="../../desk/lists/evidence.py" line="115"/>
        <source>Exhibit</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location filename="../../desk/lists/listing.py" line="243"/>
        <source>Voided too</source>
        <translation>Включая аннулированные</translation>
    </message>
    <message>
        <location filename="../../desk/lists/listing.py" line="422"/>
        <location filename="../../desk/overview/audit_words.py" line="176"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desk/lists/listing.py" line="422"/>
        <location filename="../../desk/overview/audit_words.py" line="176"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="82"/>
        <location filename="../../desk/lists/orders.py" line="105"/>
        <source>Placed</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="85"/>
        <source>Has open dispute</source>
        <translation>Есть открытый спор</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="99"/>
        <location filename="../../desk/lists/records.py" line="42"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="102"/>
        <source>Order no.</source>
        <translation>№ заказа</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="108"/>
        <location filename="../../desk/lists/orders.py" line="154"/>
        <location filename="../../desk/operations/orders.py" line="116"/>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="109"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="110"/>
        <location filename="../../desk/lists/orders.py" line="195"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="149"/>
        <source>Disputed (dispute {0}, {1})</source>
        <translation>Оспаривается (спор {0}, {1})</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="159"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="193"/>
        <location filename="../../desk/lists/refunds.py" line="151"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="196"/>
        <location filename="../../desk/lists/refunds.py" line="158"/>
        <source>Reference</source>
        <translation>Номер операции</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="213"/>
        <source>Tracking</source>
        <translation>Трек-номера</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="215"/>
        <source>Tracking no.</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="216"/>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="217"/>
        <source>Shipped</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="232"/>
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <location filename="../../desk/lists/orders.py" line="235"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="36"/>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="39"/>
        <location filename="../../desk/lists/records.py" line="56"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="40"/>
        <location filename="../../desk/operations/parties.py" line="129"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="41"/>
        <location filename="../../desk/operations/parties.py" line="129"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="53"/>
        <source>Stores</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="57"/>
        <location filename="../../desk/operations/parties.py" line="138"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="60"/>
        <source>Closed</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="86"/>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="89"/>
        <source>From</source>
        <translation>Из валюты</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="90"/>
        <source>To</source>
        <translation>В валюту</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="91"/>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="92"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="160"/>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="163"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="164"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desk/lists/records.py" line="165"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="51"/>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="57"/>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="58"/>
        <source>Approved</source>
        <translation>Дата одобрения</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="60"/>
        <location filename="../../desk/lists/refunds.py" line="152"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="61"/>
        <location filename="../../desk/lists/refunds.py" line="157"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="62"/>
        <source>Outstanding</source>
        <translation>Не получено</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="92"/>
        <source>Expected between {0}. Rule: {1}</source>
        <translation>Ожидается в период {0}. Правило: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="114"/>
        <source>Nothing has arrived yet; expected by {0}</source>
        <translation>Ещё ничего не поступило; ожидается до {0}</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="149"/>
        <source>Parts</source>
        <translation>Части</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="153"/>
        <source>Sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="154"/>
        <source>Expected between</source>
        <translation>Ожидается в период</translation>
    </message>
    <message>
        <location filename="../../desk/lists/refunds.py" line="156"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="41"/>
        <source>Everyone (may be sent out)</source>
        <translation>Все (можно отправлять другой стороне)</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="42"/>
        <source>Our staff and our lawyer</source>
        <translation>Наши сотрудники и наш юрист</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="43"/>
        <source>Our staff only</source>
        <translation>Только наши сотрудники</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="46"/>
        <source>for everyone: it may go into what is sent out</source>
        <translation>для всех: может попасть в материалы, отправляемые другой стороне</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="47"/>
        <source>for our staff and our lawyer: kept out of what is sent out</source>
        <translation>для наших сотрудников и нашего юриста: не попадает в материалы, отправляемые другой стороне</translation>
    </message>
    <message>
        <location filename="../../desk/models/audience.py" line="48"/>
        <source>for our staff only: kept out of every document Desk makes for anybody else</source>
        <translation>только для наших сотрудников: не попадает ни в один документ, который Desk готовит для других</translation>
    </message>
    <message>
        <location filename="../../desk/models/audit.py" line="173"/>
        <source>an entry of the change history</source>
        <translation>запись журнала изменений</translation>
    </message>
    <message>
        <location filename="../../desk/models/audit.py" line="177"/>
        <source>{0} was {1}</source>
        <translation>{0}: было {1}, теперь пусто</translation>
    </message>
    <message>
        <location filename="../../desk/models/audit.py" line="199"/>
        <source>does not follow the entry before it (an entry was removed or reordered)</source>
        <translation>не следует за предыдущей записью (запись удалена или порядок изменён)</translation>
    </message>
    <message>
        <location filename="../../desk/models/audit.py" line="202"/>
        <source>its content does not match its hash (the entry was altered)</source>
        <translation>содержимое не совпадает с хешем (запись изменена)</translation>
    </message>
    <message>
        <location filename="../../desk/models/fx.py" line="71"/>
        <source>no exchange rate {0}→{1} on or before {2}</source>
        <translation>нет курса валюты {0}→{1} на {2} или ранее</translation>
    </message>
    <message>
        <location filename="../../desk/models/fx.py" line="81"/>
        <source>a rate needs two currencies, got {0} twice</source>
        <translation>для курса нужны две разные валюты, а {0} указана дважды</translation>
    </message>
    <message>
        <location filename="../../desk/models/fx.py" line="83"/>
        <source>the rate must be more than zero, got {0}</source>
        <translation>курс должен быть больше нуля, указано {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="31"/>
        <location filename="../../desk/overview/audit_words.py" line="68"/>
        <source>order line</source>
        <translation>позиция заказа</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="33"/>
        <source>coupon</source>
        <translation>купон</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="38"/>
        <source>dispute event</source>
        <translation>событие спора</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="41"/>
        <source>refund part</source>
        <translation>часть возврата</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="43"/>
        <source>evidence link</source>
        <translation>связь доказательства с делом</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="50"/>
        <source>deposit submission</source>
        <translation>подача заявки на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="51"/>
        <source>deposit prerequisite</source>
        <translation>условие заявки на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="52"/>
        <source>deposit document</source>
        <translation>документ заявки на возврат депозита</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="55"/>
        <source>rule override</source>
        <translation>переопределение правила</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="56"/>
        <source>deadline override</source>
        <translation>переопределение срока</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="57"/>
        <source>import mapping</source>
        <translation>сопоставление столбцов импорта</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="62"/>
        <source>amount claimed</source>
        <translation>сумма претензии</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="63"/>
        <source>amount won</source>
        <translation>получено по решению</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="64"/>
        <source>expected amount</source>
        <translation>ожидаемая сумма</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="65"/>
        <source>amount received</source>
        <translation>полученная сумма</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="66"/>
        <source>amount arrived</source>
        <translation>поступившая сумма</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="67"/>
        <source>unit price</source>
        <translation>цена за единицу</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="69"/>
        <source>protection end you entered</source>
        <translation>окончание защиты, указанное вручную</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="70"/>
        <source>withdrawal account</source>
        <translation>счёт для вывода средств</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="71"/>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="72"/>
        <source>file type</source>
        <translation>тип файла</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="73"/>
        <source>content hash</source>
        <translation>хеш содержимого</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="74"/>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="75"/>
        <source>platform&apos;s case number</source>
        <translation>номер дела на площадке</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="76"/>
        <source>order number</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="93"/>
        <source>date {0}</source>
        <translation>дата «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="117"/>
        <source>exchange rate {0} of {1}</source>
        <translation>курс валюты {0} на {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="162"/>
        <source>(sealed)</source>
        <translation>(зашифровано)</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="224"/>
        <source>entry {0} of the change history</source>
        <translation>запись {0} журнала изменений</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="228"/>
        <source>{0} by {1} on {2}</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="234"/>
        <source>{0} deleted</source>
        <translation>Удалено: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="239"/>
        <source>Event &apos;{0}&apos; recorded on {1}</source>
        <translation>{1}: записано событие «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="241"/>
        <source>{0} opened</source>
        <translation>Открыт {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="241"/>
        <source>{0} added</source>
        <translation>Добавлено: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="252"/>
        <source>{0} confirmed to show {1}</source>
        <translation>{0}: подтверждено соответствие пункту «{1}»</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="254"/>
        <source>{0} no longer confirmed to show {1}</source>
        <translation>{0}: подтверждение соответствия пункту «{1}» снято</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="256"/>
        <source>{0} of {1} set to {2}</source>
        <translation>{1}: в поле «{0}» указано {2}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="258"/>
        <source>{0} of {1} cleared (was {2})</source>
        <translation>{1}: поле «{0}» очищено (было {2})</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="260"/>
        <source>{0} of {1} changed from {2} to {3}</source>
        <translation>{1}: поле «{0}» изменено с {2} на {3}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="261"/>
        <source>{0} saved unchanged</source>
        <translation>{0}: сохранено без изменений</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="267"/>
        <source>a case</source>
        <translation>дело</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="278"/>
        <source>{0} linked to {1}</source>
        <translation>{0}: добавлена связь — {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/audit_words.py" line="278"/>
        <source>{0} unlinked from {1}</source>
        <translation>{0}: удалена связь — {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="56"/>
        <source>upcoming</source>
        <translation>предстоит</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="57"/>
        <source>due</source>
        <translation>скоро срок</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="62"/>
        <source>Dispute can be opened</source>
        <translation>Можно открыть спор</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="63"/>
        <source>Buyer protection ends</source>
        <translation>Окончание защиты покупателя</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="64"/>
        <source>Seller&apos;s answer due</source>
        <translation>Срок ответа продавца</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="65"/>
        <source>Escalate to the platform</source>
        <translation>Передать спор площадке</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="66"/>
        <source>Refund should have arrived</source>
        <translation>Срок поступления возврата</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="67"/>
        <source>Withdrawal due</source>
        <translation>Срок вывода средств</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="68"/>
        <source>Deposit review due</source>
        <translation>Срок рассмотрения депозита</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="143"/>
        <source>your deadline override: {0} (derived {1} from {2})</source>
        <translation>ваше переопределение срока: {0} (расчётный срок — {1}, по правилу: {2})</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="146"/>
        <source>your deadline override (derived {0} from {1})</source>
        <translation>ваше переопределение срока (расчётный срок — {0}, по правилу: {1})</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="156"/>
        <source>{0} (no deadline for {1})</source>
        <translation>{0} (нет срока для: {1})</translation>
    </message>
    <message>
        <location filename="../../desk/operations/orders.py" line="89"/>
        <location filename="../../desk/overview/deadlines.py" line="171"/>
        <source>Order {0}</source>
        <translation>Заказ {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="179"/>
        <source>the protection end entered for the order</source>
        <translation>окончание защиты, указанное для заказа</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="201"/>
        <source>lines {0} without a dispute</source>
        <translation>позиции {0} без спора</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="203"/>
        <source>line {0} without a dispute</source>
        <translation>позиция {0} без спора</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="207"/>
        <source>shipped {0}; a dispute can be opened from this day</source>
        <translation>отправлен {0}; спор можно открыть с этого дня</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="214"/>
        <source>{0}; delivered {1}; open a dispute before this day ends</source>
        <translation>{0}; доставлен {1}; откройте спор до конца этого дня</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="217"/>
        <source>{0}; not delivered yet; open a dispute before this day ends</source>
        <translation>{0}; ещё не доставлен; откройте спор до конца этого дня</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="240"/>
        <source>we refused the seller&apos;s offer on {0}; escalate</source>
        <translation>мы отклонили предложение продавца {0}; передайте спор площадке</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="253"/>
        <source>opened {0}; the seller has not answered</source>
        <translation>открыт {0}; продавец не ответил</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="261"/>
        <source>escalate to the platform if the seller has not answered by {0}</source>
        <translation>если продавец не ответит к {0}, передайте спор площадке</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="303"/>
        <source>{0}; then {1}</source>
        <translation>{0}; затем {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="304"/>
        <source>sent {0}; expected {1} to {2}</source>
        <translation>отправлен {0}; ожидается с {1} по {2}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="304"/>
        <source>approved {0}; expected {1} to {2}</source>
        <translation>одобрен {0}; ожидается с {1} по {2}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="317"/>
        <source>requested {0} by {1}</source>
        <translation>запрошен {0}, способ: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="319"/>
        <source>requested {0}</source>
        <translation>запрошен {0}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/deadlines.py" line="331"/>
        <source>submission {0} of {1}: a decision is expected {2} to {3}</source>
        <translation>подача {0} от {1}: решение ожидается с {2} по {3}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="39"/>
        <source>line {0} ({1}) of {2}</source>
        <translation>позиция {0} ({1}), {2}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="44"/>
        <source>Dispute {0} ({1}, {2})</source>
        <translation>Спор {0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="50"/>
        <source>Refund of {0}, {1}</source>
        <translation>Возврат {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="56"/>
        <source>Refund of {0} to {1}, {2}</source>
        <translation>Возврат {0} ({1}), {2}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="60"/>
        <source>the account &apos;{0}&apos; at {1}</source>
        <translation>счёт «{0}» у агента {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="65"/>
        <source>Top-up</source>
        <translation>Пополнение</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="66"/>
        <source>Order payment</source>
        <translation>Оплата заказа</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="67"/>
        <source>Cost return</source>
        <translation>Возврат переплаты</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="69"/>
        <source>Withdrawal fee</source>
        <translation>Комиссия за вывод средств</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="70"/>
        <location filename="../../desk/overview/names.py" line="71"/>
        <source>Correction</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="81"/>
        <source>{0} of {1} to {2}</source>
        <translation>{0}: {1} на {2}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="82"/>
        <source>{0} of {1} from {2}</source>
        <translation>{0}: {1} (источник: {2})</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="86"/>
        <source>Deposit application {0} (store {1})</source>
        <translation>Заявка на возврат депозита {0} (магазин {1})</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="91"/>
        <source>the document &apos;{0}&apos; of {1}</source>
        <translation>документ «{0}» — {1}</translation>
    </message>
    <message>
        <location filename="../../desk/overview/names.py" line="132"/>
        <source>{0} {1} (since deleted)</source>
        <translation>{0} {1} (удалено)</translation>
    </message>
    <message>
        <location filename="../../desk/overview/reminders.py" line="86"/>
        <source>{0!r} does not name a reminder; `desk due --reminders` lists them, each as case/kind/date/step</source>
        <translation>{0!r} не обозначает напоминание; `desk due --reminders` выводит их список, каждое в виде case/kind/date/step</translation>
    </message>
    <message>
        <location filename="../../desk/overview/summary.py" line="76"/>
        <source>{0}, its own currency only ({1})</source>
        <translation>{0}, только в собственной валюте ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle.py" line="204"/>
        <source>evidence {0} ({1})</source>
        <translation>доказательство {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle.py" line="208"/>
        <source>the vault has lost the file of {0}: run `desk verify`; nothing was written</source>
        <translation>в хранилище потерян файл {0}: выполните `desk verify`; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle.py" line="258"/>
        <source>evidence {0} ({1}): its vault file cannot be read ({2}): run `desk verify`; nothing was written</source>
        <translation>доказательство {0} ({1}): не удаётся прочитать его файл в хранилище ({2}): выполните `desk verify`; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle.py" line="270"/>
        <source>evidence {0} ({1}): its vault file no longer matches its sha256 — run `desk verify`; nothing was written</source>
        <translation>доказательство {0} ({1}): его файл в хранилище больше не соответствует своему sha256 — выполните `desk verify`; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle.py" line="380"/>
        <source>{0}: not a zip file</source>
        <translation>{0}: не ZIP-файл</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="57"/>
        <source>the zip holds files whose names lead outside the folder it is unpacked into ({0}); a bundle made by Desk has none</source>
        <translation>в ZIP-архиве есть файлы, имена которых ведут за пределы папки, в которую он распаковывается ({0}); в архиве, созданном Desk, таких нет</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="64"/>
        <source>the zip holds more than one file named {0}; a bundle made by Desk has none</source>
        <translation>в ZIP-архиве несколько файлов с именем {0}; в архиве, созданном Desk, такого не бывает</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="82"/>
        <location filename="../../desk/reports/bundle_manifest.py" line="101"/>
        <source>{0}: missing, or not a manifest of a Desk bundle</source>
        <translation>{0}: отсутствует или не является манифестом архива Desk</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="84"/>
        <location filename="../../desk/reports/bundle_manifest.py" line="94"/>
        <location filename="../../desk/reports/bundle_manifest.py" line="98"/>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: не удаётся прочитать ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="87"/>
        <source>{0}: larger than the {1} bytes of the largest manifest Desk reads</source>
        <translation>{0}: больше {1} байт — предельного размера манифеста, который читает Desk</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="109"/>
        <source>{0}: its file number {1} has no path, sha256 and size</source>
        <translation>{0}: у файла номер {1} нет пути, sha256 и размера</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="115"/>
        <source>{0}: lists files whose names lead outside the folder the bundle is unpacked into ({1}); a bundle made by Desk lists none</source>
        <translation>{0}: перечисляет файлы, имена которых ведут за пределы папки, в которую распаковывается архив ({1}); в архиве, созданном Desk, таких нет</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_manifest.py" line="122"/>
        <source>{0}: lists {1} more than once; a bundle made by Desk lists each file once</source>
        <translation>{0}: {1} указан более одного раза; в архиве, созданном Desk, каждый файл указан один раз</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_scope.py" line="64"/>
        <source>the dates are the wrong way round: {0} is after {1}</source>
        <translation>даты перепутаны местами: {0} позже {1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_scope.py" line="82"/>
        <source>no case named</source>
        <translation>дела не указаны</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_scope.py" line="84"/>
        <source>nothing to export: no order placed in the range ({0}); nothing was written</source>
        <translation>экспортировать нечего: в указанном периоде нет заказов ({0}); ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_scope.py" line="107"/>
        <source>{0}: a bundle is made of orders, disputes and refunds, not deposit checklist items</source>
        <translation>{0}: архив для юриста составляется из заказов, споров и возвратов, а не из пунктов перечня документов по депозиту</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_signature.py" line="81"/>
        <source>{0} cannot be read</source>
        <translation>{0}: не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../../desk/reports/bundle_signature.py" line="83"/>
        <source>{0} is not an Ed25519 {1} in signify&apos;s format</source>
        <translation>{0} — не {1} Ed25519 в формате signify</translation>
    </message>
    <message>
        <location filename="../../desk/reports/claim_packet.py" line="62"/>
        <source>the packet for {0} was cancelled; no file was written</source>
        <translation>формирование пакета для {0} отменено; файл не записан</translation>
    </message>
    <message>
        <location filename="../../desk/reports/claim_packet.py" line="213"/>
        <source>the packet could not be split into parts under {0} after {1} tries: its front pages and fonts alone may need more than a part holds; nothing was written</source>
        <translation>не удалось разделить пакет на части в пределах {0} за {1} попыток: возможно, одни только его начальные страницы и шрифты занимают больше, чем вмещает часть; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk/reports/claim_packet.py" line="277"/>
        <source>{0} came out above {1}; nothing was kept</source>
        <translation>{0}: размер превысил ограничение ({1}); ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../../desk/reports/destinations.py" line="75"/>
        <source>{0} a file</source>
        <translation>{0} на файл</translation>
    </message>
    <message>
        <location filename="../../desk/reports/destinations.py" line="77"/>
        <source>{0} a case</source>
        <translation>{0} на дело</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/reports/destinations.py" line="79"/>
        <source>%n page(s) a file</source>
        <translation>
            <numerusform>%n страница на файл</numerusform>
            <numerusform>%n страницы на файл</numerusform>
            <numerusform>%n страниц на файл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/reports/destinations.py" line="81"/>
        <source>at most %n file(s)</source>
        <translation>
            <numerusform>не более %n файла</numerusform>
            <numerusform>не более %n файлов</numerusform>
            <numerusform>не более %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/reports/destinations.py" line="82"/>
        <source>no size limit</source>
        <translation>без ограничения размера</translation>
    </message>
    <message>
        <location filename="../../desk/reports/destinations.py" line="196"/>
        <source>unknown destination {0!r}; known: {1}</source>
        <translation>неизвестный получатель {0!r}; известные: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_lang.py" line="326"/>
        <source>unknown letter language {0!r}; known: {1}</source>
        <translation>неизвестный язык письма {0!r}; известные: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="55"/>
        <source>{0}, line {1}: unknown field ${2}; the fields are listed in FIELDS.md (`desk letter --templates` prints them)</source>
        <translation>{0}, строка {1}: неизвестное поле ${2}; поля перечислены в FIELDS.md (их выводит `desk letter --templates`)</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="63"/>
        <source>{0}, line {1}, column {2}: a &apos;$&apos; that starts no field; write $$ for a dollar sign and ${{name}} for a field followed by letters</source>
        <translation>{0}, строка {1}, столбец {2}: знак «$», с которого не начинается поле; для знака доллара пишите $$, а для поля, за которым сразу следуют буквы, — ${{name}}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="74"/>
        <source>{0}: not UTF-8 text; save the template as UTF-8</source>
        <translation>{0}: не текст UTF-8; сохраните шаблон в кодировке UTF-8</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="76"/>
        <source>{0}: cannot read the template: {1}</source>
        <translation>{0}: не удаётся прочитать шаблон: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="82"/>
        <source>{0}, line {1}: the first line must be &apos;Subject: …&apos;</source>
        <translation>{0}, строка {1}: первая строка должна иметь вид «Subject: …»</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="85"/>
        <source>{0}, line {1}: the subject is empty</source>
        <translation>{0}, строка {1}: тема пуста</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letter_templates.py" line="95"/>
        <source>{0}: the letter has a subject but no body</source>
        <translation>{0}: у письма есть тема, но нет текста</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letters.py" line="48"/>
        <source>the {0} is not offered for dispute {1} on {2}: {3}. Make it anyway with --force if you know better</source>
        <translation>письмо «{0}» не предлагается для спора {1} на {2}: {3}. Если вы уверены, составьте его всё равно с параметром --force</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letters.py" line="63"/>
        <source>the {0} for dispute {1} would demand nothing: of the {2} claimed, {3} has been received, so nothing is outstanding; nothing was recorded</source>
        <translation>письмо «{0}» по спору {1} ничего бы не требовало: из заявленных {2} уже получено {3}, поэтому неполученного не осталось; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk/reports/letters.py" line="75"/>
        <source>the sender&apos;s name is missing: set it with `desk setting business_name &quot;Your Company Ltd&quot;` (and business_address, business_contact) before making a letter; nothing was recorded</source>
        <translation>не указано имя отправителя: задайте его командой `desk setting business_name &quot;Your Company Ltd&quot;` (а также business_address, business_contact), прежде чем составлять письмо; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_fitting.py" line="99"/>
        <source>the photo &apos;{0}&apos; (Exhibit {1}) alone needs {2} on one page; the packet&apos;s own pages already fill a file ({3} takes {4}). Nothing was written: choose another destination</source>
        <translation>одна только фотография «{0}» (приложение {1}) занимает {2} на одной странице, а собственные страницы пакета уже заполняют файл («{3}» принимает {4}). Ничего не записано: выберите другого получателя</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_fitting.py" line="104"/>
        <source>the photo &apos;{0}&apos; (Exhibit {1}) alone needs {2} on one page; beside the packet&apos;s own pages a part has room for {5} ({3} takes {4}). Nothing was written: choose another destination</source>
        <translation>одна только фотография «{0}» (приложение {1}) занимает {2} на одной странице, а рядом с собственными страницами пакета в части есть место только для {5} («{3}» принимает {4}). Ничего не записано: выберите другого получателя</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_fitting.py" line="109"/>
        <source>page {6} of &apos;{0}&apos; (Exhibit {1}) alone needs {2}; the packet&apos;s own pages already fill a file ({3} takes {4}). Nothing was written: scan it again smaller or choose another destination</source>
        <translation>одна только страница {6} файла «{0}» (приложение {1}) занимает {2}, а собственные страницы пакета уже заполняют файл («{3}» принимает {4}). Ничего не записано: отсканируйте её заново с меньшим размером или выберите другого получателя</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_fitting.py" line="114"/>
        <source>page {6} of &apos;{0}&apos; (Exhibit {1}) alone needs {2}; beside the packet&apos;s own pages a part has room for {5} ({3} takes {4}). Nothing was written: scan it again smaller or choose another destination</source>
        <translation>одна только страница {6} файла «{0}» (приложение {1}) занимает {2}, а рядом с собственными страницами пакета в части есть место только для {5} («{3}» принимает {4}). Ничего не записано: отсканируйте её заново с меньшим размером или выберите другого получателя</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="37"/>
        <source>page {0} of exhibit {1} needs {2}; a part has room for {3}</source>
        <translation>страница {0} приложения {1} занимает {2}; в части есть место для {3}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="69"/>
        <source>a part&apos;s own cover and index take every page a file may have</source>
        <translation>собственная обложка и оглавление части занимают все страницы, допустимые для файла</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="113"/>
        <source>the packet needs {0}, {1} more than {2} takes for a case ({3}); the largest exhibits: {4}. Leave some evidence out of this dispute (or mark it internal) or choose another destination; nothing was written</source>
        <translation>пакету нужно {0} — на {1} больше, чем «{2}» принимает по одному делу ({3}); самые большие приложения: {4}. Исключите часть доказательств из этого спора (или пометьте их как внутренние) либо выберите другого получателя; ничего не записано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/reports/packet_split.py" line="127"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="130"/>
        <source>{0} of at most {1} each</source>
        <translation>{0}, каждый не более {1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="130"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="131"/>
        <source>1 file</source>
        <translation>1 файл</translation>
    </message>
    <message>
        <location filename="../../desk/reports/packet_split.py" line="134"/>
        <source>the packet needs {0}, but {1} takes at most {2}; it holds {3} in all; the largest exhibits: {4}. Leave some evidence out of this dispute (or mark it internal) or choose another destination; nothing was written</source>
        <translation>пакету нужно {0}, а «{1}» принимает не более {2}; общий объём — {3}; самые большие приложения: {4}. Исключите часть доказательств из этого спора (или пометьте их как внутренние) либо выберите другого получателя; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk/reports/target.py" line="23"/>
        <source>{0} is a folder: give the name of the file to write (ending in {1})</source>
        <translation>{0} — папка: укажите имя файла для записи (с расширением {1})</translation>
    </message>
    <message>
        <location filename="../../desk/reports/target.py" line="25"/>
        <source>{0} is a folder: give the name of the file to write</source>
        <translation>{0} — папка: укажите имя файла для записи</translation>
    </message>
    <message>
        <location filename="../../desk/reports/target.py" line="27"/>
        <source>{0}: give a file name ending in {1}</source>
        <translation>{0}: укажите имя файла с расширением {1}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/target.py" line="30"/>
        <source>{0}: cannot write there: {1} is not a folder</source>
        <translation>{0}: записать туда нельзя: {1} — не папка</translation>
    </message>
    <message>
        <location filename="../../desk/reports/target.py" line="38"/>
        <source>{0}: cannot write there: the folder {1} cannot be written ({2})</source>
        <translation>{0}: записать туда нельзя: запись в папку {1} невозможна ({2})</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="13"/>
        <source>Funds added</source>
        <comment>ledger kind</comment>
        <translation>Пополнение</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="14"/>
        <source>Order payment</source>
        <comment>ledger kind</comment>
        <translation>Оплата заказа</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="15"/>
        <source>Cost return</source>
        <comment>ledger kind</comment>
        <translation>Возврат переплаты</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="16"/>
        <source>Withdrawal</source>
        <comment>ledger kind</comment>
        <translation>Вывод средств</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="17"/>
        <source>Withdrawal fee</source>
        <comment>ledger kind</comment>
        <translation>Комиссия за вывод средств</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="18"/>
        <source>Adjustment in</source>
        <comment>ledger kind</comment>
        <translation>Корректировка (зачисление)</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="19"/>
        <source>Adjustment out</source>
        <comment>ledger kind</comment>
        <translation>Корректировка (списание)</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="21"/>
        <source>Credit card</source>
        <comment>channel</comment>
        <translation>Банковская карта</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="22"/>
        <source>Bank transfer</source>
        <comment>channel</comment>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="23"/>
        <source>Other</source>
        <comment>channel</comment>
        <translation>Другой способ</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="25"/>
        <source>Requested</source>
        <comment>withdrawal status</comment>
        <translation>Запрошен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="26"/>
        <source>Done</source>
        <comment>withdrawal status</comment>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="27"/>
        <source>Refused</source>
        <comment>withdrawal status</comment>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="28"/>
        <source>Cancelled</source>
        <comment>withdrawal status</comment>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="30"/>
        <source>External</source>
        <comment>audience</comment>
        <translation>Для другой стороны</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="31"/>
        <source>Counsel</source>
        <comment>audience</comment>
        <translation>Для юриста</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="32"/>
        <source>Internal</source>
        <comment>audience</comment>
        <translation>Внутреннее</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="34"/>
        <source>Insert</source>
        <comment>audit action</comment>
        <translation>Добавление</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="35"/>
        <source>Update</source>
        <comment>audit action</comment>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="36"/>
        <source>Delete</source>
        <comment>audit action</comment>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="38"/>
        <source>Other</source>
        <comment>platform</comment>
        <translation>Другая площадка</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="40"/>
        <source>Card</source>
        <comment>payment method</comment>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="41"/>
        <source>Debit card</source>
        <comment>payment method</comment>
        <translation>Дебетовая карта</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="42"/>
        <source>Balance</source>
        <comment>payment method</comment>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="43"/>
        <source>Gift card</source>
        <comment>payment method</comment>
        <translation>Подарочная карта</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="44"/>
        <source>Cash on delivery</source>
        <comment>payment method</comment>
        <translation>Наложенный платёж</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="45"/>
        <source>Wire transfer</source>
        <comment>payment method</comment>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="46"/>
        <source>Other</source>
        <comment>payment method</comment>
        <translation>Другой способ</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="48"/>
        <source>Draft</source>
        <comment>deposit state</comment>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="49"/>
        <source>In review</source>
        <comment>deposit state</comment>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="50"/>
        <source>Rejected</source>
        <comment>deposit state</comment>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="51"/>
        <source>Approved</source>
        <comment>deposit state</comment>
        <translation>Одобрена</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="52"/>
        <source>Paid</source>
        <comment>deposit state</comment>
        <translation>Выплачена</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="53"/>
        <source>Closed</source>
        <comment>deposit state</comment>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="55"/>
        <source>Pending</source>
        <comment>submission outcome</comment>
        <translation>Ожидает решения</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="56"/>
        <source>Rejected</source>
        <comment>submission outcome</comment>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="57"/>
        <source>Approved</source>
        <comment>submission outcome</comment>
        <translation>Одобрена</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="59"/>
        <source>Not received</source>
        <comment>dispute reason</comment>
        <translation>Не получен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="60"/>
        <source>Not as described</source>
        <comment>dispute reason</comment>
        <translation>Не соответствует описанию</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="61"/>
        <source>Damaged</source>
        <comment>dispute reason</comment>
        <translation>Повреждён</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="62"/>
        <source>Wrong item</source>
        <comment>dispute reason</comment>
        <translation>Не тот товар</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="63"/>
        <source>Wrong quantity</source>
        <comment>dispute reason</comment>
        <translation>Неверное количество</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="64"/>
        <source>Not shipped in time</source>
        <comment>dispute reason</comment>
        <translation>Не отправлен вовремя</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="65"/>
        <source>Seller fraud</source>
        <comment>dispute reason</comment>
        <translation>Мошенничество продавца</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="66"/>
        <source>Other</source>
        <comment>dispute reason</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="68"/>
        <source>Refund</source>
        <comment>dispute want</comment>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="69"/>
        <source>Return refund</source>
        <comment>dispute want</comment>
        <translation>Возврат товара и денег</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="71"/>
        <source>Open</source>
        <comment>dispute state</comment>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="72"/>
        <source>Seller responded</source>
        <comment>dispute state</comment>
        <translation>Продавец ответил</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="73"/>
        <source>Offer</source>
        <comment>dispute state</comment>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="74"/>
        <source>Escalated</source>
        <comment>dispute state</comment>
        <translation>Передан в арбитраж</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="75"/>
        <source>Decided</source>
        <comment>dispute state</comment>
        <translation>Решён</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="76"/>
        <source>Refund pending</source>
        <comment>dispute state</comment>
        <translation>Ожидается возврат</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="77"/>
        <source>Refunded</source>
        <comment>dispute state</comment>
        <translation>Деньги возвращены</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="78"/>
        <source>Closed</source>
        <comment>dispute state</comment>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="80"/>
        <source>Won</source>
        <comment>dispute outcome</comment>
        <translation>Выигран</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="81"/>
        <source>Partially won</source>
        <comment>dispute outcome</comment>
        <translation>Выигран частично</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="82"/>
        <source>Lost</source>
        <comment>dispute outcome</comment>
        <translation>Проигран</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="83"/>
        <source>Settled</source>
        <comment>dispute outcome</comment>
        <translation>Урегулирован</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="84"/>
        <source>Withdrawn</source>
        <comment>dispute outcome</comment>
        <translation>Отозван</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="86"/>
        <source>Opened</source>
        <comment>dispute event kind</comment>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="87"/>
        <source>Seller answered</source>
        <comment>dispute event kind</comment>
        <translation>Ответ продавца</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="88"/>
        <source>Offer</source>
        <comment>dispute event kind</comment>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="89"/>
        <source>Offer accepted</source>
        <comment>dispute event kind</comment>
        <translation>Предложение принято</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="90"/>
        <source>Offer rejected</source>
        <comment>dispute event kind</comment>
        <translation>Предложение отклонено</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="91"/>
        <source>Escalated</source>
        <comment>dispute event kind</comment>
        <translation>Передан в арбитраж</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="92"/>
        <source>Decided</source>
        <comment>dispute event kind</comment>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="93"/>
        <source>Refund sent</source>
        <comment>dispute event kind</comment>
        <translation>Возврат отправлен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="94"/>
        <source>Refund received</source>
        <comment>dispute event kind</comment>
        <translation>Возврат получен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="95"/>
        <source>Closed</source>
        <comment>dispute event kind</comment>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="96"/>
        <source>Note</source>
        <comment>dispute event kind</comment>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="98"/>
        <source>Photo</source>
        <comment>evidence kind</comment>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="99"/>
        <source>Video</source>
        <comment>evidence kind</comment>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="100"/>
        <source>Chat</source>
        <comment>evidence kind</comment>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="101"/>
        <source>Email</source>
        <comment>evidence kind</comment>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="102"/>
        <source>Payment proof</source>
        <comment>evidence kind</comment>
        <translation>Подтверждение оплаты</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="103"/>
        <source>Tracking</source>
        <comment>evidence kind</comment>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="104"/>
        <source>Invoice</source>
        <comment>evidence kind</comment>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="105"/>
        <source>Screenshot</source>
        <comment>evidence kind</comment>
        <translation>Снимок экрана</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="106"/>
        <source>Document</source>
        <comment>evidence kind</comment>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="107"/>
        <source>Other</source>
        <comment>evidence kind</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="109"/>
        <source>Placed</source>
        <comment>order status</comment>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="110"/>
        <source>Paid</source>
        <comment>order status</comment>
        <translation>Оплачен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="111"/>
        <source>Shipped</source>
        <comment>order status</comment>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="112"/>
        <source>Delivered</source>
        <comment>order status</comment>
        <translation>Доставлен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="113"/>
        <source>Completed</source>
        <comment>order status</comment>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="114"/>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="115"/>
        <source>Closed</source>
        <comment>order status</comment>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="117"/>
        <source>Platform</source>
        <comment>tax collector</comment>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="118"/>
        <source>Seller</source>
        <comment>tax collector</comment>
        <translation>Продавец</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="120"/>
        <source>Platform coupon</source>
        <comment>coupon kind</comment>
        <translation>Купон площадки</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="121"/>
        <source>Store voucher</source>
        <comment>coupon kind</comment>
        <translation>Купон магазина</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="123"/>
        <source>Order</source>
        <comment>case kind</comment>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="124"/>
        <source>Dispute</source>
        <comment>case kind</comment>
        <translation>Спор</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="125"/>
        <source>Refund part</source>
        <comment>case kind</comment>
        <translation>Часть возврата</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="126"/>
        <source>Ledger entry</source>
        <comment>case kind</comment>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="127"/>
        <source>Deposit</source>
        <comment>case kind</comment>
        <translation>Депозит</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="129"/>
        <source>Open</source>
        <comment>store status</comment>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="130"/>
        <source>Closing</source>
        <comment>store status</comment>
        <translation>Закрывается</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="131"/>
        <source>Closed</source>
        <comment>store status</comment>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="133"/>
        <source>Dispute</source>
        <comment>refund cause</comment>
        <translation>Спор</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="134"/>
        <source>Cancellation</source>
        <comment>refund cause</comment>
        <translation>Отмена заказа</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="135"/>
        <source>Out of stock</source>
        <comment>refund cause</comment>
        <translation>Нет в наличии</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="136"/>
        <source>Return</source>
        <comment>refund cause</comment>
        <translation>Возврат товара</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="137"/>
        <source>Not shipped</source>
        <comment>refund cause</comment>
        <translation>Не отправлен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="138"/>
        <source>Other</source>
        <comment>refund cause</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="140"/>
        <source>Snoozed</source>
        <comment>reminder answer</comment>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="141"/>
        <source>Dismissed</source>
        <comment>reminder answer</comment>
        <translation>Скрыто</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="143"/>
        <source>Submitted</source>
        <comment>deposit event</comment>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="144"/>
        <source>Rejected</source>
        <comment>deposit event</comment>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="145"/>
        <source>Resubmitted</source>
        <comment>deposit event</comment>
        <translation>Подана повторно</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="146"/>
        <source>Approved</source>
        <comment>deposit event</comment>
        <translation>Одобрена</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="147"/>
        <source>Paid</source>
        <comment>deposit event</comment>
        <translation>Выплачена</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="148"/>
        <source>Closed</source>
        <comment>deposit event</comment>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="150"/>
        <source>Pending</source>
        <comment>arrival</comment>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="151"/>
        <source>Overdue</source>
        <comment>arrival</comment>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="152"/>
        <source>On time</source>
        <comment>arrival</comment>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="153"/>
        <source>Late</source>
        <comment>arrival</comment>
        <translation>С опозданием</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="154"/>
        <source>Short</source>
        <comment>arrival</comment>
        <translation>Не полностью</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="155"/>
        <source>Over</source>
        <comment>arrival</comment>
        <translation>Сверх суммы</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="157"/>
        <source>Pending cancelled</source>
        <comment>cost return reason</comment>
        <translation>Отмена неоплаченного</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="158"/>
        <source>Invalid</source>
        <comment>cost return reason</comment>
        <translation>Недействителен</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="159"/>
        <source>Damaged returned</source>
        <comment>cost return reason</comment>
        <translation>Возврат повреждённого</translation>
    </message>
    <message>
        <location filename="../../desk/models/enum_words.py" line="160"/>
        <source>Wrong or damaged claim</source>
        <comment>cost return reason</comment>
        <translation>Претензия: не тот товар или повреждение</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="23"/>
        <source>work with others on a team server</source>
        <translation>работать вместе с другими на командном сервере</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="27"/>
        <source>keep your password for a team server in the system&apos;s keyring</source>
        <translation>сохранить пароль к командному серверу в хранилище ключей системы</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="29"/>
        <location filename="../../desk/commands/team.py" line="35"/>
        <location filename="../../desk/commands/team.py" line="49"/>
        <source>the server: postgresql://login@server/database</source>
        <translation>сервер: postgresql://вход@сервер/база</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="33"/>
        <source>set up an empty database on a team server for Desk (its owner)</source>
        <translation>подготовить пустую базу данных на командном сервере для Desk (владелец)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="41"/>
        <source>bring the team server&apos;s schema to this Desk&apos;s, after a copy by pg_dump (its owner)</source>
        <translation>привести схему командного сервера к схеме этого Desk, сделав копию через pg_dump (владелец)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="46"/>
        <source>copy a data folder into an empty team server (its owner)</source>
        <translation>скопировать папку данных на пустой командный сервер (владелец)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="48"/>
        <source>the data folder; it is left as it was</source>
        <translation>папка данных; она остаётся как была</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="53"/>
        <source>give a person a login on the team server (its owner)</source>
        <translation>создать человеку вход на командный сервер (владелец)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="55"/>
        <source>the person&apos;s login</source>
        <translation>имя входа этого человека</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="56"/>
        <source>an owner, who may upgrade and add people</source>
        <translation>владелец, который может обновлять сервер и добавлять людей</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="63"/>
        <location filename="../../desk/commands/team.py" line="111"/>
        <source>Password for {0}: </source>
        <translation>Пароль для {0}: </translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="64"/>
        <source>Connected to {0}; the password is kept in the system&apos;s keyring.</source>
        <translation>Подключено к {0}; пароль хранится в хранилище ключей системы.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="72"/>
        <source>{0} is set up for Desk; add people with desk team add-user.</source>
        <translation>{0} подготовлен для Desk; людей добавляйте командой desk team add-user.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="81"/>
        <source>The team server&apos;s schema is this Desk&apos;s already ({0}); nothing was changed.</source>
        <translation>Схема командного сервера уже соответствует этому Desk ({0}); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="85"/>
        <source>Upgraded the team server&apos;s schema from {0} to {1}; the copy from before is {2}.</source>
        <translation>Схема командного сервера обновлена с {0} до {1}; копия до обновления — {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="98"/>
        <source>{0} of {1} rows copied</source>
        <translation>скопировано строк: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="113"/>
        <source>an owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="113"/>
        <source>staff</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location filename="../../desk/commands/team.py" line="114"/>
        <source>{0} may now log in to the team server, as {1}.</source>
        <translation>{0} теперь может входить на командный сервер: {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team.py" line="37"/>
        <source>{0} is not linked to a team server</source>
        <translation>{0} не связана с командным сервером</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team.py" line="88"/>
        <source>{0} is a folder of its own, not a team server&apos;s: it has no logins</source>
        <translation>{0} — отдельная папка данных, а не папка командного сервера: входов у неё нет</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team.py" line="91"/>
        <source>a login is 1 to 63 letters, digits, dots, dashes or underscores, not «{0}»</source>
        <translation>имя входа — от 1 до 63 букв, цифр, точек, дефисов или подчёркиваний, а не «{0}»</translation>
    </message>
    <message>
        <location filename="../../desk/paths.py" line="55"/>
        <source>give the team server&apos;s address without its password: Desk asks for it once (desk team login) and keeps it in the system&apos;s keyring</source>
        <translation>укажите адрес командного сервера без пароля: Desk спросит его один раз (desk team login) и сохранит в хранилище ключей системы</translation>
    </message>
    <message>
        <location filename="../../desk/server_db.py" line="115"/>
        <source>the team server {0} holds no Desk records yet: its owner sets it up first (desk team init). Nothing was changed.</source>
        <translation>на командном сервере {0} ещё нет записей Desk: сначала его владелец подготовит сервер (desk team init). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/server_db.py" line="122"/>
        <source>the team server {0} was upgraded by a newer Desk (schema {1}); this Desk knows schemas up to {2}. Update Desk to connect to it. Nothing was changed.</source>
        <translation>командный сервер {0} обновлён более новым Desk (схема {1}); этот Desk знает схемы до {2}. Обновите Desk, чтобы подключиться. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/server_db.py" line="128"/>
        <source>the team server {0} has an older schema ({1}) than this Desk uses ({2}): its owner upgrades it first (desk team upgrade), after the other desks have closed. Nothing was changed.</source>
        <translation>у командного сервера {0} схема старее ({1}), чем у этого Desk ({2}): сначала владелец обновит сервер (desk team upgrade), когда на других рабочих местах Desk будет закрыт. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/server_db.py" line="179"/>
        <source>the database on {0} does not know Unicode&apos;s upper and lower case (its character type is {1}): the search would miss words in another case. Create it with a UTF-8 locale (for example ENCODING &apos;UTF8&apos; LOCALE &apos;C.UTF-8&apos; or &apos;en_US.UTF-8&apos;). Nothing was changed.</source>
        <translation>база данных на {0} не знает заглавных и строчных букв Юникода (её тип символов — {1}): поиск пропускал бы слова в другом регистре. Создайте её с локалью UTF-8 (например, ENCODING &apos;UTF8&apos; LOCALE &apos;C.UTF-8&apos; или &apos;en_US.UTF-8&apos;). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desk/server_db.py" line="258"/>
        <source>pg_dump could not copy the team server&apos;s database: {0}</source>
        <translation>pg_dump не смог скопировать базу командного сервера: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/team_link.py" line="38"/>
        <source>{0} is not a team server&apos;s address (postgresql://login@server/database)</source>
        <translation>{0} — не адрес командного сервера (postgresql://вход@сервер/база)</translation>
    </message>
    <message>
        <location filename="../../desk/team_link.py" line="42"/>
        <source>the team server&apos;s address {0} names no database (…/database at its end)</source>
        <translation>в адресе командного сервера {0} нет базы данных (…/база в конце)</translation>
    </message>
    <message>
        <location filename="../../desk/team_link.py" line="46"/>
        <source>the team server&apos;s address {0} names no login (postgresql://login@…)</source>
        <translation>в адресе командного сервера {0} нет имени входа (postgresql://вход@…)</translation>
    </message>
    <message>
        <location filename="../../desk/team_link.py" line="86"/>
        <source>{0} does not name a team server as Desk wrote it: {1}</source>
        <translation>{0} не указывает командный сервер так, как его записал Desk: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/conflicts.py" line="52"/>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="60"/>
        <source>{0} is not a data folder: it has no {1}</source>
        <translation>{0} — не папка данных: в ней нет {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="65"/>
        <source>{0} has schema {1} and this Desk {2}: open it once with this Desk (which upgrades it), then move it</source>
        <translation>у {0} схема {1}, а у этого Desk — {2}: откройте папку один раз в этом Desk (он её обновит), затем переносите</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="79"/>
        <location filename="../../desk/operations/team_move.py" line="177"/>
        <source>the move was stopped; run it again to go on from where it was</source>
        <translation>перенос остановлен; запустите его снова, чтобы продолжить с того же места</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="94"/>
        <source>Moved {0} to the team server: {1} rows in {2} tables and {3} files; the folder is as it was.</source>
        <translation>{0} перенесена на командный сервер: строк {1} в таблицах ({2}) и файлов {3}; папка осталась как была.</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="108"/>
        <source>{0}&apos;s audit log is broken at entry {1} ({2}): run desk verify on it; nothing was moved</source>
        <translation>журнал изменений {0} нарушен на записи {1} ({2}): проверьте папку командой desk verify; ничего не перенесено</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="125"/>
        <source>the team server already holds records ({0}): a folder moves only into an empty one</source>
        <translation>на командном сервере уже есть записи ({0}): папку можно перенести только на пустой сервер</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="181"/>
        <source>evidence file {0} is missing from the folder&apos;s vault; nothing more was sent</source>
        <translation>файла доказательства {0} нет в хранилище папки; больше ничего не отправлено</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="196"/>
        <source>the move is not whole: the server has {1} and the folder {2} of: {0}</source>
        <translation>перенос неполон: на сервере {1}, в папке {2} (записи: {0})</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="203"/>
        <source>the move is not whole: the server&apos;s audit log does not end where the folder&apos;s does</source>
        <translation>перенос неполон: журнал изменений на сервере кончается не там, где в папке</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="209"/>
        <source>the server&apos;s audit log is broken at entry {0}: {1}</source>
        <translation>журнал изменений на сервере нарушен на записи {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/operations/team_move.py" line="216"/>
        <source>the server&apos;s copy of evidence file {0} does not hash to its name</source>
        <translation>копия файла доказательства {0} на сервере не совпадает со своим хешем</translation>
    </message>
</context>
</TS>
