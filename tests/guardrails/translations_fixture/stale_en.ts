<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Fixture</name>
    <message>
        <source>已翻译</source>
        <translation>Translated</translation>
    </message>
    <message>
        <source>未翻译</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
