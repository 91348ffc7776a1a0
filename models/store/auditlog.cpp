#include "auditlog.h"

#include "store/rowdigest.h"
#include "store/signingkey.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace waymark::store {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));

} // namespace

QString AuditLog::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        // Started without a login environment (a service, xvfb-run): the account's name.
        if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name)
            user = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

AuditLog::AuditLog(Workspace& workspace)
    : m_workspace(workspace)
{
}

QString AuditLog::hashOf(const QString& prevHash, const QString& at, const QString& user, const QString& action,
    const QString& object, const QString& details)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Unit separators keep ("ab","c") and ("a","bc") apart.
    for (const QString* part : { &prevHash, &at, &user, &action, &object, &details }) {
        h.addData(part->toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::append(const QString& action, const QString& object, const QString& details)
{
    Statement& last = m_workspace.cached("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    const QString prev = last.next() ? last.text(0) : kGenesis;
    last.reset();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString user = currentUser();
    const QString hash = hashOf(prev, at, user, action, object, details);
    // The head of the chain, signed with the analyst's own key: whoever
    // rewrites the chain without that key cannot sign it again.
    QString signer, signature;
    if (auto key = SigningKey::own()) {
        signer = key->publicHex();
        signature = key->sign(hash.toLatin1());
    }
    // The record and the chain head in meta land together.
    if (Status st = m_workspace.exec("SAVEPOINT audit_append"); !st)
        return st;
    auto rollback = qScopeGuard([this] { m_workspace.exec("ROLLBACK TO audit_append; RELEASE audit_append"); });
    if (Status st = m_workspace
                        .cached("INSERT INTO audit_log(at, user, action, object, details, prev_hash, hash, signer, "
                                "signature) VALUES(?,?,?,?,?,?,?,?,?)")
                        .bind(1, at)
                        .bind(2, user)
                        .bind(3, action)
                        .bind(4, object)
                        .bind(5, details)
                        .bind(6, prev)
                        .bind(7, hash)
                        .bindTextOrNull(8, signer)
                        .bindTextOrNull(9, signature)
                        .exec();
        !st)
        return st;
    if (Status st = m_workspace.setMeta(
            QStringLiteral("audit_head"), QString::number(m_workspace.lastInsertId()) + QLatin1Char(':') + hash);
        !st)
        return st;
    rollback.dismiss();
    return m_workspace.exec("RELEASE audit_append");
}

QString AuditLog::head()
{
    Statement& last = m_workspace.cached("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    const QString h = last.next() ? QString::number(last.int64(0)) + QLatin1Char(':') + last.text(1) : QString();
    last.reset();
    return h;
}

Result<qint64> AuditLog::verify()
{
    auto v = verifyChain();
    if (!v)
        return v.error();
    return v->records;
}

Result<AuditLog::Verification> AuditLog::verifyChain()
{
    const bool signatures = m_workspace.schemaVersion() >= 6;
    Statement st(m_workspace.handle(),
        signatures ? "SELECT id, at, user, action, object, details, prev_hash, hash, signer, signature FROM audit_log "
                     "ORDER BY id"
                   : "SELECT id, at, user, action, object, details, prev_hash, hash FROM audit_log ORDER BY id");
    const QSet<QString> trusted = SigningKey::trusted();
    const QString own = [] {
        auto key = SigningKey::own();
        return key ? key->publicHex() : QString();
    }();
    Verification v;
    QString prev = kGenesis;
    qint64 lastId = 0;
    bool anySigned = false;
    auto broken = [](qint64 id, const QString& why) {
        return Error(
            QCoreApplication::translate("AuditLog", "The audit log is broken at record %1: %2.").arg(id).arg(why));
    };
    while (st.next()) {
        const qint64 id = st.int64(0);
        const QString expected = hashOf(prev, st.text(1), st.text(2), st.text(3), st.text(4), st.text(5));
        if (st.text(6) != prev || st.text(7) != expected)
            return broken(
                id, QCoreApplication::translate("AuditLog", "it was changed, or a record before it was removed"));
        if (signatures && !st.isNull(9)) {
            const QString signer = st.text(8);
            if (!SigningKey::verify(signer, st.text(7).toLatin1(), st.text(9)))
                return broken(id,
                    QCoreApplication::translate(
                        "AuditLog", "its signature does not match its hash: the chain was rewritten"));
            anySigned = true;
            if (signer == own)
                ++v.signedByYou;
            else if (trusted.contains(signer))
                ++v.signedByTrusted;
            else {
                ++v.signedByOthers;
                if (!v.otherSigners.contains(signer))
                    v.otherSigners << signer;
            }
        } else {
            if (anySigned)
                return broken(
                    id, QCoreApplication::translate("AuditLog", "it is not signed, though records before it are"));
            ++v.unsigned_;
        }
        prev = st.text(7);
        lastId = id;
        ++v.records;
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    // The head written with the last record: records deleted from the end
    // leave it pointing past them.
    const QString head = m_workspace.meta(QStringLiteral("audit_head"));
    if (!head.isEmpty() && head != QString::number(lastId) + QLatin1Char(':') + prev)
        return Error(QCoreApplication::translate("AuditLog",
            "The audit log is broken at its end: it ends at record %1, but the chain head names record %2. "
            "Records were removed from the end.")
                         .arg(lastId)
                         .arg(head.section(QLatin1Char(':'), 0, 0)));
    v.head = QString::number(lastId) + QLatin1Char(':') + prev;
    return v;
}

QStringList AuditLog::verifyRows()
{
    QStringList problems;
    const QHash<qint64, QString> now = RowDigest::ofAll(m_workspace);
    QHash<QString, qint64> bySha;
    QHash<qint64, QString> names;
    {
        Statement ex(m_workspace.handle(), "SELECT id, sha256, file_name FROM extracts");
        while (ex.next()) {
            bySha.insert(ex.text(1), ex.int64(0));
            names.insert(ex.int64(0), ex.text(2));
        }
    }
    QSet<qint64> recorded;
    Statement st(m_workspace.handle(), "SELECT id, object, details FROM audit_log WHERE action = 'import' ORDER BY id");
    static const QRegularExpression sha(QStringLiteral("\\bsha256=([0-9a-f]{64})"));
    static const QRegularExpression rows(QStringLiteral("\\brows=(\\S*)"));
    while (st.next()) {
        const QString details = st.text(2);
        const auto s = sha.match(details);
        if (!s.hasMatch())
            continue;
        const qint64 extract = bySha.value(s.captured(1));
        if (!extract) {
            problems << QCoreApplication::translate(
                "AuditLog", "%1 (audit record %2): imported, but its extract is no longer in the workspace")
                            .arg(st.text(1))
                            .arg(st.int64(0));
            continue;
        }
        recorded.insert(extract);
        const auto r = rows.match(details);
        if (!r.hasMatch())
            continue; // imported before Waymark recorded row digests
        for (const QString& line : RowDigest::compare(r.captured(1), now.value(extract)))
            problems << QCoreApplication::translate("AuditLog", "%1 (extract #%2): %3")
                            .arg(names.value(extract))
                            .arg(extract)
                            .arg(line);
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (!recorded.contains(it.key()))
            problems << QCoreApplication::translate("AuditLog", "%1 (extract #%2): no import record in the audit log")
                            .arg(it.value())
                            .arg(it.key());
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!names.contains(it.key()))
            problems << QCoreApplication::translate(
                "AuditLog", "rows of extract #%1, which is not in the workspace: %2")
                            .arg(it.key())
                            .arg(it.value().section(QLatin1Char(':'), 0, 1));
    }
    return problems;
}

} // namespace waymark::store
