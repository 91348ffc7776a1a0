#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace waymark::store {

/// The analyst's own Ed25519 key (libsodium), with which Waymark signs the
/// head of a workspace's audit chain at every record: a chain rewritten by
/// anyone without the key no longer verifies against its signatures.
///
/// The key lives outside every workspace, in the user's configuration folder
/// (`WAYMARK_KEY_DIR` overrides it), created on first use and readable by
/// its owner only. Colleagues' public keys the analyst trusts are files
/// `*.pub` (one hex key each) in `trusted-keys/` beside it.
class SigningKey {
public:
    /// The analyst's key, created if there is none yet.
    static Result<SigningKey> own();
    /// The folder holding the key and trusted-keys/.
    static QString folder();
    /// Hex public keys the analyst trusts: their own and trusted-keys/*.pub.
    static QSet<QString> trusted();

    /// 64 hex characters.
    QString publicHex() const;
    /// The detached signature of a message, 128 hex characters.
    QString sign(const QByteArray& message) const;
    /// Whether a hex signature of a message verifies under a hex public key.
    static bool verify(const QString& publicHex, const QByteArray& message, const QString& signatureHex);

private:
    QByteArray m_public;
    QByteArray m_secret;
};

} // namespace waymark::store
