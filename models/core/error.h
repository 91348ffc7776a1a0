#pragma once

#include <QCoreApplication>
#include <QString>

namespace waymark {

/// A problem worth telling the user about: a message that is already
/// translated, a technical detail for logs, and where it happened. When the
/// place is known it is written the way compilers do: `file:line:column: reason`.
struct Error {
    QString message;
    QString detail;
    QString file;
    qint64 line = 0;
    qint64 column = 0;

    Error() = default;
    explicit Error(QString msg, QString det = {})
        : message(std::move(msg))
        , detail(std::move(det))
    {
    }
    static Error at(QString file, qint64 line, qint64 column, QString reason);
    /// An error at a byte offset of a text file (a JSON parser's offset):
    /// its line and column (in characters) are worked out from the text.
    static Error atOffset(QString file, const QByteArray& text, qint64 offset, QString reason);

    bool isNull() const { return message.isEmpty(); }
    /// `file:line:column: message` (parts that are unknown are left out).
    QString toString() const;
};

} // namespace waymark
