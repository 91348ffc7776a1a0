#include "typology.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace waymark::finance {

double Typology::priorLogOdds() const
{
    return std::log(prior / (1.0 - prior));
}

QByteArray Typology::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("version"), version);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sources));
    o.insert(QStringLiteral("prior"), prior);
    QJsonArray list;
    for (const TypologyWeight& w : weights) {
        QJsonObject i;
        i.insert(QStringLiteral("indicator"), w.indicator);
        i.insert(QStringLiteral("hitLr"), w.hitLr);
        if (w.missLr != 1)
            i.insert(QStringLiteral("missLr"), w.missLr);
        if (!w.rationale.isEmpty())
            i.insert(QStringLiteral("rationale"), w.rationale);
        list.append(i);
    }
    o.insert(QStringLiteral("indicators"), list);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace waymark::finance
