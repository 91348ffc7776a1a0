#include "core/gettextcatalog.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace waymark;

namespace {

/// A .mo file as msgfmt writes one: header, the two string tables, the strings.
QByteArray moFile(const QList<QPair<QByteArray, QByteArray>>& messages, bool bigEndian = false)
{
    QByteArray out;
    auto word = [&](quint32 v) {
        char b[4];
        if (bigEndian)
            qToBigEndian(v, b);
        else
            qToLittleEndian(v, b);
        out.append(b, 4);
    };
    const quint32 n = quint32(messages.size());
    const quint32 originals = 28, translations = originals + 8 * n;
    quint32 at = translations + 8 * n;
    word(0x950412de), word(0), word(n), word(originals), word(translations), word(0), word(0);
    QByteArray strings;
    for (int table = 0; table < 2; ++table) {
        for (const auto& m : messages) {
            const QByteArray& s = table == 0 ? m.first : m.second;
            word(quint32(s.size())), word(at);
            strings += s + '\0';
            at += quint32(s.size()) + 1;
        }
    }
    return out + strings;
}

} // namespace

class TestGettextCatalog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsMessagesInBothByteOrders_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("little-endian") << false;
        QTest::newRow("big-endian") << true;
    }
    void readsMessagesInBothByteOrders()
    {
        QFETCH(bool, bigEndian);
        const QByteArray data = moFile({ { "", "Content-Type: text/plain; charset=UTF-8\n" }, { "Germany", "Alemania" },
                                           { "Côte d'Ivoire", "Côte d’Ivoire" },
                                           { QByteArrayLiteral("one\0many"), QByteArrayLiteral("un\0varios") },
                                           { "ctx\x04Key", "Clave" }, { "Untranslated", "" } },
            bigEndian);
        const Result<GettextCatalog> c = GettextCatalog::parse(data);
        QVERIFY2(c, qPrintable(c.error().message));
        QCOMPARE(c->size(), 4); // the header and the untranslated message are left out
        QCOMPARE(c->translate(QStringLiteral("Germany")), QStringLiteral("Alemania"));
        QCOMPARE(c->translate(QStringLiteral("Côte d'Ivoire")), QStringLiteral("Côte d’Ivoire"));
        QCOMPARE(c->translate(QStringLiteral("one")), QStringLiteral("un"));
        QCOMPARE(c->translate(QStringLiteral("ctx\x04Key")), QStringLiteral("Clave"));
        QCOMPARE(c->translate(QStringLiteral("Untranslated")), QString());
        QCOMPARE(c->translate(QStringLiteral("France")), QString());
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray good = moFile({ { "Germany", "Alemania" } });
        QByteArray badMagic = good;
        badMagic[0] = 'x';
        QByteArray tableOutside = good;
        qToLittleEndian(quint32(0xfffffff0), tableOutside.data() + 12);
        QByteArray stringOutside = good;
        qToLittleEndian(quint32(good.size()), stringOutside.data() + 28 + 4); // first msgid's offset
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short header") << good.left(12);
        QTest::newRow("wrong magic") << badMagic;
        QTest::newRow("table past the end") << tableOutside;
        QTest::newRow("string past the end") << stringOutside;
        QTest::newRow("truncated strings") << good.left(good.size() - 4);
    }
    void refusesDamagedFiles()
    {
        QFETCH(QByteArray, data);
        const Result<GettextCatalog> c = GettextCatalog::parse(data);
        QVERIFY(!c);
        QVERIFY(c.error().message.contains(QLatin1String("gettext")));
    }

    void namesTheFileItCannotRead()
    {
        const Result<GettextCatalog> c = GettextCatalog::load(QStringLiteral("/nonexistent/iso_3166-1.mo"));
        QVERIFY(!c);
        QVERIFY(c.error().message.contains(QLatin1String("/nonexistent/iso_3166-1.mo")));
    }

    void readsDebianIsoCodes()
    {
        // iso-codes is in scripts/dev.sh's packages: the catalogue Waymark reads country names from.
        const QString path = QStringLiteral("/usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo");
        QVERIFY2(QFile::exists(path), "install iso-codes (scripts/dev.sh deps)");
        const Result<GettextCatalog> c = GettextCatalog::load(path);
        QVERIFY2(c, qPrintable(c.error().message));
        QVERIFY(c->size() > 240);
        QCOMPARE(c->translate(QStringLiteral("Germany")), QStringLiteral("Alemania"));
        QCOMPARE(c->translate(QStringLiteral("Netherlands")), QStringLiteral("Países Bajos"));
    }
};

QTEST_GUILESS_MAIN(TestGettextCatalog)
#include "tst_gettextcatalog.moc"
