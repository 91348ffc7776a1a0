#include "pseudonymiser.h"

#include <sodium.h>

namespace waymark::sharing {

Pseudonymiser::Pseudonymiser()
{
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
    randombytes_buf(m_key.data(), m_key.size());
}

Pseudonymiser::~Pseudonymiser()
{
    sodium_memzero(m_key.data(), m_key.size());
}

QString Pseudonymiser::pseudonym(const QString& category, const QString& value) const
{
    const QString folded = value.simplified().toCaseFolded();
    if (folded.isEmpty())
        return {};
    // The category is hashed too: the same text as a name and as an address
    // gets two pseudonyms that cannot be matched.
    const QByteArray input = category.toUtf8() + '\x1f' + folded.toUtf8();
    unsigned char out[10];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(input.constData()),
        quint64(input.size()), m_key.data(), m_key.size());
    return category + QLatin1Char('-')
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

} // namespace waymark::sharing
