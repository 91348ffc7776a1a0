#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace waymark::ingest {

/// A streaming RFC 4180 CSV reader over bytes. It keeps one record in memory
/// at a time (plus a read buffer), so a file of any size reads in constant
/// memory. Fields are views into its buffer, valid until the next call to
/// readRecord().
///
/// What it accepts from real files: a UTF-8 byte-order mark, CRLF, LF or CR
/// line ends, no final newline, quoted fields spanning lines. What it refuses,
/// with file:line:column: UTF-16 or other non-UTF-8 text, NUL bytes, an
/// unterminated quote (a truncated file), text after a closing quote, fields
/// larger than maxFieldBytes().
class CsvReader {
public:
    enum class Status { Record, End, BadRecord, Fatal };

    CsvReader(QIODevice* device, QString fileName, char delimiter = ',');

    /// An error if the first bytes of a file show it is not UTF-8 text
    /// (a UTF-16 byte-order mark, NUL bytes); a null Error otherwise.
    static Error checkEncoding(const QByteArray& head, const QString& fileName);

    /// Reads the next record. Record: fields are available. End: no more
    /// input. BadRecord: this record is malformed but the next one can be read
    /// (error() says why; rawRecord() has its bytes). Fatal: the rest of the
    /// file cannot be read.
    Status readRecord();

    int fieldCount() const { return int(m_views.size()); }
    std::string_view field(int i) const { return m_views[size_t(i)]; }
    /// Line and 1-based character column where field i starts.
    qint64 fieldLine(int i) const;
    qint64 fieldColumn(int i) const;
    /// Line on which the current record starts.
    qint64 recordLine() const { return m_recordLine; }
    /// The record's bytes as they stood in the file (for quarantine).
    QByteArray rawRecord() const;
    const Error& error() const { return m_error; }
    const QString& fileName() const { return m_fileName; }
    /// Bytes consumed so far, for progress.
    qint64 bytesConsumed() const { return m_consumedBefore + m_pos; }
    /// An Error at field i of the current record.
    Error errorAt(int field, const QString& reason) const;
    Error errorAtRecord(const QString& reason) const;

    void setMaxFieldBytes(qint64 bytes) { m_maxField = bytes; }
    qint64 maxFieldBytes() const { return m_maxField; }

private:
    struct Field {
        qint64 begin;
        qint64 end;
        qint64 line;
        qint64 lineStart; ///< buffer offset where that line starts
        bool quoted;
        bool escapes;
    };
    enum class Scan { Complete, NeedMore, Bad, Fatal };

    Scan scan();
    /// A malformed record: skip to its line end, or ask for more input.
    Scan skipRecord(qint64 p, qint64 line);
    bool fill();
    qint64 columnOf(qint64 lineStart, qint64 offset) const;
    void fail(qint64 line, qint64 lineStart, qint64 offset, const QString& reason);

    QIODevice* m_device;
    QString m_fileName;
    char m_delimiter;
    /// The bytes that end an unquoted field (the delimiter, CR, LF) or stop
    /// the scan (NUL): one lookup a byte instead of four comparisons.
    std::array<bool, 256> m_stops {};
    QByteArray m_buffer;
    qint64 m_pos = 0; ///< start of the unread data in m_buffer
    qint64 m_size = 0; ///< bytes valid in m_buffer
    qint64 m_consumedBefore = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1; ///< line at m_pos
    qint64 m_lineStart = 0; ///< buffer offset of the start of line m_line
    qint64 m_recordLine = 0;
    qint64 m_recordBegin = 0;
    qint64 m_recordEnd = 0;
    qint64 m_maxField = 1 << 20;
    std::vector<Field> m_fields;
    std::vector<std::string_view> m_views;
    std::string m_scratch; ///< unescaped copies of quoted fields that held ""
    Error m_error;
};

} // namespace waymark::ingest
