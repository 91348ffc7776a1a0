#pragma once

#include "core/result.h"
#include "reports/reportdocument.h"

#include <QHash>
#include <QString>

#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::reports {

/// Replaces personal identifiers and victim details with stable
/// placeholders for an export: the same value always gets the same
/// placeholder ([PERSON-1], [PHONE-2], [ACCOUNT-1]…), numbered in order of
/// first appearance. The identifiers are the workspace's people, phones,
/// e-mail addresses, postal addresses, accounts, vehicles and online ads
/// (entities and account holders' details), plus anything that looks like
/// an e-mail address, an international or national phone number or an IBAN.
class Redactor {
public:
    /// Every identifier the workspace knows.
    static Result<Redactor> fromWorkspace(store::Workspace& workspace);

    /// Adds a value to replace; `category` names the placeholder (PERSON…).
    void addIdentifier(const QString& value, const QString& category);
    /// Plain text with every identifier replaced (whole words, any case).
    QString apply(const QString& text);
    /// Only the text between tags of an HTML fragment, entities decoded and re-escaped.
    QString applyToHtml(const QString& html);
    /// A copy of a report with every text field redacted; figures marked
    /// personal keep their caption but lose their image.
    ReportDocument apply(const ReportDocument& doc);

private:
    QString placeholderFor(const QString& value, const QString& category);
    struct Identifier {
        QString value;
        QString category;
        int firstTokenOffset = 0;
    };
    std::vector<Identifier> m_identifiers;
    QHash<QString, std::vector<int>> m_byFirstToken; ///< folded first word → identifiers, longest first
    QHash<QString, QString> m_assigned; ///< folded value → placeholder
    QHash<QString, int> m_counters;
};

} // namespace waymark::reports
