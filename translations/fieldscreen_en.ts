<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message numerus="yes">
        <source>The audit trail is complete and unchanged (%n entries).</source>
        <translation>
            <numerusform>The audit trail is complete and unchanged (%n entry).</numerusform>
            <numerusform>The audit trail is complete and unchanged (%n entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>the encryption checksums of all %n pages</source>
        <translation>
            <numerusform>the encryption checksum of the %n page</numerusform>
            <numerusform>the encryption checksums of all %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit trail (%n entries)</source>
        <translation>
            <numerusform>the audit trail (%n entry)</numerusform>
            <numerusform>the audit trail (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more of the same kind</source>
        <translation>
            <numerusform>... and %n more of the same kind</numerusform>
            <numerusform>... and %n more of the same kind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Exported %n packet(s) to %1.</source>
        <translation>
            <numerusform>Exported %n packet to %1.</numerusform>
            <numerusform>Exported %n packets to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 %2 (%n questions); new screenings may use it.</source>
        <translation>
            <numerusform>Imported %1 %2 (%n question); new screenings may use it.</numerusform>
            <numerusform>Imported %1 %2 (%n questions); new screenings may use it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesPlace</name>
    <message numerus="yes">
        <source>%n open actions, by due time.</source>
        <translation>
            <numerusform>%n open action, by due time.</numerusform>
            <numerusform>%n open actions, by due time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n actions are past their due time. Act on them first.</source>
        <translation>
            <numerusform>Overdue: %n action is past its due time. Act on it first.</numerusform>
            <numerusform>Overdue: %n actions are past their due time. Act on them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Wait %n minute, then try again.</numerusform>
            <numerusform>Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%1 of %n packets selected</source>
        <translation>
            <numerusform>%1 of %n packet selected</numerusform>
            <numerusform>%1 of %n packets selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n packets...</source>
        <translation>
            <numerusform>Exporting %n packet...</numerusform>
            <numerusform>Exporting %n packets...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled. %n files had been written.</source>
        <translation>
            <numerusform>Export cancelled. %n file had been written.</numerusform>
            <numerusform>Export cancelled. %n files had been written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n files to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Expressions</name>
    <message numerus="yes">
        <source>%1() needs at least %n argument(s), not %2</source>
        <translation>
            <numerusform>%1() needs at least %n argument, not %2</numerusform>
            <numerusform>%1() needs at least %n arguments, not %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n argument(s), not %2</source>
        <translation>
            <numerusform>%1() takes %n argument, not %2</numerusform>
            <numerusform>%1() takes %n arguments, not %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>needs at least %n item</numerusform>
            <numerusform>needs at least %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstrumentsView</name>
    <message numerus="yes">
        <source>The workbook was not imported. It has %n problem(s):</source>
        <translation>
            <numerusform>The workbook was not imported. It has %n problem:</numerusform>
            <numerusform>The workbook was not imported. It has %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message numerus="yes">
        <source>Question %1 of %2, %n answered</source>
        <translation>
            <numerusform>Question %1 of %2, %n answered</numerusform>
            <numerusform>Question %1 of %2, %n answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n question(s) not answered yet are saved as declined: not asked, as the interview stopped here, and never read as a &quot;no&quot;. Until the screening is finalized, each can still be answered from the review.</source>
        <translation>
            <numerusform>The %n question not answered yet is saved as declined: not asked, as the interview stopped here, and never read as a &quot;no&quot;. Until the screening is finalized, it can still be answered from the review.</numerusform>
            <numerusform>The %n questions not answered yet are saved as declined: not asked, as the interview stopped here, and never read as a &quot;no&quot;. Until the screening is finalized, each can still be answered from the review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions have no answer yet.</source>
        <translation>
            <numerusform>%n question has no answer yet.</numerusform>
            <numerusform>%n questions have no answer yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPlace</name>
    <message numerus="yes">
        <source>Received %n new packet(s).</source>
        <translation>
            <numerusform>Received %n new packet.</numerusform>
            <numerusform>Received %n new packets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported:</source>
        <translation>
            <numerusform>%n could not be imported:</numerusform>
            <numerusform>%n could not be imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n year(s) (estimated)</source>
        <translation>
            <numerusform>About %n year (estimated)</numerusform>
            <numerusform>About %n years (estimated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer change(s) after finalizing: marked under Answers and listed under &quot;Changed after finalizing&quot;.</source>
        <translation>
            <numerusform>%n answer changed after finalizing: marked under Answers and listed under &quot;Changed after finalizing&quot;.</numerusform>
            <numerusform>%n answers changed after finalizing: marked under Answers and listed under &quot;Changed after finalizing&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message numerus="yes">
        <source>%n year(s) old at discovery</source>
        <translation>
            <numerusform>%n year old at discovery</numerusform>
            <numerusform>%n years old at discovery</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPlace</name>
    <message numerus="yes">
        <source>%1. Shown: %n that match the filter.</source>
        <translation>
            <numerusform>%1. Shown: %n that matches the filter.</numerusform>
            <numerusform>%1. Shown: %n that match the filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningsListView</name>
    <message numerus="yes">
        <source>Showing %1 of %n screenings</source>
        <translation>
            <numerusform>Showing %1 of %n screening</numerusform>
            <numerusform>Showing %1 of %n screenings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <source>%n questions need attention before this screening can be finalized.</source>
        <translation>
            <numerusform>%n question needs attention before this screening can be finalized.</numerusform>
            <numerusform>%n questions need attention before this screening can be finalized.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningFacts</name>
    <message numerus="yes">
        <source>%n year(s), estimated</source>
        <translation>
            <numerusform>%n year, estimated</numerusform>
            <numerusform>%n years, estimated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), from the date of birth</source>
        <translation>
            <numerusform>%n year, from the date of birth</numerusform>
            <numerusform>%n years, from the date of birth</numerusform>
        </translation>
    </message>
</context>
</TS>
