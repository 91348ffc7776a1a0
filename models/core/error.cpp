#include "error.h"

namespace waymark {

Error Error::at(QString file, qint64 line, qint64 column, QString reason)
{
    Error e(std::move(reason));
    e.file = std::move(file);
    e.line = line;
    e.column = column;
    return e;
}

Error Error::atOffset(QString file, const QByteArray& text, qint64 offset, QString reason)
{
    qint64 line = 1, column = 1;
    for (qint64 i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return at(std::move(file), line, column, std::move(reason));
}

QString Error::toString() const
{
    QString place;
    if (!file.isEmpty()) {
        place = file;
        if (line > 0) {
            place += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                place += QLatin1Char(':') + QString::number(column);
        }
        place += QLatin1String(": ");
    }
    return place + message;
}

} // namespace waymark
