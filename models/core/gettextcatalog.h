#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

namespace waymark {

/// The messages of a GNU gettext catalogue (a compiled `.mo` file), read
/// whole: msgid → msgstr, both UTF-8. Waymark reads the translations other
/// Debian packages ship (iso-codes' country names); it writes none. Entries
/// with a context keep it in front of the msgid ("context\x04msgid"); plural
/// entries are filed under their singular msgid with their first form.
class GettextCatalog {
public:
    /// Reads `path`; an error names the file and what is wrong with it.
    static Result<GettextCatalog> load(const QString& path);
    /// Parses the bytes of a `.mo` file.
    static Result<GettextCatalog> parse(const QByteArray& data);

    /// The translation of `msgid`, or an empty string when there is none.
    QString translate(const QString& msgid) const { return m_messages.value(msgid); }
    int size() const { return int(m_messages.size()); }

private:
    QHash<QString, QString> m_messages;
};

} // namespace waymark
