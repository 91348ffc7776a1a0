#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace waymark::sharing {

/// What a share package does with each field (docs/share-package.md): a
/// JSON file saying, table by table, which fields are kept, which are
/// replaced by a pseudonym and which are removed. Waymark ships a default
/// (resources/sharing/share-policy.json); `--policy FILE` uses another, and
/// the SHA-256 of the bytes used goes into the manifest and the audit record.
/// A field the policy does not name is removed. Fields that the hub
/// extract format requires cannot be removed, numbers and codes cannot be
/// pseudonymised, and the markings (TLP, handling code and conditions) are
/// not the policy's to change: they always go.
class SharePolicy {
public:
    enum class Action { Keep, Pseudonymise, Remove };

    /// The shipped default.
    static SharePolicy defaults();
    /// Reads and checks a policy; errors are `file:line:column: reason`.
    static Result<SharePolicy> parse(const QByteArray& json, const QString& fileName);
    static Result<SharePolicy> load(const QString& path);

    QString name() const { return m_name; }
    /// SHA-256 (hex) of the policy's bytes.
    QString sha256() const { return m_sha256; }
    QByteArray bytes() const { return m_bytes; }

    /// The action for a field of a table ("incidents", "summary").
    Action action(const QString& table, const QString& field) const;
    /// The action for an entity's label, by entity type.
    Action labelAction(const QString& entityType) const;
    /// The action for an entity attribute (a column beyond the format's own).
    Action attributeAction(const QString& attribute) const;

    static QString actionName(Action action);

private:
    QString m_name, m_sha256;
    QByteArray m_bytes;
    QHash<QString, Action> m_fields; ///< "table.field"
    QHash<QString, Action> m_labels; ///< entity type
    QHash<QString, Action> m_attributes; ///< attribute name, "*" for the rest
};

} // namespace waymark::sharing
