#include "commandcontext.h"

#include "command.h"

#include "analysis/analysiscontext.h"
#include "analysis/filter.h"
#include "core/feedback.h"
#include "core/taxonomy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace waymark::app {

namespace {

Feedback* g_running = nullptr;

extern "C" void onInterrupt(int)
{
    // Only atomic stores: safe in a signal handler. The job rolls back, and a
    // statement running inside SQLite is interrupted at its next step.
    if (g_running)
        g_running->cancel();
    store::Workspace::interruptAll();
}

} // namespace

Context::Context(const QCommandLineParser& parser, QStringList arguments, QStringList known)
    : m_parser(parser)
    , m_arguments(std::move(arguments))
    , m_names(std::move(known))
{
}

Context::~Context()
{
    g_running = nullptr;
}

QTextStream& Context::err()
{
    static QTextStream s(stderr);
    return s;
}

int Context::fail(const Error& error, int exitCode)
{
    err() << error.toString() << '\n';
    if (!error.detail.isEmpty())
        err() << "  " << error.detail << '\n';
    return exitCode;
}

QTextStream& Context::out()
{
    static QTextStream s(stdout);
    return s;
}

QString Context::value(const QString& option) const
{
    return m_names.contains(option) ? m_parser.value(option) : QString();
}

QStringList Context::values(const QString& option) const
{
    return m_names.contains(option) ? m_parser.values(option) : QStringList();
}

bool Context::isSet(const QString& option) const
{
    return m_names.contains(option) && m_parser.isSet(option);
}

QCommandLineOption Context::workspaceOption()
{
    return { QStringLiteral("workspace"), QCoreApplication::translate("CommandLine", "Workspace file."),
        QStringLiteral("W") };
}

QCommandLineOption Context::quietOption()
{
    return { QStringLiteral("quiet"), QCoreApplication::translate("CommandLine", "No progress bar or timing.") };
}

QCommandLineOption Context::passphraseFileOption()
{
    return { QStringLiteral("passphrase-file"),
        QCoreApplication::translate("CommandLine", "File whose first line is an encrypted workspace's passphrase."),
        QStringLiteral("FILE") };
}

QCommandLineOption Context::newPassphraseFileOption()
{
    return { QStringLiteral("new-passphrase-file"),
        QCoreApplication::translate("CommandLine", "File whose first line is the new passphrase (encrypt, rekey)."),
        QStringLiteral("FILE") };
}

QCommandLineOption Context::outOption()
{
    return { QStringLiteral("out"), QCoreApplication::translate("CommandLine", "Output file."),
        QStringLiteral("FILE") };
}

QCommandLineOption Context::sizeOption()
{
    return { QStringLiteral("size"), QCoreApplication::translate("CommandLine", "Image size, e.g. 1600x1000."),
        QStringLiteral("WxH") };
}

QList<QCommandLineOption> Context::timeWindowOptions()
{
    return { { QStringLiteral("from"),
                 QCoreApplication::translate("CommandLine", "Start of the time window (YYYY-MM-DD)."),
                 QStringLiteral("DATE") },
        { QStringLiteral("to"), QCoreApplication::translate("CommandLine", "End of the time window (YYYY-MM-DD)."),
            QStringLiteral("DATE") } };
}

QCommandLineOption Context::includeRestrictedOption()
{
    return { QStringLiteral("include-restricted"),
        QCoreApplication::translate("CommandLine",
            "Ask for every selected record, restricted ones included: refused (exit 3) if any may not go.") };
}

std::optional<sharing::Destination> Context::destination(sharing::Destination fallback) const
{
    if (!isSet(QStringLiteral("destination")))
        return fallback;
    const QString d = value(QStringLiteral("destination"));
    if (d == QLatin1String("partner"))
        return sharing::Destination::Partner;
    if (d == QLatin1String("own"))
        return sharing::Destination::OwnOrganisation;
    err() << QCoreApplication::translate("CommandLine", "--destination must be own or partner") << '\n';
    return std::nullopt;
}

int Context::refuseWhatMayNotGo(
    const sharing::Releasability::Outcome& outcome, bool whole, bool askedByFlag, const QString& nothingLeft)
{
    out() << outcome.summary();
    out().flush();
    const QString to = sharing::Releasability::destinationName(outcome.destination);
    if (whole && outcome.withheldCount() > 0) {
        err() << (askedByFlag
                ? QCoreApplication::translate("CommandLine",
                    "Refused: --include-restricted asks for %n record(s) that may not go to %1 (see \"left out\" "
                    "above). Nothing was written.",
                    nullptr, int(outcome.withheldCount()))
                : QCoreApplication::translate("CommandLine",
                    "Refused: what was asked for holds %n record(s) that may not go to %1 (see \"left out\" above). "
                    "Nothing was written.",
                    nullptr, int(outcome.withheldCount())))
                     .arg(to)
              << '\n';
        return InputRejected;
    }
    if (!nothingLeft.isEmpty() && outcome.isEmpty()) {
        err() << nothingLeft.arg(to) << '\n';
        return InputRejected;
    }
    return -1;
}

QCommandLineOption Context::destinationOption()
{
    return { QStringLiteral("destination"),
        QCoreApplication::translate("CommandLine",
            "Where the export goes: partner (outside the own organisation) or own (default: partner for export "
            "share, own for report export)."),
        QStringLiteral("TO") };
}

