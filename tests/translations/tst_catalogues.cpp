#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

/// The CI check of issue 18 §4: every language is complete. Each
/// translations/*.ts has no unfinished or obsolete message, keeps the
/// placeholders of its source, and is what lupdate makes of today's sources
/// (a tr() added without updating the catalogues fails here, naming it).
class TestCatalogues : public QObject {
    Q_OBJECT

    struct Message {
        QString context;
        QString source;
        QString comment;
        QString type; ///< "", "unfinished", "obsolete" or "vanished"
        QStringList translations; ///< one, or the plural forms
        QString where() const { return QStringLiteral("%1: “%2”").arg(context, source); }
        QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
    };
    struct Catalogue {
        QString language;
        QList<Message> messages;
        QString error;
    };

    static Catalogue read(const QString& path)
    {
        Catalogue c;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            c.error = f.errorString();
            return c;
        }
        QXmlStreamReader xml(&f);
        QString context;
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                c.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message { context, {}, {}, {}, {} };
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                // Either text or <numerusform> children.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        m.translations << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (m.translations.isEmpty())
                    m.translations << text;
                c.messages << m;
            }
        }
        if (xml.hasError())
            c.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return c;
    }

    static QStringList catalogues()
    {
        QStringList out;
        const QDir dir(QStringLiteral(WAYMARK_TS_DIR));
        for (const QString& name : dir.entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name))
            out << dir.filePath(name);
        return out;
    }

    static QString report(const QString& what, const QStringList& items)
    {
        QString text = QStringLiteral("%1 (%2):").arg(what).arg(items.size());
        for (const QString& i : items.mid(0, 40))
            text += QStringLiteral("\n    ") + i;
        if (items.size() > 40)
            text += QStringLiteral("\n    …");
        return text;
    }

private Q_SLOTS:
    void threeLanguages()
    {
        QStringList languages;
        for (const QString& path : catalogues())
            languages << read(path).language.left(2);
        languages.sort();
        QCOMPARE(languages, QStringList({ QStringLiteral("es"), QStringLiteral("fr") }));
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : catalogues())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, path);
        const Catalogue c = read(path);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QVERIFY(c.messages.size() > 1000);
        QStringList unfinished, obsolete;
        for (const Message& m : c.messages) {
            if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
                obsolete << m.where();
            else if (m.type == QLatin1String("unfinished")
                || std::any_of(
                    m.translations.cbegin(), m.translations.cend(), [](const QString& t) { return t.isEmpty(); }))
                unfinished << m.where();
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(report(path + QStringLiteral(": unfinished messages"), unfinished)));
        QVERIFY2(obsolete.isEmpty(),
            qPrintable(
                report(path + QStringLiteral(": obsolete messages (run the waymark_lupdate target)"), obsolete)));
    }

    void translationsKeepPlaceholders_data() { everyMessageIsTranslated_data(); }
    void translationsKeepPlaceholders()
    {
        // %1…%99 must all survive (a lost one drops a number from the sentence);
        // a singular plural form may say "one" instead of %n.
        QFETCH(QString, path);
        const Catalogue c = read(path);
        static const QRegularExpression arg(QStringLiteral("%(\\d+)"));
        static const QRegularExpression accelerator(QStringLiteral("&(?![a-z]+;|#\\d+;|&)\\S"));
        auto args = [](const QString& s) {
            QStringList out;
            for (auto it = arg.globalMatch(s); it.hasNext();)
                out << it.next().captured(0);
            out.sort();
            return out;
        };
        QStringList wrong;
        for (const Message& m : c.messages) {
            for (const QString& t : m.translations) {
                if (t.isEmpty())
                    continue;
                if (args(t) != args(m.source))
                    wrong << m.where() + QStringLiteral(" → “%1”: placeholders differ").arg(t);
                if (m.source.count(accelerator) != t.count(accelerator))
                    wrong << m.where() + QStringLiteral(" → “%1”: keyboard accelerator (&) lost or added").arg(t);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(path, wrong)));
    }

    void cataloguesMatchTheSources_data() { everyMessageIsTranslated_data(); }
    void cataloguesMatchTheSources()
    {
        // lupdate, run as the waymark_lupdate target runs it, on a copy: any
        // message it adds is a string in the sources the catalogue lacks, any
        // it removes one the sources no longer have.
        QFETCH(QString, path);
        if (!QFile::exists(QStringLiteral(WAYMARK_LUPDATE)))
            QSKIP("lupdate is not installed (Debian: qt6-l10n-tools); only the catalogues themselves were checked");
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("project.json"));
        QProcess cmake;
        cmake.start(QStringLiteral(WAYMARK_CMAKE),
            { QStringLiteral("-DIN_FILE=" WAYMARK_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + json,
                QStringLiteral("-P"), QStringLiteral(WAYMARK_LUPDATE_GENERATOR) });
        QVERIFY(cmake.waitForFinished(60000));
        QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());

        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(WAYMARK_LUPDATE),
            { QStringLiteral("-project"), json, QStringLiteral("-ts"), copy, QStringLiteral("-no-obsolete"),
                QStringLiteral("-locations"), QStringLiteral("none") });
        QVERIFY(lupdate.waitForFinished(300000));
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));
        // A tr() in a class lupdate cannot see a tr() of (Q_OBJECT, Q_DECLARE_TR_FUNCTIONS)
        // is filed under the class name, which its tr() at run time does not use.
        QStringList contexts;
        for (const QString& line : output.split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("lacks Q_OBJECT macro")))
                contexts << line;
        QVERIFY2(
            contexts.isEmpty(), qPrintable(report(QStringLiteral("tr() whose context lupdate cannot see"), contexts)));

        const Catalogue before = read(path);
        const Catalogue after = read(copy);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QSet<QString> had, has;
        for (const Message& m : before.messages)
            had.insert(m.key());
        QStringList missing, gone;
        for (const Message& m : after.messages) {
            has.insert(m.key());
            if (!had.contains(m.key()))
                missing << m.where();
        }
        for (const Message& m : before.messages)
            if (!has.contains(m.key()))
                gone << m.where();
        QVERIFY2(missing.isEmpty(),
            qPrintable(report(path
                    + QStringLiteral(": in the sources, not in the catalogue (run the waymark_lupdate "
                                     "target, then translate)"),
                missing)));
        QVERIFY2(gone.isEmpty(),
            qPrintable(report(
                path + QStringLiteral(": in the catalogue, no longer in the sources (run the waymark_lupdate target)"),
                gone)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
