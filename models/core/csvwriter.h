#pragma once

#include <QString>

#include <string>
#include <string_view>

class QIODevice;

namespace waymark {

/// Writes RFC 4180 CSV to a device, quoting only fields that need it.
/// Buffered: call flush() (or let the destructor) before closing the device.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice* device, char delimiter = ',');
    ~CsvWriter();

    CsvWriter& field(std::string_view utf8);
    CsvWriter& field(const QString& text);
    CsvWriter& field(const char* utf8) { return field(std::string_view(utf8)); }
    CsvWriter& field(qint64 value);
    CsvWriter& field(double value, int decimals);
    void endRow();
    /// Writes the buffer out; false if the device refused.
    bool flush();

private:
    QIODevice* m_device;
    char m_delimiter;
    bool m_rowStarted = false;
    bool m_ok = true;
    std::string m_buffer;
    std::string m_lineEnd = "\n";
};

} // namespace waymark
