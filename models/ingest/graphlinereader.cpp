#include "graphlinereader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

namespace waymark::ingest {

GraphLineReader::GraphLineReader(QIODevice* device, QString fileName)
    : m_device(device)
    , m_fileName(std::move(fileName))
{
}

bool GraphLineReader::next()
{
    if (!m_error.isNull() || !m_device || m_device->atEnd())
        return false;
    m_line = m_device->readLine(maxLineBytes() + 2);
    ++m_lineNumber;
    if (m_line.isEmpty() && m_device->atEnd())
        return false;
    const bool ended = m_line.endsWith('\n');
    if (!ended && m_line.size() > maxLineBytes()) {
        m_error = Error::at(m_fileName, m_lineNumber, 1,
            QCoreApplication::translate("GraphLineReader", "the line is longer than %1 bytes").arg(maxLineBytes()));
        return false;
    }
    while (m_line.endsWith('\n') || m_line.endsWith('\r'))
        m_line.chop(1);
    if (m_lineNumber == 1 && m_line.startsWith("\xEF\xBB\xBF"))
        m_line.remove(0, 3);
    if (m_line.contains('\0')) {
        m_error = Error::at(m_fileName, m_lineNumber, m_line.indexOf('\0') + 1,
            QCoreApplication::translate("GraphLineReader", "a NUL byte: this is not a text file"));
        return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)utf8.decode(m_line);
    if (utf8.hasError()) {
        m_error = Error::at(
            m_fileName, m_lineNumber, 1, QCoreApplication::translate("GraphLineReader", "the line is not UTF-8 text"));
        return false;
    }
    return true;
}

QList<GraphLineReader::Word> GraphLineReader::words(bool commas) const
{
    QList<Word> out;
    const QString text = QString::fromUtf8(m_line);
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto blank = [&](QChar c) { return c.isSpace() || (commas && c == QLatin1Char(',')); };
    while (i < n) {
        while (i < n && blank(text.at(i)))
            ++i;
        if (i >= n)
            break;
        Word w;
        w.column = i + 1;
        if (text.at(i) == QLatin1Char('"')) {
            w.quoted = true;
            const qsizetype end = text.indexOf(QLatin1Char('"'), i + 1);
            if (end < 0) {
                w.text = text.mid(i + 1);
                i = n;
            } else {
                w.text = text.mid(i + 1, end - i - 1);
                i = end + 1;
            }
        } else {
            const qsizetype start = i;
            while (i < n && !blank(text.at(i)))
                ++i;
            w.text = text.mid(start, i - start);
        }
        out.append(w);
    }
    return out;
}

} // namespace waymark::ingest
