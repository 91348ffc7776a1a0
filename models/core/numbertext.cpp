#include "numbertext.h"

#include <QLocale>

namespace waymark {

QString groupedNumber(qint64 n)
{
    QLocale l;
    if (l.language() == QLocale::C)
        l = QLocale(QLocale::English, QLocale::UnitedKingdom);
    l.setNumberOptions(l.numberOptions() & ~QLocale::OmitGroupSeparator);
    return l.toString(n);
}

} // namespace waymark
