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
