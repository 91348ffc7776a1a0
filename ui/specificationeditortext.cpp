#include "specificationeditortext.h"

#include "specificationeditor.h"
#include "specificationeditorvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace waymark::ui::SpecText {

using ingest::ImportSpec;
using ingest::SpecCondition;
using ingest::SpecRecord;
using ingest::SpecTarget;
using ingest::SpecValue;

QString targetLabel(SpecTarget t)
{
    switch (t) {
    case SpecTarget::Incident:
        return SpecificationEditor::tr("Incident");
    case SpecTarget::Place:
        return SpecificationEditor::tr("Place");
    case SpecTarget::RouteLeg:
        return SpecificationEditor::tr("Route leg");
    case SpecTarget::Entity:
        return SpecificationEditor::tr("Entity");
    case SpecTarget::Link:
        return SpecificationEditor::tr("Link");
    case SpecTarget::Involvement:
        return SpecificationEditor::tr("Involvement (incident – entity)");
    case SpecTarget::Account:
        return SpecificationEditor::tr("Account");
    case SpecTarget::Transaction:
        return SpecificationEditor::tr("Transaction");
    }
    return {};
}

/// "column = value; column ~ regex; column is empty" ⇄ conditions.
QString conditionsText(const QList<SpecCondition>& conditions)
{
    QStringList parts;
    for (const SpecCondition& c : conditions) {
        switch (c.op) {
        case SpecCondition::Op::Equals:
            parts << c.column + QStringLiteral(" = ") + c.value;
            break;
        case SpecCondition::Op::NotEquals:
            parts << c.column + QStringLiteral(" != ") + c.value;
            break;
        case SpecCondition::Op::Matches:
            parts << c.column + QStringLiteral(" ~ ") + c.value;
            break;
        case SpecCondition::Op::NotMatches:
            parts << c.column + QStringLiteral(" !~ ") + c.value;
            break;
        case SpecCondition::Op::Empty:
            parts << c.column + QStringLiteral(" is empty");
            break;
        case SpecCondition::Op::NotEmpty:
            parts << c.column + QStringLiteral(" is not empty");
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

QList<SpecCondition> parseConditions(const QString& text, QString* error)
{
    QList<SpecCondition> out;
    static const QRegularExpression op(QStringLiteral("^\\s*(.+?)\\s*(!=|!~|=|~)\\s*(.*?)\\s*$"));
    auto refuse = [&](const QString& part, const QString& why) {
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("SpecificationEditor", "\"%1\" is not a condition: %2").arg(part, why);
    };
    const QString forms = QCoreApplication::translate("SpecificationEditor",
        "write column = value, column != value, column ~ regex, column !~ regex, column is empty or column is not "
        "empty");
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        SpecCondition c;
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        if (p.endsWith(QLatin1String(" is not empty"))) {
            c.column = p.chopped(13).trimmed();
            c.op = SpecCondition::Op::NotEmpty;
        } else if (p.endsWith(QLatin1String(" is empty"))) {
            c.column = p.chopped(9).trimmed();
            c.op = SpecCondition::Op::Empty;
        } else if (const auto m = op.match(p); m.hasMatch()) {
            c.column = m.captured(1);
            if (c.column.endsWith(QLatin1Char('<')) || c.column.endsWith(QLatin1Char('>'))) {
                refuse(p, forms);
                continue;
            }
            const QString o = m.captured(2);
            c.op = o == QLatin1String("=") ? SpecCondition::Op::Equals
                : o == QLatin1String("!=") ? SpecCondition::Op::NotEquals
                : o == QLatin1String("~")  ? SpecCondition::Op::Matches
                                           : SpecCondition::Op::NotMatches;
            c.value = m.captured(3);
            c.regex = QRegularExpression(c.value);
            if ((c.op == SpecCondition::Op::Matches || c.op == SpecCondition::Op::NotMatches) && !c.regex.isValid()) {
                refuse(p,
                    QCoreApplication::translate("SpecificationEditor", "the regular expression is not valid (%1)")
                        .arg(c.regex.errorString()));
                continue;
            }
        } else {
            refuse(p, forms);
            continue;
        }
        if (c.column.isEmpty()) {
            refuse(p, QCoreApplication::translate("SpecificationEditor", "it names no column"));
            continue;
        }
        out << c;
    }
    return out;
}

bool sameValue(const SpecValue& a, const SpecValue& b)
{
    return a.column == b.column && a.hasConstant == b.hasConstant && a.constant == b.constant && a.format == b.format
        && a.record == b.record && a.missing == b.missing && a.extract == b.extract && a.map == b.map
        && a.mapStrict == b.mapStrict && a.defaultValue == b.defaultValue && a.required == b.required
        && a.separators == b.separators && a.dateFormats == b.dateFormats && a.placeBy == b.placeBy
        && a.lonColumn == b.lonColumn && a.latColumn == b.latColumn && a.countryColumn == b.countryColumn
        && a.decimal == b.decimal;
}

/// What a value reads, in a few words, for the fields table.
QString readsText(const SpecValue& v)
{
    if (!v.record.isEmpty())
        return SpecificationEditor::tr("record %1").arg(v.record);
    if (v.hasConstant)
        return SpecificationEditor::tr("= \"%1\"").arg(v.constant);
    if (!v.format.isEmpty())
        return v.format;
    return v.column;
}

/// The value the guess gave a field of a record (by id), unset when none.
SpecValue guessedValue(const ImportSpec& guess, const QString& record, const QString& field)
{
    for (const SpecRecord& r : guess.records)
        if (r.id == record)
            return r.fields.value(field);
    return {};
}

QString transformsText(const SpecValue& v)
{
    QStringList t;
    if (!v.dateFormats.isEmpty())
        t << v.dateFormats.join(QStringLiteral(" | "));
    if (!v.map.isEmpty())
        t << SpecificationEditor::tr("map: %1").arg(SpecificationEditorValue::mapText(v.map));
    if (!v.missing.isEmpty())
        t << SpecificationEditor::tr("missing: %1").arg(v.missing.join(QStringLiteral(", ")));
    if (!v.separators.isEmpty())
        t << SpecificationEditor::tr("split at %1").arg(v.separators);
    if (!v.placeBy.isEmpty())
        t << SpecificationEditor::tr("place by %1").arg(v.placeBy);
    if (!v.lonColumn.isEmpty())
        t << SpecificationEditor::tr("at %1, %2").arg(v.lonColumn, v.latColumn);
    if (!v.defaultValue.isEmpty())
        t << SpecificationEditor::tr("default %1").arg(v.defaultValue);
    return t.join(QStringLiteral("; "));
}

} // namespace waymark::ui::SpecText
