<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClinicNotesDialog</name>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}:
{files}

On the clinic&apos;s other computers, add them with Clinic notes &gt; Import.</source>
        <translation>
            <numerusform>Saved %n file in {folder}:
{files}

On the clinic&apos;s other computers, add them with Clinic notes &gt; Import.</numerusform>
            <numerusform>Saved %n files in {folder}:
{files}

On the clinic&apos;s other computers, add them with Clinic notes &gt; Import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactLogWindow</name>
    <message numerus="yes">
        <source>%n attempt(s) recorded.</source>
        <translation>
            <numerusform>%n attempt recorded.</numerusform>
            <numerusform>%n attempts recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteLogDialog</name>
    <message numerus="yes">
        <source>Delete the log &quot;%1&quot; and the %n attempt(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the log &quot;%1&quot; and the %n attempt in it? This cannot be undone.</numerusform>
            <numerusform>Delete the log &quot;%1&quot; and the %n attempts in it? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Too many wrong tries. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong tries. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordBuilder</name>
    <message numerus="yes">
        <source>%n attempt(s) recorded.</source>
        <translation>
            <numerusform>%n attempt recorded.</numerusform>
            <numerusform>%n attempts recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message numerus="yes">
        <source>%n answers found</source>
        <translation>
            <numerusform>%n answer found</numerusform>
            <numerusform>%n answers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereNotice</name>
    <message numerus="yes">
        <source>To keep the last person&apos;s search private, this app starts over in %n seconds.</source>
        <translation>
            <numerusform>To keep the last person&apos;s search private, this app starts over in %n second.</numerusform>
            <numerusform>To keep the last person&apos;s search private, this app starts over in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
