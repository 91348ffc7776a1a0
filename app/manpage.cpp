#include "manpage.h"

#include "command.h"
#include "commandregistry.h"

#include <QCommandLineOption>
#include <QStringList>

namespace waymark::app {

namespace {

/// Text as troff reads it: backslashes and minus signs escaped (so options
/// copy as ASCII hyphen-minus), anything outside ASCII as a \[uXXXX]
/// glyph, and a line that would start with a control character guarded.
QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 16);
    bool lineStart = true;
    for (const char32_t c : text.toUcs4()) {
        if (lineStart && (c == U'.' || c == U'\''))
            out += QLatin1String("\\&");
        lineStart = c == U'\n';
        if (c == U'\\')
            out += QLatin1String("\\e");
        else if (c == U'-')
            out += QLatin1String("\\-");
        else if (c > 0x7e)
            out += QLatin1String("\\[u") + QString::number(quint32(c), 16).toUpper().rightJustified(4, QLatin1Char('0'))
                + QLatin1Char(']');
        else
            out += QChar(char16_t(c));
    }
    return out;
}

/// Running text for filled paragraphs: escaped, broken between words into
/// source lines of at most 78 characters (troff fills them again).
QString filled(const QString& text)
{
    QString out;
    qsizetype lineLength = 0;
    for (const QString& word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString w = escaped(word);
        if (lineLength > 0 && lineLength + 1 + w.size() > 78) {
            out += QLatin1Char('\n');
            lineLength = 0;
        } else if (lineLength > 0) {
            out += QLatin1Char(' ');
            ++lineLength;
        }
        out += w; // escaped() guards a word that starts with a control character
        lineLength += w.size();
    }
    return out + QLatin1Char('\n');
}

/// Preformatted lines (the synopses are laid out for a terminal): kept as
/// they are, less the indentation they all share.
QString verbatim(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype indent = -1;
    for (const QString& l : lines) {
        if (l.trimmed().isEmpty())
            continue;
        qsizetype n = 0;
        while (n < l.size() && l.at(n) == QLatin1Char(' '))
            ++n;
        indent = indent < 0 ? n : std::min(indent, n);
    }
    QString out = QStringLiteral(".nf\n");
    for (const QString& l : lines)
        out += escaped(l.mid(std::max<qsizetype>(indent, 0))) + QLatin1Char('\n');
    return out + QStringLiteral(".fi\n");
}

QString optionsOf(const Command& command)
{
    QString out;
    for (const QCommandLineOption& o : command.options()) {
        if (o.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QStringList names;
        for (const QString& n : o.names())
            names << QStringLiteral("\\fB%1%2\\fR")
                         .arg(n.size() == 1 ? QStringLiteral("\\-") : QStringLiteral("\\-\\-"), escaped(n));
        QString head = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            head += QStringLiteral(" \\fI%1\\fR").arg(escaped(o.valueName()));
        out += QStringLiteral(".TP\n") + head + QLatin1Char('\n') + filled(o.description());
    }
    return out;
}

} // namespace

QString manPage(const QString& version, const QString& date)
{
    QString page = QStringLiteral(".TH WAYMARK 1 \"%1\" \"Waymark %2\" \"User Commands\"\n").arg(date, version);
    page += QStringLiteral(".SH NAME\n"
                           "waymark \\- offline analysis workstation for counter\\-trafficking analysts\n"
                           ".SH SYNOPSIS\n"
                           ".B waymark\n"
                           ".RI [ WORKSPACE ]\n"
                           ".br\n"
                           ".B waymark\n"
                           ".I COMMAND\n"
                           ".RI [ OPTIONS ]\n"
                           ".br\n"
                           ".B waymark help\n"
                           ".RI [ COMMAND ]\n"
                           ".br\n"
                           ".B waymark \\-\\-version\n"
                           ".SH DESCRIPTION\n"
                           "Waymark loads extracts of the central hub, the CTDC Global Synthetic\n"
                           "Dataset and banks' transaction files into a local SQLite workspace (one\n"
                           "file, \\fI*.waymark\\fR), keeping every row's provenance and grading. It\n"
                           "shows routes and hotspots on a map, people, businesses, phones and\n"
                           "accounts as a link graph, scores bank accounts against financial\n"
                           "typologies, and helps write Key Judgement Reports.\n"
                           ".PP\n"
                           "Without a command, \\fBwaymark\\fR opens the workstation on \\fIWORKSPACE\\fR\n"
                           "(created when it does not exist), or on the last workspace used. The\n"
                           "commands below run the same code without a window. Waymark opens no\n"
                           "network connection.\n"
                           ".SH COMMANDS\n");
    for (const auto& command : CommandRegistry::commands()) {
        const QStringList forms = command->synopsis();
        if (forms.isEmpty())
            continue;
        page += QStringLiteral(".SS %1\n").arg(escaped(command->name()));
        page += verbatim(forms.join(QLatin1Char('\n')));
        page += optionsOf(*command);
    }
    page += QStringLiteral(".SH OPTIONS\n"
                           ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\n"
                           "The commands and their synopses; after a command, that command's options.\n"
                           ".TP\n\\fB\\-v\\fR, \\fB\\-\\-version\\fR\nThe version.\n"
                           ".SH EXIT STATUS\n")
        + filled(CommandRegistry::exitCodes());
    page += QStringLiteral(".SH ENVIRONMENT\n"
                           ".TP\n\\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR, \\fBLANGUAGE\\fR\n"
                           "The language of the window and of the messages.\n"
                           ".TP\n\\fBQT_QPA_PLATFORM\\fR\n"
                           "The Qt platform plugin. Commands that draw (\\fBrender\\fR,\n"
                           "\\fBreport export\\fR) use \\fBoffscreen\\fR unless it is set, so they run\n"
                           "without a display.\n"
                           ".TP\n\\fBQT_LOGGING_RULES\\fR\n"
                           "Turns on diagnostics by area, for example \\fBwaymark.ingest.debug=true\\fR.\n"
                           ".SH FILES\n"
                           ".TP\n\\fI*.waymark\\fR\n"
                           "A workspace: one SQLite file per investigation, plain or encrypted under a\n"
                           "passphrase (\\fBwaymark new \\-\\-encrypt\\fR, \\fBwaymark encrypt\\fR).\n"
                           ".TP\n\\fI~/.config/Waymark/Waymark.conf\\fR\n"
                           "The last and the recent workspaces, and choices made in the window.\n"
                           ".SH SEE ALSO\n"
                           ".BR sqlite3 (1)\n");
    return page;
}

} // namespace waymark::app
