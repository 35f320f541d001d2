<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddEvidenceDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_drop.py" line="232"/>
        <source>Nothing was added: %n file(s) cannot be added.</source>
        <translation>
            <numerusform>Nothing was added: a file cannot be added.</numerusform>
            <numerusform>Nothing was added: %n files cannot be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEvidence</name>
    <message numerus="yes">
        <location filename="../../desk/ui/case_evidence.py" line="262"/>
        <source>%n file(s) support this case.</source>
        <translation>
            <numerusform>%n file supports this case.</numerusform>
            <numerusform>%n files support this case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositPacketDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="145"/>
        <source>{0} page(s)</source>
        <translation>
            <numerusform>{0} page</numerusform>
            <numerusform>{0} pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/deposit_packet_dialog.py" line="146"/>
        <source>{0} document(s)</source>
        <translation>
            <numerusform>{0} document</numerusform>
            <numerusform>{0} documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeOutcome</name>
    <message numerus="yes">
        <location filename="../../desk/ui/dispute_dialogs.py" line="413"/>
        <source>{0} stops being tracked</source>
        <translation>
            <numerusform>{0} stops being tracked</numerusform>
            <numerusform>{0} stop being tracked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/dispute_dialogs.py" line="416"/>
        <source>{0} is tracked from now on</source>
        <translation>
            <numerusform>{0} is tracked from now on</numerusform>
            <numerusform>{0} are tracked from now on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceEdit</name>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_edit.py" line="254"/>
        <source>its links to %n case(s): {0}</source>
        <translation>
            <numerusform>its link to %n case: {0}</numerusform>
            <numerusform>its links to %n cases: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_preview.py" line="421"/>
        <source>{0} ({1} bytes)</source>
        <translation>
            <numerusform>{0} ({1} byte)</numerusform>
            <numerusform>{0} ({1} bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/evidence_preview.py" line="487"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/export_dialog.py" line="217"/>
        <source>{0} file(s)</source>
        <translation>
            <numerusform>{0} file</numerusform>
            <numerusform>{0} files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/export_dialog.py" line="218"/>
        <source>{0} dispute(s)</source>
        <translation>
            <numerusform>{0} dispute</numerusform>
            <numerusform>{0} disputes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/import_dialog.py" line="526"/>
        <source>{0} row(s)</source>
        <translation>
            <numerusform>{0} row</numerusform>
            <numerusform>{0} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_dialog.py" line="528"/>
        <source>about {0} row(s)</source>
        <translation>
            <numerusform>about {0} row</numerusform>
            <numerusform>about {0} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_dialog.py" line="684"/>
        <source>%n problem(s) stop the import: the Result tab lists them.</source>
        <translation>
            <numerusform>%n problem stops the import: the Result tab shows it.</numerusform>
            <numerusform>%n problems stop the import: the Result tab lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDropTexts</name>
    <message numerus="yes">
        <location filename="../../desk/ui/import_drop.py" line="35"/>
        <source>%n file(s): drop one export at a time to import its orders.</source>
        <translation>
            <numerusform>%n file: drop one export at a time to import its orders.</numerusform>
            <numerusform>%n files: drop one export at a time to import its orders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/packet_dialog.py" line="247"/>
        <source>{0} page(s)</source>
        <translation>
            <numerusform>{0} page</numerusform>
            <numerusform>{0} pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/packet_dialog.py" line="248"/>
        <source>{0} exhibit(s)</source>
        <translation>
            <numerusform>{0} exhibit</numerusform>
            <numerusform>{0} exhibits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/packet_dialog.py" line="253"/>
        <source>%n part(s), {0}</source>
        <translation>
            <numerusform>%n part, {0}</numerusform>
            <numerusform>%n parts, {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="361"/>
        <source>%n was left without an order and not recorded.</source>
        <translation>
            <numerusform>%n was left without an order and not recorded.</numerusform>
            <numerusform>%n were left without an order and not recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="363"/>
        <source>%n needs you to choose its order below.</source>
        <translation>
            <numerusform>%n needs you to choose its order below.</numerusform>
            <numerusform>%n need you to choose their order below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="369"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="371"/>
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="392"/>
        <source>%n problem(s) in the file: correct them in the file (or download it from PayPal again), then open it again.</source>
        <translation>
            <numerusform>%n problem in the file: correct it in the file (or download it from PayPal again), then open it again.</numerusform>
            <numerusform>%n problems in the file: correct them in the file (or download it from PayPal again), then open it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/payments_dialog.py" line="422"/>
        <source>%n order(s) fit its amount and date: choose the one it paid.</source>
        <translation>
            <numerusform>%n order fits its amount and date: choose the one it paid.</numerusform>
            <numerusform>%n orders fit its amount and date: choose the one it paid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message numerus="yes">
        <location filename="../../desk/ui/pdf_preview.py" line="119"/>
        <source>{0}: the chosen range has no pages (the file has %n)</source>
        <translation>
            <numerusform>{0}: the chosen range has no pages (the file has %n)</numerusform>
            <numerusform>{0}: the chosen range has no pages (the file has %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="109"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="267"/>
        <source>%n reminder(s) came due</source>
        <translation>
            <numerusform>%n reminder came due</numerusform>
            <numerusform>%n reminders came due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="313"/>
        <source>While Desk was closed, %n reminder(s) came due.</source>
        <translation>
            <numerusform>While Desk was closed, %n reminder came due.</numerusform>
            <numerusform>While Desk was closed, %n reminders came due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="330"/>
        <source>%n deadline(s) overdue.</source>
        <translation>
            <numerusform>%n deadline overdue.</numerusform>
            <numerusform>%n deadlines overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/reminders.py" line="332"/>
        <source>%n reminder(s).</source>
        <translation>
            <numerusform>%n reminder.</numerusform>
            <numerusform>%n reminders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="61"/>
        <source>{0} order(s)</source>
        <translation>
            <numerusform>{0} order</numerusform>
            <numerusform>{0} orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="62"/>
        <source>{0} order line(s)</source>
        <translation>
            <numerusform>{0} order line</numerusform>
            <numerusform>{0} order lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="80"/>
        <source>{0} supplier(s)</source>
        <translation>
            <numerusform>{0} supplier</numerusform>
            <numerusform>{0} suppliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/import_summary.py" line="81"/>
        <source>{0} store(s)</source>
        <translation>
            <numerusform>{0} store</numerusform>
            <numerusform>{0} stores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyBundleDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="220"/>
        <source>{0} is intact: its {1} file(s) are as they were exported, and the list of them is signed.</source>
        <translation>
            <numerusform>{0} is intact: its {1} file is as it was exported, and the list of it is signed.</numerusform>
            <numerusform>{0} is intact: its {1} files are as they were exported, and the list of them is signed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="227"/>
        <source>{0} was changed since it was exported: %n problem(s).</source>
        <translation>
            <numerusform>{0} was changed since it was exported: %n problem.</numerusform>
            <numerusform>{0} was changed since it was exported: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyFolderDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="133"/>
        <source>{0} evidence file(s) ({1})</source>
        <translation>
            <numerusform>{0} evidence file ({1})</numerusform>
            <numerusform>{0} evidence files ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="135"/>
        <source>{0} entries of the history</source>
        <translation>
            <numerusform>{0} entry of the history</numerusform>
            <numerusform>{0} entries of the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="143"/>
        <source>%n problem(s) found ({0} and {1} checked). Restore what is listed from a backup.</source>
        <translation>
            <numerusform>%n problem found ({0} and {1} checked). Restore what is listed from a backup.</numerusform>
            <numerusform>%n problems found ({0} and {1} checked). Restore what is listed from a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/verify_dialog.py" line="153"/>
        <source>{0} file(s) in the vault belong to no evidence (left by deleted evidence): harmless.</source>
        <translation>
            <numerusform>{0} file in the vault belongs to no evidence (left by deleted evidence): harmless.</numerusform>
            <numerusform>{0} files in the vault belong to no evidence (left by deleted evidence): harmless.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/void_actions.py" line="68"/>
        <source>Void %n record(s)</source>
        <translation>
            <numerusform>Void %n record</numerusform>
            <numerusform>Void %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>words</name>
    <message numerus="yes">
        <location filename="../../desk/accounts/voiding.py" line="19"/>
        <source>{0} has %n ledger entries: void them first</source>
        <translation>
            <numerusform>{0} has %n ledger entry: void it first</numerusform>
            <numerusform>{0} has %n ledger entries: void them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="66"/>
        <location filename="../../desk/reports/bundle.py" line="206"/>
        <location filename="../../desk/reports/bundle_manifest.py" line="45"/>
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} and %n more</numerusform>
            <numerusform>{0} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="77"/>
        <source>none of the store&apos;s %n orders in our records is pending</source>
        <translation>
            <numerusform>the store&apos;s only order in our records is not pending</numerusform>
            <numerusform>none of the store&apos;s %n orders in our records is pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="82"/>
        <source>%n orders of the store are still pending in our records: {0}</source>
        <translation>
            <numerusform>%n order of the store is still pending in our records: {0}</numerusform>
            <numerusform>%n orders of the store are still pending in our records: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/check.py" line="105"/>
        <source>%n disputes are open: {0}</source>
        <translation>
            <numerusform>%n dispute is open: {0}</numerusform>
            <numerusform>%n disputes are open: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/bundles.py" line="108"/>
        <source>Exported {0} files and the manifest (%n dispute(s)) to {1}.</source>
        <translation>
            <numerusform>Exported {0} files and the manifest (%n dispute) to {1}.</numerusform>
            <numerusform>Exported {0} files and the manifest (%n disputes) to {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/basics.py" line="110"/>
        <source>(%n more problem(s) after it)</source>
        <translation>
            <numerusform>(%n more problem after it)</numerusform>
            <numerusform>(%n more problems after it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/bundles.py" line="143"/>
        <source>{0} is not intact: %n problem(s)</source>
        <translation>
            <numerusform>{0} is not intact: %n problem</numerusform>
            <numerusform>{0} is not intact: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/calendar.py" line="63"/>
        <source>Wrote %n deadline(s) to {0}.</source>
        <translation>
            <numerusform>Wrote %n deadline to {0}.</numerusform>
            <numerusform>Wrote %n deadlines to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/basics.py" line="136"/>
        <location filename="../../desk/operations/checks.py" line="50"/>
        <source>{0} is not intact: {1} problem(s)</source>
        <translation>
            <numerusform>{0} is not intact: {1} problem</numerusform>
            <numerusform>{0} is not intact: {1} problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/letters.py" line="90"/>
        <source>Copied %n letter template(s) into {0}.</source>
        <translation>
            <numerusform>Copied %n letter template into {0}.</numerusform>
            <numerusform>Copied %n letter templates into {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="197"/>
        <location filename="../../desk/reports/packet_split.py" line="128"/>
        <location filename="../../desk/reports/packet_split.py" line="131"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="206"/>
        <location filename="../../desk/operations/packets.py" line="214"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="207"/>
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n exhibit</numerusform>
            <numerusform>%n exhibits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="215"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/packets.py" line="258"/>
        <source>Saved the Bates register (%n packet(s)) to {0}.</source>
        <translation>
            <numerusform>Saved the Bates register (%n packet) to {0}.</numerusform>
            <numerusform>Saved the Bates register (%n packets) to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/evidence.py" line="88"/>
        <source>%n file(s) found in the folders given were not added: {0}</source>
        <translation>
            <numerusform>%n file found in the folders given was not added: {0}</numerusform>
            <numerusform>%n files found in the folders given were not added: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/due.py" line="107"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/commands/packet.py" line="110"/>
        <source>dispute {0}: {1} pages, {2} exhibits, {3} in %n file(s), for {4} ({5})</source>
        <translation>
            <numerusform>dispute {0}: {1} pages, {2} exhibits, {3} in %n file, for {4} ({5})</numerusform>
            <numerusform>dispute {0}: {1} pages, {2} exhibits, {3} in %n files, for {4} ({5})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="58"/>
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n supplier</numerusform>
            <numerusform>%n suppliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="59"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="60"/>
        <source>%n order line(s)</source>
        <translation>
            <numerusform>%n order line</numerusform>
            <numerusform>%n order lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="61"/>
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n dispute</numerusform>
            <numerusform>%n disputes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="62"/>
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="63"/>
        <location filename="../../desk/orders/holdings.py" line="37"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="64"/>
        <source>%n member account(s)</source>
        <translation>
            <numerusform>%n member account</numerusform>
            <numerusform>%n member accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="65"/>
        <source>%n ledger entry(ies)</source>
        <translation>
            <numerusform>%n ledger entry</numerusform>
            <numerusform>%n ledger entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/demo/__init__.py" line="66"/>
        <source>%n deposit application(s)</source>
        <translation>
            <numerusform>%n deposit application</numerusform>
            <numerusform>%n deposit applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/deposits/applications.py" line="233"/>
        <source>deposit application {0} cannot be submitted: %n requirements are not met:{1}
Nothing was changed.</source>
        <translation>
            <numerusform>deposit application {0} cannot be submitted: %n requirement is not met:{1}
Nothing was changed.</numerusform>
            <numerusform>deposit application {0} cannot be submitted: %n requirements are not met:{1}
Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/disputes/voiding.py" line="34"/>
        <source>{0} has {1}: void them first</source>
        <translation>
            <numerusform>{0} has {1}: void it first</numerusform>
            <numerusform>{0} has {1}: void them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/evidence/intake.py" line="46"/>
        <source>nothing was added, because of %n file(s) that cannot be added: {0}</source>
        <translation>
            <numerusform>nothing was added, because of a file that cannot be added: {0}</numerusform>
            <numerusform>nothing was added, because of %n files that cannot be added: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/evidence/voiding.py" line="25"/>
        <source>{0} came with {1}: void them first</source>
        <translation>
            <numerusform>{0} came with {1}: void it first</numerusform>
            <numerusform>{0} came with {1}: void them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/matching.py" line="243"/>
        <source>%n orders could be the one</source>
        <translation>
            <numerusform>%n order could be the one</numerusform>
            <numerusform>%n orders could be the one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="135"/>
        <location filename="../../desk/importing/report.py" line="67"/>
        <source>{0}: %n problems; nothing was imported</source>
        <translation>
            <numerusform>{0}: %n problem; nothing was imported</numerusform>
            <numerusform>{0}: %n problems; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="136"/>
        <source>%n payments</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="137"/>
        <source>%n refunds</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="167"/>
        <source>… and %n more (--json lists them all)</source>
        <translation>
            <numerusform>… and %n more (--json lists them all)</numerusform>
            <numerusform>… and %n more (--json lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/activity/report.py" line="272"/>
        <location filename="../../desk/importing/report.py" line="194"/>
        <source>rows {0} and %n more</source>
        <translation>
            <numerusform>rows {0} and %n more</numerusform>
            <numerusform>rows {0} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="59"/>
        <source>%n new orders, {0} updated, {1} unchanged</source>
        <translation>
            <numerusform>%n new order, {0} updated, {1} unchanged</numerusform>
            <numerusform>%n new orders, {0} updated, {1} unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="106"/>
        <source>%n orders whose total in the file differs from its parts (imported as the file says):</source>
        <translation>
            <numerusform>%n order whose total in the file differs from its parts (imported as the file says):</numerusform>
            <numerusform>%n orders whose total in the file differs from its parts (imported as the file says):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="127"/>
        <source>… and %n more updated orders (--json lists them all)</source>
        <translation>
            <numerusform>… and %n more updated order (--json lists them all)</numerusform>
            <numerusform>… and %n more updated orders (--json lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/importing/report.py" line="185"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/rates.py" line="94"/>
        <source>Imported %n exchange rate(s) from {0}.</source>
        <translation>
            <numerusform>Imported %n exchange rate from {0}.</numerusform>
            <numerusform>Imported %n exchange rates from {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/reminders.py" line="165"/>
        <source>%n reminder(s) came due since {0}.</source>
        <translation>
            <numerusform>%n reminder came due since {0}.</numerusform>
            <numerusform>%n reminders came due since {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/reminders.py" line="167"/>
        <source>%n reminder(s) came due.</source>
        <translation>
            <numerusform>%n reminder came due.</numerusform>
            <numerusform>%n reminders came due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="206"/>
        <source>Voided {0}: {1}. They are kept and can be restored.</source>
        <translation>
            <numerusform>Voided {0}: {1}. It is kept and can be restored.</numerusform>
            <numerusform>Voided {0}: {1}. They are kept and can be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="219"/>
        <source>%n record(s) ({0}; …)</source>
        <translation>
            <numerusform>%n record ({0}; …)</numerusform>
            <numerusform>%n records ({0}; …)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="219"/>
        <source>%n record(s) ({0})</source>
        <translation>
            <numerusform>%n record ({0})</numerusform>
            <numerusform>%n records ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/operations/voiding.py" line="291"/>
        <source>Restored {0}: they count again.</source>
        <translation>
            <numerusform>Restored {0}: it counts again.</numerusform>
            <numerusform>Restored {0}: they count again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/orders/holdings.py" line="32"/>
        <source>dispute(s) {0}</source>
        <translation>
            <numerusform>dispute {0}</numerusform>
            <numerusform>disputes {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/orders/holdings.py" line="35"/>
        <source>refund(s) {0}</source>
        <translation>
            <numerusform>refund {0}</numerusform>
            <numerusform>refunds {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/orders/voiding.py" line="15"/>
        <source>order {0} still has {1}: void them first</source>
        <translation>
            <numerusform>order {0} still has {1}: void it first</numerusform>
            <numerusform>order {0} still has {1}: void them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/policies/rules.py" line="71"/>
        <source>%n working days</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/policies/rules.py" line="73"/>
        <source>%n business days</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/policies/rules.py" line="74"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/reports/packet_split.py" line="127"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/reports/destinations.py" line="79"/>
        <source>%n page(s) a file</source>
        <translation>
            <numerusform>%n page a file</numerusform>
            <numerusform>%n pages a file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/reports/destinations.py" line="81"/>
        <source>at most %n file(s)</source>
        <translation>
            <numerusform>at most %n file</numerusform>
            <numerusform>at most %n files</numerusform>
        </translation>
    </message>
</context>
</TS>
