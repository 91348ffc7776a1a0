#include "ingest/csvreader.h"

#include <QBuffer>
#include <QTest>

using waymark::ingest::CsvReader;

namespace {
/// Every record as "a|b|c", a bad one as "bad L:C reason", the end as "fatal L:C reason" or nothing.
QStringList readAll(const QByteArray& bytes, qint64 maxField = 1 << 20)
{
    QBuffer buf;
    buf.setData(bytes);
    buf.open(QIODevice::ReadOnly);
    CsvReader r(&buf, QStringLiteral("t.csv"));
    r.setMaxFieldBytes(maxField);
    QStringList out;
    for (;;) {
        const auto s = r.readRecord();
        if (s == CsvReader::Status::End)
            break;
        if (s == CsvReader::Status::Fatal) {
            out << QStringLiteral("fatal %1:%2 %3").arg(r.error().line).arg(r.error().column).arg(r.error().message);
            break;
        }
        if (s == CsvReader::Status::BadRecord) {
            out << QStringLiteral("bad %1:%2 %3").arg(r.error().line).arg(r.error().column).arg(r.error().message);
            continue;
        }
        QStringList fields;
        for (int i = 0; i < r.fieldCount(); ++i)
            fields << QString::fromUtf8(r.field(i).data(), qsizetype(r.field(i).size()));
        out << QStringLiteral("@%1 ").arg(r.recordLine()) + fields.join(QLatin1Char('|'));
    }
    return out;
}
} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << QStringList { "@1 a|b|c", "@2 1|2|3" };
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringList { "@1 a|b", "@2 1|2" };
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QStringList { "@1 a|b", "@2 1|2" };
        QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r") << QStringList { "@1 a|b", "@2 1|2" };
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFx,y\n1,2\n") << QStringList { "@1 x|y", "@2 1|2" };
        QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList { "@1 ||" };
        QTest::newRow("trailing empty at eof") << QByteArray("a,") << QStringList { "@1 a|" };
        QTest::newRow("quoted") << QByteArray("\"a,b\",\"say \"\"hi\"\"\"\n") << QStringList { "@1 a,b|say \"hi\"" };
        QTest::newRow("multiline") << QByteArray("\"line1\nline2\",x\nnext,y\n")
                                   << QStringList { "@1 line1\nline2|x", "@3 next|y" };
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << QStringList { "@1 a", "@4 b" };
        QTest::newRow("utf8") << QByteArray("Côte d’Ivoire,ok\n") << QStringList { "@1 Côte d’Ivoire|ok" };
        QTest::newRow("empty file") << QByteArray() << QStringList {};
    }
    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        QCOMPARE(readAll(input), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,\"never closed\n2,3\n")
            << QStringList {
                   "@1 a|b",
                   "fatal 2:3 the quoted field opened here is never closed: the file is truncated or a quote is missing"
               };
        QTest::newRow("text after quote") << QByteArray(
            "\"a\"x,b\nc,d\n") << QStringList { "bad 1:4 text after the closing quote of a field", "@2 c|d" };
        QTest::newRow("invalid utf8 column")
            << QByteArray("ok,fine\nab,c\xE9t\xE9\nx,y\n")
            << QStringList { "@1 ok|fine", "bad 2:5 invalid UTF-8 (is the file in another encoding?)", "@3 x|y" };
        QTest::newRow("column counts characters")
            << QByteArray("é,\xFF\n") << QStringList { "bad 1:3 invalid UTF-8 (is the file in another encoding?)" };
        QTest::newRow("utf16 le") << QByteArray("\xFF\xFE"
                                                "a\0,\0b\0",
            8) << QStringList { "fatal 1:1 the file is UTF-16; save it as UTF-8 and import again" };
        QTest::newRow("nul byte") << QByteArray("a,b\nc\0d,e\n",
            10) << QStringList { "@1 a|b", "fatal 2:2 NUL byte in text: the file is binary or UTF-16, not UTF-8" };
        QTest::newRow("overlong encoding")
            << QByteArray("\xC0\xAF\n") << QStringList { "bad 1:1 invalid UTF-8 (is the file in another encoding?)" };
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80\n")
                                   << QStringList { "bad 1:1 invalid UTF-8 (is the file in another encoding?)" };
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        QCOMPARE(readAll(input), expected);
    }

    void hugeField()
    {
        QByteArray input = "a,b\n1," + QByteArray(5000, 'x') + "\n2,3\n";
        QCOMPARE(readAll(input, 1000), (QStringList { "@1 a|b", "bad 2:3 field is larger than 1000 bytes", "@3 2|3" }));
        QByteArray quoted = "a\n\"" + QByteArray(5000, 'x') + "\"\n";
        QCOMPARE(readAll(quoted, 1000).last(),
            QStringLiteral("fatal 2:1 field is larger than 1000 bytes (is a closing quote missing?)"));
    }

    void recordsAcrossChunks()
    {
        // Records straddle the reader's 1 MiB chunks, with quotes and CRLF at the seams.
        QByteArray input;
        int rows = 0;
        while (input.size() < 3 * (1 << 20) + 777) {
            input += QByteArray::number(rows) + ",\"q\"\"" + QByteArray(rows % 97, 'z') + "\",\"multi\nline\"\r\n";
            ++rows;
        }
        const QStringList out = readAll(input);
        QCOMPARE(out.size(), rows);
        for (int i = 0; i < rows; i += 997) {
            QCOMPARE(out.at(i),
                QStringLiteral("@%1 %2|q\"%3|multi\nline")
                    .arg(1 + 2 * i)
                    .arg(i)
                    .arg(QString(i % 97, QLatin1Char('z'))));
        }
    }

    void rawRecordIsVerbatim()
    {
        QBuffer buf;
        buf.setData("h\n\"x\"\"y\",2\r\n");
        buf.open(QIODevice::ReadOnly);
        CsvReader r(&buf, QStringLiteral("t.csv"));
        QCOMPARE(r.readRecord(), CsvReader::Status::Record);
        QCOMPARE(r.readRecord(), CsvReader::Status::Record);
        QCOMPARE(r.rawRecord(), QByteArray("\"x\"\"y\",2"));
        QCOMPARE(r.fieldColumn(1), 8);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
