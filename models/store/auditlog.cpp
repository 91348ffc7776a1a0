#include "auditlog.h"

#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>

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
    return m_workspace
        .cached("INSERT INTO audit_log(at, user, action, object, details, prev_hash, hash) VALUES(?,?,?,?,?,?,?)")
        .bind(1, at)
        .bind(2, user)
        .bind(3, action)
        .bind(4, object)
        .bind(5, details)
        .bind(6, prev)
        .bind(7, hashOf(prev, at, user, action, object, details))
        .exec();
}

Result<qint64> AuditLog::verify()
{
    Statement st(m_workspace.handle(),
        "SELECT id, at, user, action, object, details, prev_hash, hash FROM audit_log ORDER BY id");
    QString prev = kGenesis;
    qint64 n = 0;
    while (st.next()) {
        const qint64 id = st.int64(0);
        const QString expected = hashOf(prev, st.text(1), st.text(2), st.text(3), st.text(4), st.text(5));
        if (st.text(6) != prev || st.text(7) != expected) {
            return Error(QCoreApplication::translate(
                "AuditLog", "The audit log is broken at record %1: it was changed, or a record before it was removed.")
                             .arg(id));
        }
        prev = st.text(7);
        ++n;
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    return n;
}

} // namespace waymark::store