QList<QCommandLineOption> Context::filterOptions()
{
    QList<QCommandLineOption> o = timeWindowOptions();
    o << QCommandLineOption { QStringLiteral("type"),
        QCoreApplication::translate(
            "CommandLine", "Types of exploitation, comma-separated (sexual_exploitation, forced_labour, …)."),
        QStringLiteral("LIST") };
    o << QCommandLineOption { QStringLiteral("source-kind"),
        QCoreApplication::translate(
            "CommandLine", "Source kinds, comma-separated (partner_case, open_source, reporting_app, …)."),
        QStringLiteral("LIST") };
    o << QCommandLineOption { QStringLiteral("grade"),
        QCoreApplication::translate("CommandLine", "Source grades, comma-separated (1, 2, A, B, …)."),
        QStringLiteral("LIST") };
    return o;
}

void Context::attachProgress(Feedback& feedback)
{
    g_running = &feedback;
    if (quiet() || !isatty(STDERR_FILENO))
        return;
    feedback.setProgressCallback([](double fraction, const QString& status) {
        const int width = 30;
        const int filled = int(fraction * width);
        err() << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
              << qSetFieldWidth(3) << int(fraction * 100) << qSetFieldWidth(0) << "% " << status.left(60) << "\x1b[K";
        err().flush();
    });
}

void Context::endProgress()
{
    g_running = nullptr;
    if (!quiet() && isatty(STDERR_FILENO)) {
        err() << "\r\x1b[K";
        err().flush();
    }
}

void Context::setRunning(Feedback* feedback)
{
    g_running = feedback;
}

void Context::installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

QByteArray Context::readPassphrase(const QString& file, const QString& prompt)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << QCoreApplication::translate("CommandLine", "%1 cannot be read: %2").arg(file, f.errorString())
                  << '\n';
            return {};
        }
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line;
    }
    if (!isatty(STDIN_FILENO))
        return {};
    err() << prompt;
    err().flush();
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QByteArray line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err() << '\n';
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool Context::unlockIfEncrypted(const QString& path)
{
    if (!QFileInfo::exists(path) || !store::Workspace::isEncrypted(path))
        return true;
    const QByteArray passphrase = readPassphrase(value(QStringLiteral("passphrase-file")),
        QCoreApplication::translate("CommandLine", "Passphrase for %1: ").arg(path));
    if (passphrase.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "%1 is encrypted: give its passphrase with --passphrase-file FILE, or type it on a terminal.")
                     .arg(path)
              << '\n';
        return false;
    }
    if (Status st = store::Workspace::unlock(path, passphrase); !st) {
        err() << st.error().toString() << '\n';
        return false;
    }
    return true;
}

std::unique_ptr<store::Workspace> Context::openWorkspace(const QString& path, store::Workspace::Mode mode)
{
    if (!unlockIfEncrypted(path))
        return nullptr;
    auto ws = store::Workspace::open(path, mode);
    if (!ws) {
        fail(ws.error(), WorkspaceError);
        return nullptr;
    }
    return std::move(ws.value());
}

std::optional<QSize> Context::imageSize(QSize fallback) const
{
    if (!isSet(QStringLiteral("size")))
        return fallback;
    const QStringList wh = value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (size.width() < 200 || size.height() < 200 || size.width() > 20000 || size.height() > 20000) {
        err() << QCoreApplication::translate("CommandLine", "--size must be like 1600x1000") << '\n';
        return std::nullopt;
    }
    return size;
}

bool Context::withTimeWindow(analysis::Filter& filter) const
{
    for (const char* option : { "from", "to" }) {
        const QString name = QLatin1String(option);
        if (!isSet(name))
            continue;
        const QDate day = QDate::fromString(value(name), Qt::ISODate);
        if (!day.isValid()) {
            err() << QCoreApplication::translate("CommandLine", "--%1 must be a date like 2021-03-31").arg(name)
                  << '\n';
            return false;
        }
        (name == QLatin1String("from") ? filter.dayFrom : filter.dayTo) = day.toJulianDay();
    }
    return true;
}

bool Context::withFilterOptions(analysis::Filter& filter) const
{
    if (!withTimeWindow(filter))
        return false;
    auto list = [this](const char* option) {
        QStringList values;
        for (const QString& v : value(QLatin1String(option)).split(QLatin1Char(','), Qt::SkipEmptyParts))
            values << v.trimmed();
        return values;
    };
    if (isSet(QStringLiteral("type"))) {
        quint32 bits = 0;
        for (const QString& code : list("type")) {
            const quint32 bit = Taxonomy::bit(Taxonomy::Group::Exploitation, code.toStdString());
            if (!bit) {
                err() << QCoreApplication::translate("CommandLine", "--type: unknown type \"%1\" (expected %2)")
                             .arg(code, Taxonomy::codes(Taxonomy::Group::Exploitation).join(QLatin1String(", ")))
                      << '\n';
                return false;
            }
            bits |= bit;
        }
        filter.exploitation = bits;
    }
    if (isSet(QStringLiteral("source-kind"))) {
        const QStringList kinds = list("source-kind");
        for (const QString& kind : kinds) {
            if (!Taxonomy::sourceKinds().contains(kind)) {
                err() << QCoreApplication::translate(
                    "CommandLine", "--source-kind: unknown source kind \"%1\" (expected %2)")
                             .arg(kind, Taxonomy::sourceKinds().join(QLatin1String(", ")))
                      << '\n';
                return false;
            }
        }
        filter.sourceKinds = kinds;
    }
    if (isSet(QStringLiteral("grade")))
        filter.sourceGrades = list("grade");
    return true;
}

bool Context::applyTimeWindow(analysis::AnalysisContext& context) const
{
    analysis::Filter filter = context.filter();
    if (!withFilterOptions(filter))
        return false;
    context.setFilter(filter, false); // for this drawing only: the workspace keeps its saved filter
    return true;
}

} // namespace waymark::app
