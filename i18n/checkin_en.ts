<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n answers found</source>
        <translation>
            <numerusform>%n answer found</numerusform>
            <numerusform>%n answers found</numerusform>
        </translation>
    </message>
</context>
</TS>
