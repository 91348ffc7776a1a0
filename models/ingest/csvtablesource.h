#pragma once

#include "ingest/csvreader.h"
#include "ingest/tablesource.h"

#include <QFile>

#include <memory>

namespace waymark::ingest {

/// A delimited text file as a TableSource, on top of CsvReader (so it has
/// the same constant memory, encoding checks and file:line:column errors).
/// The delimiter is given, or sniffed from the header line (the one of
/// , ; tab | that splits it into the most columns, outside quotes).
class CsvTableSource : public TableSource {
public:
    /// `delimiter` 0: sniff. `displayName` names the file in errors (default: its file name).
    explicit CsvTableSource(const QString& path, char delimiter = 0, const QString& displayName = QString());
    /// Over a device someone else owns (tests, fuzzing, zip members).
    CsvTableSource(QIODevice* device, const QString& displayName, qint64 totalBytes, char delimiter = 0);
    ~CsvTableSource() override;

    /// The delimiter a header line suggests: , ; \t or |.
    static char sniffDelimiter(const QByteArray& headerLine);

    Status open() override;
    const QStringList& header() const override { return m_header; }
    Next next() override;
    int cellCount() const override;
    QString cell(int column) const override;
    Error errorAt(int column, const QString& reason) const override;
    Error error() const override;
    QByteArray raw() const override;
    double progress() const override;

    char delimiter() const { return m_delimiter; }
    /// Before open(): the first line may be a title above the real header
    /// (TableOptions::headerRow), so a name in it twice is not refused.
    void acceptRepeatedNames() { m_repeatsAllowed = true; }
    /// The current row's line (where its record starts).
    qint64 line() const;

private:
    QString m_path;
    QString m_displayName;
    std::unique_ptr<QFile> m_file;
    QIODevice* m_device = nullptr;
    qint64 m_total = 0;
    char m_delimiter = 0;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_header;
    Error m_error;
    bool m_repeatsAllowed = false;
};

} // namespace waymark::ingest
