#include "signingkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>

#include <mutex>

#include <sodium.h>

namespace waymark::store {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString SigningKey::folder()
{
    const QString given = qEnvironmentVariable("WAYMARK_KEY_DIR");
    if (!given.isEmpty())
        return given;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("Waymark"));
}

Result<SigningKey> SigningKey::own()
{
    static std::mutex mutex;
    const std::lock_guard<std::mutex> lock(mutex);
    if (!sodiumReady())
        return Error(QCoreApplication::translate("SigningKey", "The cryptography library could not start."));
    const QString dir = folder();
    const QString path = QDir(dir).filePath(QStringLiteral("signing-key"));
    static QHash<QString, SigningKey> loaded; // by folder: read once per process
    if (auto it = loaded.constFind(dir); it != loaded.cend() && QFile::exists(path))
        return *it;
    SigningKey key;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray secret = QByteArray::fromHex(f.readAll().trimmed());
        if (secret.size() != crypto_sign_SECRETKEYBYTES)
            return Error(QCoreApplication::translate("SigningKey", "The signing key %1 is damaged.").arg(path));
        key.m_secret = secret;
        key.m_public = secret.right(crypto_sign_PUBLICKEYBYTES); // libsodium keeps it in the second half
        loaded.insert(dir, key);
        return key;
    }
    if (!QDir().mkpath(dir))
        return Error(QCoreApplication::translate("SigningKey", "The folder %1 cannot be created.").arg(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(
        reinterpret_cast<unsigned char*>(key.m_public.data()), reinterpret_cast<unsigned char*>(key.m_secret.data()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate("SigningKey", "The signing key %1 cannot be written: %2")
                         .arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(key.m_secret.toHex() + '\n');
    if (!out.commit())
        return Error(QCoreApplication::translate("SigningKey", "The signing key %1 cannot be written: %2")
                         .arg(path, out.errorString()));
    QSaveFile pub(QDir(dir).filePath(QStringLiteral("signing-key.pub")));
    if (pub.open(QIODevice::WriteOnly)) {
        pub.write(key.m_public.toHex() + '\n');
        pub.commit();
    }
    loaded.insert(dir, key);
    return key;
}

QSet<QString> SigningKey::trusted()
{
    QSet<QString> keys;
    if (auto mine = own())
        keys.insert(mine->publicHex());
    QDirIterator it(QDir(folder()).filePath(QStringLiteral("trusted-keys")), { QStringLiteral("*.pub") }, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            const QString hex = QString::fromLatin1(f.readAll().trimmed()).toLower();
            if (hex.size() == 2 * crypto_sign_PUBLICKEYBYTES)
                keys.insert(hex);
        }
    }
    return keys;
}

QString SigningKey::publicHex() const
{
    return QString::fromLatin1(m_public.toHex());
}

QString SigningKey::sign(const QByteArray& message) const
{
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(message.constData()),
        quint64(message.size()), reinterpret_cast<const unsigned char*>(m_secret.constData()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(signature), crypto_sign_BYTES).toHex());
}

bool SigningKey::verify(const QString& publicHex, const QByteArray& message, const QString& signatureHex)
{
    if (!sodiumReady())
        return false;
    const QByteArray pk = QByteArray::fromHex(publicHex.toLatin1());
    const QByteArray sig = QByteArray::fromHex(signatureHex.toLatin1());
    if (pk.size() != crypto_sign_PUBLICKEYBYTES || sig.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
               reinterpret_cast<const unsigned char*>(pk.constData()))
        == 0;
}

} // namespace waymark::store
