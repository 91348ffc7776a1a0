#include "reports/redactor.h"
#include "reports/reportexporter.h"
#include "reports/reportstore.h"
#include "store/auditlog.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTextDocument>
#include <QtTest>

#include <unistd.h>

using namespace waymark;
using namespace waymark::reports;

class TestReportExporter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    ReportDocument m_doc;
    QStringList m_identifiers; // values that must never appear in a redacted export
    QStringList m_sourceKeys;

private Q_SLOTS:
    void initTestCase()
    {
        // To look at the exports: WAYMARK_KEEP_OUTPUT=1 keeps the folder.
        if (qEnvironmentVariableIsSet("WAYMARK_KEEP_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo() << "output in" << m_dir.path();
        }
        m_ws = test::sampleWorkspace(m_dir.path(), m_dir.filePath(QStringLiteral("w.waymark")), 400, 4);
        QVERIFY(m_ws);
        ReportStore store(*m_ws);
        m_doc = ReportDocument::fromTemplate(ReportDocument::Template::StandardKjr);
        m_doc.title = QStringLiteral("Exploitation in nail bars");
        m_doc.reference = QStringLiteral("KJR-2026-021");
        m_doc.author = QStringLiteral("Analyst B");
        m_doc.dataCutOff = QDate(2025, 12, 31);
        m_doc.marking.classification = QStringLiteral("OFFICIAL-SENSITIVE");
        m_doc.marking.conditions = QStringLiteral("Not for release outside the task force");

        const QStringList incidents
            = m_ws->strings("SELECT incident_key FROM incidents WHERE incident_key IS NOT NULL ORDER BY id LIMIT 6");
        const QString person = m_ws->strings("SELECT entity_key FROM entities WHERE type = 'person' LIMIT 1").value(0);
        const QString personName = m_ws->strings("SELECT label FROM entities WHERE type = 'person' LIMIT 1").value(0);
        const QString phone = m_ws->strings("SELECT label FROM entities WHERE type = 'phone' LIMIT 1").value(0);
        const QString account
            = m_ws->strings("SELECT account_key FROM accounts WHERE account_key LIKE 'ACC-R%' LIMIT 1").value(0);
        const QString holder
            = m_ws->strings("SELECT customer_name FROM accounts WHERE account_key LIKE 'ACC-R%' LIMIT 1").value(0);
        const QString iban = m_ws->strings("SELECT label FROM entities WHERE type = 'account' LIMIT 1").value(0);
        m_identifiers = { personName, phone, account, holder, iban };
        for (const QString& s : std::as_const(m_identifiers))
            QVERIFY(!s.isEmpty());

        const char* statements[] = { "It is highly likely that nail bars in the north-west are the main site of labour "
                                     "exploitation in the period.",
            "It is likely that %1 controls the workers, using the phone %2.",
            "It is a realistic possibility that account %1 held by %2 receives the wages." };
        const char* terms[] = { "highly likely", "likely", "realistic possibility" };
        for (int i = 0; i < 3; ++i) {
            KeyJudgement j;
            j.statement = QString::fromUtf8(statements[i]);
            if (i == 1)
                j.statement = j.statement.arg(personName, phone);
            if (i == 2)
                j.statement = j.statement.arg(account, holder);
            j.term = QLatin1String(terms[i]);
            j.confidence = QStringLiteral("moderate");
            j.rationale = QStringLiteral("Partner case records, corroborated.");
            auto e = store.evidence(Evidence::Kind::Incident, incidents.value(i));
            QVERIFY(e);
            j.evidence.push_back(e.value());
            m_sourceKeys << e->sourceKey;
            if (i == 1) {
                auto p = store.evidence(Evidence::Kind::Entity, person);
                QVERIFY(p);
                j.evidence.push_back(p.value());
                m_sourceKeys << p->sourceKey;
            }
            if (i == 2) {
                auto a = store.evidence(Evidence::Kind::Account, account);
                QVERIFY(a);
                j.evidence.push_back(a.value());
                m_sourceKeys << a->sourceKey;
            }
            m_doc.judgements.push_back(j);
        }
        QString longText;
        for (int k = 0; k < 40; ++k)
            longText += QStringLiteral("<p>Paragraph %1 of the assessment. Workers were recruited through online "
                                       "advertisements and moved by coach; %2 arranged the housing.</p>")
                            .arg(k + 1)
                            .arg(personName.toHtmlEscaped());
        m_doc.section(QStringLiteral("assessment"))->html = longText;
        m_doc.section(QStringLiteral("background"))->html
            = QStringLiteral("<p>Contact by e-mail at someone@example.org or on 07700 900123.</p>");
        QImage img(2400, 1500, QImage::Format_RGB32);
        img.fill(QColor(200, 220, 240));
        QPainter painter(&img);
        painter.setPen(Qt::darkBlue);
        painter.drawEllipse(QPoint(1200, 750), 500, 300);
        painter.end();
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
        auto figure = [](const char* kind, const char* caption, const char* filter, bool personal) {
            reports::Figure f;
            f.kind = QLatin1String(kind);
            f.caption = QString::fromUtf8(caption);
            f.filter = QLatin1String(filter);
            f.dataDate = QStringLiteral("2025-12-31");
            f.personal = personal;
            return f;
        };
        m_doc.addFigure(png, figure("map", "Leading routes into the region", "All incidents", false));
        m_doc.addFigure(png, figure("graph", "The ring's link chart", "All entities", true));
        auto id = store.create(m_doc);
        QVERIFY(id);
    }

    void pdfHasMarkingOnEveryPageJudgementsInOrderAndAnnex()
    {
        const QString path = m_dir.filePath(QStringLiteral("r.pdf"));
        const qint64 audits = m_ws->scalar("SELECT count(*) FROM audit_log WHERE action = 'report.export'");
        QElapsedTimer t;
        t.start();
        Status st = ReportExporter::write(*m_ws, m_doc, ReportExporter::Format::Pdf, path);
        QVERIFY2(st, qPrintable(st.error().toString()));
        qInfo() << "PDF export" << t.elapsed() << "ms";
        QCOMPARE(m_ws->scalar("SELECT count(*) FROM audit_log WHERE action = 'report.export'"), audits + 1);
        const QString text
            = test::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QStringList pages = text.split(QLatin1Char('\f'));
        if (pages.last().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY2(pages.size() >= 3, qPrintable(text.left(500)));
        for (int p = 0; p < pages.size(); ++p) {
            QCOMPARE(pages[p].count(QStringLiteral("OFFICIAL-SENSITIVE")) >= 2, true);
            QVERIFY(pages[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
        }
        // A title page of its own; the contents start the next page.
        QVERIFY(pages[0].contains(m_doc.title));
        QVERIFY(!pages[0].contains(QStringLiteral("Contents")));
        QVERIFY(pages[1].contains(QStringLiteral("Contents")));
        // No page ends on a heading: a heading keeps with what follows it.
        QStringList headings { QStringLiteral("Key judgements"), QStringLiteral("Annex A: Sources and their grades"),
            QStringLiteral("Annex B: Probability yardstick and confidence"),
            QStringLiteral("Annex C: Method — checks on generated judgements") };
        for (const auto& section : m_doc.sections)
            headings << section.title;
        for (int p = 1; p < pages.size(); ++p) {
            QStringList body;
            for (const QString& line : pages[p].split(QLatin1Char('\n'))) {
                const QString t = line.trimmed();
                if (!t.isEmpty() && !t.contains(QStringLiteral("OFFICIAL-SENSITIVE"))
                    && !t.contains(QStringLiteral("Page %1 of").arg(p + 1)))
                    body << t;
            }
            QVERIFY2(!body.isEmpty() && !headings.contains(body.last()),
                qPrintable(QStringLiteral("page %1 ends with “%2”").arg(p + 1).arg(body.value(body.size() - 1))));
        }
        const qsizetype k1 = text.indexOf(QStringLiteral("KJ1.")), k2 = text.indexOf(QStringLiteral("KJ2.")),
                        k3 = text.indexOf(QStringLiteral("KJ3."));
        QVERIFY(k1 >= 0 && k1 < k2 && k2 < k3);
        const qsizetype annex = text.lastIndexOf(QStringLiteral("Annex A"));
        QVERIFY(annex > k3);
        for (const QString& key : std::as_const(m_sourceKeys))
            QVERIFY2(text.indexOf(key, annex) > 0, qPrintable(key));
        QVERIFY(text.contains(QStringLiteral("Figure 1: Leading routes into the region")));
        // The contents give each heading's page.
        QVERIFY(QRegularExpression(QStringLiteral("Annex A: Sources and their grades\\s+\\d+")).match(text).hasMatch());
        for (const auto& section : m_doc.sections) // every heading, sections too
            QVERIFY2(QRegularExpression(QRegularExpression::escape(section.title) + QStringLiteral("\\s+\\d+\\n"))
                         .match(text)
                         .hasMatch(),
                qPrintable(section.title));
        QVERIFY(test::runTool(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), path,
                m_dir.filePath(QStringLiteral("page")) })
                    .isEmpty());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("page-1.png"))));
    }

    void odtOpens()
    {
        const QString path = m_dir.filePath(QStringLiteral("r.odt"));
        QVERIFY(ReportExporter::write(*m_ws, m_doc, ReportExporter::Format::Odt, path));
        const QString content
            = test::runTool(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("content.xml") });
        QVERIFY2(content.contains(QStringLiteral("OFFICIAL-SENSITIVE")), qPrintable(content.left(300)));
        QVERIFY(content.contains(QStringLiteral("KJ3.")));
        const QString files = test::runTool(QStringLiteral("unzip"), { QStringLiteral("-l"), path });
        QVERIFY(files.contains(QStringLiteral("mimetype")));
        QVERIFY2(files.contains(QStringLiteral("Pictures/")), qPrintable(files)); // the figures travel inside
    }

    void redactionLeavesNoIdentifierInAnyFormat()
    {
        for (auto format : { ReportExporter::Format::Pdf, ReportExporter::Format::Odt, ReportExporter::Format::Html,
                 ReportExporter::Format::Markdown }) {
            const QString path = m_dir.filePath(QStringLiteral("redacted.") + ReportExporter::formatName(format));
            ExportOptions o;
            o.redact = true;
            Status st = ReportExporter::write(*m_ws, m_doc, format, path, o);
            QVERIFY2(st, qPrintable(st.error().toString()));
            QString text;
            if (format == ReportExporter::Format::Pdf)
                text = test::runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
            else if (format == ReportExporter::Format::Odt)
                text = test::runTool(
                    QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("content.xml") });
            else {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                text = QString::fromUtf8(f.readAll());
            }
            QVERIFY(!text.startsWith(QLatin1Char('<')) || format != ReportExporter::Format::Pdf);
            for (const QString& id : std::as_const(m_identifiers))
                QVERIFY2(!text.contains(id, Qt::CaseInsensitive), qPrintable(path + QLatin1String(": ") + id));
            for (const char* gone : { "someone@example.org", "07700 900123" })
                QVERIFY2(
                    !text.contains(QLatin1String(gone)), qPrintable(path + QLatin1String(": ") + QLatin1String(gone)));
            QVERIFY2(text.contains(QStringLiteral("[PERSON-1]")), qPrintable(path));
            QVERIFY(text.contains(QStringLiteral("[PHONE-")));
            QVERIFY(text.contains(QStringLiteral("[ACCOUNT-")));
            QVERIFY(text.contains(QStringLiteral("Figure withheld")));
            // The chain head the recipient can hold the sender to.
            QVERIFY2(text.simplified().contains(QStringLiteral("audit chain head")), qPrintable(path));
        }
        QVERIFY(m_ws->scalar("SELECT count(*) FROM audit_log WHERE action = 'report.export' AND details LIKE "
                             "'%redacted%'")
            >= 4);
        QVERIFY(m_ws->audit().verify());
    }

    /// A report without key judgements says so under the heading (it showed
    /// the heading over nothing, and the next section straight after).
    void noJudgementsIsSaid()
    {
        for (const bool generated : { true, false }) {
            ReportDocument doc = m_doc;
            doc.judgements.clear();
            doc.generated = generated;
            const QString path = m_dir.filePath(QStringLiteral("empty-%1.md").arg(generated));
            QVERIFY(ReportExporter::write(*m_ws, doc, ReportExporter::Format::Markdown, path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const qsizetype heading = text.indexOf(QStringLiteral("## Key judgements"));
            QVERIFY(heading >= 0);
            const QString next = text.mid(heading).section(QLatin1Char('\n'), 2, 2).remove(QLatin1Char('*'));
            QVERIFY2(next.startsWith(generated ? QStringLiteral("No key judgement yet: Waymark drafts one only")
                                               : QStringLiteral("No key judgement yet.")),
                qPrintable(next));
        }
    }

    void placeholdersAreStable()
    {
        Redactor r;
        r.addIdentifier(QStringLiteral("Zora Mensah"), QStringLiteral("PERSON"));
        r.addIdentifier(QStringLiteral("Olga Ivanova"), QStringLiteral("PERSON"));
        QCOMPARE(r.apply(QStringLiteral("Zora Mensah met olga ivanova; ZORA MENSAH paid.")),
            QStringLiteral("[PERSON-1] met [PERSON-2]; [PERSON-1] paid."));
        QCOMPARE(r.apply(QStringLiteral("Zora Mensahs")), QStringLiteral("Zora Mensahs"));
        QCOMPARE(r.applyToHtml(QStringLiteral("<p>Olga <b>x</b> Olga Ivanova &amp; co</p>")),
            QStringLiteral("<p>Olga <b>x</b> [PERSON-2] &amp; co</p>"));
    }

    // A section may hold HTML from anywhere (pasted, or a received
    // workspace): an export carries only what Waymark drew or stored. A local
    // file is not read into it, and no remote address is left to load.
    void exportsReadNoFileAndLoadNothing()
    {
        const QString secret = m_dir.filePath(QStringLiteral("secret.png"));
        QImage red(64, 64, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(secret));
        ReportDocument doc = ReportDocument::fromTemplate(ReportDocument::Template::StandardKjr);
        doc.title = QStringLiteral("Sealed");
        doc.section(QStringLiteral("background"))->html
            = QStringLiteral("<p>Before <img src=\"%1\"> <img src=\"file://%1\"> "
                             "<img src=\"http://beacon.example/t.png\"> after.</p>"
                             "<table style=\"background-image:url(http://beacon.example/bg.png)\"><tr>"
                             "<td background=\"http://beacon.example/td.png\">cell</td></tr></table>"
                             "<link rel=\"stylesheet\" href=\"http://beacon.example/s.css\">"
                             "<script src=\"http://beacon.example/s.js\"></script>")
                  .arg(secret);
        for (auto format : { ReportExporter::Format::Pdf, ReportExporter::Format::Odt, ReportExporter::Format::Html,
                 ReportExporter::Format::Markdown }) {
            const QString path = m_dir.filePath(QStringLiteral("sealed.") + ReportExporter::formatName(format));
            Status st = ReportExporter::write(*m_ws, doc, format, path);
            QVERIFY2(st, qPrintable(st.error().toString()));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (format == ReportExporter::Format::Pdf) {
                const QString images = test::runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
                QVERIFY2(images.count(QLatin1Char('\n')) <= 2, qPrintable(images)); // the header lines only
                QVERIFY(test::runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") })
                            .contains(QLatin1String("image left out")));
            } else if (format == ReportExporter::Format::Odt) {
                const QString files = test::runTool(QStringLiteral("unzip"), { QStringLiteral("-l"), path });
                QVERIFY2(!files.contains(QLatin1String("Pictures/")), qPrintable(files));
                const QString content = test::runTool(
                    QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("content.xml") });
                QVERIFY2(!content.contains(QLatin1String("beacon.example")), qPrintable(content.left(2000)));
            } else {
                QVERIFY2(!bytes.contains("beacon.example"), bytes.constData());
                QVERIFY2(!bytes.contains(QFile::encodeName(secret)), bytes.constData());
                QVERIFY(bytes.contains("image left out"));
            }
        }
    }

    void unwritablePathIsAClearErrorAndWritesNothing()
    {
        Status missing = ReportExporter::write(
            *m_ws, m_doc, ReportExporter::Format::Html, m_dir.filePath(QStringLiteral("no/such/dir/r.html")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("cannot be written")));
        // A folder where the file should go: fails even for root.
        const QString folder = m_dir.filePath(QStringLiteral("taken.pdf"));
        QVERIFY(QDir().mkpath(folder));
        Status st = ReportExporter::write(*m_ws, m_doc, ReportExporter::Format::Pdf, folder);
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(QStringLiteral("cannot be written")));
        QVERIFY(QFileInfo(folder).isDir());
        // A read-only folder: nothing left behind, not even a temporary file.
        const QString dir = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        st = ReportExporter::write(*m_ws, m_doc, ReportExporter::Format::Pdf, dir + QStringLiteral("/r.pdf"));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (::geteuid() != 0) {
            QVERIFY(!st);
            QVERIFY(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty());
        }
    }
};

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
