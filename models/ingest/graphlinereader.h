#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace waymark::ingest {

/// Reads a text network file (Pajek, UCINET DL, GML) one line at a time, in
/// bounded memory, and splits a line into words the way those formats do:
/// runs of blanks (and, where asked, commas) part words; "double quotes"
/// hold a word with blanks. Each word keeps its column for error messages.
class GraphLineReader {
public:
    struct Word {
        QString text;
        qint64 column = 1; ///< 1-based, in characters
        bool quoted = false;
    };

    GraphLineReader(QIODevice* device, QString fileName);
    /// The next line (without its line end; a UTF-8 byte-order mark on the
    /// first is dropped). False at the end, or when a line is longer than
    /// maxLineBytes() or not UTF-8 (error() says so).
    bool next();
    const QByteArray& line() const { return m_line; }
    qint64 lineNumber() const { return m_lineNumber; }
    const Error& error() const { return m_error; }
    const QString& fileName() const { return m_fileName; }
    /// The words of the current line; commas part words too when `commas`.
    QList<Word> words(bool commas = false) const;
    Error errorAt(qint64 column, const QString& reason) const
    {
        return Error::at(m_fileName, m_lineNumber, column, reason);
    }
    static constexpr qint64 maxLineBytes() { return 1 << 20; }

private:
    QIODevice* m_device;
    QString m_fileName;
    QByteArray m_line;
    qint64 m_lineNumber = 0;
    Error m_error;
};

} // namespace waymark::ingest
